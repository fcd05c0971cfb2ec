// Problems with the input, reported like a compiler's:
//   claims/nara/001.toml:14:9: error: unknown key 'vaule' (did you mean 'value'?)
//     vaule = "183"
//     ^
#pragma once

#include "util/ansi.hpp"

#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck {

enum class Severity { note, warning, error };

std::string_view to_string(Severity severity);

// The colour a severity is printed in: red errors, magenta warnings, cyan notes.
std::string_view color_of(Severity severity, const ansi::Palette& palette);

// A place in a file: 1-based line and column, columns in Unicode code points.
// line == 0 means "the file as a whole".
struct Location {
    std::string file;  // as the user should see it (relative to the working directory where possible)
    int line = 0;
    int column = 0;
};

// What a diagnostic shows of its source line: at most 160 code points
// around the column, with "…" where the line is cut, and the caret's column
// in that text. A diagnostic, or a claim that may need one later, keeps this
// rather than the line, so that a file of one long line holding many claims
// costs memory linear in its size.
struct SourceExcerpt {
    std::string text;  // may be empty: no line is shown
    int caret = 0;     // 1-based code-point column of the caret in `text`; 0 = no caret
};

// The excerpt of `line` around 1-based code-point `column` (0: the start).
SourceExcerpt excerpt_of(std::string_view line, int column);

// The code-point columns [first, last) an excerpt around `column` shows.
std::pair<int, int> excerpt_columns(int column);

// The excerpt of `line` that is its bytes [begin, end), with "…" where it is
// cut, and the caret at `caret` code points into that window: for a caller
// that finds the bytes of excerpt_columns() faster than by reading the line
// from its start (TomlFile).
SourceExcerpt excerpt_between(std::string_view line, std::size_t begin, std::size_t end, int caret);

struct Diagnostic {
    Severity severity = Severity::error;
    Location where;
    std::string message;
    SourceExcerpt source;  // of the line at `where`, for the caret display
};

// Formats "file:line:col: error: message" and, when the line is known, the
// source line and a caret under the column. `color` adds ANSI colours.
std::string format_diagnostic(const Diagnostic& diagnostic, bool color);

// Collects diagnostics from any thread; they are reported sorted (file, line,
// column, message) so the output never depends on scheduling.
class Diagnostics {
  public:
    void add(Diagnostic diagnostic);
    // `source_line` is the whole line at `where`; only its excerpt is kept.
    void error(Location where, std::string message, std::string_view source_line = {});
    void warning(Location where, std::string message, std::string_view source_line = {});
    void note(Location where, std::string message, std::string_view source_line = {});
    void error(Location where, std::string message, SourceExcerpt source);
    void warning(Location where, std::string message, SourceExcerpt source);
    void note(Location where, std::string message, SourceExcerpt source);
    void append(const std::vector<Diagnostic>& more);

    bool has_errors() const;
    std::size_t count(Severity severity) const;
    std::vector<Diagnostic> sorted() const;

  private:
    mutable std::mutex mutex_;
    std::vector<Diagnostic> items_;
};

}  // namespace claimcheck
