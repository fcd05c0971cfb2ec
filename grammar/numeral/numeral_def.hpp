// The numeral rules: number words with their scale words, digits with their
// glued scales, a numeral of either kind, and ordinals in words. Declared in
// numeral.hpp.
#pragma once

#include "grammar/numeral/numeral.hpp"
#include "grammar/numeral/words.hpp"

namespace claimcheck::grammar::parser {
namespace {

const x3::rule<class below_hundred_class, double> below_hundred = "a number word";
const x3::rule<class below_thousand_class, double> below_thousand = "a number word";
const x3::rule<class word_integer_class, double> word_integer = "a number word";

// "eighty-three", "eighty three", "eighty", "thirteen", "four"
const auto below_hundred_def =
    x3::lexeme[x3::no_case[tens_words] >> tens_joint >> x3::no_case[unit_words] >> word_end][sum_pair] |
    (whole_word(tens_words) >> whole_word(unit_words))[sum_pair] | whole_word(tens_words)[assign] |
    whole_word(teen_words)[assign] | whole_word(unit_words)[assign];

// "one hundred eighty-three", "a hundred and five", "sixty"
const auto below_thousand_def = ((whole_word(unit_words)[assign] | kw("a")[set_to(1)]) >>
                                 kw("hundred")[multiply_by(100)] >> -(-kw("and") >> below_hundred[add])) |
                                below_hundred[assign];

// "nine hundred ninety-nine thousand nine hundred ninety-nine"
const auto word_integer_def = below_thousand[assign] >>
                              -(kw("thousand")[multiply_by(1000)] >> -(-kw("and") >> below_thousand[add]));

BOOST_SPIRIT_DEFINE(below_hundred, below_thousand, word_integer)

// Number words with scale words, group by group: "thirty-one million two
// hundred fifty-six thousand seven hundred twenty-one", "three crore twelve
// lakh fifty-six thousand". Each group after the first is less than one of
// the scale before it, and so are the words that end the number.
struct word_groups {
    double value = 0;
    double first_scale = 1;  // the first group's scale ("two million": 1,000,000)
    double last_scale = 1;   // the scale the next group must stay below
    bool exact = false;      // groups or words after the first group
};
struct word_group {
    double value = 0;
    double scale = 1;
};

const x3::rule<class word_group_class, word_group> word_group_rule = "a number word";
const x3::rule<class word_groups_class, word_groups> word_groups_rule = "a number word";

const auto group_number = [](auto& ctx) { x3::_val(ctx) = word_group{x3::_attr(ctx), 1}; };
const auto group_scale = [](auto& ctx) {
    x3::_val(ctx).value *= x3::_attr(ctx);
    x3::_val(ctx).scale *= x3::_attr(ctx);
};
// "two million", "three thousand millions", "1 lakh crore": scale words compose.
const auto word_group_rule_def = word_integer[group_number] >> +whole_word(big_scale_words)[group_scale];

const auto first_group = [](auto& ctx) {
    const auto& g = x3::_attr(ctx);
    x3::_val(ctx) = word_groups{g.value, g.scale, g.scale, false};
};
const auto next_group = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    const auto& g = x3::_attr(ctx);
    x3::_pass(ctx) = g.scale < n.last_scale && g.value < n.last_scale;
    if (x3::_pass(ctx)) {
        n.value += g.value;
        n.last_scale = g.scale;
        n.exact = true;
    }
};
const auto last_words = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    x3::_pass(ctx) = x3::_attr(ctx) < n.last_scale;
    if (x3::_pass(ctx)) {
        n.value += x3::_attr(ctx);
        n.exact = true;
    }
};
const auto word_groups_rule_def =
    word_group_rule[first_group] >> *word_group_rule[next_group] >> -word_integer[last_words];

BOOST_SPIRIT_DEFINE(word_group_rule, word_groups_rule)

const auto word_numeral_value = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n = ast::numeral{};
    n.mantissa = x3::_attr(ctx);
    n.words = true;
};
// Scale words compose: "two million", "a thousand million", "1 lakh crore".
const auto word_numeral_times = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n.mantissa *= x3::_attr(ctx);
    n.word_scale = n.word_scale > 0 ? n.word_scale * x3::_attr(ctx) : x3::_attr(ctx);
};
const auto word_numeral_is = [](double v) {
    return [v](auto& ctx) {
        auto& n = x3::_val(ctx);
        n = ast::numeral{};
        n.mantissa = v;
        n.words = true;
    };
};
// A number of groups: exact when it goes on after its first scale word
// ("thirty-one million two hundred ...": no scale to round to).
const auto word_groups_value = [](auto& ctx) {
    const auto& g = x3::_attr(ctx);
    auto& n = x3::_val(ctx);
    n = ast::numeral{};
    n.mantissa = g.value;
    n.words = true;
    n.word_scale = g.exact ? 1 : g.first_scale;
};
// "two point two million": the digits after the point, then the scale.
const auto point_digit = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n.mantissa = n.mantissa * 10 + x3::_attr(ctx);
    ++n.decimals;
};
const auto point_scale = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n.scale *= x3::_attr(ctx);
    n.word_scale = n.scale;
};

