// The numeral rules: number words below a million, digits with their glued
// scales, and a numeral of either kind. Declared in numeral.hpp.
#pragma once

#include "grammar/numeral/numeral.hpp"
#include "grammar/numeral/words.hpp"

namespace claimcheck::grammar::parser {
namespace {

x3::rule<class below_hundred_class, double> const below_hundred = "a number word";
x3::rule<class below_thousand_class, double> const below_thousand = "a number word";
x3::rule<class word_integer_class, double> const word_integer = "a number word";

// "eighty-three", "eighty three", "eighty", "thirteen", "four"
auto const below_hundred_def =
    x3::lexeme[x3::no_case[tens_words] >> dash >> x3::no_case[unit_words] >> word_end][sum_pair] |
    (whole_word(tens_words) >> whole_word(unit_words))[sum_pair] | whole_word(tens_words)[assign] |
    whole_word(teen_words)[assign] | whole_word(unit_words)[assign];

// "one hundred eighty-three", "a hundred and five", "sixty"
auto const below_thousand_def = ((whole_word(unit_words)[assign] | kw("a")[set_to(1)]) >>
                                 kw("hundred")[multiply_by(100)] >> -(-kw("and") >> below_hundred[add])) |
                                below_hundred[assign];

// "nine hundred ninety-nine thousand nine hundred ninety-nine"
auto const word_integer_def = below_thousand[assign] >>
                              -(kw("thousand")[multiply_by(1000)] >> -(-kw("and") >> below_thousand[add]));

BOOST_SPIRIT_DEFINE(below_hundred, below_thousand, word_integer)

auto const word_numeral_value = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n = ast::numeral{};
    n.mantissa = x3::_attr(ctx);
    n.words = true;
};
// Scale words compose: "two million", "a thousand million", "1 lakh crore".
auto const word_numeral_times = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n.mantissa *= x3::_attr(ctx);
    n.word_scale = n.word_scale > 0 ? n.word_scale * x3::_attr(ctx) : x3::_attr(ctx);
};
auto const word_numeral_is = [](double v) {
    return [v](auto& ctx) {
        auto& n = x3::_val(ctx);
        n = ast::numeral{};
        n.mantissa = v;
        n.words = true;
    };
};

// "183", "1,300", "6.5", "73k", "1.08 million"
x3::rule<class digit_numeral_class, ast::numeral> const digit_numeral = "a number";

auto const digit_numeral_def = x3::lexeme[digits >> -glued_scale >> word_end] >>
                               *whole_word(scale_words)[scale_numeral];

auto const dozens = [](auto& ctx) { x3::_val(ctx).mantissa *= 12; };

// "one hundred eighty-three", "a dozen", "two dozen", "half a million", "two million"
auto const word_numeral_def =
    (kw("half") >> kw("a") >> (whole_word(scale_words)[word_numeral_value] | kw("dozen")[word_numeral_is(12)]) >>
     x3::eps[([](auto& ctx) { x3::_val(ctx).mantissa *= 0.5; })]) |
    (kw("a") >> kw("dozen"))[word_numeral_is(12)] |
    (kw("a") >> (kw("hundred")[word_numeral_is(100)] | whole_word(scale_words)[word_numeral_value]) >>
     *whole_word(big_scale_words)[word_numeral_times]) |
    (word_integer[word_numeral_value] >> (+whole_word(big_scale_words)[word_numeral_times] | -kw("dozen")[dozens]));

BOOST_SPIRIT_DEFINE(digit_numeral)

}  // namespace

word_numeral_type const word_numeral_rule = "a number word";
numeral_type const numeral_rule = "a number or number word";

auto const word_numeral_rule_def = word_numeral_def;
auto const numeral_rule_def = here[mark_numeral] >> (digit_numeral[take_numeral] | word_numeral_rule[take_numeral]);

BOOST_SPIRIT_DEFINE(word_numeral_rule, numeral_rule)

}  // namespace claimcheck::grammar::parser
