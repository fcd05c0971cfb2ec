// Reading the framing tables strictly (scales.cpp, cues.cpp): a refused row
// throws std::logic_error naming its file and line, so a bad row fails the
// first read and the tests.
#pragma once

#include "util/text.hpp"
#include "util/tsv.hpp"

#include <fmt/format.h>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::framing::rows {

[[noreturn]] inline void refuse(std::string_view file, int line, const std::string& message) {
    throw std::logic_error(fmt::format("{}:{}: {}", file, line, message));
}

inline void require_columns(const text::TsvRow& row, std::string_view file, std::size_t count, const char* columns) {
    if (row.cells.size() != count) {
        refuse(file, row.line, fmt::format("a row needs {} columns ({}), not {}", count, columns, row.cells.size()));
    }
}

// " (did you mean 'x'?)" for a likely typo of one of `known`, else
// " (<intro> a, b, c)".
inline std::string hint_or_list(std::string_view word, const std::vector<std::string>& known, std::string_view intro) {
    const auto hint = text::closest(word, known);
    return hint.empty() ? fmt::format(" ({} {})", intro, fmt::join(known, ", ")) : text::did_you_mean(hint);
}

}  // namespace claimcheck::framing::rows
