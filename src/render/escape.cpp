#include "render/escape.hpp"

#include "util/lines.hpp"
#include "util/text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace claimcheck::render::escape {

namespace {

bool starts_with_ci(std::string_view text, std::size_t at, std::string_view prefix) {
    if (text.size() - at < prefix.size()) {
        return false;
    }
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        if (std::tolower(static_cast<unsigned char>(text[at + i])) != prefix[i]) {
            return false;
        }
    }
    return true;
}

std::string percent_encode(std::string_view text, std::string_view keep) {
    static constexpr char hex[] = "0123456789ABCDEF";
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (std::isalnum(byte) != 0 || keep.find(c) != std::string_view::npos) {
            out += c;
        } else {
            out += '%';
            out += hex[byte >> 4U];
            out += hex[byte & 0x0FU];
        }
    }
    return out;
}

std::size_t longest_backtick_run(std::string_view text) {
    std::size_t longest = 0;
    std::size_t run = 0;
    for (const char c : text) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

// Printable ASCII only: one_line would return it as it is.
bool plain_line(std::string_view text) {
    return std::all_of(text.begin(), text.end(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

}  // namespace

std::string one_line(std::string_view text) {
    if (plain_line(text)) {
        return std::string(text);
    }
    std::string flat(text);
    bool plain = true;  // printable ASCII only: text::printable would change nothing
    for (char& c : flat) {
        if (c == '\n' || c == '\r' || c == '\t') {
            c = ' ';
        } else if (c < 0x20 || c >= 0x7f) {
            plain = false;
        }
    }
    return plain ? flat : text::printable(flat);
}

namespace {

// The bytes markdown() may rewrite or look past; every other byte is copied
// as it is, a run at a time.
constexpr std::array<bool, 256> markdown_specials = [] {
    std::array<bool, 256> table{};
    for (const unsigned char c : std::string_view("&<>\\`*_[]|~$#:wW")) {
        table[c] = true;
    }
    return table;
}();

}  // namespace

std::string markdown(std::string_view raw) {
    std::string flat;  // raw on one line, when it is not already
    std::string_view text = raw;
    if (!plain_line(raw)) {
        flat = one_line(raw);
        text = flat;
    }
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    // Leading white space means nothing inline, and could open an indented
    // code block where the text starts a line.
    std::size_t i = text.find_first_not_of(' ');
    if (i == std::string::npos) {
        return out;
    }
    while (i < text.size()) {
        std::size_t run = i;
        while (run < text.size() && !markdown_specials[static_cast<unsigned char>(text[run])]) {
            ++run;
        }
        out.append(text.substr(i, run - i));
        if (run == text.size()) {
            break;
        }
        i = run;
        const char c = text[i];
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case ':':  // URL autolinks: "https://"
                if (text.compare(i, 3, "://") == 0) {
                    out += '\\';
                }
                out += c;
                break;
            case 'w':
            case 'W':
                out += c;
                // "www." autolinks: escape the dot.
                if (starts_with_ci(text, i, "www.")) {
                    out.append(text, i + 1, 2);
                    out += "\\.";
                    i += 3;
                }
                break;
            default:  // \ ` * _ [ ] | ~ $, and # for headings and a heading's closing sequence
                out += '\\';
                out += c;
                break;
        }
        ++i;
    }
    return out;
}

std::string markdown_code(std::string_view raw, bool in_table) {
    std::string text = one_line(raw);
    if (in_table) {
        std::string piped;
        for (const char c : text) {
            if (c == '|') {
                piped += '\\';
            }
            piped += c;
        }
        text = std::move(piped);
    }
    const std::string fence(longest_backtick_run(text) + 1, '`');
    const bool pad =
        text.empty() || text.front() == '`' || text.back() == '`' || text.front() == ' ' || text.back() == ' ';
    return fence + (pad ? " " : "") + text + (pad ? " " : "") + fence;
}

std::string markdown_code_block(std::string_view raw) {
    std::string text;
    // Keep the lines, but make every other control character visible.
    const text::Lines lines(raw, text::Lines::Ending::crlf);
    for (int line = 1; line <= lines.count(); ++line) {
        text += text::printable(lines.line_text(raw, line));
        text += '\n';
    }
    if (raw.ends_with('\n')) {
        text += '\n';  // the empty line after the last newline is kept
    }
    const std::string fence(std::max<std::size_t>(3, longest_backtick_run(text) + 1), '`');
    return fence + "text\n" + text + fence + "\n";
}

std::string html(std::string_view raw) {
    const std::string text = one_line(raw);
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
                break;
        }
    }
    return out;
}

std::string url_path(std::string_view path) {
    return percent_encode(path, "-._~/");
}

std::string web_url(std::string_view url) {
    if (!starts_with_ci(url, 0, "https://") && !starts_with_ci(url, 0, "http://")) {
        return {};
    }
    // Reserved URL characters stay; whatever could end a Markdown link or
    // break out of an attribute is encoded.
    return percent_encode(url, "-._~/:?#@!$&'*+,;=%");
}

std::string sarif_message(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    for (const char c : raw) {
        if (c == '\\' || c == '[' || c == ']') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

std::string github_data(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '%':
                out += "%25";
                break;
            case '\r':
                out += "%0D";
                break;
            case '\n':
                out += "%0A";
                break;
            default:
                out += c;
                break;
        }
    }
    return out;
}

std::string github_property(std::string_view text) {
    std::string out;
    for (const char c : github_data(text)) {
        switch (c) {
            case ':':
                out += "%3A";
                break;
            case ',':
                out += "%2C";
                break;
            default:
                out += c;
                break;
        }
    }
    return out;
}

}  // namespace claimcheck::render::escape
