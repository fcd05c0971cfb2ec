// The dimensions: the wording kinds, and the physical dimensions of
// data/dimensions.tsv.
#include "units/dimension.hpp"

#include <stdexcept>
#include <string>
#include <vector>

#include "embedded/dimensions_tsv.hpp"
#include "util/tsv.hpp"

namespace claimcheck::units {

namespace {

struct Physical {
    std::string_view name;
    std::string_view canonical;
    std::string_view noun;
    bool measured = true;
    bool arbitrary_zero = false;
    Dimension dimension = Dimension::count;
};

// The rows of data/dimensions.tsv, read once, strictly.
const std::vector<Physical>& physicals() {
    static const std::vector<Physical> rows = [] {
        constexpr std::string_view file = "data/dimensions.tsv";
        std::vector<Physical> out;
        int next = static_cast<int>(Dimension::first_physical);
        for (const auto& row : text::tsv_rows(data::dimensions_tsv())) {
            text::require_columns(row, 5, file);
            for (const auto& p : out) {
                if (p.name == row[0]) {
                    throw std::logic_error("data/dimensions.tsv: '" + std::string(row[0]) + "' is listed twice");
                }
            }
            Physical p{row[0], row[1], row[2], text::yes_or_no(row, 3, "yes", "no", file),
                       !text::yes_or_no(row, 4, "absolute", "arbitrary", file)};
            // Durations are also read by name (ages, dates): they keep their enumerator.
            p.dimension = row[0] == "duration" ? Dimension::duration : static_cast<Dimension>(next++);
            out.push_back(p);
        }
        return out;
    }();
    return rows;
}

const Physical* physical(Dimension dimension) {
    for (const auto& p : physicals()) {
        if (p.dimension == dimension) {
            return &p;
        }
    }
    return nullptr;
}

}  // namespace

std::string_view dimension_name(Dimension dimension) {
    switch (dimension) {
        case Dimension::count:
            return "a count";
        case Dimension::money:
            return "money";
        case Dimension::percent:
            return "a percentage";
        case Dimension::points:
            return "percentage points";
        case Dimension::ratio:
            return "a ratio";
        case Dimension::magnitude:
            return "a magnitude";
        case Dimension::age:
            return "an age";
        case Dimension::ordinal:
            return "an ordinal";
        case Dimension::probability:
            return "a probability";
        default:
            break;
    }
    const auto* p = physical(dimension);
    return p != nullptr ? p->noun : "a count";
}

std::optional<Dimension> physical_dimension(std::string_view name) {
    for (const auto& p : physicals()) {
        if (p.name == name) {
            return p.dimension;
        }
    }
    return std::nullopt;
}

bool is_physical(Dimension dimension) {
    return physical(dimension) != nullptr;
}

bool measured(Dimension dimension) {
    if (dimension == Dimension::magnitude || dimension == Dimension::points || dimension == Dimension::ratio) {
        return true;
    }
    const auto* p = physical(dimension);
    return p != nullptr && p->measured;
}

bool arbitrary_zero(Dimension dimension) {
    const auto* p = physical(dimension);
    return p != nullptr && p->arbitrary_zero;
}

std::vector<std::pair<Dimension, std::string>> canonical_units() {
    std::vector<std::pair<Dimension, std::string>> out;
    for (const auto& p : physicals()) {
        out.emplace_back(p.dimension, std::string(p.canonical));
    }
    return out;
}

}  // namespace claimcheck::units
