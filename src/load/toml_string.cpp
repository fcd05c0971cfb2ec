#include "load/toml_string.hpp"

#include "util/text.hpp"

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

}  // namespace

FilePos position_in_string_literal(std::string_view text, std::size_t line_start, int line, int column,
                                   std::size_t offset) {
    const FilePos start{line, column};
    // The byte where the literal starts.
    std::size_t at = line_start;
    if (at > text.size()) {
        return start;
    }
    int c = 1;
    while (c < column && at < text.size() && text[at] != '\n') {
        char32_t cp = 0;
        at += text::detail::decode(text, at, cp);
        ++c;
    }
    Walker w(text, at, start);
    bool basic = false;
    bool multiline = false;
    if (w.starts_with("\"\"\"")) {
        basic = multiline = true;
        w.step(3);
    } else if (w.starts_with("'''")) {
        multiline = true;
        w.step(3);
    } else if (w.starts_with("\"")) {
        basic = true;
        w.step();
    } else if (w.starts_with("'")) {
        w.step();
    } else {
        return start;
    }
    if (multiline) {
        // A newline right after the opening delimiter is not part of the string.
        if (w.starts_with("\r\n")) {
            w.step(2);
        } else if (w.starts_with("\n")) {
            w.step();
        }
    }
    const std::string_view close = basic ? (multiline ? "\"\"\"" : "\"") : (multiline ? "'''" : "'");
    std::size_t decoded = 0;  // bytes of the decoded string before the cursor
    while (!w.done()) {
        if (w.starts_with(close)) {
            // A multi-line string may end with up to two quotes of its own.
            if (multiline && w.peek(3) == close[0]) {
                if (offset <= decoded) {
                    return w.pos();
                }
                ++decoded;
                w.step();
                continue;
            }
            return w.pos();
        }
        if (!multiline && w.peek() == '\n') {
            return w.pos();
        }
        if (basic && w.peek() == '\\') {
            const char e = w.peek(1);
            std::size_t produced = 1;
            std::size_t raw = 2;
            if (e == 'u' || e == 'U') {
                const std::size_t digits = e == 'u' ? 4 : 8;
                unsigned long cp = 0;
                for (std::size_t i = 0; i < digits && is_hex(w.peek(2 + i)); ++i) {
                    cp = cp * 16 + static_cast<unsigned long>(std::isdigit(static_cast<unsigned char>(w.peek(2 + i)))
                                                                  ? w.peek(2 + i) - '0'
                                                                  : (w.peek(2 + i) | 0x20) - 'a' + 10);
                }
                produced = utf8_length(cp);
                raw = 2 + digits;
            } else if (multiline && (e == ' ' || e == '\t' || e == '\r' || e == '\n')) {
                // A line-ending backslash: it and the white space after it vanish.
                w.step();
                while (!w.done() && (w.peek() == ' ' || w.peek() == '\t' || w.peek() == '\r' || w.peek() == '\n')) {
                    w.step();
                }
                continue;
            }
            if (offset < decoded + produced) {
                return w.pos();
            }
            decoded += produced;
            w.step(raw);
            continue;
        }
        if (multiline && w.starts_with("\r\n")) {
            if (offset <= decoded) {
                return w.pos();
            }
            decoded += 1;
            w.step(2);
            continue;
        }
        const std::size_t width = w.width();
        if (offset < decoded + width) {
            return w.pos();
        }
        decoded += width;
        w.step();
    }
    return w.pos();
}

FilePos position_in_string_literal(std::string_view text, int line, int column, std::size_t offset) {
    std::size_t line_start = 0;
    for (int l = 1; l < line; ++l) {
        const auto newline = text.find('\n', line_start);
        if (newline == std::string_view::npos) {
            return {line, column};
        }
        line_start = newline + 1;
    }
    return position_in_string_literal(text, line_start, line, column, offset);
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
