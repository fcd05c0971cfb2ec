// Why a text is not a quantity: the messages of parse errors.
#include "grammar/quantity/convert.hpp"

namespace claimcheck::grammar::quantities {

namespace {

// Explains a malformed number at `p`: "1,30", "1,3000", "1.2.3", or a unit
// word glued to the digits.
ParseError malformed_number(const char* begin, const char* p, const char* end) {
    const char* q = p;
    bool point = false;
    while (q != end && (text::is_ascii_digit(*q) || *q == ',' || *q == '.')) {
        if (*q == ',') {
            const char* g = q + 1;
            while (g != end && text::is_ascii_digit(*g)) {
                ++g;
            }
            if (point || g - q - 1 != 3) {
                return error_at(q, begin, "not a number: digits after a thousands separator come in groups of three");
            }
        } else if (*q == '.') {
            if (point) {
                return error_at(q, begin, "not a number: a second decimal point");
            }
            point = true;
        }
        ++q;
    }
    if (q != end && text::is_ascii_letter(*q)) {
        return error_at(q, begin, "expected a space between the number and the unit word");
    }
    return error_at(p, begin, "expected a number or number word");
}

// Whether a quantity starts at `p`.
bool quantity_starts(const char* p, const char* end) {
    ast::quantity tree;
    try {
        return x3::phrase_parse(p, end, parser::quantity_in_text(), x3::ascii::space, tree);
    } catch (const std::exception&) {
        return false;
    }
}

}  // namespace

// Explains why no quantity starts at `p`: an unknown word before a number is
// an unknown qualifier, a misspelt number word is named as such.
ParseError explain_start(const char* begin, const char* p, const char* end) {
    if (p == end) {
        return error_at(p, begin, "expected a number or number word, found an empty value");
    }
    if (text::is_ascii_digit(*p)) {
        return malformed_number(begin, p, end);
    }
    if (!text::is_ascii_letter(*p)) {
        return error_at(p, begin, "expected a number or number word");
    }
    const char* word_end = p;
    while (word_end != end && (text::is_ascii_letter(*word_end) || *word_end == '-')) {
        ++word_end;
    }
    const std::string word = text::lower(std::string_view(p, static_cast<std::size_t>(word_end - p)));

    // Does a quantity follow the word? Then the word is a qualifier we do not know.
    const char* const rest = detail::skip_space(word_end, end);
    if (rest != end && rest != word_end && quantity_starts(rest, end)) {
        std::string message = "unknown qualifier '" + word + "'";
        const auto hint = claimcheck::text::closest(word, parser::qualifier_names());
        if (!hint.empty()) {
            message += claimcheck::text::did_you_mean(hint);
        }
        return error_at(p, begin, message);
    }
    const auto hint = claimcheck::text::closest(word, parser::number_word_names());
    if (!hint.empty() && hint != word) {
        return error_at(p, begin, "unknown number word '" + word + "'" + claimcheck::text::did_you_mean(hint));
    }
    const auto qualifier_hint = claimcheck::text::closest(word, parser::qualifier_names());
    if (!qualifier_hint.empty() && qualifier_hint == word) {
        return error_at(rest, begin, "expected a number or number word after '" + word + "'");
    }
    return error_at(p, begin, "expected a number or number word, found '" + word + "'");
}

ParseError explain_expectation(const char* begin, const char* where, const char* end, const std::string& which) {
    if (where != end && (*where == ',' || *where == '.') && where != begin && text::is_ascii_digit(where[-1]) &&
        where + 1 != end && text::is_ascii_digit(where[1])) {
        return error_at(where, begin,
                        *where == ',' ? "not a number: digits after a thousands separator come in groups of three"
                                      : "not a number: unexpected decimal point");
    }
    return detail::expected(begin, where, end, which);
}

}  // namespace claimcheck::grammar::quantities
