// Tab-separated data files (the word tables under data/): one row a line,
// '#' starts a comment line, blank lines are skipped.
#pragma once

#include <string_view>
#include <vector>

namespace claimcheck::text {

// The rows of a TSV text, each split at tabs. Views into `text`, which must
// outlive them (embedded data does). A trailing '\r' is dropped.
std::vector<std::vector<std::string_view>> tsv_rows(std::string_view text);

// Splits `s` at `separator`, dropping empty pieces.
std::vector<std::string_view> split(std::string_view s, char separator);

}  // namespace claimcheck::text
