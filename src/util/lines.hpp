// Lines of a text: byte offsets to 1-based lines and columns, and the text of
// a line, for diagnostics and anchors. Lines end at '\n'; columns count code
// points (text::code_points).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimcheck::text {

// Byte offsets of the start of every line (after '\n').
std::vector<std::size_t> line_starts(std::string_view s);

// 1-based code-point column of byte `offset` within `line`.
int column_of(std::string_view line, std::size_t offset);

// The byte of `text` where 1-based code-point `column` of the line starting
// at byte `line_start` is: the inverse of column_of, stopping at the line's
// '\n' (or the text's end) when the line is shorter.
std::size_t byte_of_column(std::string_view text, std::size_t line_start, int column);

// Where the lines of a text start. Lines are 1-based; a '\n' at the very end
// starts no further line. An index only: it keeps no view of the text, so it
// can be stored beside the text it was built from (Article::lines), and the
// lookups that read characters are given that text again.
class Lines {
  public:
    // Where the text of a line ends: before its '\n' (lf), or also before a
    // '\r' that ends it (crlf: TOML, whose newline may be "\r\n").
    enum class Ending { lf, crlf };

    Lines() = default;  // no lines
    explicit Lines(std::string_view text, Ending ending = Ending::lf);

    int count() const { return static_cast<int>(starts_.size()); }

    // The line byte `offset` is on (the last line past the end of the text).
    int line_of(std::size_t offset) const;

    // The byte where `line` starts; the text's size when there is no such line.
    std::size_t start(int line) const;

    // The 1-based code-point column of byte `offset` of `text` on its line.
    int column_of(std::string_view text, std::size_t offset) const;

    // The text of `line` of `text`, without its line ending; "" when there is
    // no such line.
    std::string_view line_text(std::string_view text, int line) const;

  private:
    std::vector<std::size_t> starts_;
    std::size_t size_ = 0;
    Ending ending_ = Ending::lf;
};

}  // namespace claimcheck::text
