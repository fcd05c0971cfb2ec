#include "util/tsv.hpp"

#include "util/lines.hpp"

#include <stdexcept>
#include <string>
#include <utility>

namespace claimcheck::text {

std::vector<std::string_view> split(std::string_view s, char separator) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (start <= s.size()) {
        const std::size_t end = std::min(s.find(separator, start), s.size());
        if (end > start) {
            out.push_back(s.substr(start, end - start));
        }
        start = end + 1;
    }
    return out;
}

void require_columns(const std::vector<std::string_view>& row, std::size_t count, std::string_view file) {
    if (row.size() != count) {
        throw std::logic_error(std::string(file) + ": a row needs " + std::to_string(count) +
                               " columns: " + (row.empty() ? std::string() : std::string(row.front())));
    }
}

bool yes_or_no(const std::vector<std::string_view>& row, std::size_t column, std::string_view yes, std::string_view no,
               std::string_view file) {
    const std::string_view word = row.at(column);
    if (word != yes && word != no) {
        throw std::logic_error(std::string(file) + ": expected '" + std::string(yes) + "' or '" + std::string(no) +
                               "' in the row of '" + std::string(row.front()) + "', not '" + std::string(word) + "'");
    }
    return word == yes;
}

std::vector<TsvRow> numbered_tsv_rows(std::string_view text) {
    std::vector<TsvRow> rows;
    const Lines lines(text, Lines::Ending::crlf);
    for (int number = 1; number <= lines.count(); ++number) {
        const std::string_view line = lines.line_text(text, number);
        if (line.empty() || line.front() == '#') {
            continue;
        }
        rows.push_back(TsvRow{number, split(line, '\t')});
    }
    return rows;
}

std::vector<std::vector<std::string_view>> tsv_rows(std::string_view text) {
    std::vector<std::vector<std::string_view>> rows;
    for (auto& row : numbered_tsv_rows(text)) {
        rows.push_back(std::move(row.cells));
    }
    return rows;
}

}  // namespace claimcheck::text
