// Tab-separated data files (the word tables under data/): one row a line,
// '#' starts a comment line, blank lines are skipped.
#pragma once

#include <string_view>
#include <vector>

namespace claimcheck::text {

// The rows of a TSV text, each split at tabs. Views into `text`, which must
// outlive them (embedded data does). A trailing '\r' is dropped.
std::vector<std::vector<std::string_view>> tsv_rows(std::string_view text);

// A row with the number of its line in the text (1-based), for messages
// that name file:line.
struct TsvRow {
    int line = 0;
    std::vector<std::string_view> cells;
};

// The rows of a TSV text as `tsv_rows` reads them, each with its line number.
std::vector<TsvRow> numbered_tsv_rows(std::string_view text);

// Strict reading of a row of `file` (a table under data/), for messages that
// name the file and the row's first cell: throws std::logic_error unless the
// row has `count` cells.
void require_columns(const std::vector<std::string_view>& row, std::size_t count, std::string_view file);
// A two-valued cell of that row: true for `yes`, false for `no`; any other
// word throws std::logic_error.
bool yes_or_no(const std::vector<std::string_view>& row, std::size_t column, std::string_view yes, std::string_view no,
               std::string_view file);

// Splits `s` at `separator`, dropping empty pieces.
std::vector<std::string_view> split(std::string_view s, char separator);

}  // namespace claimcheck::text
