#include "util/tsv.hpp"

#include "util/lines.hpp"

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
