// Positions inside TOML string literals (spec §5): a parse error in a value
// points at the character of the file it came from, also when the literal
// holds escapes, is a literal ('…') string or spans several lines.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck::load {

// A place in a file: 1-based line, 1-based column in code points.
struct FilePos {
    int line = 1;
    int column = 1;
};

// `text` is the whole TOML file; the string literal's opening delimiter
// stands at (`line`, `column`) (as toml++ reports a node's source), and
// `literal_start` is its byte in `text` (so that the cost does not grow
// with the line's number or the column: TomlFile::byte_of). Returns
// the place of the character that produced byte `offset` of the decoded
// string: the backslash of an escape, the first character of a multi-byte
// sequence, or the closing delimiter when `offset` is the decoded length.
// Positions that cannot be mapped (not a string literal there) fall back to
// the literal's start.
FilePos position_in_string_literal(std::string_view text, std::size_t literal_start, int line, int column,
                                   std::size_t offset);

// The same, finding where `line` starts by reading `text` from its start.
FilePos position_in_string_literal(std::string_view text, int line, int column, std::size_t offset);

// `value` written as a TOML basic string ("…"), the one writer of TOML
// strings: quotes and backslashes escaped, and every control character
// (text::is_control: C0, DEL, C1, line separators, Bidi_Control) written as
// a \uXXXX or \UXXXXXXXX escape, so the file shows no hidden characters.
std::string toml_basic_string(std::string_view value);

}  // namespace claimcheck::load
