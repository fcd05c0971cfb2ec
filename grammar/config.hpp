// The iterator and context every grammar rule is compiled for (one
// instantiation per rule, in quantity.cpp and date.cpp).
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace claimcheck::grammar::parser {

namespace x3 = boost::spirit::x3;

// Values are parsed straight out of a std::string_view's bytes.
using iterator_type = char const*;

// Words are separated by ASCII white space (x3::space would assert on UTF-8).
using skipper_type = x3::ascii::space_type;
using context_type = x3::phrase_parse_context<skipper_type>::type;

}  // namespace claimcheck::grammar::parser
