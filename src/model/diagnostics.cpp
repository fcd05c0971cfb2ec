#include "model/diagnostics.hpp"

#include "util/text.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <tuple>

namespace claimcheck {

std::string_view to_string(Severity severity) {
    switch (severity) {
        case Severity::note:
            return "note";
        case Severity::warning:
            return "warning";
        case Severity::error:
            return "error";
    }
    return "error";
}

namespace {

// At most this many code points of a source line are shown, centred on the
// column: a diagnostic on a line of megabytes stays a few lines long.
constexpr int shown_line_length = 160;

}  // namespace

std::pair<int, int> excerpt_columns(int column) {
    const int first = std::max(1, column - shown_line_length / 2);
    return {first, first + shown_line_length};
}

SourceExcerpt excerpt_between(std::string_view line, std::size_t begin, std::size_t end, int caret) {
    begin = std::min(begin, line.size());
    end = std::clamp(end, begin, line.size());
    if (begin == 0 && end == line.size()) {
        return {std::string(line), caret};
    }
    SourceExcerpt out{begin > 0 ? "…" : "", caret + (begin > 0 ? 1 : 0)};
    out.text += line.substr(begin, end - begin);
    out.text += end < line.size() ? "…" : "";
    return out;
}

SourceExcerpt excerpt_of(std::string_view line, int column) {
    const auto columns = excerpt_columns(column);  // .second is exclusive
    // Plain copies: clang 14 cannot capture structured bindings in a lambda.
    const int first = columns.first;
    const int last = columns.second;
    std::size_t begin = line.size();
    std::size_t end = line.size();
    const auto last_offset = static_cast<std::size_t>(last - 1);
    if (text::ascii_prefix(line.substr(0, last_offset)) == std::min(line.size(), last_offset)) {
        // Every code point before the window's end is one byte (the usual
        // claim file line): columns are offsets, and nothing is decoded.
        begin = std::min(static_cast<std::size_t>(first - 1), line.size());
        end = std::min(last_offset, line.size());
    } else {
        int at = 1;
        text::for_each_code_point(line, [&](char32_t, std::size_t offset, std::size_t) {
            if (at == first) {
                begin = offset;
            }
            if (at == last) {
                end = offset;
                return false;
            }
            ++at;
            return true;
        });
    }
    if (begin == 0 && end == line.size()) {
        return {std::string(line), column};  // shown whole, caret where it is
    }
    return excerpt_between(line, begin, end, column - first + 1);
}

std::string_view color_of(Severity severity, const ansi::Palette& palette) {
    switch (severity) {
        case Severity::error:
            return palette.red();
        case Severity::warning:
            return palette.magenta();
        case Severity::note:
            return palette.cyan();
    }
    return {};
}

std::string format_diagnostic(const Diagnostic& d, bool color) {
    const ansi::Palette palette{color};
    const std::string_view sev_color = color_of(d.severity, palette);
    const std::string_view bold = palette.bold();
    const std::string_view reset = palette.reset();
    std::string place = text::printable(d.where.file);  // a file name can hold control characters too
    if (d.where.line > 0) {
        place += fmt::format(":{}", d.where.line);
        if (d.where.column > 0) {
            place += fmt::format(":{}", d.where.column);
        }
    }
    std::string out = fmt::format("{}{}:{} {}{}:{} {}\n", bold, place, reset, color ? sev_color : "",
                                  to_string(d.severity), reset, text::printable(d.message));
    if (d.where.line > 0 && !d.source.text.empty()) {
        const int caret = d.source.caret;
        const std::string line = text::printable(d.source.text);
        out += fmt::format("  {}\n", line);
        if (caret > 0) {
            // Pad with the line's own tabs so the caret lines up in a terminal.
            std::string pad;
            int column = 1;
            text::for_each_code_point(line, [&](char32_t cp, std::size_t, std::size_t) {
                if (column >= caret) {
                    return false;
                }
                pad += cp == U'\t' ? '\t' : ' ';
                pad.append(text::is_wide(cp) ? 1 : 0, ' ');
                ++column;
                return true;
            });
            pad.append(static_cast<std::size_t>(std::max(0, caret - column)), ' ');
            out += fmt::format("  {}{}^{}\n", pad, palette.green(), reset);
        }
    }
    return out;
}

void Diagnostics::add(Diagnostic diagnostic) {
    // A word of the input is quoted in a message at most this long.
    diagnostic.message = text::cut_long_words(diagnostic.message);
    std::lock_guard lock(mutex_);
    items_.push_back(std::move(diagnostic));
}

void Diagnostics::error(Location where, std::string message, std::string_view source_line) {
    error(where, std::move(message), excerpt_of(source_line, where.column));
}

void Diagnostics::warning(Location where, std::string message, std::string_view source_line) {
    warning(where, std::move(message), excerpt_of(source_line, where.column));
}

void Diagnostics::note(Location where, std::string message, std::string_view source_line) {
    note(where, std::move(message), excerpt_of(source_line, where.column));
}

void Diagnostics::error(Location where, std::string message, SourceExcerpt source) {
    add({Severity::error, std::move(where), std::move(message), std::move(source)});
}

void Diagnostics::warning(Location where, std::string message, SourceExcerpt source) {
    add({Severity::warning, std::move(where), std::move(message), std::move(source)});
}

void Diagnostics::note(Location where, std::string message, SourceExcerpt source) {
    add({Severity::note, std::move(where), std::move(message), std::move(source)});
}

void Diagnostics::append(const std::vector<Diagnostic>& more) {
    std::lock_guard lock(mutex_);
    items_.insert(items_.end(), more.begin(), more.end());
}

bool Diagnostics::has_errors() const {
    return count(Severity::error) > 0;
}

std::size_t Diagnostics::count(Severity severity) const {
    std::lock_guard lock(mutex_);
    return static_cast<std::size_t>(
        std::count_if(items_.begin(), items_.end(), [&](const Diagnostic& d) { return d.severity == severity; }));
}

std::vector<Diagnostic> Diagnostics::sorted() const {
    std::vector<Diagnostic> out;
    {
        std::lock_guard lock(mutex_);
        out = items_;
    }
    std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
        // Every field takes part, so the order never depends on which
        // thread reported first.
        return std::tie(a.where.file, a.where.line, a.where.column, a.message, a.severity, a.source.text) <
               std::tie(b.where.file, b.where.line, b.where.column, b.message, b.severity, b.source.text);
    });
    return out;
}

}  // namespace claimcheck
