// Why a value is no date: a misspelt date word is named ("did you mean"),
// else what was expected where the date grammar stopped.
#include <string>

#include "grammar/date/convert.hpp"
#include "grammar/date/date.hpp"
#include "grammar/text.hpp"
#include "util/text.hpp"

namespace claimcheck::grammar::dates {

namespace {

// The ASCII word at `p`, lower-cased, and the date word closest to it (both
// empty where no letter starts at `p`).
struct WordAt {
    std::string word;
    std::string closest;
};

WordAt word_at(const char* p, const char* end) {
    const char* word_end = p;
    while (word_end != end && ((*word_end >= 'a' && *word_end <= 'z') || (*word_end >= 'A' && *word_end <= 'Z'))) {
        ++word_end;
    }
    if (word_end == p) {
        return {};
    }
    std::string word = text::lower(std::string_view(p, static_cast<std::size_t>(word_end - p)));
    auto closest = claimcheck::text::closest(word, parser::date_word_names());
    return {std::move(word), std::move(closest)};
}

// "unknown word 'teusday' (did you mean 'tuesday'?)" for a misspelt date word at `p`.
std::optional<ParseError> misspelt_word(const char* begin, const char* p, const WordAt& w) {
    if (w.closest.empty() || w.closest == w.word) {
        return std::nullopt;
    }
    return error_at(p, begin, "unknown word '" + w.word + "'" + claimcheck::text::did_you_mean(w.closest));
}

}  // namespace

// Explains why no date starts at `p`: a misspelt date word is named as such.
ParseError explain_start(const char* begin, const char* p, const char* end) {
    if (p == end) {
        return error_at(p, begin, "expected a date, found an empty value");
    }
    const auto w = word_at(p, end);
    if (w.word.empty()) {
        return error_at(p, begin, "expected a date");
    }
    if (auto misspelt = misspelt_word(begin, p, w)) {
        return *misspelt;
    }
    if (!w.closest.empty()) {
        return error_at(p, begin, "expected a date after '" + w.word + "'");
    }
    return error_at(p, begin, "expected a date, found '" + w.word + "'");
}

// Names a misspelt word at or after a failed expectation, else the expectation.
ParseError explain_expectation(const char* begin, const char* where, const char* end, const std::string& which) {
    for (const char* p = where; p != end; ++p) {
        const bool starts_word = (p == where || !text::is_ascii_letter(p[-1])) && text::is_ascii_letter(*p);
        if (starts_word) {
            if (auto misspelt = misspelt_word(begin, p, word_at(p, end))) {
                return *misspelt;
            }
        }
    }
    return detail::expected(begin, where, end, which);
}

}  // namespace claimcheck::grammar::dates
