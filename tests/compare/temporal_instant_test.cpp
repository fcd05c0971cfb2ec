// §6.2 with times (spec "Times"): date values as sets of instants. Each pair
// is parsed by the grammar in a story's zone and compared by the engine.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

// U: published Thursday 2025-04-10, no zone (UTC).
// S: Asia/Seoul (east of UTC), published 2025-04-10 09:00 local (00:00 UTC).
// N: America/New_York, published 2025-03-10.   L: Europe/London, published 2025-10-27.
// F: as U with fiscal years starting in April.   X: no published date, no zone.
grammar::DateContext context_of(char c) {
    grammar::DateContext x;
    const std::chrono::year_month_day april_10{std::chrono::year{2025}, std::chrono::April, std::chrono::day{10}};
    if (c != 'X') {
        x.published = april_10;
    }
    if (c == 'S') {
        x.timezone = "Asia/Seoul";
        x.published_at = std::chrono::sys_days{april_10};
    } else if (c == 'N') {
        x.published = ymd(2025, 3, 10);
        x.timezone = "America/New_York";
    } else if (c == 'L') {
        x.published = ymd(2025, 10, 27);
        x.timezone = "Europe/London";
    } else if (c == 'F') {
        x.fiscal_year_start = 4;
    }
    return x;
}

grammar::DateValue parsed(std::string_view text, const grammar::DateContext& context) {
    auto result = grammar::parse_date(text, context);
    if (const auto* error = std::get_if<grammar::ParseError>(&result)) {
        FAIL("'" << text << "' did not parse: " << error->message);
    }
    return std::get<grammar::DateValue>(result);
}

struct Pair {
    char context;
    const char* a;
    const char* b;
    const char* verdict;      // "" when the two agree
    const char* explanation;  // a part of the explanation
};

