// The numeral room's words and digit shapes: number words, the scale words
// and suffixes of data/units.tsv, and digits with their groups and glued
// scales. Shared by the numeral rules and the rules that read digits
// themselves (a quantity's glued numeral).
#pragma once

#include <array>
#include <cmath>
#include <cstdint>
#include <string_view>
#include <utility>

#include "grammar/lexical.hpp"
#include "units/units.hpp"

namespace claimcheck::grammar::parser {

// The number words below ten, written once for every table that needs them.
inline constexpr std::array<std::pair<std::string_view, int>, 9> digit_words{{{"one", 1},
                                                                              {"two", 2},
                                                                              {"three", 3},
                                                                              {"four", 4},
                                                                              {"five", 5},
                                                                              {"six", 6},
                                                                              {"seven", 7},
                                                                              {"eight", 8},
                                                                              {"nine", 9}}};

namespace {

// ---------------------------------------------------------------- number words

// "one" to "nine": the numerals' units, and the numerators of fractions in
// words (quantity/words.hpp).
const symbols<double> unit_words = [] {
    symbols<double> table;
    table.name("number word");
    for (const auto& [word, value] : digit_words) {
        table.add(std::string(word), value);
    }
    return table;
}();

// Zero in words: "zero", "nought", "naught", "nil".
const symbols<double> zero_words({{"zero", 0}, {"nought", 0}, {"naught", 0}, {"nil", 0}}, "number word");

const symbols<double> teen_words({{"ten", 10},
                                  {"eleven", 11},
                                  {"twelve", 12},
                                  {"thirteen", 13},
                                  {"fourteen", 14},
                                  {"fifteen", 15},
                                  {"sixteen", 16},
                                  {"seventeen", 17},
                                  {"eighteen", 18},
                                  {"nineteen", 19}},
                                 "number word");

const symbols<double> tens_words({{"twenty", 20},
                                  {"thirty", 30},
                                  {"forty", 40},
                                  {"fifty", 50},
                                  {"sixty", 60},
                                  {"seventy", 70},
                                  {"eighty", 80},
                                  {"ninety", 90}},
                                 "number word");

// The multipliers of data/units.tsv placed as `place`, with a factor of at
// least `at_least`, as a table of lower-case words. A scale word also reads
// in the plural ("three billions", "200 dozens", "three thousand millions").
inline symbols<double> multiplier_table(units::Multiplier::Place place, double at_least, const char* name) {
    symbols<double> table;
    table.name(name);
    for (const auto& m : units::multipliers()) {
        if (m.place == place && m.factor >= at_least) {
            const std::string word = text::lower(m.word);
            table.add(word, m.factor);
            if (place == units::Multiplier::Place::word && word.back() != 's' && table.find(word + "s") == nullptr) {
                table.add(word + "s", m.factor);
            }
        }
    }
    return table;
}

// Scale words after digits or number words: "1.08 million", "two million",
// "500 crore".
const symbols<double> scale_words = multiplier_table(units::Multiplier::Place::word, 0, "scale word");

// After number words "thousand" is part of the number ("two thousand").
const symbols<double> big_scale_words = multiplier_table(units::Multiplier::Place::word, 1e5, "scale word");

// Scale suffixes glued to digits: "73k", "$2bn", "2.5mn".
const symbols<double> scale_suffixes = multiplier_table(units::Multiplier::Place::suffix, 0, "scale suffix");

// "m" glued to digits: million after a currency ("€720m"), else unclear
// (metres?), which the facade reports.
const symbols<double> bare_m_suffix =
    multiplier_table(units::Multiplier::Place::suffix_after_currency, 0, "scale suffix");

// The digits of a decimal point in words: "two point two five" (2.25).
const symbols<double> point_digit_words = [] {
    symbols<double> table;
    table.name("a digit word");
    table.add("zero", 0);
    table.add("nought", 0);
    table.add("oh", 0);
    for (const auto& [word, value] : digit_words) {
        table.add(std::string(word), value);
    }
    return table;
}();

// Ordinal words: "first" ... "twentieth", the tens ("fortieth") and
// "hundredth"; the ones a tens word compounds with ("forty-first").
const symbols<double> ordinal_words(
    {
        {"first", 1},      {"second", 2},       {"third", 3},       {"fourth", 4},      {"fifth", 5},
        {"sixth", 6},      {"seventh", 7},      {"eighth", 8},      {"ninth", 9},       {"tenth", 10},
        {"eleventh", 11},  {"twelfth", 12},     {"thirteenth", 13}, {"fourteenth", 14}, {"fifteenth", 15},
        {"sixteenth", 16}, {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
        {"thirtieth", 30}, {"fortieth", 40},    {"fiftieth", 50},   {"sixtieth", 60},   {"seventieth", 70},
        {"eightieth", 80}, {"ninetieth", 90},
    },
    "an ordinal");
const symbols<double> ordinal_unit_words({{"first", 1},
                                          {"second", 2},
                                          {"third", 3},
                                          {"fourth", 4},
                                          {"fifth", 5},
                                          {"sixth", 6},
                                          {"seventh", 7},
                                          {"eighth", 8},
                                          {"ninth", 9}},
                                         "an ordinal");

// What joins a tens word to the word after it: a hyphen, an en dash or an
// em dash ("forty-two", "thirty—first").
const auto tens_joint = x3::lit('-') | x3::lit("\xE2\x80\x93") | x3::lit("\xE2\x80\x94");

// ---------------------------------------------------------------- digits

// Reads "1,300.25" into mantissa 130025, decimals 2. More significant
// digits than a double holds exactly (a mantissa above 2^53) set `overflow`.
const auto read_digits = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n = ast::numeral{};
    bool after_point = false;
    std::uint64_t exact = 0;  // the digits as an integer, to tell 2^53 + 1 from 2^53
    bool too_many = false;
    for (char c : x3::_attr(ctx)) {
        if (c == '.') {
            after_point = true;
        } else if (c >= '0' && c <= '9') {
            n.mantissa = n.mantissa * 10 + (c - '0');
            too_many = too_many || exact > 1'000'000'000'000'000'000ULL;
            exact = too_many ? exact : exact * 10 + static_cast<std::uint64_t>(c - '0');
            if (after_point) {
                ++n.decimals;
            }
        }
    }
    n.overflow = too_many || exact > 9007199254740992ULL;
    n.end = x3::_attr(ctx).end();
};
const auto set_bare_m = [](auto& ctx) {
    x3::_val(ctx).scale *= x3::_attr(ctx);
    x3::_val(ctx).bare_m = true;
};
// A scale that is no power of ten (a dozen) multiplies the number itself:
// "2 dozen" is 24, as exact as "24".
const auto scale_numeral = [](auto& ctx) {
    const double factor = x3::_attr(ctx);
    const double exponent = std::log10(factor);
    (exponent == std::floor(exponent) ? x3::_val(ctx).scale : x3::_val(ctx).mantissa) *= factor;
};

const auto digit = x3::ascii::digit;

// Digit groups: "1,300", "1300", and the Indian "12,34,567"; a group after
// a comma has three digits ("1,30" is not a number).
const auto indian_groups = x3::repeat(1, 2)[digit] >> +(',' >> x3::repeat(2)[digit] >> &x3::lit(',')) >>
                           ',' >> x3::repeat(3)[digit];
// Digits after a point with none before it (".75 cups") are a decimal too.
const auto digits = x3::raw[((indian_groups | (x3::repeat(1, 3)[digit] >> +(',' >> x3::repeat(3)[digit])) | +digit) >>
                             -('.' >> +digit)) |
                            ('.' >> +digit)][read_digits] >>
                    !((x3::lit(',') | '.') >> digit);
// A glued scale applies only once the word has ended ("73k", not "5km").
// A capital "M" is million ("1.2M"): the metre's symbol is "m".
const auto glued_scale = (x3::lit('M') >> word_end >> x3::attr(1e6))[scale_numeral] |
                         (x3::no_case[scale_suffixes] >> word_end)[scale_numeral] |
                         (x3::no_case[bare_m_suffix] >> word_end)[set_bare_m];

const auto mark_numeral = [](auto& ctx) { x3::_val(ctx).at = x3::_attr(ctx).begin(); };
const auto take_numeral = [](auto& ctx) {
    const char* at = x3::_val(ctx).at;
    x3::_val(ctx) = x3::_attr(ctx);
    x3::_val(ctx).at = at;
};

}  // namespace
}  // namespace claimcheck::grammar::parser
