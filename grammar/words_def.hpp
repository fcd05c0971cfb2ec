// Lexical building blocks shared by the quantity and date grammars: word
// boundaries, keywords, and numerals in digits or words. Included only by
// the grammar definitions (quantity_def.hpp, date_def.hpp).
//
// Everything here lives in an unnamed namespace: each grammar TU gets its own
// copy of these small rules.
#pragma once

#include <cmath>
#include <string>

#include "grammar/ast.hpp"
#include "grammar/ast_adapted.hpp"
#include "grammar/config.hpp"
#include "grammar/text.hpp"
#include "units/units.hpp"

namespace claimcheck::grammar::parser {
namespace {

// ---------------------------------------------------------------- lexical

// Succeeds, consuming nothing, where no word character follows: "ten" in
// "ten people" but not in "tenuous". UTF-8 aware (see text.hpp).
struct word_end_parser : x3::parser<word_end_parser> {
    using attribute_type = x3::unused_type;
    static bool const has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
        return text::at_word_end(first, last);
    }
};
word_end_parser const word_end{};

// One byte of a non-ASCII (UTF-8) character.
struct non_ascii_parser : x3::char_parser<non_ascii_parser> {
    using attribute_type = char;
    static bool const has_attribute = true;

    template <typename Char, typename Context>
    bool test(Char ch, Context const&) const {
        return static_cast<unsigned char>(ch) >= 0x80;
    }
};
non_ascii_parser const non_ascii{};

// A keyword, any case, as a whole word.
inline auto kw(char const* word) {
    return x3::lexeme[x3::no_case[word_lit(word)] >> word_end];
}

// A symbol table entry, any case, as a whole word.
template <typename Table>
auto whole_word(Table const& table) {
    return x3::lexeme[x3::no_case[table] >> word_end];
}

// The words a rule in running text can start with, from the tables and
// keywords that can come first in it. scan.cpp tries the rule only where
// such a word begins (or a character that is not an ASCII letter): a word
// that starts no entry cannot start a match. Entries match as prefixes
// ("the" lets "theatre" through), so the test never turns a match away.
class first_words {
  public:
    template <typename... Tables>
    explicit first_words(std::initializer_list<char const*> keywords, Tables const&... tables) {
        for (char const* k : keywords) {
            table_.add(k);
        }
        auto const add = [&](auto const& key, auto const&) {
            table_.add(text::lower(std::string(key.begin(), key.end())));
        };
        (tables.for_each(add), ...);
    }

    bool may_start(char const* p, char const* end) const {
        char const* after = p;
        if (!x3::parse(after, end, x3::no_case[table_])) {
            return false;
        }
        // The one-letter first words are a whole word ("a") or come before a
        // digit or sign ("M6.4", "Q2", "H1"): none starts a longer word
        // ("miners", "has"). The table matches its longest entry.
        return after - p != 1 || after == end || !text::is_ascii_letter(*after);
    }

    // An entry is the whole of the ASCII letters at p: "June" in "June,"
    // or "mid-June", not "Junes" or "junior".
    bool word_at(char const* p, char const* end) const {
        char const* after = p;
        return x3::parse(after, end, x3::no_case[table_]) && (after == end || !text::is_ascii_letter(*after));
    }