// clang-format off
const std::vector<Pair> pairs{
    // one instant, written in several zones
    {'S', "4:10 a.m. local time", "2025-04-09T19:10Z", "", ""},
    {'S', "4:10 a.m.", "19:10 GMT on April 9, 2025", "", ""},
    {'S', "4:10 a.m. KST April 10, 2025", "2025-04-10T04:10", "", ""},
    {'S', "2025-04-10T04:10+09:00", "4:10 a.m. local time", "", ""},
    {'U', "9:10 p.m. ET on Tuesday", "01:10 GMT on Wednesday", "", ""},
    {'U', "9:10 p.m. EDT on Tuesday", "9:10 p.m. ET on Tuesday", "", ""},
    {'U', "6 p.m. PT on Tuesday", "9 p.m. ET on Tuesday", "", ""},
    {'U', "2025-04-10T04:10+09:00", "2025-04-09T19:10Z", "", ""},
    {'U', "noon", "12:00", "", ""},
    {'U', "yesterday", "April 9, 2025", "", ""},
    {'U', "last Friday", "2025-04-04", "", ""},
    {'U', "Q2 2025", "April-June 2025", "", ""},
    {'U', "the second quarter", "the three months to June", "", ""},
    {'U', "FY2026", "fiscal 2026", "", ""},
    // an instant inside a day: the local day, not the UTC day
    {'S', "4:10 a.m.", "April 10, 2025", "compatible-precision", "lies within 2025-04-10"},
    {'S', "19:10 GMT on April 9, 2025", "April 10, 2025", "compatible-precision", "lies within 2025-04-10"},
    {'S', "4:10 a.m.", "April 9, 2025", "compatible-precision", "04:10 Asia/Seoul (19:10 UTC the day before), day not written, taken as 2025-04-09 lies within 2025-04-09"},
    {'S', "19:10 GMT on April 9, 2025", "April 9, 2025", "conflict", "share no instant"},
    {'U', "19:10 GMT on April 9, 2025", "April 9, 2025", "compatible-precision", "lies within"},
    // an offset applied twice, or a time read in the wrong zone
    {'S', "4:10 a.m.", "2025-04-10T04:10Z", "offset-twice", "9 hours apart: the offset of Asia/Seoul from UTC (+9) — was it applied twice?"},
    {'U', "2025-04-10T04:10+09:00", "2025-04-10T13:10+09:00", "offset-twice", "9 hours apart: the offset of UTC+09:00 from UTC (+9) — was it applied twice?"},
    {'U', "9:10 p.m. ET on Tuesday", "9:10 p.m. on Tuesday", "offset-twice", "4 hours apart: the offset of America/New_York from UTC (-4) — was it applied twice?"},
    {'U', "9:10 p.m. EST on Tuesday", "9:10 p.m. ET on Tuesday", "offset-twice", "1 hour apart: the difference between"},
    {'U', "11 a.m. CET on January 13, 2025", "11 a.m. JST on January 13, 2025", "offset-twice", "8 hours apart: the difference between UTC+09:00 and UTC+01:00"},
    {'U', "4:10 a.m.", "4:40 a.m.", "conflict", "30 minutes apart"},
    {'U', "4:10 a.m.", "6:25 a.m.", "conflict", "2 h 15 min apart"},
    {'U', "4:10 a.m. on April 1, 2025", "4:10 a.m. on April 9, 2025", "conflict", "they are 8 days apart"},
    // a time without its day: that time on an unstated day near the story
    {'U', "10:30 a.m.", "10:30 a.m. on Tuesday", "", ""},
    {'U', "10:30 a.m.", "10:30 a.m. on April 4, 2025", "", ""},
    {'U', "10:30 a.m.", "10:30 a.m. on April 11, 2025", "", ""},
    {'U', "10:30 a.m.", "Tuesday", "compatible-precision", "10:30 UTC, day not written, taken as 2025-04-08 lies within"},
    {'U', "10:30 a.m.", "11 a.m. on Tuesday", "conflict", "10:30 UTC, day not written, taken as 2025-04-08 share no instant: 30 minutes apart"},
    {'U', "10:30 a.m.", "10:30 a.m. on March 1, 2025", "conflict", "33 days apart"},
    {'U', "10:30 a.m.", "Tuesday night", "conflict", "taken as 2025-04-09"},
    {'U', "3 a.m.", "Tuesday night", "compatible-precision", "taken as 2025-04-09 lies within"},
    {'U', "around 9 a.m.", "9:20 a.m. on Monday", "compatible-precision", "taken as 2025-04-07"},
    {'S', "0350 GMT", "12:50 p.m. local time on Tuesday", "", ""},
    {'S', "0350 GMT", "12:50 p.m.", "", ""},
    {'U', "0350 GMT Tuesday", "6:50 a.m. Kyiv time on Tuesday", "", ""},
    {'U', "11:40 p.m. Kyiv time", "2040 GMT", "", ""},
    {'U', "11:40 p.m. Kyiv time", "2340 GMT", "offset-twice", "3 hours apart"},
    {'U', "overnight into Wednesday", "0350 GMT Wednesday", "compatible-precision", "lies within"},
    {'U', "overnight Tuesday into Wednesday", "overnight into Wednesday", "", ""},
    // parts of a day
    {'U', "Tuesday morning", "4:10 a.m. on Tuesday", "compatible-precision", "lies within"},
    {'U', "early Tuesday", "Tuesday afternoon", "conflict", "6 hours apart"},
    {'U', "Tuesday night", "early Wednesday", "compatible-precision", "lies within"},
    {'U', "Tuesday evening", "Tuesday night", "partial-overlap", "overlap only in part"},
    {'U', "late Tuesday", "Tuesday evening", "compatible-precision", "lies within"},
    {'U', "Tuesday afternoon", "Tuesday", "compatible-precision", "lies within Tuesday 2025-04-08"},
    {'U', "overnight", "5 a.m.", "compatible-precision", "lies within"},
    {'U', "Tuesday morning", "9 p.m. on Tuesday", "conflict", "9 hours apart"},
    // adjacent: parts of a day and approximate times meet, never "0 minutes apart"
    {'U', "late Monday", "early Tuesday", "compatible-precision", "are adjacent: they meet at 2025-04-08 00:00"},
    {'U', "late Monday", "just after midnight on Tuesday", "compatible-precision", "are adjacent"},
    {'U', "just before midnight on Monday", "early Tuesday", "compatible-precision", "are adjacent"},
    {'U', "late Monday", "Tuesday afternoon", "conflict", "12 hours apart"},
    // approximators
    {'U', "around 9 a.m.", "9:20 a.m.", "compatible-precision", "lies within"},
    {'U', "around 9 a.m.", "10 a.m.", "conflict", "29 minutes apart"},
    {'U', "shortly after 3 p.m.", "3:10 p.m.", "compatible-precision", "lies within"},
    {'U', "shortly before 3 p.m.", "3:10 p.m.", "conflict", "10 minutes apart"},
    {'U', "two weeks ago", "about two weeks earlier", "compatible-precision", "lies within"},
    {'U', "a month ago", "about a month ago", "compatible-precision", "lies within"},
    // calendar periods
    {'U', "Q2 2025", "May 5, 2025", "compatible-precision", "2025-05-05 lies within 2025-04-01/2025-06-30"},
    {'U', "Q2 2025", "Q3 2025", "conflict", "share no day"},
    {'U', "H1 2025", "Q2 2025", "compatible-precision", "lies within"},
    {'U', "the first half", "April-June", "compatible-precision", "lies within"},
    {'U', "mid-2025", "June 2025", "compatible-precision", "lies within"},
    {'U', "early 2025", "late 2025", "conflict", "share no day"},
    {'U', "the 1990s", "1995", "compatible-precision", "lies within"},
    {'U', "the 1990s", "2001", "conflict", "share no day"},
    {'U', "the 1990s", "the 2000s", "conflict", "share no day"},
    {'F', "fiscal 2026", "2025-06-01", "compatible-precision", "lies within 2025-04-01/2026-03-31"},
    {'U', "fiscal 2026", "2025-06-01", "conflict", "share no day"},
    {'F', "FY26", "Q1 2026", "compatible-precision", "lies within"},
    {'F', "FY26", "Q2 2026", "conflict", "share no day"},
    {'U', "in March", "March 20, 2025", "compatible-precision", "lies within"},
    {'U', "in March", "March 20, 2024", "conflict", "share no day"},
    {'U', "earlier this week", "Tuesday", "compatible-precision", "lies within"},
    {'U', "earlier this month", "April 12, 2025", "conflict", "share no day"},
    {'U', "later this month", "April 12, 2025", "compatible-precision", "lies within"},
    {'U', "last Friday", "Saturday", "conflict", "share no day"},
    {'U', "this Friday", "next Friday", "conflict", "share no day"},
    // open periods
    {'U', "since 1999", "2020", "compatible-precision", "lies within since 1999-01-01"},
    {'U', "since 2021", "2020", "conflict", "share no instant"},
    {'U', "until 2030", "2031", "conflict", "share no instant"},
    {'U', "by the end of this year", "2025-11-30", "compatible-precision", "lies within until 2025-12-31"},
    {'U', "since 1999", "until 2005", "partial-overlap", "overlap only in part"},
    {'U', "since 1999", "since 2001", "compatible-precision", "lies within"},
    // summer-time boundaries
    {'N', "2025-11-02T01:30 EDT", "2025-11-02T01:30 EST", "offset-twice", "1 hour apart: the difference between UTC-04:00 and UTC-05:00"},
    {'N', "2025-11-02T01:30 EDT", "2025-11-02T05:30Z", "", ""},
    {'N', "2025-11-02T01:30-05:00", "2025-11-02T06:30Z", "", ""},
    {'N', "March 9, 2025", "2025-03-09T03:30", "compatible-precision", "lies within"},
    {'N', "March 9, 2025", "2025-03-10T00:30", "conflict", "share no instant"},
    {'N', "March 9, 2025", "2025-03-10T03:30Z", "compatible-precision", "lies within"},
    {'N', "March 9, 2025", "2025-03-10T04:30Z", "conflict", "share no instant"},
    {'N', "3:30 a.m. on March 9, 2025", "2025-03-09T07:30Z", "", ""},
    {'N', "1:59 a.m. on March 9, 2025", "3:00 a.m. on March 9, 2025", "conflict", "1 minute apart"},
    {'L', "October 26, 2025", "2025-10-26T23:30Z", "compatible-precision", "lies within"},
    {'L', "October 26, 2025", "2025-10-25T23:30Z", "compatible-precision", "lies within"},
    {'L', "October 26, 2025", "2025-10-25T22:30Z", "conflict", "share no instant"},
    {'L', "1:30 a.m. BST on October 26, 2025", "1:30 a.m. GMT on October 26, 2025", "offset-twice", "1 hour apart: the offset of UTC+01:00 from UTC (+1)"},
    {'L', "2:30 a.m. on March 30, 2025", "1:30 a.m. GMT on March 30, 2025", "", ""},
    // a weekday without an anchor date
    {'X', "Tuesday", "2025-04-08T21:10Z", "compatible-precision", "lies within Tuesday"},
    {'X', "Tuesday", "2025-04-09T01:10Z", "conflict", "no instant of it falls on a Tuesday"},
};
// clang-format on

}  // namespace

