// §6.1 in the topic's unit: a quantity topic whose `unit` names a unit
// figures convert into (money through declared rates, physical units,
// durations, points) shows every figure of its explanations in that unit,
// with the source's own words alongside, and each claim's `display` in it.
// A count label ("people") or a topic without a unit changes nothing.
// Tests src/compare/numeric/figures.cpp (how figures read in a unit).
#include "support/builders.hpp"
#include "support/numeric_pairs.hpp"
#include "support/verdict_names.hpp"
#include "units/units.hpp"

#include <catch2/catch.hpp>
#include <iostream>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

struct Row {
    const char* unit;  // the topic's `unit`
    const char* a;
    const char* b;
    const char* verdict;      // "none" when they agree
    const char* explanation;  // "" when they agree
    const char* display_a;    // FindingClaim::display of a ("" when shown as written)
    const char* display_b;
};

// topic unit, value a, value b → verdict, explanation, the claims' displays
const std::vector<Row> rows{
    {"km", "40 km", "25 miles", "none", "", "", ""},     // a conversion within its rounding
    {"miles", "40 km", "25 miles", "none", "", "", ""},  // a conversion within its rounding
    {"miles", "about 40 km", "about 25 miles", "compatible-bound",
     "about 40 km (about 24.9 miles; 21.7 miles\xE2\x80\x93"
     "28 miles) covers about 25 miles",
     "about 24.9 miles", ""},
    {"miles", "40 km", "40 miles", "unit-mismatch", "40 km (24.9 miles) vs 40 miles: the same digits in two units",
     "24.9 miles", ""},
    {"m", "40 km", "40 miles", "unit-mismatch", "40 km (40,000 m) vs 40 miles (64,374 m): the same digits in two units",
     "40,000 m", "64,374 m"},
    {"miles", "40-45 km", "30 miles", "compatible-bound",
     "30 miles (25 miles\xE2\x80\x93"
     "35 miles) and 40-45 km (24.9 miles\xE2\x80\x93"
     "28 miles) overlap",
     "24.9 miles\xE2\x80\x93"
     "28 miles",
     ""},
    {"km", "40 kilometres", "41 km", "compatible-rounding",
     "41 km lies within the rounding window of 40 kilometres (35 km\xE2\x80\x93"
     "45 km)",
     "", ""},
    {"people", "183 people", "180 people", "compatible-rounding",
     "183 lies within the rounding window of 180 (175\xE2\x80\x93"
     "185)",
     "", ""},
    {"KRW", "$16.7 billion", "23.1 trillion won", "none", "", "", ""},  // a conversion within its rounding
    {"KRW", "$5.1 billion", "KRW 7.1 trillion", "none", "", "", ""},    // a conversion within its rounding
    {"KRW", "$5.1 billion", "$6 billion", "conflict",
     "$5.1 billion (7.06 trillion won) vs $6 billion (8.31 trillion won): 15% apart; the values they allow (6.99 "
     "trillion won\xE2\x80\x93"
     "7.13 trillion won; 7.62 trillion won\xE2\x80\x93"
     "9 trillion won) do not overlap",
     "7.06 trillion won", "8.31 trillion won"},
    {"USD", "KRW 7.1 trillion", "$5.1 billion", "none", "", "", ""},  // a conversion within its rounding
    {"$", "KRW 7.1 trillion", "$5.1 billion", "none", "", "", ""},    // a conversion within its rounding
    {"KRW",
     "\xE2\x82\xAC"
     "720 million",
     "$720 million", "unit-mismatch",
     "$720 million vs \xE2\x82\xAC"
     "720 million: the same digits in USD and EUR",
     "", "997 billion won"},
    {"EUR", "$1.2 billion", "1.66 trillion won", "none", "", "", ""},  // a conversion within its rounding
    {"years", "1,300 years", "more than 1,300 years", "precision-drift",
     "same number 1,300 years; 'more than 1,300 years' adds the qualifier 'more than'", "", ""},
    {"days", "2 weeks", "10 days", "compatible-rounding",
     "2 weeks (14 days) lies within the rounding window of 10 days (5 days\xE2\x80\x93"
     "15 days)",
     "14 days", ""},
    {"weeks", "10 days", "two weeks", "compatible-rounding",
     "2 weeks lies within the rounding window of 10 days (1.43 weeks; 0.714 weeks\xE2\x80\x93"
     "2.14 weeks)",
     "1.43 weeks", ""},
    {"months", "six months", "about 200 days", "compatible-bound",
     "about 200 days (about 6.57 months; 4.93 months\xE2\x80\x93"
     "8.21 months) covers 6 months",
     "", "about 6.57 months"},
    {"basis points", "down 0.25 percentage points", "down 50 basis points", "conflict",
     "down 0.25 percentage points (down 25 basis points) vs down 50 basis points: 50% apart; the values they allow "
     "(-25.5 basis points\xE2\x80\x93-24.5 basis points; -50.5 basis points\xE2\x80\x93-49.5 basis points) do not "
     "overlap",
     "down 25 basis points", ""},
    {"bps", "down 0.25 percentage points", "down 50 basis points", "conflict",
     "down 0.25 percentage points (down 25 basis points) vs down 50 basis points: 50% apart; the values they allow "
     "(-25.5 basis points\xE2\x80\x93-24.5 basis points; -50.5 basis points\xE2\x80\x93-49.5 basis points) do not "
     "overlap",
     "down 25 basis points", ""},
    {"percentage points", "a quarter-point", "50 basis points", "conflict",
     "50 basis points (0.5 percentage points) vs a quarter percentage points: 50% apart; the values they allow (0.495 "
     "percentage points\xE2\x80\x93"
     "0.505 percentage points; 0.25 percentage points) do not overlap",
     "", "0.5 percentage points"},
    {"\xC2\xB0"
     "F",
     "30\xC2\xB0"
     "C",
     "80 \xC2\xB0"
     "F",
     "none", "", "", ""},                                 // a conversion within its rounding
    {"kg", "3 tonnes", "6,600 lbs", "none", "", "", ""},  // a conversion within its rounding
    {"%", "two-thirds", "60%", "conflict",
     "60% vs 66.6667%: 10% apart; the values they allow (55\xE2\x80\x93"
     "65; 66.6667) do not overlap",
     "", ""},
    {"miles", "40 km", "40,000 metres", "none", "", "", ""},
    {"km", "5 ft", "60 inches", "none", "", "", ""},

    // Conversions that do not meet, explained in the topic's unit.
    {"km", "40 km", "32 miles", "conflict",
     "32 miles (51.5 km) vs 40 km: 22% apart; as conversions (each figure to its last written digit, one ending in 5 "
     "to the nearest 5 and one ending in 0 to the nearest 10) they allow 50.69 km\xE2\x80\x93"
     "52.3 km and 35 km\xE2\x80\x93"
     "45 km, which do not overlap",
     "", "51.5 km"},
    {"miles", "40 km", "32 miles", "conflict",
     "32 miles vs 40 km (24.9 miles): 22% apart; as conversions (each figure to its last written digit, one ending in "
     "5 to the nearest 5 and one ending in 0 to the nearest 10) they allow 31.5 miles\xE2\x80\x93"
     "32.5 miles and 21.75 miles\xE2\x80\x93"
     "27.96 miles, which do not overlap",
     "24.9 miles", ""},
    {"KRW", "$5.1 billion", "KRW 7.3 trillion", "conflict",
     "$5.1 billion (7.06 trillion won) vs KRW 7.3 trillion: 3% apart; as conversions (each figure to its last written "
     "digit, one ending in 5 to the nearest 5 and one ending in 0 to the nearest 10) they allow 6.994 trillion "
     "won\xE2\x80\x93"
     "7.133 trillion won and 7.25 trillion won\xE2\x80\x93"
     "7.35 trillion won, which do not overlap",
     "7.06 trillion won", ""},
    {"USD", "KRW 7.3 trillion", "$5.1 billion", "conflict",
     "$5.1 billion vs KRW 7.3 trillion (5.27 billion dollars): 3% apart; as conversions (each figure to its last "
     "written digit, one ending in 5 to the nearest 5 and one ending in 0 to the nearest 10) they allow 5.05 billion "
     "dollars\xE2\x80\x93"
     "5.15 billion dollars and 5.235 billion dollars\xE2\x80\x93"
     "5.307 billion dollars, which do not overlap",
     "5.27 billion dollars", ""},
    {"$", "KRW 7.3 trillion", "$5.1 billion", "conflict",
     "$5.1 billion vs KRW 7.3 trillion ($5.27 billion): 3% apart; as conversions (each figure to its last written "
     "digit, one ending in 5 to the nearest 5 and one ending in 0 to the nearest 10) they allow $5.05 "
     "billion\xE2\x80\x93$5.15 billion and $5.235 billion\xE2\x80\x93$5.307 billion, which do not overlap",
     "$5.27 billion", ""},
    {"EUR", "$1.2 billion", "1.8 trillion won", "conflict",
     "$1.2 billion vs 1.8 trillion won ($1.3 billion): 8% apart; as conversions (each figure to its last written "
     "digit, one ending in 5 to the nearest 5 and one ending in 0 to the nearest 10) they allow $1.15 "
     "billion\xE2\x80\x93$1.25 billion and $1.264 billion\xE2\x80\x93$1.336 billion, which do not overlap",
     "", ""},
    {"\xC2\xB0"
     "F",
     "31\xC2\xB0"
     "C",
     "92 \xC2\xB0"
     "F",
     "conflict",
     "31 \xC2\xB0"
     "C (87.8 \xC2\xB0"
     "F) vs 92 \xC2\xB0"
     "F; as conversions (each figure to its last written digit, one ending in 5 to the nearest 5 and one ending in 0 "
     "to the nearest 10) they allow 86.9 \xC2\xB0"
     "F\xE2\x80\x93"
     "88.7 \xC2\xB0"
     "F and 91.5 \xC2\xB0"
     "F\xE2\x80\x93"
     "92.5 \xC2\xB0"
     "F, which do not overlap",
     "87.8 \xC2\xB0"
     "F",
     ""},
    {"kg", "3.1 tonnes", "7,300 lbs", "conflict",
     "3.1 tonnes (3,100 kg) vs 7,300 lbs (3,311 kg): 6% apart; as conversions (each figure to its last written digit, "
     "one ending in 5 to the nearest 5 and one ending in 0 to the nearest 10) they allow 3,050 kg\xE2\x80\x93"
     "3,150 kg and 3,289 kg\xE2\x80\x93"
     "3,334 kg, which do not overlap",
     "3,100 kg", "3,311 kg"},
};

}  // namespace

