#include "util/lines.hpp"

#include "util/text.hpp"

#include <algorithm>

namespace claimcheck::text {

std::vector<std::size_t> line_starts(std::string_view s) {
    std::vector<std::size_t> starts{0};
    for (std::size_t i = s.find('\n'); i != std::string_view::npos && i + 1 < s.size(); i = s.find('\n', i + 1)) {
        starts.push_back(i + 1);
    }
    return starts;
}

int column_of(std::string_view line, std::size_t offset) {
    return static_cast<int>(code_points(line.substr(0, std::min(offset, line.size())))) + 1;
}

std::size_t byte_of_column(std::string_view text, std::size_t line_start, int column) {
    std::size_t at = line_start;
    for (int c = 1; c < column && at < text.size() && text[at] != '\n'; ++c) {
        char32_t cp = 0;
        at += detail::decode(text, at, cp);
    }
    return at;
}

Lines::Lines(std::string_view text, Ending ending) : starts_(line_starts(text)), size_(text.size()), ending_(ending) {}

int Lines::line_of(std::size_t offset) const {
    return static_cast<int>(std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin());
}

std::size_t Lines::start(int line) const {
    if (line < 1 || line > count()) {
        return size_;
    }
    return starts_[static_cast<std::size_t>(line - 1)];
}

int Lines::column_of(std::string_view text, std::size_t offset) const {
    const std::size_t begin = start(line_of(offset));
    return text::column_of(text.substr(begin), offset - begin);
}

std::string_view Lines::line_text(std::string_view text, int line) const {
    if (line < 1 || line > count()) {
        return {};
    }
    const std::size_t begin = starts_[static_cast<std::size_t>(line - 1)];
    std::size_t end = std::min(text.find('\n', begin), text.size());
    if (ending_ == Ending::crlf && end > begin && text[end - 1] == '\r') {
        --end;
    }
    return text.substr(begin, end - begin);
}

}  // namespace claimcheck::text
