// Lexical building blocks of every rule group: word boundaries, keywords,
// whole-word table entries, the first words that gate the scanner, and
// the actions most rules share. Included only by the grammar's _def headers.
//
// Everything here lives in an unnamed namespace: each grammar TU gets its own
// copy of these small parsers.
#pragma once

#include <cmath>
#include <string>
#include <vector>

#include "grammar/ast.hpp"
#include "grammar/ast_adapted.hpp"
#include "grammar/config.hpp"
#include "grammar/text.hpp"
#include "grammar/vocabulary.hpp"

namespace claimcheck::grammar::parser {
namespace {

// ---------------------------------------------------------------- lexical

// Succeeds, consuming nothing, where no word character follows: "ten" in
// "ten people" but not in "tenuous". UTF-8 aware (see text.hpp).
struct word_end_parser : x3::parser<word_end_parser> {
    using attribute_type = x3::unused_type;
    static const bool has_attribute = false;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context&, RContext&, Attribute&) const {
        return text::at_word_end(first, last);
    }
};
const word_end_parser word_end{};

// One byte of a non-ASCII (UTF-8) character.
struct non_ascii_parser : x3::char_parser<non_ascii_parser> {
    using attribute_type = char;
    static const bool has_attribute = true;

    template <typename Char, typename Context>
    bool test(Char ch, const Context&) const {
        return static_cast<unsigned char>(ch) >= 0x80;
    }
};
const non_ascii_parser non_ascii{};

// A keyword, any case, as a whole word.
inline auto kw(const char* word) {
    return x3::lexeme[x3::no_case[word_lit(word)] >> word_end];
}

// A symbol table entry, any case, as a whole word.
template <typename Table>
auto whole_word(const Table& table) {
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
    explicit first_words(std::initializer_list<const char*> keywords, const Tables&... tables) {
        for (const char* k : keywords) {
            table_.add(k);
        }
        const auto add = [&](const auto& key, const auto&) {
            table_.add(text::lower(std::string(key.begin(), key.end())));
        };
        (tables.for_each(add), ...);
    }

    bool may_start(const char* p, const char* end) const {
        const char* after = p;
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
    bool word_at(const char* p, const char* end) const {
        const char* after = p;
        return x3::parse(after, end, x3::no_case[table_]) && (after == end || !text::is_ascii_letter(*after));
    }

  private:
    symbols<x3::unused_type> table_;
};

// The keywords, then the entries of `tables`, as written: the words a
// "did you mean" hint offers.
template <typename... Tables>
std::vector<std::string> table_words(std::initializer_list<const char*> keywords, const Tables&... tables) {
    std::vector<std::string> words(keywords.begin(), keywords.end());
    const auto add = [&](const auto& key, const auto&) { words.emplace_back(key.begin(), key.end()); };
    (tables.for_each(add), ...);
    return words;
}

// A hyphen or an en dash between the ends of a range.
const auto dash = x3::lit('-') | x3::lit("\xE2\x80\x93");

// ---------------------------------------------------------------- actions

const auto assign = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };
const auto add = [](auto& ctx) { x3::_val(ctx) += x3::_attr(ctx); };
const auto times = [](auto& ctx) { x3::_val(ctx) *= x3::_attr(ctx); };
const auto sum_pair = [](auto& ctx) {
    x3::_val(ctx) = boost::fusion::at_c<0>(x3::_attr(ctx)) + boost::fusion::at_c<1>(x3::_attr(ctx));
};
const auto set_to = [](double v) { return [v](auto& ctx) { x3::_val(ctx) = v; }; };
const auto multiply_by = [](double v) { return [v](auto& ctx) { x3::_val(ctx) *= v; }; };

// Where the next token starts (after skipping). x3::_where in Boost 1.74
// holds the input after the match, not the match, so positions are taken
// with raw[eps] instead.
const auto here = x3::raw[x3::eps];

}  // namespace

// A symbol table of the rows of a table of data/words/ (vocabulary.hpp),
// each row's meaning read by `read` into what the rules yield. (Outside the
// unnamed namespace: the rule groups' inline tables are built with it.)
template <typename T, typename Read>
symbols<T> word_table(const std::vector<vocabulary::WordRow>& rows, const char* name, Read read) {
    symbols<T> out;
    out.name(name);
    for (const auto& row : rows) {
        out.add(std::string(row.word), read(row));
    }
    return out;
}

}  // namespace claimcheck::grammar::parser
