// The date language (spec §5): the set of days each wording allows,
// resolved against the source's `published` date.
#include "grammar/value.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace claimcheck::grammar;
namespace chr = std::chrono;

namespace {

// Published Wednesday 2026-01-14, the day after the Nara summit.
DateContext published_2026_01_14() {
    DateContext context;
    context.published = chr::year_month_day{chr::year{2026}, chr::January, chr::day{14}};
    return context;
}

DateValue date(std::string_view value, DateContext context = published_2026_01_14()) {
    auto result = parse_date(value, context);
    if (const auto* error = std::get_if<ParseError>(&result)) {
        FAIL("'" << value << "' did not parse: " << error->message << " at " << error->offset);
    }
    return std::get<DateValue>(result);
}

ParseError rejection(std::string_view value, DateContext context = published_2026_01_14()) {
    auto result = parse_date(value, context);
    if (const auto* d = std::get_if<DateValue>(&result)) {
        FAIL("'" << value << "' parsed as " << d->canonical);
    }
    return std::get<ParseError>(result);
}

struct Accepted {
    const char* value;
    const char* days;  // the canonical form: [Weekday ]first[/last]
};

// value → the days it allows (published 2026-01-14, a Wednesday)
const std::vector<Accepted> accepted{
    {"2026-01-13", "2026-01-13"},
    {"January 13, 2026", "2026-01-13"},
    {"january 13 2026", "2026-01-13"},
    {"13 January 2026", "2026-01-13"},
    {"13th January 2026", "2026-01-13"},
    {"January 13th, 2026", "2026-01-13"},
    {"Jan. 13", "2026-01-13"},
    {"Jan 13", "2026-01-13"},
    {"Sept. 3, 2025", "2025-09-03"},
    {"Dec. 30", "2025-12-30"},  // the year that puts it nearest to publication
    {"January 2026", "2026-01-01/2026-01-31"},
    {"February 2024", "2024-02-01/2024-02-29"},
    {"2026", "2026-01-01/2026-12-31"},
    {"1942", "1942-01-01/1942-12-31"},
    {"1910-1945", "1910-01-01/1945-12-31"},
    {"February 29, 2024", "2024-02-29"},
    // weekdays: the most recent one on or before publication
    {"Tuesday", "Tuesday 2026-01-13"},
    {"on Tuesday", "Tuesday 2026-01-13"},
    {"TUESDAY", "Tuesday 2026-01-13"},
    {"Wednesday", "Wednesday 2026-01-14"},
    {"Thursday", "Thursday 2026-01-08"},
    {"Tue.", "Tuesday 2026-01-13"},
    {"Tuesday, January 13, 2026", "Tuesday 2026-01-13"},
    {"on Tuesday, Jan. 13", "Tuesday 2026-01-13"},
    {"Tuesday 2026-01-13", "Tuesday 2026-01-13"},
    {"Tuesday, January 2026", "Tuesday 2026-01-06/2026-01-27"},
    // ranges
    {"2026-01-13/2026-01-14", "2026-01-13/2026-01-14"},
    {"2026-01-13 to 2026-01-14", "2026-01-13/2026-01-14"},
    {"January 13-14, 2026", "2026-01-13/2026-01-14"},
    {"January 13\xE2\x80\x93"
     "14, 2026",
     "2026-01-13/2026-01-14"},
    {"13-14 January 2026", "2026-01-13/2026-01-14"},
    {"January 30 to February 2, 2026", "2026-01-30/2026-02-02"},
    // a day of the month as an ordinal, with or without its month
    {"the 1st of March", "2026-03-01"},
    {"the first of March", "2026-03-01"},
    {"March first", "2026-03-01"},
    {"February the 15th", "2026-02-15"},
    {"15th of February 2026", "2026-02-15"},
    {"the twenty-first of January", "2026-01-21"},
    {"the 15th", "2026-01-15"},  // the month that puts it nearest to publication
    {"on the 15th", "2026-01-15"},
    {"Tuesday the 13th", "Tuesday 2026-01-13"},
    {"Tuesday 13th", "Tuesday 2026-01-13"},
    {"Saturday, Jan. 18", "Saturday 2025-01-18"},  // the nearest year in which it is a Saturday
    {"from the 13th to the 15th of January", "2026-01-13/2026-01-15"},
    {"from January 13 to 15", "2026-01-13/2026-01-15"},
    {"January 13 thru 15", "2026-01-13/2026-01-15"},
    {"March", "2026-03-01/2026-03-31"},
    {"during March", "2026-03-01/2026-03-31"},
    // relative words
    {"the day after tomorrow", "2026-01-16"},
    {"the day before yesterday", "2026-01-12"},
    {"Wednesday of next week", "Wednesday 2026-01-21"},
    {"Monday of this week", "Monday 2026-01-12"},
    {"coming week", "2026-01-19/2026-01-25"},
    {"previous week", "2026-01-05/2026-01-11"},
    {"current year", "2026-01-01/2026-12-31"},
    {"last yr", "2025-01-01/2025-12-31"},
    {"in two weeks", "2026-01-28"},
    {"in a week", "2026-01-21"},
    {"three days hence", "2026-01-17"},
    {"three days from today", "2026-01-17"},
    {"the last two days", "2026-01-12/2026-01-13"},
    {"past 2 weeks", "2025-12-29/2026-01-11"},
    {"the next three months", "2026-02-01/2026-04-30"},
    {"next 2 years", "2027-01-01/2028-12-31"},
    // relative to publication
    {"today", "2026-01-14"},
    {"yesterday", "2026-01-13"},
    {"tomorrow", "2026-01-15"},
    {"3 days earlier", "2026-01-11"},
    {"three days ago", "2026-01-11"},
    {"a week ago", "2026-01-07"},
    {"a week earlier", "2026-01-07"},
    {"one week earlier", "2026-01-07"},
    {"two weeks later", "2026-01-28"},
    {"two months ago", "2025-11-14"},
    {"a year ago", "2025-01-14"},
    {"last year", "2025-01-01/2025-12-31"},
    {"last month", "2025-12-01/2025-12-31"},
    {"this month", "2026-01-01/2026-01-31"},
    {"next year", "2027-01-01/2027-12-31"},
    {"last week", "2026-01-05/2026-01-11"},
    {"this week", "2026-01-12/2026-01-18"},
};

}  // namespace

