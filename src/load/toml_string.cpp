#include "load/toml_string.hpp"

#include "util/lines.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <cctype>
#include <fmt/format.h>

namespace claimcheck::load {

namespace {

// Bytes of the UTF-8 encoding of a code point.
std::size_t utf8_length(unsigned long cp) {
    if (cp < 0x80) {
        return 1;
    }
    if (cp < 0x800) {
        return 2;
    }
    if (cp < 0x10000) {
        return 3;
    }
    return 4;
}

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Walks a literal from byte `at` of `text` (its opening delimiter) while
// tracking line and column.
class Walker {
  public:
    Walker(std::string_view text, std::size_t at, FilePos pos) : text_(text), at_(at), pos_(pos) {}

    bool done() const { return at_ >= text_.size(); }
    char peek(std::size_t ahead = 0) const { return at_ + ahead < text_.size() ? text_[at_ + ahead] : '\0'; }
    bool starts_with(std::string_view s) const { return text_.substr(at_).starts_with(s); }
    FilePos pos() const { return pos_; }

    // Steps over one code point.
    void step() {
        if (done()) {
            return;
        }
        if (text_[at_] == '\n') {
            ++pos_.line;
            pos_.column = 1;
            ++at_;
            return;
        }
        char32_t cp = 0;
        at_ += text::detail::decode(text_, at_, cp);
        ++pos_.column;
    }
    void step(std::size_t code_points) {
        for (std::size_t i = 0; i < code_points; ++i) {
            step();
        }
    }
    // Bytes of the code point under the cursor.
    std::size_t width() const {
        char32_t cp = 0;
        return done() ? 0 : text::detail::decode(text_, at_, cp);
    }

  private:
    std::string_view text_;
    std::size_t at_;
    FilePos pos_;
};

// Steps over the opening delimiter at the cursor (and a newline right after
// a multi-line one, which is not part of the string). False when no string
// literal starts there.
bool open_literal(Walker& w, bool& basic, bool& multiline) {
    basic = w.starts_with("\"");
    multiline = w.starts_with("\"\"\"") || w.starts_with("'''");
    if (!basic && !w.starts_with("'")) {
        return false;
    }
    w.step(multiline ? 3 : 1);
    if (multiline && w.starts_with("\r\n")) {
        w.step(2);
    } else if (multiline && w.starts_with("\n")) {
        w.step();
    }
    return true;
}

// An escape at the cursor of a basic string: the bytes it decodes to and the
// code points it takes in the file; a backslash ending a line of a
// multi-line string decodes to nothing (with the white space after it).
struct Escape {
    std::size_t produced = 1;
    std::size_t raw = 2;
    bool line_ending = false;
};

Escape escape_at(const Walker& w, bool multiline) {
    const char e = w.peek(1);
    if (e == 'u' || e == 'U') {
        const std::size_t digits = e == 'u' ? 4 : 8;
        unsigned long cp = 0;
        for (std::size_t i = 0; i < digits && is_hex(w.peek(2 + i)); ++i) {
            const char h = w.peek(2 + i);
            cp = cp * 16 + static_cast<unsigned long>(
                               std::isdigit(static_cast<unsigned char>(h)) != 0 ? h - '0' : (h | 0x20) - 'a' + 10);
        }
        return {utf8_length(cp), 2 + digits, false};
    }
    if (multiline && (e == ' ' || e == '\t' || e == '\r' || e == '\n')) {
        return {0, 0, true};
    }
    return {};
}

void skip_line_ending_backslash(Walker& w) {
    w.step();
    while (!w.done() && (w.peek() == ' ' || w.peek() == '\t' || w.peek() == '\r' || w.peek() == '\n')) {
        w.step();
    }
}

}  // namespace

FilePos position_in_string_literal(std::string_view text, std::size_t literal_start, int line, int column,
                                   std::size_t offset) {
    const FilePos start{line, column};
    if (literal_start > text.size()) {
        return start;
    }
    Walker w(text, literal_start, start);
    bool basic = false;
    bool multiline = false;
    if (!open_literal(w, basic, multiline)) {
        return start;
    }
    const std::string_view close = basic ? (multiline ? "\"\"\"" : "\"") : (multiline ? "'''" : "'");
    std::size_t decoded = 0;  // bytes of the decoded string before the cursor
    while (!w.done()) {
        // A multi-line string may end with up to two quotes of its own.
        const bool own_quote = multiline && w.starts_with(close) && w.peek(3) == close[0];
        if ((w.starts_with(close) && !own_quote) || (!multiline && w.peek() == '\n')) {
            return w.pos();
        }
        Escape step{w.width(), 1, false};  // one code point of the file
        if (own_quote) {
            step = {1, 1, false};
        } else if (basic && w.peek() == '\\') {
            step = escape_at(w, multiline);
        } else if (multiline && w.starts_with("\r\n")) {
            step = {1, 2, false};
        }
        if (step.line_ending) {
            skip_line_ending_backslash(w);
            continue;
        }
        if (offset < decoded + step.produced) {
            return w.pos();
        }
        decoded += step.produced;
        w.step(step.raw);
    }
    return w.pos();
}

FilePos position_in_string_literal(std::string_view text, int line, int column, std::size_t offset) {
    // A line before the first is read from the start of the text.
    const std::size_t line_start = text::Lines(text).start(std::max(line, 1));
    const std::size_t literal_start =
        line_start > text.size() ? line_start : text::byte_of_column(text, line_start, column);
    return position_in_string_literal(text, literal_start, line, column, offset);
}

std::string toml_basic_string(std::string_view value) {
    std::string out = "\"";
    out.reserve(value.size() + 2);
    text::for_each_code_point(value, [&](char32_t cp, std::size_t at, std::size_t n) {
        switch (cp) {
            case U'"':
                out += "\\\"";
                break;
            case U'\\':
                out += "\\\\";
                break;
            case U'\t':
                out += "\\t";
                break;
            case U'\n':
                out += "\\n";
                break;
            case U'\r':
                out += "\\r";
                break;
            default:
                if (text::is_control(cp)) {
                    out += cp > 0xFFFF ? fmt::format("\\U{:08X}", static_cast<unsigned>(cp))
                                       : fmt::format("\\u{:04X}", static_cast<unsigned>(cp));
                } else {
                    out.append(value.substr(at, n));
                }
                break;
        }
        return true;
    });
    return out + "\"";
}

}  // namespace claimcheck::load
