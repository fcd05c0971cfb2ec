// The quantity grammar's rules (spec §5 "quantity"), compiled once in
// quantity.cpp.
#pragma once

#include <string>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar::parser {

struct quantity_value_class;
struct quantity_in_text_class;

// A whole `value` string: "about 180 people", "136 of 183", "most".
using quantity_value_type = x3::rule<quantity_value_class, ast::quantity>;
// A quantity inside running text: "approximately three months", "183".
using quantity_in_text_type = x3::rule<quantity_in_text_class, ast::quantity>;

BOOST_SPIRIT_DECLARE(quantity_value_type, quantity_in_text_type)

const quantity_value_type& quantity_value();
// The words of the qualifier and number-word tables, for "did you mean" hints.
std::vector<std::string> qualifier_names();
std::vector<std::string> number_word_names();
// The ISO 4217 code of a currency written before a number ("$", "US$",
// "USD"), "" when it is none.
std::string currency_before_code(std::string_view written);
const quantity_in_text_type& quantity_in_text();
// Does a compound's later part fit the amount read so far ("11 in" after
// "5 ft", "50 cents" after "$3")? (quantity_value.cpp)
bool part_fits(const ast::count& c, const ast::part& p);
// Can quantity_in_text start at `p`, a word of ASCII letters? (scan.cpp)
bool may_start_quantity(const char* p, const char* end);

}  // namespace claimcheck::grammar::parser
