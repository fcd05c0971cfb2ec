// The numeral rules: numbers in digits or words, compiled once in
// numeral.cpp and used by the quantity and date rule groups.
#pragma once

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar::parser {

struct word_numeral_class;
struct numeral_class;
struct word_ordinal_class;

// "one hundred eighty-three", "a dozen", "half a million", "two million"
using word_numeral_type = x3::rule<word_numeral_class, ast::numeral>;
// "183", "1,300", "6.5", "73k", "1.08 million", or a number in words
using numeral_type = x3::rule<numeral_class, ast::numeral>;
// "fifth", "twenty-fifth", "forty second", "one hundred and first"
using word_ordinal_type = x3::rule<word_ordinal_class, ast::numeral>;

BOOST_SPIRIT_DECLARE(word_numeral_type, numeral_type, word_ordinal_type)

const word_numeral_type& word_numeral();
const numeral_type& numeral();
const word_ordinal_type& word_ordinal();

}  // namespace claimcheck::grammar::parser
