#include "model/kind.hpp"

#include <array>
#include <cstddef>

namespace claimcheck {

namespace {

struct KindNames {
    std::string_view claim_word;
    std::string_view family;
};

// Indexed by Kind (tests/model/kind_test.cpp holds each kind to its names).
constexpr std::array kind_names{
    KindNames{"quantity", "numeric"}, KindNames{"date", "temporal"}, KindNames{"name", "naming"},
    KindNames{"frame", "framing"},    KindNames{"quote", "quote"},
};
static_assert(kind_names.size() == static_cast<std::size_t>(Kind::quote) + 1, "one row a Kind");

}  // namespace

std::string_view claim_word(Kind kind) {
    return kind_names[static_cast<std::size_t>(kind)].claim_word;
}

std::optional<Kind> kind_from_claim_word(std::string_view word) {
    for (std::size_t i = 0; i < kind_names.size(); ++i) {
        if (kind_names[i].claim_word == word) {
            return static_cast<Kind>(i);
        }
    }
    return std::nullopt;
}

std::string_view family_name(Kind kind) {
    return kind_names[static_cast<std::size_t>(kind)].family;
}

}  // namespace claimcheck