TEST_CASE("pairs of times, periods and zones get the verdict the rules give", "[temporal][instants]") {
    for (const auto& p : pairs) {
        CAPTURE(p.context, p.a, p.b);
        const auto context = context_of(p.context);
        Story story = pair_story(parsed(p.a, context), parsed(p.b, context));
        story.timezone = context.timezone;
        const auto findings = findings_of(story);
        if (std::string_view(p.verdict).empty()) {
            CHECK(findings.empty());
            continue;
        }
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].kind == Kind::date);
        CHECK(findings[0].verdict == p.verdict);
        CHECK_THAT(findings[0].explanation, Catch::Contains(p.explanation));
    }
}

TEST_CASE("an explanation shows an instant in the story's zone and in UTC", "[temporal][instants]") {
    const auto context = context_of('S');
    Story story = pair_story(parsed("4:10 a.m. on April 10, 2025", context), parsed("2025-04-10T04:10Z", context));
    story.timezone = context.timezone;
    const auto findings = findings_of(story);
    REQUIRE(findings.size() == 1);
    CHECK_THAT(findings[0].explanation, Catch::Contains("2025-04-10 04:10 Asia/Seoul (19:10 UTC the day before)"));
    CHECK_THAT(findings[0].explanation, Catch::Contains("2025-04-10 13:10 Asia/Seoul (04:10 UTC)"));
}
