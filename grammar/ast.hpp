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

// A number as written: "1,300", "6.5", "1.08 million", "73k", "sixty".
// value = mantissa * scale / 10^decimals.
struct numeral {
    double mantissa = 0;       // the digits without separators (108 for "1.08"), or a number word's value
    int decimals = 0;          // digits after the decimal point
    double scale = 1;          // thousand, million, k, bn ... (1 when none)
    bool words = false;        // written in words ("one hundred eighty-three")
    char const* at = nullptr;  // where it starts in the parsed text
};

// ---------------------------------------------------------------- quantity

// A qualifier as written, with its meaning.
struct qualifier {
    Qualifier kind = Qualifier::none;
    std::string word;  // lower-cased table entry: "about", "more than", "~"
};

// A count: [qualifier] number [% | - number | to number | of number] [unit words].
struct count {
    qualifier qual;
    numeral first;
    bool percent = false;
    std::string joiner;        // "" | "-" | "to" | "between" | "of"
    numeral second;            // the range's high end or the whole of a proportion
    bool hyphen_unit = false;  // "two-day": the unit was glued with a hyphen
    std::string currency;      // "$", "€" before the number
    std::string unit;          // unit words as written (not yet lower-cased)
};

// A vague share of a whole: "most", "the majority", "predominantly", "half".
struct share {
    qualifier qual;
    std::string word;     // table key: "most", "majority", "predominantly", "half"
    std::string written;  // as written, lower-cased: "the majority"
    std::string unit;
};

struct quantity : x3::variant<count, share> {
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
