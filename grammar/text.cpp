#include "grammar/text.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <vector>

#include "util/text.hpp"

namespace claimcheck::grammar::text {

namespace {

bool ascii_word(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// Decodes the code point at p (lenient: a stray byte decodes as itself).
char32_t decode(const char* p, const char* end) {
    const auto b0 = static_cast<unsigned char>(*p);
    auto more = [&](std::ptrdiff_t n) { return end - p > n; };
    auto cont = [&](std::ptrdiff_t i) { return static_cast<char32_t>(static_cast<unsigned char>(p[i]) & 0x3F); };
    if (b0 < 0x80) {
        return b0;
    }
    if ((b0 & 0xE0) == 0xC0 && more(1)) {
        return (static_cast<char32_t>(b0 & 0x1F) << 6) | cont(1);
    }
    if ((b0 & 0xF0) == 0xE0 && more(2)) {
        return (static_cast<char32_t>(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2);
    }
    if ((b0 & 0xF8) == 0xF0 && more(3)) {
        return (static_cast<char32_t>(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3);
    }
    return b0;
}

bool punctuation(char32_t c) {
    return (c >= 0x80 && c <= 0xBF) || c == 0xD7 || c == 0xF7 ||  // Latin-1 punctuation, NBSP, × ÷
           (c >= 0x2000 && c <= 0x206F) ||                        // general punctuation: ’ — “ ” … NBSP-likes
           (c >= 0x2190 && c <= 0x22FF) ||                        // arrows, maths (≥ ≤)
           (c >= 0x3000 && c <= 0x303F) ||                        // CJK punctuation
           (c >= 0xFF00 && c <= 0xFF0F) || c == 0xFEFF;
}

}  // namespace

bool is_word_char(const char* p, const char* end) {
    if (p >= end) {
        return false;
    }
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
        return ascii_word(c);
    }
    if ((c & 0xC0) == 0x80) {
        return true;  // a continuation byte: inside a character already judged
    }
    return !punctuation(decode(p, end));
}

bool at_word_start(const char* begin, const char* p, const char* end) {
    if (p == begin) {
        return true;
    }
    const char* q = p - 1;
    int back = 0;
    while (q > begin && back < 3 && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) {
        --q;
        ++back;
    }
    return !is_word_char(q, end);
}

std::string lower(std::string_view s) {
    return claimcheck::text::ascii_lower(s);
}

std::string group_thousands(std::string_view digits) {
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) {
            out += ',';
        }
        out += digits[i];
    }
    return out;
}

std::string shortest(double v) {
    std::array<char, 64> buf{};
    const auto [end, ec] = std::to_chars(buf.data(), buf.data() + buf.size(), v);
    if (ec != std::errc{}) {
        return "0";
    }
    return std::string(buf.data(), end);
}

}  // namespace claimcheck::grammar::text
