// The built-in scales (data/scales.tsv) and reading a level of a scale.
#include "embedded/scales_tsv.hpp"
#include "framing/lexicon.hpp"
#include "framing/rows.hpp"

#include <array>
#include <charconv>
#include <optional>
#include <set>

namespace claimcheck::framing {

namespace {

// The built-in scales' names in ScaleId order: the one place code spells them.
constexpr std::array<std::string_view, 4> scale_names{"certainty", "significance", "novelty", "status"};

std::optional<ScaleId> scale_named(std::string_view name) {
    for (std::size_t i = 0; i < scale_names.size(); ++i) {
        if (scale_names[i] == name) {
            return static_cast<ScaleId>(i);
        }
    }
    return std::nullopt;
}

int distance_in(std::string_view cell, std::string_view file, int line, const char* column) {
    int value = 0;
    const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (error != std::errc() || end != cell.data() + cell.size() || value < 1) {
        rows::refuse(file, line,
                     fmt::format("{} must be a whole number of levels, at least 1, not '{}'", column, cell));
    }
    return value;
}

std::vector<std::string> levels_in(std::string_view cell, std::string_view file, int line) {
    std::vector<std::string> levels;
    std::set<std::string> seen;
    for (const auto level : text::split(cell, ' ')) {
        if (!seen.insert(text::ascii_lower(level)).second) {
            rows::refuse(file, line, fmt::format("level '{}' appears twice", level));
        }
        levels.emplace_back(level);
    }
    if (levels.size() < 2) {
        rows::refuse(file, line, "a scale needs at least two levels, separated by spaces");
    }
    return levels;
}

// A row: "status	absent mentioned discussed addressed resolved	2	3	yes".
BuiltinScale scale_of(const text::TsvRow& row, std::string_view file) {
    rows::require_columns(row, file, 5, "name, levels, warn, error, progresses");
    const auto& cells = row.cells;
    const auto id = scale_named(cells[0]);
    if (!id) {
        const std::vector<std::string> names(scale_names.begin(), scale_names.end());
        rows::refuse(file, row.line,
                     fmt::format("unknown scale '{}'{}", cells[0],
                                 rows::hint_or_list(cells[0], names, "the built-in scales are")));
    }
    BuiltinScale scale{*id,
                       std::string(cells[0]),
                       levels_in(cells[1], file, row.line),
                       distance_in(cells[2], file, row.line, "warn"),
                       distance_in(cells[3], file, row.line, "error"),
                       cells[4] == "yes"};
    if (scale.error < scale.warn) {
        rows::refuse(file, row.line, fmt::format("error ({}) must be at least warn ({})", scale.error, scale.warn));
    }
    if (cells[4] != "yes" && cells[4] != "no") {
        rows::refuse(file, row.line, fmt::format("progresses must be 'yes' or 'no', not '{}'", cells[4]));
    }
    return scale;
}

}  // namespace

std::vector<BuiltinScale> read_scales(std::string_view tsv, std::string_view file) {
    std::vector<std::optional<BuiltinScale>> by_id(scale_names.size());
    for (const auto& row : text::numbered_tsv_rows(tsv)) {
        BuiltinScale scale = scale_of(row, file);
        auto& slot = by_id[static_cast<std::size_t>(scale.id)];
        if (slot) {
            rows::refuse(file, row.line, fmt::format("scale '{}' appears twice", scale.name));
        }
        slot = std::move(scale);
    }
    std::vector<BuiltinScale> scales;
    for (std::size_t i = 0; i < by_id.size(); ++i) {
        if (!by_id[i]) {
            throw std::logic_error(fmt::format("{}: no row for the built-in scale '{}'", file, scale_names[i]));
        }
        scales.push_back(std::move(*by_id[i]));
    }
    return scales;
}

std::span<const BuiltinScale> builtin_scales() {
    static const std::vector<BuiltinScale> scales = read_scales(data::scales_tsv(), "data/scales.tsv");
    return scales;
}

const BuiltinScale& builtin_scale(ScaleId id) {
    return builtin_scales()[static_cast<std::size_t>(id)];
}

std::variant<int, grammar::ParseError> parse_level(std::string_view value, std::span<const std::string> levels) {
    std::size_t start = 0;
    while (start < value.size() && (value[start] == ' ' || value[start] == '\t')) {
        ++start;
    }
    std::size_t stop = value.size();
    while (stop > start && (value[stop - 1] == ' ' || value[stop - 1] == '\t')) {
        --stop;
    }
    const std::string word = text::ascii_lower(value.substr(start, stop - start));
    for (std::size_t i = 0; i < levels.size(); ++i) {
        if (text::ascii_lower(levels[i]) == word) {
            return static_cast<int>(i);
        }
    }
    if (word.empty()) {
        return grammar::ParseError{start,
                                   fmt::format("expected a level (expected one of: {})", fmt::join(levels, ", "))};
    }
    const std::vector<std::string> known(levels.begin(), levels.end());
    return grammar::ParseError{
        start, fmt::format("unknown level '{}'{}", word, rows::hint_or_list(word, known, "expected one of:"))};
}

}  // namespace claimcheck::framing
