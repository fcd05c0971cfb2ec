#include "util/text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fmt/format.h>
#include <memory>
#include <utf8proc.h>

namespace claimcheck::text {

namespace detail {
std::size_t decode(std::string_view s, std::size_t i, char32_t& cp) {
    utf8proc_int32_t value = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                    static_cast<utf8proc_ssize_t>(s.size() - i), &value);
    if (n <= 0) {
        cp = U'\uFFFD';
        return 1;
    }
    cp = static_cast<char32_t>(value);
    return static_cast<std::size_t>(n);
}
}  // namespace detail

std::optional<std::size_t> invalid_utf8_offset(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        // Eight ASCII bytes at a time: articles and claim files are mostly ASCII.
        while (i + 8 <= s.size()) {
            std::uint64_t word = 0;
            std::memcpy(&word, s.data() + i, 8);
            if ((word & 0x8080808080808080ULL) != 0) {
                break;
            }
            i += 8;
        }
        if (i >= s.size()) {
            break;
        }
        if (static_cast<unsigned char>(s[i]) < 0x80) {
            ++i;
            continue;
        }
        utf8proc_int32_t value = 0;
        const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                        static_cast<utf8proc_ssize_t>(s.size() - i), &value);
        if (n <= 0) {
            return i;
        }
        i += static_cast<std::size_t>(n);
    }
    return std::nullopt;
}

std::size_t ascii_prefix(std::string_view s) {
    std::size_t i = 0;
    while (i + 8 <= s.size()) {  // eight bytes at a time, as invalid_utf8_offset
        std::uint64_t word = 0;
        std::memcpy(&word, s.data() + i, 8);
        if ((word & 0x8080808080808080ULL) != 0) {
            break;
        }
        i += 8;
    }
    while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) {
        ++i;
    }
    return i;
}

std::size_t code_points(std::string_view s) {
    // Runs of ASCII bytes are counted whole (ascii_prefix); only the bytes
    // between them are decoded (one curly quote early in a long line must not
    // send the rest of it through the decoder).
    std::size_t count = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        const std::size_t run = ascii_prefix(s.substr(i));
        count += run;
        i += run;
        if (i < s.size()) {
            char32_t cp = 0;
            i += detail::decode(s, i, cp);
            ++count;
        }
    }
    return count;
}

bool is_wide(char32_t cp) {
    const auto width = utf8proc_charwidth(static_cast<utf8proc_int32_t>(cp));
    return width == 2;
}

bool has_letter_or_number(std::string_view s) {
    bool found = false;
    for_each_code_point(s, [&](char32_t cp, std::size_t, std::size_t) {
        const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        found = category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_NO &&
                category != UTF8PROC_CATEGORY_MN && category != UTF8PROC_CATEGORY_MC &&
                category != UTF8PROC_CATEGORY_ME;
        return !found;
    });
    return found;
}

bool is_control(char32_t cp) {
    const auto* property = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    switch (property->category) {
        case UTF8PROC_CATEGORY_CC:
        case UTF8PROC_CATEGORY_ZL:
        case UTF8PROC_CATEGORY_ZP:
            return true;
        case UTF8PROC_CATEGORY_CF:
            switch (property->bidi_class) {
                case UTF8PROC_BIDI_CLASS_L:
                case UTF8PROC_BIDI_CLASS_R:
                case UTF8PROC_BIDI_CLASS_AL:
                case UTF8PROC_BIDI_CLASS_LRE:
                case UTF8PROC_BIDI_CLASS_LRO:
                case UTF8PROC_BIDI_CLASS_RLE:
                case UTF8PROC_BIDI_CLASS_RLO:
                case UTF8PROC_BIDI_CLASS_PDF:
                case UTF8PROC_BIDI_CLASS_LRI:
                case UTF8PROC_BIDI_CLASS_RLI:
                case UTF8PROC_BIDI_CLASS_FSI:
                case UTF8PROC_BIDI_CLASS_PDI:
                    return true;
                default:
                    return false;
            }
        default:
            return false;
    }
}

std::string printable(std::string_view s) {
    // Most text is printable ASCII (and tabs): nothing to replace.
    if (std::all_of(s.begin(), s.end(), [](char c) { return (c >= 0x20 && c < 0x7f) || c == '\t'; })) {
        return std::string(s);
    }
    std::string out;
    out.reserve(s.size());
    for_each_code_point(s, [&](char32_t cp, std::size_t at, std::size_t n) {
        if (cp == U'\t') {
            out += '\t';
        } else if (cp < 0x20 || cp == 0x7f) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned>(cp));
        } else if (is_control(cp)) {
            out += fmt::format("\\u{{{:04x}}}", static_cast<unsigned>(cp));
        } else if (cp == U'\uFFFD' && n == 1) {
            out += fmt::format("\\x{:02x}", static_cast<unsigned char>(s[at]));
        } else {
            out.append(s.substr(at, n));
        }
        return true;
    });
    return out;
}

