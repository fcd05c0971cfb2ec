// Scanning running text for times, periods and relative expressions (spec §5
// "Times", `claimcheck suggest`): what is found, and what quantities are not.
#include "grammar/value.hpp"
#include "support/found.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimcheck::grammar;
using claimcheck::testing::texts;
namespace chr = std::chrono;

namespace {

DateContext published_2025_04_10() {
    DateContext context;
    context.published = chr::year_month_day{chr::year{2025}, chr::April, chr::day{10}};
    context.timezone = "Asia/Seoul";
    context.published_at = chr::sys_days{*context.published};
    return context;
}

struct Scanned {
    const char* text;
    std::vector<std::string> dates;
    std::vector<std::string> quantities;  // relative counts stay quantities, as "3 days ago" did
};

// clang-format off
const std::vector<Scanned> scanned{
    {"The quake struck at 4:10 a.m. local time, the agency said.", {"4:10 a.m. local time"}, {}},
    {"It struck at 02:10 GMT and 300 people fled.", {"02:10 GMT"}, {"300"}},
    {"The vote came at 9:10 p.m. ET on Tuesday.", {"9:10 p.m. ET on Tuesday"}, {}},
    {"Wire copy stamped 2025-04-10T04:10+09:00 said 12 people died.", {"2025-04-10T04:10+09:00"}, {"12"}},
    {"Profit rose in Q2 2025 to a record.", {"Q2 2025"}, {}},
    {"Sales fell in the second quarter of 2024 and again in H1.", {"the second quarter of 2024", "H1"}, {}},
    {"In fiscal 2026 the company expects 4% growth.", {"fiscal 2026"}, {"4%"}},
    {"The plan covers FY26 and FY2027.", {"FY26", "FY2027"}, {}},
    // A fiscal year's division is one date, never a calendar quarter and a stray year.
    {"Revenue rose in Q1 FY27 and in FY2027 Q2.", {"Q1 FY27", "FY2027 Q2"}, {}},
    {"Its fiscal first quarter beat the first quarter of the 2026 fiscal year.", {"fiscal first quarter", "the first quarter of the 2026 fiscal year"}, {}},
    {"Results for the first quarter of fiscal 2026 beat fiscal Q4.", {"the first quarter of fiscal 2026", "fiscal Q4"}, {}},
    {"Rates have been flat since 1999.", {"since 1999"}, {}},
    {"The talks began earlier this week in Nara.", {"earlier this week"}, {}},
    {"The ministers met last Friday and will meet again next Monday.", {"last Friday", "next Monday"}, {}},
    {"Fighting resumed early Tuesday after a lull.", {"early Tuesday"}, {}},
    {"Rescuers worked through Tuesday night.", {"Tuesday night"}, {}},
    {"Nine hours later, 40 survivors were found.", {"Nine hours later"}, {"Nine hours", "40"}},
    {"The deal will close in March, officials said.", {"in March"}, {}},
    {"Prices fell sharply this fall.", {}, {}},
    {"Growth in the 1990s averaged 7%.", {"the 1990s"}, {"7%"}},
    // Dates without a digit hide their numbers too: a month name, a year's division.
    {"Sales fell in the three months to June, and six stores closed.", {"the three months to June"}, {"six"}},
    {"Output fell in the second quarter as one plant closed.", {"the second quarter"}, {"one"}},
    {"Twelve people met at noon on Tuesday.", {"noon on Tuesday"}, {"Twelve"}},
    // Short digits are a date's in a date's shape only: an hour, a period's index.
    {"The polls closed at 9 pm and 61 percent had voted.", {"9 pm"}, {"61 percent"}},
    {"Doors opened at 4.10am; 300 people waited.", {"4.10am"}, {"300"}},
    {"Sales in H1 and FY'26 rose 5 percent.", {"H1", "FY'26"}, {"rose 5 percent"}},
    // A wire-style time with its zone, and a weekday after it, is one time, never the whole day.
    {"The missile hit at 0350 GMT Tuesday, killing 12.", {"0350 GMT Tuesday"}, {"12"}},
    {"Blasts were heard at 11:40 p.m. Kyiv time.", {"11:40 p.m. Kyiv time"}, {}},
    {"At 10 a.m. The time for talks had passed.", {"10 a.m."}, {}},
    {"The polls closed at a quarter to 8 p.m. and counting began at half past 9 p.m.", {"a quarter to 8 p.m.", "half past 9 p.m."}, {}},
};
// clang-format on

}  // namespace

TEST_CASE("scan: times, periods and relative expressions are found in running text", "[scan][time]") {
    for (const auto& c : scanned) {
        CAPTURE(c.text);
        CHECK(texts(find_dates(c.text, published_2025_04_10())) == c.dates);
    }
}

TEST_CASE("scan: the digits of times and periods are not quantities", "[scan][time]") {
    for (const auto& c : scanned) {
        CAPTURE(c.text);
        CHECK(texts(find_quantities(c.text)) == c.quantities);
    }
}
