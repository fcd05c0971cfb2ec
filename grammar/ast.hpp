// The value language's abstract syntax: what was written, before meaning.
//
// The rules (quantity/quantity_def.hpp, date/date_def.hpp) fill these plain
// structs; the rooms' converters (quantity/, date/) turn them into the
// Spirit-free types of value.hpp: intervals, days, canonical text.
#pragma once

#include <string>
#include <vector>

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include "grammar/value.hpp"

namespace claimcheck::holidays {
struct Holiday;
}

namespace claimcheck::grammar::ast {

namespace x3 = boost::spirit::x3;

// ---------------------------------------------------------------- numbers

// A number as written: "1,300", "6.5", "1.08 million", "73k", "sixty",
// "two-thirds", "fourth".
// value = mantissa * scale / 10^decimals.
struct numeral {
    double mantissa = 0;        // the digits without separators (108 for "1.08"), or a number word's value
    int decimals = 0;           // digits after the decimal point
    double scale = 1;           // thousand, million, k, bn, lakh ... (1 when none)
    bool words = false;         // written in words ("one hundred eighty-three")
    bool fraction = false;      // a fraction word ("two-thirds": mantissa 2/3)
    bool ordinal = false;       // an ordinal word ("fourth")
    bool or_seconds = false;    // "forty-second": the ordinal 42nd, or 40 seconds
    bool bare_m = false;        // the suffix "m" ("720m"): million after a currency, else unclear
    bool overflow = false;      // more digits than a double holds exactly (above 2^53)
    const char* at = nullptr;   // where it starts in the parsed text
    const char* end = nullptr;  // where its digits end (a unit glued to them starts here)
    std::string written;        // a fraction as written, lower-cased ("two-thirds")
    double word_scale = 1;      // number words' scale word ("two million": 1,000,000; in the mantissa already)
    // An amount of the unit that follows, written before it as words or a
    // fraction ("half an hour", "a kilogram", "3/4 cup"): `written` holds it.
    bool of_unit = false;
    int numerator = 0;  // a mixed number's fraction ("10 1/2", "10½", "5 and a half": 1 and 2; mantissa 10.5)
    int denominator = 0;
    // A currency written right before a range's end or a bound ("between $1
    // billion and $2 billion", "$1-$35"): where it is in the parsed text.
    const char* currency_begin = nullptr;
    const char* currency_end = nullptr;
};

// ---------------------------------------------------------------- quantity

// A qualifier as written, with its meaning.
struct qualifier {
    Qualifier kind = Qualifier::none;
    std::string word;    // lower-cased table entry: "about", "more than", "~"
    bool exact = false;  // "exactly 180": the figure itself, not rounded
};

// What joins two numbers: "180-185", "180 to 185", "between 180 and 185",
// "136 of 183" / "3 out of 10", "one in three", "15 per 100,000".
// "more than 20 and at most 35": two comparatives (bounds).
enum class Joiner { none, dash, to, between, of, in, per, bounds };

// A mark after the number: "74%", "3 percentage points", "50 basis points".
enum class Mark { none, percent, points, basis_points };

// A change written before the number: "up 3%", "fell by a quarter", "+3.2%".
enum class Direction { none, up, down };

// What a prefix or suffix word makes of a number: "aged 71", "71-year-old",
// "magnitude 6.4", "M6.4"; a level of a named scale ("Category 4", "Phase
// 3"); a p-value ("P<0.001", "p = 0.03").
enum class Kind { plain, age, magnitude, level, p_value };

// Where a currency was written.
enum class Place { none, before, after };

// A later part of a compound amount: the "11 in" of "5 ft 11 in", the "and
// 50 cents" of "$3 and 50 cents".
struct part {
    numeral number;
    std::string unit;  // unit words as written
    const char* unit_at = nullptr;
    bool and_written = false;
};

// A count or an amount: [qualifier] [direction] [kind] [sign] [currency]
// number [mark] [joiner number] [currency] [unit words] [parts].
struct count {
    qualifier qual;
    Direction direction = Direction::none;
    Kind kind = Kind::plain;
    bool minus = false;  // a minus sign: "-5 °F", "-0.4%"
    numeral first;
    Mark mark = Mark::none;
    Mark first_mark = Mark::none;  // the mark written right after the first number ("3%" of "3% to 4%")
    Joiner joiner = Joiner::none;
    numeral second;                       // the range's high end or the whole of a proportion
    const char* level_at = nullptr;       // "to 4,512" of "up 1.2% to 4,512": the level a change reached
    const char* from_level_at = nullptr;  // "from 12" of "up 3 from 12", "up from 12": the level before a change
    bool reached = false;                 // "rose to 12": a change word named the level reached
    bool hyphen_unit = false;             // "two-day", "3-inch": the unit was glued with a hyphen
    std::string currency;                 // ISO 4217 code of "$", "€", "USD", "won" before or after the number
    std::string currency_written;         // as written: "$", "won"
    Place currency_at = Place::none;
    std::string other_currency;  // a second, different currency ("USD 5 EUR"): an error
    std::string unit;            // unit words as written (not yet lower-cased)
    const char* unit_at = nullptr;
    std::string first_unit;     // a range's unit written after its low end too ("between 24 feet and 28 feet")
    qualifier upper;            // Joiner::bounds: the second comparative ("at most" of "more than 20 and at most 35")
    std::vector<part> parts;    // a compound amount's later parts ("11 in" of "5 ft 11 in")
    std::string level;          // Kind::level: the scale's kind ("category" of "Cat 4")
    std::string rough;          // a rough amount's words ("hundreds", "several thousand"): first to second is its range
    bool rough_plural = false;  // a plural ("hundreds"), which takes "of" before its unit words
    bool below_zero = false;    // "2 degrees below zero", "2 below zero": the figure is below the scale's zero
};

// A multiple: "doubled", "tripled", "halved", "three-fold", "2.5 times".
struct multiple {
    qualifier qual;
    numeral factor;
    std::string word;                  // "doubled", "fold", "times"
    Direction noun = Direction::none;  // a change noun after it: "a three-fold increase"
    std::string noun_word;             // that noun as written, lower-cased
};

// A vague share of a whole: "most", "the majority", "predominantly", "half",
// "a minority", "no majority".
enum class Share { most, majority, predominantly, half, minority, no_majority };

struct share {
    qualifier qual;
    Share word = Share::most;
    std::string written;  // as written, lower-cased: "the majority"
    std::string unit;
};

struct quantity : x3::variant<count, multiple, share> {
    using base_type::base_type;
    using base_type::operator=;
};

// ---------------------------------------------------------------- date

// A calendar date as written; parts that were not written are 0.
struct calendar {
    int year = 0;
    bool year_written = false;  // "0000-01-01" writes year 0; "Jan. 13" none
    unsigned month = 0;
    unsigned day = 0;
    const char* at = nullptr;      // where the date starts (for "February 30" errors)
    const char* day_at = nullptr;  // where the day number is
};

// How a relative date counts from its anchor (the source's `published`).
enum class Relation {
    today,
    yesterday,
    tomorrow,
    before,        // "3 days ago", "a week earlier", "the day before"
    after,         // "two weeks later", "the day after"
    last,          // "last year", "last Friday"
    this_,         // "this month", "this Friday"
    next,          // "next year", "next Monday"
    earlier_this,  // "earlier this week": from the period's start to publication
    later_this,    // "later this month": from publication to the period's end
};

enum class TimeUnit { minute, hour, day, week, month, quarter, year };

// A period relative to the anchor: "yesterday", "3 days ago", "last year".
struct relative {
    Relation word = Relation::today;
    double count = 0;  // "3 days ago": 3; "a week ago": 1
    TimeUnit unit = TimeUnit::day;
    bool of_event = false;  // "two weeks after", "the day before": counted from an event, not publication
    std::string event;      // the event named after it ("the vote" in "two weeks after the vote")
    bool span = false;      // "the last two days", "the next three months": `count` whole periods
};

// A weekday as written, 0 = Sunday ... 6 = Saturday (std::chrono::weekday).
struct weekday_name {
    unsigned index = 7;  // 7: none
};

enum class Meridiem { none, am, pm };

// A wall-clock time: "4:10 a.m.", "16:10", "noon", "2025-04-10T04:10".
struct clock_time {
    bool present = false;
    unsigned hour = 0;
    unsigned minute = 0;
    Meridiem meridiem = Meridiem::none;
    int shift = 0;      // minutes from the time named: "a quarter past 3pm" 15, "a quarter to 4pm" -15
    bool bare = false;  // an hour alone that starts a range ("3" of "3-4pm"): it takes the end's a.m. or p.m.
    const char* at = nullptr;
};

enum class ZoneKind { none, local, utc, offset, name, place };

// A time zone as written: "local time", "UTC", "GMT+9", "+09:00", "KST", "Asia/Seoul",
// "Kyiv time" (a place: `name` holds "Kyiv").
struct zone_ref {
    ZoneKind kind = ZoneKind::none;
    int offset_minutes = 0;  // ZoneKind::offset
    int minute_written = 0;  // ZoneKind::offset: its minutes as written ("+05:60" is 60)
    bool west = false;       // ZoneKind::offset: written with '-' (so "-00:30" is west too)
    std::string name;        // ZoneKind::name: an abbreviation or IANA name as written; place: the place
    const char* at = nullptr;
};

// Named parts of a day (docs/grammar.md gives their hours).
enum class DayPart { none, early, late, morning, afternoon, evening, night, overnight };

// Calendar periods: "Q2 2025", "the first half", "the 1990s", "fiscal 2026".
enum class PeriodKind { none, quarter, half, decade, fiscal_year, months, season, in_month };

// A third of a longer period: "early March", "mid-2025", "the end of next week".
enum class Third { none, early, mid, late };

struct period {
    PeriodKind kind = PeriodKind::none;
    unsigned index = 0;        // quarter 1-4, half 1-2
    int year = -1;             // -1: not written
    bool short_year = false;   // "FY26"
    bool fiscal = false;       // a quarter or half of a fiscal year: "Q1 FY27", "fiscal first quarter"
    unsigned first_month = 0;  // months: "April-June", "the three months to June"; in_month: "in March"
    unsigned last_month = 0;
    const char* at = nullptr;
};

// Approximators and open bounds before a date or time.
enum class Approach { none, around, shortly_after, shortly_before, since, until, after, before };

// A holiday by its name (src/holidays): "Christmas", "Eid al-Fitr 2025",
// "last Thanksgiving", "Thanksgiving of next year".
struct holiday_ref {
    const holidays::Holiday* which = nullptr;
    int year = -1;                  // written: "Christmas 2025"
    bool of_relative_year = false;  // "of next year": `word` names the year
    bool relative = false;          // "next Christmas": `word` names the occurrence
    Relation word = Relation::this_;
    const char* at = nullptr;
};

// A day counted in a month: "the first Tuesday of November", "the last
// Friday in October", "the last day of October", "the 20th of next month".
struct nth_day {
    int rank = 0;              // 1 to 31, -1 the last
    unsigned weekday = 7;      // 7: any day
    const char* at = nullptr;  // nullptr: none
};

// A date in figures alone: "2/15", "10/31/1974", "31.10.74", "2015-3-3".
// Which figure is the month is settled by the converter (or refused).
struct numeric_date {
    unsigned first = 0;
    unsigned second = 0;
    int year = -1;             // -1: not written
    bool short_year = false;   // "10/31/74"
    bool year_first = false;   // "2015-3-3": year, month, day
    bool month_year = false;   // "2/2013": a month and its year
    bool month_named = false;  // "31/Oct/1974": `second` is the named month
    const char* at = nullptr;  // nullptr: none
};

// A date value: [approach] ([weekday[,]] (calendar [to calendar] | relative) | period)
// with an optional time of day or part of day and zone.
struct date {
    Approach approach = Approach::none;
    weekday_name weekday;
    bool has_when = false;
    bool is_relative = false;
    calendar from;
    calendar to;  // a range's end; year/month/day 0 where it repeats `from` ("January 13-14")
    bool is_range = false;
    relative rel;
    clock_time time;
    clock_time end_time;  // an ISO range's end: "2025-04-10T04:10/2025-04-10T05:00"
    zone_ref zone;
    DayPart part = DayPart::none;
    // The other day of a night written with both: "overnight Tuesday into
    // Wednesday" (the day before the night's morning), "Tuesday night into
    // Wednesday" (the day after the night's evening).
    weekday_name other_day;
    period per;
    holiday_ref holiday;
    numeric_date numeric;
    const char* week_of = nullptr;
    double weekdays = 0;  // "3 Fridays from now" 3, "2 Thursdays ago" -2 (with `weekday`): 0 none  // "the week of
                          // October 6": the week (Monday to Sunday) of the day
    nth_day nth;
    Third third = Third::none;
    const char* third_at = nullptr;
    const char* at = nullptr;  // where the value starts
};

}  // namespace claimcheck::grammar::ast
