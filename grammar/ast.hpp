// The value language's abstract syntax: what was written, before meaning.
//
// The grammar (quantity_def.hpp, date_def.hpp) fills these plain structs; the
// facade (quantity_value.cpp, date_value.cpp) turns them into the Spirit-free
// types of value.hpp: intervals, days, canonical text.
#pragma once

#include <string>
#include <vector>

#include <boost/spirit/home/x3/support/ast/position_tagged.hpp>
#include <boost/spirit/home/x3/support/ast/variant.hpp>

#include "grammar/value.hpp"

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
    bool bare_m = false;        // the suffix "m" ("720m"): million after a currency, else unclear
    bool overflow = false;      // more digits than a double holds exactly (above 2^53)
    char const* at = nullptr;   // where it starts in the parsed text
    char const* end = nullptr;  // where its digits end (a unit glued to them starts here)
    std::string written;        // a fraction as written, lower-cased ("two-thirds")
};

// ---------------------------------------------------------------- quantity

// A qualifier as written, with its meaning.
struct qualifier {
    Qualifier kind = Qualifier::none;
    std::string word;  // lower-cased table entry: "about", "more than", "~"
};

// What joins two numbers: "180-185", "180 to 185", "between 180 and 185",
// "136 of 183" / "3 out of 10", "one in three", "15 per 100,000".
enum class Joiner { none, dash, to, between, of, in, per };

// A mark after the number: "74%", "3 percentage points", "50 basis points".
enum class Mark { none, percent, points, basis_points };

// A change written before the number: "up 3%", "fell by a quarter", "+3.2%".
enum class Direction { none, up, down };

// What a prefix or suffix word makes of a number: "aged 71", "71-year-old",
// "magnitude 6.4", "M6.4".
enum class Kind { plain, age, magnitude };

// Where a currency was written.
enum class Place { none, before, after };

// A count or an amount: [qualifier] [direction] [kind] [sign] [currency]
// number [mark] [joiner number] [currency] [unit words].
struct count {
    qualifier qual;
    Direction direction = Direction::none;
    Kind kind = Kind::plain;
    bool minus = false;  // a minus sign: "-5 °F", "-0.4%"
    numeral first;
    Mark mark = Mark::none;
    Joiner joiner = Joiner::none;
    numeral second;                // the range's high end or the whole of a proportion
    bool hyphen_unit = false;      // "two-day", "3-inch": the unit was glued with a hyphen
    std::string currency;          // ISO 4217 code of "$", "€", "USD", "won" before or after the number
    std::string currency_written;  // as written: "$", "won"
    Place currency_at = Place::none;
    std::string unit;  // unit words as written (not yet lower-cased)
    char const* unit_at = nullptr;
};

// A multiple: "doubled", "tripled", "halved", "three-fold", "2.5 times".
struct multiple {
    qualifier qual;
    numeral factor;
    std::string word;  // "doubled", "fold", "times"
};

// A vague share of a whole: "most", "the majority", "predominantly", "half".
enum class Share { most, majority, predominantly, half };

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
    unsigned month = 0;
    unsigned day = 0;
    char const* at = nullptr;      // where the date starts (for "February 30" errors)
    char const* day_at = nullptr;  // where the day number is
};

// A period relative to the anchor: "yesterday", "3 days ago", "last year".
struct relative {
    std::string word;  // today | yesterday | tomorrow | ago | earlier | before | later | after | last | this | next
    double count = 0;  // "3 days ago": 3; "a week ago": 1
    std::string unit;  // day | week | month | year
};

// A weekday as written, 0 = Sunday ... 6 = Saturday (std::chrono::weekday).
struct weekday_name {
    unsigned index = 7;  // 7: none
};

// A date value: [weekday[,]] (calendar [to calendar] | relative).
struct date {
    weekday_name weekday;
    bool has_when = false;
    bool is_relative = false;
    calendar from;
    calendar to;  // a range's end; year/month/day 0 where it repeats `from` ("January 13-14")
    bool is_range = false;
    relative rel;
    char const* at = nullptr;  // where the value starts
};

}  // namespace claimcheck::grammar::ast