  private:
    symbols<x3::unused_type> table_;
};

// A hyphen or an en dash between the ends of a range.
auto const dash = x3::lit('-') | x3::lit("\xE2\x80\x93");

// ---------------------------------------------------------------- number words

symbols<double> const unit_words({{"one", 1},
                                  {"two", 2},
                                  {"three", 3},
                                  {"four", 4},
                                  {"five", 5},
                                  {"six", 6},
                                  {"seven", 7},
                                  {"eight", 8},
                                  {"nine", 9}},
                                 "number word");

symbols<double> const teen_words({{"ten", 10},
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

symbols<double> const tens_words({{"twenty", 20},
                                  {"thirty", 30},
                                  {"forty", 40},
                                  {"fifty", 50},
                                  {"sixty", 60},
                                  {"seventy", 70},
                                  {"eighty", 80},
                                  {"ninety", 90}},
                                 "number word");

// The multipliers of data/units.tsv placed as `place`, with a factor of at
// least `at_least`, as a table of lower-case words.
inline symbols<double> multiplier_table(units::Multiplier::Place place, double at_least, char const* name) {
    symbols<double> table;
    table.name(name);
    for (auto const& m : units::multipliers()) {
        if (m.place == place && m.factor >= at_least) {
            table.add(text::lower(m.word), m.factor);
        }
    }
    return table;
}

// Scale words after digits or number words: "1.08 million", "two million",
// "500 crore".
symbols<double> const scale_words = multiplier_table(units::Multiplier::Place::word, 0, "scale word");

// After number words "thousand" is part of the number ("two thousand").
symbols<double> const big_scale_words = multiplier_table(units::Multiplier::Place::word, 1e5, "scale word");

// Scale suffixes glued to digits: "73k", "$2bn", "2.5mn".
symbols<double> const scale_suffixes = multiplier_table(units::Multiplier::Place::suffix, 0, "scale suffix");

// "m" glued to digits: million after a currency ("€720m"), else unclear
// (metres?), which the facade reports.
symbols<double> const bare_m_suffix =
    multiplier_table(units::Multiplier::Place::suffix_after_currency, 0, "scale suffix");

auto const assign = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
auto const add = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };
auto const times = [](auto& ctx) { x3::_val(ctx) *= x3::_attr(ctx); };
auto const sum_pair = [](auto& ctx) {
    x3::_val(ctx) = boost::fusion::at_c<0>(x3::_attr(ctx)) + boost::fusion::at_c<1>(x3::_attr(ctx));
};
auto const set_to = [](double v) { return [v](auto& ctx) { x3::_val(ctx) = v; }; };
auto const multiply_by = [](double v) { return [v](auto& ctx) { x3::_val(ctx) *= v; }; };

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

// ---------------------------------------------------------------- numerals

// Reads "1,300.25" into mantissa 130025, decimals 2. More significant
// digits than a double holds exactly (a mantissa above 2^53) set `overflow`.
auto const read_digits = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n = ast::numeral{};
    bool after_point = false;
    for (char c : x3::_attr(ctx)) {
        if (c == '.') {
            after_point = true;
        } else if (c >= '0' && c <= '9') {
            n.mantissa = n.mantissa * 10 + (c - '0');
            if (after_point) {
                ++n.decimals;
            }
        }
    }
    n.overflow = !(n.mantissa <= 9007199254740992.0);
    n.end = x3::_attr(ctx).end();
};
auto const set_bare_m = [](auto& ctx) {
    x3::_val(ctx).scale *= x3::_attr(ctx);
    x3::_val(ctx).bare_m = true;
};
auto const scale_numeral = [](auto& ctx) { x3::_val(ctx).scale *= x3::_attr(ctx); };
auto const word_numeral_value = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    n = ast::numeral{};
    n.mantissa = x3::_attr(ctx);
    n.words = true;
};
auto const word_numeral_times = [](auto& ctx) {
    x3::_val(ctx).mantissa *= x3::_attr(ctx);
    x3::_val(ctx).word_scale = x3::_attr(ctx);
};
auto const word_numeral_is = [](double v) {
    return [v](auto& ctx) {
        auto& n = x3::_val(ctx);
        n = ast::numeral{};
        n.mantissa = v;
        n.words = true;
    };
};

x3::rule<class digit_numeral_class, ast::numeral> const digit_numeral = "a number";
x3::rule<class word_numeral_class, ast::numeral> const word_numeral = "a number word";
x3::rule<class numeral_class, ast::numeral> const numeral = "a number or number word";

auto const digit = x3::ascii::digit;

// "183", "1,300", "6.5", "73k", "1.08 million". Digit groups after a comma
// have three digits: "1,30" is not a number.
// Digit groups: "1,300", "1300", and the Indian "12,34,567".
auto const indian_groups = x3::repeat(1, 2)[digit] >> +(',' >> x3::repeat(2)[digit] >> &x3::lit(',')) >>
                           ',' >> x3::repeat(3)[digit];
auto const digits = x3::raw[(indian_groups | (x3::repeat(1, 3)[digit] >> +(',' >> x3::repeat(3)[digit])) | +digit) >>
                            -('.' >> +digit)][read_digits] >>
                    !((x3::lit(',') | '.') >> digit);
// A glued scale applies only once the word has ended ("73k", not "5km").
auto const glued_scale =
    (x3::no_case[scale_suffixes] >> word_end)[scale_numeral] | (x3::no_case[bare_m_suffix] >> word_end)[set_bare_m];

auto const digit_numeral_def = x3::lexeme[digits >> -glued_scale >> word_end] >>
                               -whole_word(scale_words)[scale_numeral];

// "one hundred eighty-three", "a dozen", "half a million", "two million"
auto const word_numeral_def =
    (kw("half") >> kw("a") >> (whole_word(scale_words)[word_numeral_value] | kw("dozen")[word_numeral_is(12)]) >>
     x3::eps[([](auto& ctx) { x3::_val(ctx).mantissa *= 0.5; })]) |
    (kw("a") >> kw("dozen"))[word_numeral_is(12)] |
    (kw("a") >> (kw("hundred")[word_numeral_is(100)] | whole_word(scale_words)[word_numeral_value])) |
    (word_integer[word_numeral_value] >> -whole_word(big_scale_words)[word_numeral_times]);

// Where the next token starts (after skipping). x3::_where in Boost 1.74
// holds the input after the match, not the match, so positions are taken
// with raw[eps] instead.
auto const here = x3::raw[x3::eps];
auto const mark_numeral = [](auto& ctx) { x3::_val(ctx).at = x3::_attr(ctx).begin(); };
auto const take_numeral = [](auto& ctx) {
    char const* at = x3::_val(ctx).at;
    x3::_val(ctx) = x3::_attr(ctx);
    x3::_val(ctx).at = at;
};
auto const numeral_def = here[mark_numeral] >> (digit_numeral[take_numeral] | word_numeral[take_numeral]);

BOOST_SPIRIT_DEFINE(digit_numeral, word_numeral, numeral)

}  // namespace
}  // namespace claimcheck::grammar::parser