std::string utf8_map(std::string_view s, int options) {
    // ASCII has no compositions, compatibility forms, ignorables or marks:
    // of these options only case folding changes it, and only A-Z.
    constexpr int ascii_safe = UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_DECOMPOSE |
                               UTF8PROC_IGNORE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD;
    if ((options & ~ascii_safe) == 0 &&
        std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
        std::string out(s);
        if ((options & UTF8PROC_CASEFOLD) != 0) {
            std::transform(out.begin(), out.end(), out.begin(), [](char c) { return ascii_lower(c); });
        }
        return out;
    }
    utf8proc_uint8_t* result = nullptr;
    const auto n =
        utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                     &result, static_cast<utf8proc_option_t>(options));
    if (n < 0) {
        return std::string(s);
    }
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(result, &std::free);
    return std::string(reinterpret_cast<const char*>(result), static_cast<std::size_t>(n));
}

std::string fold_case(std::string_view s) {
    return utf8_map(s, UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
}

namespace {

bool ascii_alnum(char c) {
    return (c >= '0' && c <= '9') || (ascii_lower(c) >= 'a' && ascii_lower(c) <= 'z');
}

bool ascii_digit(char c) {
    return c >= '0' && c <= '9';
}

// Does the character at `edge` (before it when `step` is -1) carry a word or
// number on: a letter or digit, or a separator with a digit beyond it
// ("1,450", "12.5")?
bool joined(std::string_view text, std::size_t edge, int step) {
    const auto at = [&](std::size_t i) { return i < text.size() ? text[i] : ' '; };
    const std::size_t next = step < 0 ? edge - 1 : edge;        // wraps past 0: at() reads it as a space
    const std::size_t beyond = step < 0 ? edge - 2 : edge + 1;  // likewise
    return ascii_alnum(at(next)) || ((at(next) == ',' || at(next) == '.') && ascii_digit(at(beyond)));
}

}  // namespace

std::string ascii_lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        c = ascii_lower(c);
    }
    return out;
}

std::string lower_words(std::string_view s) {
    std::string out;
    bool space = false;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            space = !out.empty();
            continue;
        }
        if (space) {
            out += ' ';
            space = false;
        }
        out += ascii_lower(c);
    }
    return out;
}

bool contains_words(std::string_view text, std::string_view words) {
    if (words.empty() || words.size() > text.size()) {
        return false;
    }
    const auto same = [](char a, char b) { return ascii_lower(a) == ascii_lower(b); };
    for (auto at = text.begin();; ++at) {
        at = std::search(at, text.end(), words.begin(), words.end(), same);
        if (at == text.end()) {
            return false;
        }
        const std::size_t start = static_cast<std::size_t>(at - text.begin());
        const std::size_t end = start + words.size();
        if (!joined(text, start, -1) && !joined(text, end, 1)) {
            return true;
        }
    }
}

