// Scanning running text (spec §5, `claimcheck suggest`, values read from
// quotes): every quantity and date, in order, without overlaps.
#include "grammar/value.hpp"
#include "support/found.hpp"
#include "support/repeated.hpp"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace claimcheck::grammar;
using claimcheck::testing::repeated;
using claimcheck::testing::texts;
namespace chr = std::chrono;

namespace {

std::string article(const char* name) {
    std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/claims/nara-summit/articles/" + name);
    REQUIRE(in);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
}

DateContext published(int y, unsigned m, unsigned d) {
    DateContext context;
    context.published = chr::year_month_day{chr::year{y}, chr::month{m}, chr::day{d}};
    return context;
}

template <typename T>
void check_in_order_without_overlaps(std::string_view text, const std::vector<Found<T>>& found) {
    std::size_t end = 0;
    for (const auto& f : found) {
        CAPTURE(f.text);
        CHECK(f.offset >= end);
        CHECK(text.substr(f.offset, f.length) == f.text);
        end = f.offset + f.length;
    }
}

struct QuantityCase {
    const char* text;
    std::vector<std::string> found;
};

// text → the quantities found in it
const std::vector<QuantityCase> quantity_cases{
    {"183 miners perished, 136 of whom were Korean", {"183", "136"}},
    {"a 1942 mining accident that claimed 180 lives", {"180"}},
    {"with more than 1,300 years of history", {"more than 1,300 years"}},
    {"concluded a two-day summit today", {"two-day"}},
    {"For the first time in approximately three months,", {"approximately three months"}},
    {"The discovery of four remains last year", {"four"}},
    {"a new sixty years in relations", {"sixty years"}},
    {"between 180 and 185 people", {"between 180 and 185"}},
    {"tolls of 180-185 were reported", {"180-185"}},
    // A wire slug's version is no quantity; a number after a lower-case word is.
    {"UPDATE 2-Stocks fell 3% as oil jumped", {"fell 3%"}},
    {"an update 2-day summit", {"2-day"}},
    {"74% of respondents; about 70 percent", {"74%", "about 70 percent"}},
    {"predominantly Korean forced laborers", {"predominantly"}},
    {"a tenuous link, the 7th century, a 5km walk", {"5km"}},
    {"Japan\xE2\x80\x99s 1910-1945 colonial rule", {}},
    {"on January 19, 2026 they met", {}},
    {"some of their lowest levels", {}},
    {"it cost $2 billion, or 73k each", {"$2 billion", "73k"}},
    {"version 1,30 is odd", {}},
    {"~180 people, over 200 injured", {"~180", "over 200"}},
    {"the two leaders", {"two"}},
    {"one hundred eighty-three miners", {"one hundred eighty-three"}},
};

struct DateCase {
    const char* text;
    std::vector<std::string> found;
};

// text → the dates found in it (published 2026-01-19)
const std::vector<DateCase> date_cases{
    {"SEOUL \xE2\x80\x93 January 19, 2026 \xE2\x80\x93 In a stunning display", {"January 19, 2026"}},
    {"met in Nara on Tuesday, where they", {"Tuesday"}},
    {"the 1942 Josei Coal Mine disaster", {"1942"}},
    {"Japan\xE2\x80\x99s 1910-1945 colonial rule", {"1910-1945"}},
    {"concluded a two-day summit today.", {"today"}},
    {"four remains last year spurred", {"last year"}},
    {"Just one week earlier, President Lee", {"one week earlier"}},
    {"the 2011 nuclear disaster and 183 miners", {"2011"}},
    {"on 2026-01-13/2026-01-14 in Nara", {"2026-01-13/2026-01-14"}},
    {"between January 13-14, 2026 and later", {"January 13-14, 2026"}},
    {"it may emerge; the mayor; sat down; wed", {}},
    {"the late 7th century", {}},
    {"1,300 years of history", {}},
    {"on Tuesday, Jan. 13 the leaders", {"Tuesday, Jan. 13"}},
};

}  // namespace

TEST_CASE("scan: quantities in running text") {
    for (const auto& c : quantity_cases) {
        CAPTURE(c.text);
        const auto found = find_quantities(c.text);
        CHECK(texts(found) == c.found);
        check_in_order_without_overlaps(c.text, found);
    }
}

TEST_CASE("scan: dates in running text") {
    for (const auto& c : date_cases) {
        CAPTURE(c.text);
        const auto found = find_dates(c.text, published(2026, 1, 19));
        CHECK(texts(found) == c.found);
        check_in_order_without_overlaps(c.text, found);
    }
}

TEST_CASE("scan: found values carry their meaning") {
    const auto q = find_quantities("more than 1,300 years of history");
    REQUIRE(q.size() == 1);
    CHECK(q[0].value.qualifier == Qualifier::more_than);
    CHECK(q[0].value.duration);
    CHECK(q[0].value.number == Approx(1300 * 365.2425));

    const auto d = find_dates("they met on Tuesday", published(2026, 1, 14));
    REQUIRE(d.size() == 1);
    CHECK(d[0].value.canonical == "Tuesday 2026-01-13");
    CHECK(d[0].offset == 12);
    CHECK(d[0].length == 7);
}

