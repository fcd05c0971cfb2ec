// The date grammar's rules (spec §5 "date"), compiled once in date.cpp.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar::parser {

struct date_value_class;
struct date_in_text_class;

// A whole `value` string: "January 13, 2026", "on Tuesday", "3 days ago".
using date_value_type = x3::rule<date_value_class, ast::date>;
// A date inside running text: "January 19, 2026", "Tuesday", "1942".
using date_in_text_type = x3::rule<date_in_text_class, ast::date>;

BOOST_SPIRIT_DECLARE(date_value_type, date_in_text_type)

const date_value_type& date_value();
const date_in_text_type& date_in_text();
// Can date_in_text start at `p`, a word of ASCII letters? (scan.cpp)
bool may_start_date(const char* p, const char* end);

// Can `text` hold a date whose words a quantity must not read (a time of
// day, a named period, a calendar date with a month)? False when it has no
// digits in a date's shape (a year, an hour, "Q2"), month name, clock word
// or year's division (scan.cpp).
bool may_hold_date_digits(std::string_view text);

// Month and weekday names, for "did you mean" hints.
std::vector<std::string> date_word_names();

}  // namespace claimcheck::grammar::parser