namespace {

std::vector<char32_t> code_point_list(std::string_view s) {
    std::vector<char32_t> out;
    for_each_code_point(s, [&](char32_t cp, std::size_t, std::size_t) {
        out.push_back(cp);
        return true;
    });
    return out;
}

// The rows bounded_distance works in, kept between calls.
struct Rows {
    std::vector<std::size_t> before, previous, row;
    std::size_t cells = 0;  // cells computed, for tests of the bound
};

// Optimal string alignment: insertions, deletions, substitutions and
// transpositions of neighbours ("vaule" is one edit from "value"), computed
// only within `limit` of the diagonal: past it the answer is limit + 1.
std::size_t bounded_distance(const std::vector<char32_t>& x, const std::vector<char32_t>& y, std::size_t limit,
                             Rows& rows) {
    const std::size_t over = limit + 1;
    if ((x.size() > y.size() ? x.size() - y.size() : y.size() - x.size()) > limit) {
        return over;
    }
    const std::size_t width = y.size() + 1;
    auto& before = rows.before;
    auto& previous = rows.previous;
    auto& row = rows.row;
    before.assign(width, over);
    previous.assign(width, over);
    row.assign(width, over);
    for (std::size_t j = 0; j < width && j <= limit; ++j) {
        previous[j] = j;
    }
    for (std::size_t i = 1; i <= x.size(); ++i) {
        const std::size_t first = i > limit ? i - limit : 1;
        const std::size_t last = std::min(y.size(), i + limit);
        // Only the band and the cell on each side of it are ever read: the
        // rest of the row is not touched, so a row costs the band, not y.
        row[first - 1] = i <= limit ? i : over;  // first == 1 then
        if (last < y.size()) {
            row[last + 1] = over;
        }
        std::size_t row_min = row[first - 1];
        rows.cells += last + 1 - first;
        for (std::size_t j = first; j <= last; ++j) {
            std::size_t cell =
                std::min({previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                cell = std::min(cell, before[j - 2] + 1);
            }
            row[j] = std::min(cell, over);
            row_min = std::min(row_min, row[j]);
        }
        if (row_min > limit) {
            return over;  // every path is already past the limit
        }
        std::swap(before, previous);
        std::swap(previous, row);
    }
    return std::min(previous[y.size()], over);
}

std::size_t bounded_distance(const std::vector<char32_t>& x, const std::vector<char32_t>& y, std::size_t limit) {
    Rows rows;
    return bounded_distance(x, y, limit, rows);
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
    const auto x = code_point_list(a);
    const auto y = code_point_list(b);
    return bounded_distance(x, y, std::max(x.size(), y.size()));
}

std::size_t edit_distance(std::string_view a, std::string_view b, std::size_t limit) {
    return bounded_distance(code_point_list(a), code_point_list(b), limit);
}

Lexicon::Lexicon(std::vector<std::string> words) : words_(std::move(words)) {
    decoded_.reserve(words_.size());
    for (const auto& w : words_) {
        decoded_.push_back(code_point_list(w));
    }
}

std::string Lexicon::closest(std::string_view word, std::size_t limit, bool skip_exact, std::size_t* cells) const {
    const auto x = code_point_list(word);
    Rows rows;
    std::string best;
    for (std::size_t i = 0; i < words_.size(); ++i) {
        const auto& y = decoded_[i];
        if ((y.size() > x.size() ? y.size() - x.size() : x.size() - y.size()) > limit) {
            continue;  // its length alone rules it out
        }
        const std::size_t d = bounded_distance(x, y, limit, rows);
        if (d > limit || (d == 0 && skip_exact)) {
            continue;
        }
        best = words_[i];
        if (d == 0) {
            break;
        }
        limit = d - 1;  // only a strictly closer word can replace it
    }
    if (cells != nullptr) {
        *cells += rows.cells;
    }
    return best;
}

std::string cut_long_words(std::string_view s, std::size_t longest) {
    const std::size_t tail = std::min<std::size_t>(10, longest / 4);
    const std::size_t head = longest - tail;
    std::string out;
    std::size_t run_begin = 0;                // the byte where the current run starts
    std::size_t run_length = 0;               // its code points
    std::size_t head_end = 0;                 // the byte of its code point number `head`
    std::vector<std::size_t> last(tail + 1);  // the bytes of its last code points, as a ring
    const auto flush = [&](std::size_t end) {
        if (run_length <= longest) {
            out.append(s.substr(run_begin, end - run_begin));
        } else {
            const std::size_t tail_begin = tail == 0 ? end : last[(run_length - tail) % last.size()];
            out.append(s.substr(run_begin, head_end - run_begin));
            out += "…";
            out.append(s.substr(tail_begin, end - tail_begin));
        }
        run_length = 0;
    };
    for_each_code_point(s, [&](char32_t cp, std::size_t at, std::size_t n) {
        if (cp == U' ' || cp == U'\n') {
            flush(at);
            out.append(s.substr(at, n));
            run_begin = at + n;
        } else {
            if (run_length == head) {
                head_end = at;
            }
            last[run_length % last.size()] = at;
            ++run_length;
        }
        return true;
    });
    flush(s.size());
    return out;
}

std::string did_you_mean(std::string_view hint) {
    return hint.empty() ? std::string() : fmt::format(" (did you mean '{}'?)", hint);
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
    return did_you_mean(closest(word, candidates));
}

std::string closest(std::string_view word, const std::vector<std::string>& candidates, std::size_t* cells) {
    // The farthest a likely typo may be: a third of the word, and never more
    // than typo_edits_at_most, which also bounds the work per candidate.
    const std::size_t limit = std::clamp<std::size_t>(code_points(word) / 3, 1, typo_edits_at_most);
    return Lexicon(candidates).closest(word, limit, false, cells);
}

}  // namespace claimcheck::text