TEST_CASE("date: each wording allows a set of days") {
    for (const auto& c : accepted) {
        CAPTURE(c.value);
        CHECK(date(c.value).canonical == c.days);
    }
}

TEST_CASE("date: every accepted value's canonical text parses back to an equal value") {
    for (const auto& c : accepted) {
        CAPTURE(c.value);
        const auto d = date(c.value);
        const auto again = date(d.canonical);
        CHECK(again.first == d.first);
        CHECK(again.last == d.last);
        CHECK(again.weekday == d.weekday);
        CHECK(again.bounded == d.bounded);
        CHECK(again.canonical == d.canonical);
    }
}

TEST_CASE("date: the value is an interval intersected with a named weekday") {
    const auto tuesday = date("Tuesday, January 13, 2026");
    REQUIRE(tuesday.weekday);
    CHECK(*tuesday.weekday == chr::Tuesday);
    CHECK(tuesday.first == chr::sys_days{chr::year{2026} / chr::January / 13});
    CHECK(tuesday.last == tuesday.first);
    CHECK(tuesday.bounded);

    const auto plain = date("2026-01-13");
    CHECK_FALSE(plain.weekday);
}

TEST_CASE("date: a weekday without a published date is any such weekday") {
    const auto any = date("Tuesday", DateContext{});
    CHECK_FALSE(any.bounded);
    CHECK(any.first == Day::min());
    CHECK(any.last == Day::max());
    REQUIRE(any.weekday);
    CHECK(*any.weekday == chr::Tuesday);
    CHECK(any.canonical == "Tuesday");
    CHECK(date(any.canonical, DateContext{}).canonical == "Tuesday");

    // "around" cannot widen a day it has no anchor for: the weekday stays open.
    const auto around = date("around Tuesday", DateContext{});
    CHECK_FALSE(around.bounded);
    CHECK(around.first == Day::min());
    CHECK(around.last == Day::max());
}

TEST_CASE("date: absolute dates need no published date") {
    CHECK(date("January 13, 2026", DateContext{}).canonical == "2026-01-13");
    CHECK(date("2026", DateContext{}).canonical == "2026-01-01/2026-12-31");
    CHECK(date("Tuesday 2026-01-13", DateContext{}).canonical == "Tuesday 2026-01-13");
}

namespace {

struct Rejected {
    const char* value;
    bool published;
    std::size_t offset;
    const char* message;
};

const std::vector<Rejected> rejected{
    {"February 30, 2026", true, 9, "February 30, 2026 is not a date"},
    {"2026-02-30", true, 8, "February 30, 2026 is not a date"},
    {"2025-02-29", true, 8, "February 29, 2025 is not a date"},
    {"April 31", true, 6, "April 31, 2026 is not a date"},
    {"2026-13-01", true, 0, "there is no month 13"},
    {"January 0", true, 8, "there is no day 0"},
    {"Thursday the 20th", true, 0,
     "day 20 is a Thursday in no month next to the source's `published` date; write the month"},
    {"the 45th", true, 4, "there is no day 45 in a month"},
    {"the 15th", false, 0, "a day without its month needs the month or the source's `published` date"},
    {"from January 13", true, 0, "expected a date, found 'from'"},
    {"the last 3 hours", true, 0,
     "'the last 3 hours' is read in days, weeks, months or years; write the times it means"},
    {"on Monday, January 00, 2026", true, 19, "there is no day 0"},
    {"Monday, January 13, 2026", true, 0, "2026-01-13 is a Tuesday, not a Monday"},
    {"yesterday", false, 0, "'yesterday' needs the source's `published` date"},
    {"today", false, 0, "'today' needs the source's `published` date"},
    {"3 days ago", false, 0, "needs the source's `published` date"},
    {"last year", false, 0, "'last year' needs the source's `published` date"},
    {"Jan. 13", false, 0, "needs a year or the source's `published` date"},
    {"Janaury 13", true, 0, "unknown word 'janaury' (did you mean 'january'?)"},
    {"Teusday", true, 0, "did you mean 'tuesday'?"},
    {"January 13 blah", true, 11, "expected the end of the date"},
    {"", true, 0, "expected a date, found an empty value"},
    {"eventually", true, 0, "expected a date, found 'eventually'"},
    {"14-13 January 2026", true, 3, "the range ends before it starts"},
    {"1945-1910", true, 0, "the range ends before it starts"},
    {"1.5 days ago", true, 0, "whole days"},
};

}  // namespace

TEST_CASE("date: impossible dates and unanchored relative dates are errors at their place") {
    for (const auto& c : rejected) {
        CAPTURE(c.value);
        const auto e = rejection(c.value, c.published ? published_2026_01_14() : DateContext{});
        CHECK(e.offset == c.offset);
        CHECK_THAT(e.message, Catch::Contains(c.message));
    }
}
