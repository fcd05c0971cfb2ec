// Problems with the input, reported like a compiler's:
//   claims/nara/001.toml:14:9: error: unknown key 'vaule' (did you mean 'value'?)
//     vaule = "183"
//     ^
#pragma once

#include "util/ansi.hpp"

#include <mutex>
#include <string>
#include <string_view>
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

struct Diagnostic {
    Severity severity = Severity::error;
    Location where;
    std::string message;
    std::string source_line;  // the text of that line, for the caret display (may be empty)
};

// Formats "file:line:col: error: message" and, when the line is known, the
// source line and a caret under the column. `color` adds ANSI colours.
std::string format_diagnostic(const Diagnostic& diagnostic, bool color);

// Collects diagnostics from any thread; they are reported sorted (file, line,
// column, message) so the output never depends on scheduling.
class Diagnostics {
  public:
    void add(Diagnostic diagnostic);
    void error(Location where, std::string message, std::string source_line = {});
    void warning(Location where, std::string message, std::string source_line = {});
    void note(Location where, std::string message, std::string source_line = {});
    void append(const std::vector<Diagnostic>& more);

    bool has_errors() const;
    std::size_t count(Severity severity) const;
    std::vector<Diagnostic> sorted() const;

  private:
    mutable std::mutex mutex_;
    std::vector<Diagnostic> items_;
};

}  // namespace claimcheck
