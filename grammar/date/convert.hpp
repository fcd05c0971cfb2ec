// The date converters (grammar-internal): what parse_date's conversion of a
// syntax tree reads against, and the functions its files share. The entry
// is convert.cpp; clock.cpp reads times of day, relative.cpp days relative
// to publication, periods.cpp named periods, calendar.cpp calendar dates,
// holiday.cpp holidays by name, approach.cpp the approximators and open
// bounds, and explain.cpp explains a value that is no date.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

#include "grammar/ast.hpp"
#include "grammar/parse_value.hpp"
#include "grammar/value.hpp"
#include "util/calendar.hpp"
#include "zones/tz.hpp"

namespace claimcheck::grammar::dates {

namespace chr = std::chrono;

using claimcheck::calendar::month_name;
using claimcheck::calendar::weekday_name;
using detail::error_at;
using Wall = date::local_seconds;
using Days = std::pair<Day, Day>;
using Interval = std::variant<Days, ParseError>;

// What a conversion reads against: the story's settings, the start of the
// text (error offsets count from it), the story's zone and the value's own.
struct Reading {
    const DateContext& context;
    const char* begin;
    zones::Zone story;
    zones::Zone zone;
};

// ---------------------------------------------------------------- convert.cpp

// The local calendar day of an instant in the value's zone.
Day local_day(const Reading& rd, Instant at);

// ---------------------------------------------------------------- calendar.cpp

std::string iso(Day day);
// The most recent `wd` on or before `day`.
Day on_or_before(Day day, chr::weekday wd);
Day month_end(chr::year y, chr::month m);
// Adds whole months, keeping the day where the month has it ("Mar 31" - 1 month → Feb 28/29).
Day add_months(Day day, int months);
// A local calendar day as the wall-clock time of its midnight, and back.
Wall wall_of(Day day);
Day day_of(Wall wall);
// Months [first, last] of a year, with `last` possibly in the next year.
Days months_of(int year, unsigned first, unsigned last);
// A calendar date with every part known, or an error naming it.
std::variant<Day, ParseError> make_day(const Reading& rd, const ast::calendar& c, int year, const char* at);
// "January 13, 2026", "13-14 January", "2026", "January 2026"
Interval calendar(const Reading& rd, const ast::date& d);
// "2/15", "10/31/1974", "2015-3-3": a date in figures alone
Interval numeric(const Reading& rd, const ast::date& d);
// "the first Tuesday of November", "the last day of October", "the 20th of next month"
Interval nth_in_month(const Reading& rd, const ast::date& d, Days month);

// ---------------------------------------------------------------- clock.cpp

// "2025-04-10T04:10"
std::string wall_text(Wall wall);
// A time of day on `day` (`implied`: the day is publication's, not written).
std::optional<ParseError> clock(const Reading& rd, const ast::date& d, Day day, bool implied, DateValue& v);
// "Tuesday night", "early Tuesday": a named part of a day.
std::optional<ParseError> part_of_day(const Reading& rd, const ast::date& d, Day day, DateValue& v);
// "nine hours later", "90 minutes earlier": from the publication instant.
std::optional<ParseError> clock_relative(const Reading& rd, const ast::date& d, DateValue& v);

// ---------------------------------------------------------------- relative.cpp

// "today", "3 days ago", "last year", "next Monday", "earlier this week"
Interval relative(const Reading& rd, const ast::date& d);
// "3 Fridays from now", "2 Thursdays ago": counted from publication day.
Interval counted_weekdays(const Reading& rd, const ast::date& d);
// The day "two weeks after" and "the day before the verdict" count from: a
// date the words after them name, or the topic's event (DateContext::event);
// else an error.
std::variant<Day, ParseError> event_day(const Reading& rd, const ast::date& d);

// ---------------------------------------------------------------- periods.cpp

// A year written in two digits ("FY99", "10/31/74"): the year ending in them
// nearest the source's publication; without `published`, or 50 years from
// it either way, an error at `at`.
std::variant<int, ParseError> two_digit_year(const Reading& rd, int two_digits, const char* at);
// "Q2 2025", "the first half", "the 1990s", "fiscal 2026", "April-June", "in March", "summer"
Interval period(const Reading& rd, const ast::date& d);
// "early March", "mid-2025", "the end of next week": the first, middle or
// last third of the days `whole` (a week, a month, whole months or years).
Interval third_of(const Reading& rd, const ast::date& d, Days whole);

// ---------------------------------------------------------------- approach.cpp

// Approximators and open bounds: "around 9 a.m.", "shortly after 3 p.m.", "since 1999", "after 2014".
std::optional<ParseError> approach(const Reading& rd, const ast::date& d, DateValue& v);

// ---------------------------------------------------------------- holiday.cpp

// "Christmas 2025", "last Thanksgiving", "Eid al-Fitr": a holiday's days (src/holidays).
Interval holiday(const Reading& rd, const ast::date& d);

// ---------------------------------------------------------------- explain.cpp

// Explains why no date starts at `p`: a misspelt date word is named as such.
ParseError explain_start(const char* begin, const char* p, const char* end);
// Names a misspelt word at or after a failed expectation, else the expectation.
ParseError explain_expectation(const char* begin, const char* where, const char* end, const std::string& which);

}  // namespace claimcheck::grammar::dates
