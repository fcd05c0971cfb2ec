// The quantity grammar (spec §5 "quantity"): numbers, ranges, qualifiers,
// proportions and unit words. Meaning (intervals, time units) is given by
// the facade, quantity_value.cpp.
#pragma once

#include "grammar/quantity.hpp"
#include "grammar/words_def.hpp"

namespace claimcheck::grammar::parser {

// ---------------------------------------------------------------- tables

// Qualifiers written as words; they end on a word boundary.
inline x3::symbols<ast::qualifier> const qualifier_words(
    {
        {"about", {Qualifier::approx, "about"}},
        {"approximately", {Qualifier::approx, "approximately"}},
        {"approx.", {Qualifier::approx, "approx."}},
        {"around", {Qualifier::approx, "around"}},
        {"roughly", {Qualifier::approx, "roughly"}},
        {"some", {Qualifier::approx, "some"}},
        {"close to", {Qualifier::approx, "close to"}},
        {"nearly", {Qualifier::approx, "nearly"}},
        {"almost", {Qualifier::approx, "almost"}},
        {"circa", {Qualifier::approx, "circa"}},
        {"an estimated", {Qualifier::approx, "an estimated"}},
        {"estimated", {Qualifier::approx, "estimated"}},
        {"more than", {Qualifier::more_than, "more than"}},
        {"over", {Qualifier::more_than, "over"}},
        {"above", {Qualifier::more_than, "above"}},
        {"in excess of", {Qualifier::more_than, "in excess of"}},
        {"at least", {Qualifier::at_least, "at least"}},
        {"no fewer than", {Qualifier::at_least, "no fewer than"}},
        {"no less than", {Qualifier::at_least, "no less than"}},
        {"fewer than", {Qualifier::fewer_than, "fewer than"}},
        {"less than", {Qualifier::fewer_than, "less than"}},
        {"under", {Qualifier::fewer_than, "under"}},
        {"below", {Qualifier::fewer_than, "below"}},
        {"up to", {Qualifier::at_most, "up to"}},
        {"at most", {Qualifier::at_most, "at most"}},
        {"no more than", {Qualifier::at_most, "no more than"}},
    },
    "qualifier");

// Qualifiers written as signs; a number may follow without a space: "~180".
inline x3::symbols<ast::qualifier> const qualifier_signs(
    {
        {"~", {Qualifier::approx, "~"}},
        {">", {Qualifier::more_than, ">"}},
        {">=", {Qualifier::at_least, ">="}},
        {"\xE2\x89\xA5", {Qualifier::at_least, "\xE2\x89\xA5"}},  // ≥
        {"<", {Qualifier::fewer_than, "<"}},
        {"<=", {Qualifier::at_most, "<="}},
        {"\xE2\x89\xA4", {Qualifier::at_most, "\xE2\x89\xA4"}},  // ≤
    },
    "qualifier sign");

// Vague shares of a whole, and the key each stands for.
inline x3::symbols<std::string> const share_words(
    {
        {"most", "most"},
        {"majority", "majority"},
        {"a majority", "majority"},
        {"the majority", "majority"},
        {"predominantly", "predominantly"},
        {"mostly", "predominantly"},
        {"half", "half"},
    },
    "proportion word");

// In running text "most" is usually a superlative ("the most significant"),
// so only these shares are read there.
inline x3::symbols<std::string> const share_words_in_text(
    {
        {"most of", "most"},
        {"a majority", "majority"},
        {"the majority", "majority"},
        {"predominantly", "predominantly"},
    },
    "proportion word");

// Time units read after a number in running text ("1,300 years").
inline x3::symbols<x3::unused_type> const time_unit_words({"day", "days", "week", "weeks", "month", "months", "year",
                                                           "years", "decade", "decades", "century", "centuries"},
                                                          "time unit");

// Currency signs before a number: "$2 billion".
inline x3::symbols<x3::unused_type> const currency_signs({"$", "US$", "\xE2\x82\xAC", "\xC2\xA3", "\xC2\xA5",
                                                          "\xE2\x82\xA9"},  // $ US$ € £ ¥ ₩
                                                         "currency sign");

// ---------------------------------------------------------------- actions

auto const reset_count = [](auto& ctx) { x3::_val(ctx) = ast::count{}; };
auto const reset_share = [](auto& ctx) { x3::_val(ctx) = ast::share{}; };
auto const set_qualifier = [](auto& ctx) { x3::_val(ctx).qual = x3::_attr(ctx); };
auto const set_first = [](auto& ctx) { x3::_val(ctx).first = x3::_attr(ctx); };
auto const set_between = [](auto& ctx) {
    x3::_val(ctx).joiner = "between";
    x3::_val(ctx).first = boost::fusion::at_c<0>(x3::_attr(ctx));
    x3::_val(ctx).second = boost::fusion::at_c<1>(x3::_attr(ctx));
};
auto const set_percent = [](auto& ctx) { x3::_val(ctx).percent = true; };
// Sets the joiner and the second number once both were read (a failed try
// leaves nothing behind).
auto const second_after = [](char const* joiner) {
    return [joiner](auto& ctx) {
        x3::_val(ctx).joiner = joiner;
        x3::_val(ctx).second = x3::_attr(ctx);
    };
};
auto const set_hyphen_unit = [](auto& ctx) { x3::_val(ctx).hyphen_unit = true; };
auto const set_currency = [](auto& ctx) {
    auto const& range = x3::_attr(ctx);
    x3::_val(ctx).currency.assign(range.begin(), range.end());
};
auto const set_unit = [](auto& ctx) {
    auto const& range = x3::_attr(ctx);
    x3::_val(ctx).unit.assign(range.begin(), range.end());
};
auto const set_share = [](auto& ctx) { x3::_val(ctx).word = x3::_attr(ctx); };
auto const set_written = [](auto& ctx) {
    auto const& range = x3::_attr(ctx);
    x3::_val(ctx).written = text::lower_words(std::string_view(range.begin(), range.size()));
};

// ---------------------------------------------------------------- rules

x3::rule<class qualifier_class, ast::qualifier> const qualifier = "a qualifier";
x3::rule<class percent_sign_class> const percent_sign = "a percent sign";
x3::rule<class unit_word_class> const unit_word = "a unit word";
x3::rule<class end_of_value_class> const end_of_value = "unit words or the end of the value";
x3::rule<class and_word_class> const and_word = "'and'";
x3::rule<class count_class, ast::count> const count = "a number";
x3::rule<class share_class, ast::share> const share = "a proportion";
x3::rule<class count_in_text_class, ast::count> const count_in_text = "a number";
x3::rule<class share_in_text_class, ast::share> const share_in_text = "a proportion";
quantity_value_type const quantity_value_rule = "a quantity";
quantity_in_text_type const quantity_in_text_rule = "a quantity";

auto const qualifier_def = whole_word(qualifier_words) | x3::lexeme[qualifier_signs];

auto const percent_sign_def = x3::lit('%') | kw("percent") | (kw("per") >> kw("cent"));

// A unit word: starts with a letter, may hold digits, hyphens, apostrophes.
auto const unit_word_def =
    x3::lexeme[(x3::ascii::alpha | non_ascii) >> *(x3::ascii::alnum | non_ascii | x3::char_("-'./()"))];

auto const end_of_value_def = x3::eoi;
auto const and_word_def = kw("and");

auto const currency = x3::raw[x3::no_case[currency_signs]][set_currency];

// "between 180 and 185": once "between" is read, the rest must follow.
// (Expectations name the rule they expect: keep actions outside them.)
auto const between_form = (kw("between") > numeral > and_word > numeral)[set_between] >> -percent_sign[set_percent];

// "180-185", "180 to 185", "136 of 183", "two-day"
auto const count_tail = x3::lexeme[x3::lit('-') >> &whole_word(time_unit_words)][set_hyphen_unit] |
                        ((dash > numeral)[second_after("-")] >> -percent_sign[set_percent]) |
                        ((kw("to") > numeral)[second_after("to")] >> -percent_sign[set_percent]) |
                        ((kw("of") > numeral)[second_after("of")]);

auto const count_def = x3::eps[reset_count] >>
                       (between_form | (-qualifier[set_qualifier] >> -currency >> numeral[set_first] >>
                                        -percent_sign[set_percent] >> -count_tail)) >>
                       -x3::raw[+unit_word][set_unit];

auto const share_def = x3::eps[reset_share] >> -qualifier[set_qualifier] >>
                       x3::raw[whole_word(share_words)[set_share]][set_written] >> -x3::raw[+unit_word][set_unit];

auto const quantity_value_rule_def = (count | share) > end_of_value;

// In running text: no expectations (a failed try moves on), and only time
// units are read as units ("183 miners perished" is the number 183).
auto const time_unit = x3::raw[whole_word(time_unit_words)][set_unit];

auto const count_in_text_def = x3::eps[reset_count] >>
                               ((kw("between") >> numeral >> kw("and") >> numeral)[set_between] >>
                                    -percent_sign[set_percent] |
                                (-qualifier[set_qualifier] >> -currency >> numeral[set_first] >>
                                 -percent_sign[set_percent] >>
                                 -((x3::lexeme[x3::lit('-') >> &time_unit][set_hyphen_unit]) |
                                   ((dash >> numeral)[second_after("-")] >> -percent_sign[set_percent]) |
                                   ((kw("to") >> numeral)[second_after("to")] >> -percent_sign[set_percent]) |
                                   (kw("of") >> numeral)[second_after("of")]))) >>
                               -time_unit;

auto const share_in_text_def = x3::eps[reset_share] >> -qualifier[set_qualifier] >>
                               x3::raw[whole_word(share_words_in_text)[set_share]][set_written];

auto const quantity_in_text_rule_def = count_in_text | share_in_text;

BOOST_SPIRIT_DEFINE(qualifier, percent_sign, unit_word, end_of_value, and_word, count, share, count_in_text,
                    share_in_text, quantity_value_rule, quantity_in_text_rule)

}  // namespace claimcheck::grammar::parser
