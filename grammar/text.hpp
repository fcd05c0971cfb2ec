// Byte-level text helpers shared by the grammar and its facade: word
// boundaries in UTF-8 text, ASCII case folding. No Spirit here; "did you
// mean" hints use claimcheck::text::closest (src/util/text.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "util/text.hpp"

namespace claimcheck::grammar::text {

// Shared with the units and zones services (src/util/text.hpp).
using claimcheck::text::lower_words;
using claimcheck::text::remembered;

// Does the text at [p, end) begin with `s`?
inline bool starts_with(const char* p, const char* end, std::string_view s) {
    return end - p >= static_cast<std::ptrdiff_t>(s.size()) && std::string_view(p, s.size()) == s;
}

// Does the character starting at `p` belong to a word? ASCII letters, digits
// and '_' do; so do non-ASCII letters. Punctuation outside ASCII (’ — “ ” …,
// NBSP, the CJK punctuation block) does not, so "1942—" and "Nara’s" end
// words where a reader expects.
bool is_word_char(const char* p, const char* end);

// Is `p` the first byte of a word (the previous character is not a word
// character)? `begin` is the start of the text.
bool at_word_start(const char* begin, const char* p, const char* end);

// Is `p` past the end of a word (no word character starts at `p`)?
inline bool at_word_end(const char* p, const char* end) {
    return p == end || !is_word_char(p, end);
}

// An ASCII letter, either case.
inline bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// An ASCII digit.
inline bool is_ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

// ASCII lower case; other bytes unchanged.
std::string lower(std::string_view s);

// "1,300" style thousands separators for a non-negative integer's digits.
std::string group_thousands(std::string_view digits);

// Shortest decimal text that reads back as exactly `v` ("6.5", "183").
std::string shortest(double v);

}  // namespace claimcheck::grammar::text