TEST_CASE("scan: relative dates are skipped without a published date") {
    CHECK(texts(find_dates("yesterday, on Tuesday, in 1942")) == std::vector<std::string>{"Tuesday", "1942"});
}

TEST_CASE("scan: the sample articles") {
    const auto a001 = article("001.txt");
    const auto q001 = texts(find_quantities(a001));
    CHECK(q001 == std::vector<std::string>{"two-day", "two", "approximately three months", "183", "136", "four"});
    const auto d001 = texts(find_dates(a001, published(2026, 1, 19)));
    CHECK(d001 == std::vector<std::string>{"January 19, 2026", "today", "1942", "last year"});

    const auto a002 = article("002.txt");
    const auto q002 = texts(find_quantities(a002));
    CHECK(std::find(q002.begin(), q002.end(), "more than 1,300 years") != q002.end());
    CHECK(std::find(q002.begin(), q002.end(), "180") != q002.end());
    const auto d002 = texts(find_dates(a002));
    CHECK(d002 == std::vector<std::string>{"Tuesday", "1910-1945", "2011", "1942"});

    for (const char* name : {"000.txt", "001.txt", "002.txt", "003.txt", "004.txt"}) {
        CAPTURE(name);
        const auto text = article(name);
        check_in_order_without_overlaps(text, find_quantities(text));
        check_in_order_without_overlaps(text, find_dates(text, published(2026, 1, 19)));
    }
}

namespace {

// Scans `input` for quantities and dates and checks the results.
void scan_and_check(const std::string& input) {
    const auto quantities = find_quantities(input);
    const auto dates = find_dates(input);
    check_in_order_without_overlaps(input, quantities);
    check_in_order_without_overlaps(input, dates);
}

}  // namespace

// How fast is measured by bench/adversarial (figures, not assertions); here
// the results on adversarial input must stay well-formed.
TEST_CASE("scan: adversarial input gives ordered, non-overlapping results") {
    const std::vector<std::string> units{
        "1", ",111", "between one hundred and ", "January 1-", "-", "more than ", "twenty-", "may could "};
    for (const auto& unit : units) {
        CAPTURE(unit);
        scan_and_check(repeated(unit, 1 << 16));
    }
}

// The scanner tries a rule only at a word that begins with one of its first
// words (the rooms' first_words.cpp): one value starting with a
// word of each kind, mid-sentence, capitalised or not.
TEST_CASE("scan: a value is found whatever kind of word it starts with") {
    struct Case {
        const char* text;
        const char* found;
    };
    const Case quantities[] = {
        {"they said About 40 people came", "About 40"},          // qualifier
        {"prices Rose 3.2% in May", "Rose 3.2%"},                // direction
        {"a man aged 71 died", "aged 71"},                       // kind prefix
        {"a magnitude 6.4 quake", "magnitude 6.4"},              // kind prefix
        {"an M6.4 quake", "M6.4"},                               // magnitude sign
        {"it cost USD 40 million to build", "USD 40 million"},   // currency word before
        {"exports nearly doubled last year", "nearly doubled"},  // multiple
        {"sales Tripled in a year", "Tripled"},                  // multiple word
        {"two-thirds of voters agreed", "two-thirds"},           // fraction
        {"Most of the voters agreed", "Most of"},                // share
        {"Forty-two miners died", "Forty-two"},                  // number word
        {"they found Eleven more", "Eleven"},                    // teen word
        {"a dozen eggs were broken", "a dozen"},                 // "a"
        {"two dozen delegates met", "two dozen"},                // "dozen" after a number word
        {"half a million people", "half a million"},             // "half"
        {"Between 180 and 185 died", "Between 180 and 185"},     // "between"
    };
    for (const auto& c : quantities) {
        CAPTURE(c.text);
        const auto found = find_quantities(c.text);
        REQUIRE(!found.empty());
        CHECK(found.front().text == c.found);
    }
    const Case dates[] = {
        {"the vote in Q2 2025 went ahead", "Q2 2025"},
        {"profits in H1 rose", "H1"},
        {"results for FY26 were out", "FY26"},
        {"results for fiscal 2026 were out", "fiscal 2026"},
        {"in the Second quarter of 2025", "the Second quarter of 2025"},
        {"growth in Early 2025 slowed", "Early 2025"},
        {"they met Yesterday", "Yesterday"},
        {"they met Last Friday", "Last Friday"},
        {"it rained Earlier this month", "Earlier this month"},
        {"it happened around 4:10 a.m. Kyiv time", "around 4:10 a.m. Kyiv time"},
        {"the strike at 0350 GMT Tuesday killed two", "0350 GMT Tuesday"},
        {"sirens sounded at 2140 GMT on Jan. 13", "2140 GMT on Jan. 13"},
        {"at 10 a.m. The time had come", "10 a.m."},
        {"at 10 a.m. Beijing time", "10 a.m. Beijing time"},
        {"they met Three days ago", "Three days ago"},
        {"they met a week ago", "a week ago"},
        {"it was built in the 1990s", "the 1990s"},
        {"the summit on Tuesday, January 13", "Tuesday, January 13"},
        {"the rain in March stopped", "in March"},
    };
    for (const auto& c : dates) {
        CAPTURE(c.text);
        const auto found = find_dates(c.text, published(2026, 1, 19));
        REQUIRE(!found.empty());
        CHECK(found.front().text == c.found);
    }
}