// "183", "1,300", "6.5", "73k", "1.08 million", "2 dozens"
const x3::rule<class digit_numeral_class, ast::numeral> digit_numeral = "a number";

const auto digit_numeral_def = x3::lexeme[digits >> -glued_scale >> word_end] >>
                               *whole_word(scale_words)[scale_numeral];

const auto dozens = [](auto& ctx) { x3::_val(ctx).mantissa *= 12; };

// "one hundred eighty-three", "a dozen", "two dozen", "half a million", "two
// million", "two point two million", "thirty-one million two hundred ..."
const auto word_numeral_def =
    (kw("half") >> kw("a") >> (whole_word(scale_words)[word_numeral_value] | kw("dozen")[word_numeral_is(12)]) >>
     x3::eps[([](auto& ctx) { x3::_val(ctx).mantissa *= 0.5; })]) |
    (kw("a") >> kw("dozen"))[word_numeral_is(12)] |
    (kw("a") >> (kw("hundred")[word_numeral_is(100)] | whole_word(scale_words)[word_numeral_value]) >>
     *whole_word(big_scale_words)[word_numeral_times]) |
    (word_integer[word_numeral_value] >> kw("point") >> +whole_word(point_digit_words)[point_digit] >>
     *whole_word(big_scale_words)[point_scale]) |
    word_groups_rule[word_groups_value] | (word_integer[word_numeral_value] >> -(kw("dozen") | kw("dozens"))[dozens]) |
    whole_word(zero_words)[word_numeral_value];

BOOST_SPIRIT_DEFINE(digit_numeral)

// Ordinals in words: "fifth", "twenty-fifth", "forty second", "thirty—first",
// "one hundred and first", "fortieth" ("hundredth" is also a fraction, and is
// not read). After a tens word "second" is also
// "forty-second" (40 seconds): the numeral says so (or_seconds) and the
// quantity converter asks which was meant.
const x3::rule<class ordinal_below_hundred_class, ast::numeral> ordinal_below_hundred = "an ordinal";

const auto ordinal_is = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n = ast::numeral{};
    n.mantissa = x3::_attr(ctx);
    n.words = true;
    n.ordinal = true;
};
const auto ordinal_tens = [](auto& ctx) {
    const double tens = boost::fusion::at_c<0>(x3::_attr(ctx));
    const double ones = boost::fusion::at_c<1>(x3::_attr(ctx));
    auto& n = x3::_val(ctx);
    n = ast::numeral{};
    n.mantissa = tens + ones;
    n.words = true;
    n.ordinal = true;
    n.or_seconds = ones == 2;
};
const auto ordinal_hundreds = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n = ast::numeral{};
    n.mantissa = 100 * x3::_attr(ctx);
};
const auto ordinal_after_hundreds = [](auto& ctx) {
    const double hundreds = x3::_val(ctx).mantissa;
    x3::_val(ctx) = x3::_attr(ctx);
    x3::_val(ctx).mantissa += hundreds;
};

const auto ordinal_below_hundred_def =
    x3::lexeme[x3::no_case[tens_words] >> tens_joint >> x3::no_case[ordinal_unit_words] >> word_end][ordinal_tens] |
    (whole_word(tens_words) >> whole_word(ordinal_unit_words))[ordinal_tens] | whole_word(ordinal_words)[ordinal_is];

// "one hundred", "a hundred" before an ordinal ("one hundred and first").
const x3::rule<class hundreds_class, double> hundreds = "a number word";
const auto hundreds_def = (whole_word(unit_words)[assign] | kw("a")[set_to(1)]) >> kw("hundred");

BOOST_SPIRIT_DEFINE(ordinal_below_hundred, hundreds)

}  // namespace

const word_numeral_type word_numeral_rule = "a number word";
const numeral_type numeral_rule = "a number or number word";
const word_ordinal_type word_ordinal_rule = "an ordinal";

const auto word_numeral_rule_def = word_numeral_def;
const auto numeral_rule_def = here[mark_numeral] >> (digit_numeral[take_numeral] | word_numeral_rule[take_numeral]);
const auto word_ordinal_rule_def =
    (hundreds[ordinal_hundreds] >> -kw("and") >> ordinal_below_hundred[ordinal_after_hundreds]) |
    ordinal_below_hundred[assign];

BOOST_SPIRIT_DEFINE(word_numeral_rule, numeral_rule, word_ordinal_rule)

}  // namespace claimcheck::grammar::parser