TEST_CASE("numeric in the topic's unit: explanations and displays", "[numeric][units][display]") {
    for (const Row& row : rows) {
        CAPTURE(row.unit, row.a, row.b);
        const auto findings = findings_of(pair_story_in_unit(quantity(row.a), quantity(row.b), row.unit));
        if (findings.empty()) {
            CHECK(std::string("none") == row.verdict);
            continue;
        }
        REQUIRE(findings.size() == 1);
        const Finding& f = findings[0];
        if (f.explanation != row.explanation) {
            std::cout << "ROW {\"" << row.unit << "\", \"" << row.a << "\", \"" << row.b << "\", \""
                      << to_string(f.verdict) << "\",\n \"" << f.explanation << "\",\n \"" << f.claims[0].display
                      << "\", \"" << (f.claims.size() > 1 ? f.claims[1].display : "") << "\"},\n";
        }
        CHECK(std::string(to_string(f.verdict)) == row.verdict);
        CHECK(f.explanation == row.explanation);
        REQUIRE(f.claims.size() == 2);
        CHECK(f.claims[0].display == row.display_a);
        CHECK(f.claims[1].display == row.display_b);
    }
}

namespace {

// value a, value b → verdict and explanation, figures in a's currency
const std::vector<Pair> signs{
    {"\xE2\x82\xB9"
     "4.5 billion",
     "\xE2\x82\xB9"
     "4.8 billion",
     "conflict",
     "\xE2\x82\xB9"
     "4.5 billion vs \xE2\x82\xB9"
     "4.8 billion: 6% apart; the values they allow (\xE2\x82\xB9"
     "4.45 billion\xE2\x80\x93\xE2\x82\xB9"
     "4.55 billion; \xE2\x82\xB9"
     "4.75 billion\xE2\x80\x93\xE2\x82\xB9"
     "4.85 billion) do not overlap"},
    {"Rs 4.5 billion", "Rs 4.8 billion", "conflict",
     "Rs 4.5 billion vs Rs 4.8 billion: 6% apart; the values they allow (Rs 4.45 billion\xE2\x80\x93Rs 4.55 billion; "
     "Rs 4.75 billion\xE2\x80\x93Rs 4.85 billion) do not overlap"},
};

}  // namespace

TEST_CASE("numeric in a currency: a sign is glued to its figures or spaced, as data/currencies.tsv says",
          "[numeric][units][display]") {
    check_pairs(signs);
}

TEST_CASE("numeric in a currency: explanations write figures as the grammar writes the value", "[numeric][units]") {
    for (const auto& form : units::currency_forms()) {
        if (!form.before) {
            continue;
        }
        CAPTURE(form.form);
        const Outcome outcome = verdict_of(form.form + " 4.5 billion", form.form + " 4.8 billion");
        CHECK_THAT(outcome.explanation, Catch::Contains(parsed(form.form + " 4.45 billion").canonical));
    }
}
