// The tables of a Markdown document, for tests that hold the docs against
// the code: each table with the heading it stands under, its header cells
// and its rows, cells trimmed, "\|" kept inside a cell.
#pragma once

#include <istream>
#include <string>
#include <vector>

namespace claimcheck::testing {

struct MarkdownTable {
    std::string heading;  // the nearest heading line above, '#'s and all ("#### Money")
    std::string section;  // the nearest "## " heading line above ("## numeric (§6.1)")
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
};

inline std::string trimmed_cell(const std::string& cell) {
    const auto first = cell.find_first_not_of(' ');
    const auto last = cell.find_last_not_of(' ');
    return first == std::string::npos ? "" : cell.substr(first, last - first + 1);
}

// "| a | b \| c |" → {"a", "b \| c"}.
inline std::vector<std::string> table_cells(const std::string& line) {
    std::vector<std::string> out;
    std::string cell;
    for (std::size_t i = 1; i < line.size(); ++i) {
        if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '|') {
            cell += "\\|";
            ++i;
        } else if (line[i] == '|') {
            out.push_back(trimmed_cell(cell));
            cell.clear();
        } else {
            cell += line[i];
        }
    }
    return out;
}

inline std::vector<MarkdownTable> markdown_tables(std::istream& in) {
    std::vector<MarkdownTable> out;
    std::string heading;
    std::string section;
    bool in_table = false;
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind('#', 0) == 0) {
            heading = line;
            section = line.rfind("## ", 0) == 0 ? line : section;
            in_table = false;
        } else if (line.rfind('|', 0) != 0) {
            in_table = false;
        } else if (!in_table) {
            out.push_back({heading, section, table_cells(line), {}});
            in_table = true;
        } else if (line.rfind("| ---", 0) != 0) {
            out.back().rows.push_back(table_cells(line));
        }
    }
    return out;
}

}  // namespace claimcheck::testing
