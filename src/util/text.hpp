// UTF-8 text helpers shared by every stage (decoding via utf8proc).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimcheck::text {

// Calls f(code_point, byte_offset, byte_length) for each code point; stops
// when f returns false. Invalid bytes are passed as U+FFFD of length 1.
template <typename F>
void for_each_code_point(std::string_view s, F&& f);

// Offset of the first byte that is not valid UTF-8, or nullopt.
std::optional<std::size_t> invalid_utf8_offset(std::string_view s);

// Length of the leading run of ASCII bytes of s, where bytes and code
// points agree.
std::size_t ascii_prefix(std::string_view s);

// Number of code points in s (invalid bytes count one each).
std::size_t code_points(std::string_view s);

// East Asian wide characters take two terminal cells.
bool is_wide(char32_t cp);

// Whether a character is invisible control over how text is shown, from its
// Unicode properties (utf8proc): a control character (general category Cc),
// a line or paragraph separator (Zl, Zp), or a format character (Cf) with a
// strong or explicit bidirectional class, which covers every Bidi_Control
// character (U+061C, U+200E/F, U+202A–E, U+2066–9).
bool is_control(char32_t cp);

// Whether `s` has a letter or a number (general categories L* and N*): a
// name made only of spaces, punctuation or symbols has none.
bool has_letter_or_number(std::string_view s);

// Text for a terminal line: every control character but tab (is_control)
// shown as \xNN or \u{…}, so a terminal line can never be rewritten or
// reordered by input text; invalid UTF-8 bytes shown as \xNN.
std::string printable(std::string_view s);

// `s` with every run of more than `longest` code points without a space or
// line break cut to its first and last few, joined by "…": a message that
// quotes a word of the input stays short however long the word (a 2 MB
// `timezone` value). Shorter runs are kept as they are.
std::string cut_long_words(std::string_view s, std::size_t longest = 120);

// utf8proc_map with the given UTF8PROC_* options (normalisation, case
// folding, stripping marks…); the input unchanged when it is not UTF-8.
std::string utf8_map(std::string_view s, int options);

// ASCII letters in lower case; every other byte unchanged.
constexpr char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}
std::string ascii_lower(std::string_view s);

// ASCII lower case with runs of white space collapsed to one space, trimmed.
std::string lower_words(std::string_view s);

// A word's answer from `memo`, computed by `compute()` the first time: text
// repeats its unit words and count nouns. The caller keeps the memo per
// thread; it starts afresh once it holds `limit` answers, so it stays small.
template <typename Value, typename Compute>
const Value& remembered(std::unordered_map<std::string, Value>& memo, std::string_view word, Compute compute,
                        std::size_t limit = 4096) {
    std::string key(word);
    if (const auto found = memo.find(key); found != memo.end()) {
        return found->second;
    }
    if (memo.size() >= limit) {
        memo.clear();
    }
    return memo.emplace(std::move(key), compute()).first->second;
}

// Case-folded NFKC (utf8proc), for case-insensitive comparison.
std::string fold_case(std::string_view s);

// Does `text` hold `words` whole: ASCII case aside, with no ASCII letter or
// digit touching either end ("5" is in "5 million", not in "50")?
bool contains_words(std::string_view text, std::string_view words);

// Edit distance in code points: insertions, deletions, substitutions and
// transpositions of neighbours (optimal string alignment).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The same, computed only as far as `limit`: any distance above it is
// returned as limit + 1, in time proportional to the shorter text × limit.
std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit);

// The most edits a likely typo has, however long the word.
inline constexpr std::size_t typo_edits_at_most = 8;

// The candidate closest to `word` by edit distance if it is close enough to
// be a likely typo (distance <= size/3, at least 1 and at most
// typo_edits_at_most), else "". A candidate whose length alone is too far
// costs nothing; any other costs at most its length × (2 × the limit + 1)
// table cells, added to `cells` when given (how tests check that bound).
std::string closest(std::string_view word, const std::vector<std::string>& candidates, std::size_t* cells = nullptr);

// " (did you mean 'hint'?)", or "" when there is no hint: the one way every
// message suggests a word.
std::string did_you_mean(std::string_view hint);

// The same for the candidate closest to `word` (closest()).
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// Words to suggest from, decoded once, for "did you mean" asked many times.
class Lexicon {
  public:
    explicit Lexicon(std::vector<std::string> words);

    // The word closest to `word` within `limit` edits (the first listed of
    // equals), or ""; with `skip_exact`, `word` itself is not an answer.
    // `cells`, when given, counts the distance-table cells computed.
    std::string closest(std::string_view word, std::size_t limit, bool skip_exact = false,
                        std::size_t* cells = nullptr) const;

  private:
    std::vector<std::string> words_;
    std::vector<std::vector<char32_t>> decoded_;
};

// ---------------------------------------------------------------- impl

namespace detail {
// Decodes one code point at s[i]; returns its length (1 for an invalid byte,
// with cp = U+FFFD).
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp);
}  // namespace detail

template <typename F>
void for_each_code_point(std::string_view s, F&& f) {
    std::size_t i = 0;
    while (i < s.size()) {
        char32_t cp = 0;
        const std::size_t n = detail::decode(s, i, cp);
        if (!f(cp, i, n)) {
            return;
        }
        i += n;
    }
}

}  // namespace claimcheck::text
