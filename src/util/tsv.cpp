#include "util/tsv.hpp"

#include "util/lines.hpp"

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

std::vector<std::vector<std::string_view>> tsv_rows(std::string_view text) {
    std::vector<std::vector<std::string_view>> rows;
    const Lines lines(text, Lines::Ending::crlf);
    for (int number = 1; number <= lines.count(); ++number) {
        const std::string_view line = lines.line_text(text, number);
        if (line.empty() || line.front() == '#') {
            continue;
        }
        rows.push_back(split(line, '\t'));
    }
    return rows;
}

}  // namespace claimcheck::text
