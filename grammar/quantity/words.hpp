// The quantity rule group's words: qualifiers, shares, joiners, marks,
// directions, kinds, multiples, fractions, ordinals, currencies, unit words
// and compound parts, each a named table yielding what the converters
// switch on. Currencies, unit words and subunits come from data/.
#pragma once

#include <algorithm>
#include <array>
#include <cctype>

#include <cstdlib>
#include <stdexcept>
#include <string_view>

#include "grammar/numeral/words.hpp"
#include "grammar/vocabulary.hpp"

namespace claimcheck::grammar::parser {

// ---------------------------------------------------------------- tables

// The tables of data/words/quantity.tsv (grammar/vocabulary.hpp), with
// what each meaning stands for here.

inline ast::qualifier qualifier_of(const vocabulary::WordRow& row) {
    static constexpr std::pair<std::string_view, Qualifier> meanings[] = {{"approx", Qualifier::approx},
                                                                          {"estimate", Qualifier::approx},
                                                                          {"more-than", Qualifier::more_than},
                                                                          {"at-least", Qualifier::at_least},
                                                                          {"fewer-than", Qualifier::fewer_than},
                                                                          {"at-most", Qualifier::at_most},
                                                                          {"value", Qualifier::none},
                                                                          {"exact", Qualifier::none}};
    const Qualifier kind = vocabulary::meaning_of(row, meanings);
    // "exactly 42" is the figure itself, not rounded, and says so.
    if (row.meaning == "exact") {
        return {kind, std::string(row.word), true};
    }
    // "a median of 3.4 years" is the figure itself: no qualifier, no word kept.
    return {kind, kind == Qualifier::none ? std::string() : std::string(row.word), false};
}

// The qualifiers and the statistics before a figure ("a median of", "a
// maximum of"), one table.
inline std::vector<vocabulary::WordRow> qualifier_rows() {
    auto rows = vocabulary::quantity_words("qualifier");
    const auto& statistics = vocabulary::quantity_words("statistic");
    rows.insert(rows.end(), statistics.begin(), statistics.end());
    return rows;
}

inline ast::Share share_of(const vocabulary::WordRow& row) {
    static constexpr std::pair<std::string_view, ast::Share> meanings[] = {
        {"most", ast::Share::most}, {"majority", ast::Share::majority}, {"predominantly", ast::Share::predominantly},
        {"half", ast::Share::half}, {"minority", ast::Share::minority}, {"no-majority", ast::Share::no_majority}};
    return vocabulary::meaning_of(row, meanings);
}

// Qualifiers written as words; they end on a word boundary.
inline const symbols<ast::qualifier> qualifier_words =
    word_table<ast::qualifier>(qualifier_rows(), "qualifier", qualifier_of);

// Qualifiers written as signs; a number may follow without a space: "~180".
inline const symbols<ast::qualifier> qualifier_signs =
    word_table<ast::qualifier>(vocabulary::quantity_words("qualifier-sign"), "qualifier sign", qualifier_of);

// Vague shares of a whole, and the key each stands for.
inline const symbols<ast::Share> share_words =
    word_table<ast::Share>(vocabulary::quantity_words("share"), "proportion word", share_of);

// In running text "most" is usually a superlative ("the most significant"),
// so only these shares are read there.
inline const symbols<ast::Share> share_words_in_text =
    word_table<ast::Share>(vocabulary::quantity_words("share-in-text"), "proportion word", share_of);

// What joins a number to a second one.
inline const symbols<ast::Joiner> joiner_words(
    {
        {"to", ast::Joiner::to},
        {"through", ast::Joiner::to},
        {"thru", ast::Joiner::to},
        {"of", ast::Joiner::of},
        {"of the", ast::Joiner::of},
        {"out of", ast::Joiner::of},
        {"out of the", ast::Joiner::of},
        {"in", ast::Joiner::in},
        {"in every", ast::Joiner::in},
        {"per", ast::Joiner::per},
    },
    "'to', 'of', 'in' or 'per'");

// Marks after a number. Bare "points" is not read ("scored 3 points").
inline ast::Mark mark_of(const vocabulary::WordRow& row) {
    static constexpr std::pair<std::string_view, ast::Mark> meanings[] = {
        {"percent", ast::Mark::percent}, {"points", ast::Mark::points}, {"basis-points", ast::Mark::basis_points}};
    return vocabulary::meaning_of(row, meanings);
}
inline const symbols<ast::Mark> mark_words =
    word_table<ast::Mark>(vocabulary::quantity_words("mark"), "a percent sign", mark_of);
// After a fraction only: "a quarter point", "half a point" (percentage points).
inline const symbols<ast::Mark> fraction_mark_words =
    word_table<ast::Mark>(vocabulary::quantity_words("mark-after-fraction"), "'point'", mark_of);

// "-point" after a fraction: "a half-point", "a quarter-point".
inline const symbols<ast::Mark> point_suffix({{"-point", ast::Mark::points}, {"-points", ast::Mark::points}},
                                             "'-point'");

// Words before a number that make it a change of a level.
inline const symbols<ast::Direction> direction_words =
    word_table<ast::Direction>(vocabulary::quantity_words("direction"), "a change word", [](const auto& row) {
        static constexpr std::pair<std::string_view, ast::Direction> meanings[] = {{"up", ast::Direction::up},
                                                                                   {"down", ast::Direction::down}};
        return vocabulary::meaning_of(row, meanings);
    });

// Nouns after a figure that make it a change: "a 20% reduction", "a
// three-fold increase".
inline const symbols<ast::Direction> change_nouns =
    word_table<ast::Direction>(vocabulary::quantity_words("change-noun"), "a change noun", [](const auto& row) {
        static constexpr std::pair<std::string_view, ast::Direction> meanings[] = {{"up", ast::Direction::up},
                                                                                   {"down", ast::Direction::down}};
        return vocabulary::meaning_of(row, meanings);
    });

// Words between a number and its unit that say the amount comes on top of
// another ("2 more minutes"): before a unit of data/units.tsv the unit alone
// is read.
inline const symbols<std::string> extra_words = word_table<std::string>(
    vocabulary::quantity_words("extra"), "'more'", [](const auto& row) { return std::string(row.meaning); });

// Named scales whose levels are numbered ("Category 4", "Phase 3"), and the
// kind each names.
inline const symbols<std::string> level_words = word_table<std::string>(
    vocabulary::quantity_words("level"), "a scale's name", [](const auto& row) { return std::string(row.meaning); });

// Words that make a number an age or a magnitude.
inline const symbols<ast::Kind> kind_prefixes({{"aged", ast::Kind::age}, {"magnitude", ast::Kind::magnitude}},
                                              "'aged' or 'magnitude'");
inline const symbols<ast::Kind> kind_suffixes(
    {
        {"-year-old", ast::Kind::age},
        {"year-old", ast::Kind::age},
        {"years old", ast::Kind::age},
        {"year old", ast::Kind::age},
        {"-magnitude", ast::Kind::magnitude},
        {"magnitude", ast::Kind::magnitude},
    },
    "'years old' or 'magnitude'");

// A row's meaning as a positive number ("doubled" 2, "hundreds" 100); a row
// without one is refused at start-up.
inline auto positive_meaning(std::string_view what) {
    return [what](const vocabulary::WordRow& row) {
        const double factor = std::strtod(std::string(row.meaning).c_str(), nullptr);
        if (!(factor > 0)) {
            throw std::logic_error(std::string(row.file) + ": the " + std::string(what) + " '" + std::string(row.word) +
                                   "' needs a positive number");
        }
        return factor;
    };
}

// Multiples as one word: "doubled" = 2.
inline const symbols<double> multiple_words =
    word_table<double>(vocabulary::quantity_words("multiple"), "a multiple", positive_meaning("multiple"));

// Rough amounts (docs/grammar.md "Rough amounts"): a plural that names an
// amount only roughly, with what it is a plural of ("hundreds" 100, "dozens"
// 12), and a word before "hundred", "thousand" … with its least multiple
// ("several" 3, "a few" 2).
inline const symbols<double> rough_plurals =
    word_table<double>(vocabulary::quantity_words("vague-plural"), "a rough amount", positive_meaning("rough plural"));
inline const symbols<double> rough_multiples =
    word_table<double>(vocabulary::quantity_words("vague-several"), "'several'", positive_meaning("rough multiple"));

// "three-fold", "2.5 times": the word after the factor.
inline const symbols<x3::unused_type> fold_words({"-fold", "fold", "times"}, "'-fold' or 'times'");

// Fractions in words: "two-thirds", "three quarters", "a fifth" (with_a:
// the forms with "a", which running text does not read: "a third term").
inline symbols<double> fraction_table(bool with_a) {
    struct Denominator {
        const char* one;
        const char* many;
        int value;
    };
    static constexpr std::array<Denominator, 10> denominators{{{"half", "halves", 2},
                                                               {"third", "thirds", 3},
                                                               {"quarter", "quarters", 4},
                                                               {"fourth", "fourths", 4},
                                                               {"fifth", "fifths", 5},
                                                               {"sixth", "sixths", 6},
                                                               {"seventh", "sevenths", 7},
                                                               {"eighth", "eighths", 8},
                                                               {"ninth", "ninths", 9},
                                                               {"tenth", "tenths", 10}}};
    symbols<double> table;
    table.name("a fraction");
    for (const auto& d : denominators) {
        if (with_a) {
            table.add(std::string("a ") + d.one, 1.0 / d.value);
        }
        for (const auto& [word, n] : digit_words) {
            if (n >= d.value) {
                continue;
            }
            const std::string den = n == 1 ? d.one : d.many;
            table.add(std::string(word) + " " + den, double(n) / d.value);
            table.add(std::string(word) + "-" + den, double(n) / d.value);
        }
    }
    return table;
}
inline const symbols<double> fraction_words = fraction_table(true);
inline const symbols<double> fraction_words_in_text = fraction_table(false);

// Currency forms (units::currency_forms: data/currencies.tsv and ICU)
// written before (or after) a number, as a table of lower-case forms to ISO
// 4217 codes. `words`: forms spaced from the number (read as whole words),
// else signs glued to it ("$", "€", "US$"), as the `glued` column of
// data/currencies.tsv says. ISO codes are a table of their own, read in
// capitals only; a name without its country ("ringgit") is read only in a
// value (`bare`).
inline symbols<std::string> currency_table(bool before, bool words, bool bare = true) {
    symbols<std::string> table;
    table.name("a currency");
    for (const auto& c : units::currency_forms()) {
        if ((before ? c.before : c.after) && c.glued != words && !c.iso_code && (bare || !c.bare)) {
            table.add(words ? text::lower(c.form) : c.form, c.code);  // signs are matched as written
        }
    }
    return table;
}
inline const symbols<std::string> currency_signs = currency_table(true, false);
// Signs that end in a letter ("RM"), which are no sign at the start of a
// word ("RMB"), and the others ("$", "US$", "€").
inline symbols<std::string> currency_sign_table(bool ends_in_letter) {
    symbols<std::string> table;
    table.name("a currency");
    for (const auto& c : units::currency_forms()) {
        const bool letter = !c.form.empty() && std::isalpha(static_cast<unsigned char>(c.form.back())) != 0;
        if (c.before && c.glued && letter == ends_in_letter) {
            table.add(c.form, c.code);
        }
    }
    return table;
}
inline const symbols<std::string> currency_letter_signs = currency_sign_table(true);
inline const symbols<std::string> currency_symbol_signs = currency_sign_table(false);
inline const symbols<std::string> currency_words_before = currency_table(true, true);
inline const symbols<std::string> currency_words_after = currency_table(false, true);
inline const symbols<std::string> currency_words_after_in_text = currency_table(false, true, false);
inline const symbols<std::string> currency_code_words = [] {
    symbols<std::string> table;
    table.name("a currency code");
    for (const auto& c : units::currency_forms()) {
        if (c.iso_code) {
            table.add(c.form, c.code);
        }
    }
    return table;
}();

// Unit words of data/units.tsv read in running text ("40 km", "3 years");
// single letters ("C") are not read there.
inline symbols<x3::unused_type> text_unit_table(bool ascii) {
    symbols<x3::unused_type> table;
    table.name("a unit");
    for (const auto& word : units::unit_words()) {
        const bool is_ascii = std::all_of(word.begin(), word.end(), [](char c) { return (c & 0x80) == 0; });
        if (word.size() > 1 && is_ascii == ascii) {
            table.add(ascii ? text::lower(word) : word);  // x3::no_case reads ASCII only
        }
    }
    return table;
}
inline const symbols<x3::unused_type> text_unit_words = text_unit_table(true);
inline const symbols<x3::unused_type> text_unit_signs = text_unit_table(false);

// ---------------------------------------------------------------- shapes: tables

// Fractions glued to a whole number: "10½" (numerator * 100 + denominator).
inline const symbols<int> vulgar_fractions(
    {
        {"\xC2\xBD", 102},      // ½
        {"\xC2\xBC", 104},      // ¼
        {"\xC2\xBE", 304},      // ¾
        {"\xE2\x85\x93", 103},  // ⅓
        {"\xE2\x85\x94", 203},  // ⅔
        {"\xE2\x85\x9B", 108},  // ⅛
        {"\xE2\x85\x9C", 308},  // ⅜
        {"\xE2\x85\x9D", 508},  // ⅝
        {"\xE2\x85\x9E", 708},  // ⅞
    },
    "a fraction");

// Words of data/subunits.tsv, read only as a compound's later part ("50 cents", "11 in").
inline symbols<x3::unused_type> part_word_table() {
    symbols<x3::unused_type> table;
    table.name("a unit");
    for (const auto& s : units::subunits()) {
        table.add(s.word);
    }
    return table;
}
inline const symbols<x3::unused_type> part_words = part_word_table();

}  // namespace claimcheck::grammar::parser
