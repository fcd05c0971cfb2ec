// Internal to the naming ladder's tables (src/compare/romanisation/): the
// helpers its table readers share.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::compare::romanisation {

inline std::string str(std::string_view s) {
    return std::string(s);
}

// The cells of a TSV row from `from` on, "-" read as the empty string (letters.cpp).
std::vector<std::string> rest_of(const std::vector<std::string_view>& row, std::size_t from);

// `s` with every occurrence of `from` written `to` (systems.cpp).
std::string replace_all(std::string s, std::string_view from, std::string_view to);

}  // namespace claimcheck::compare::romanisation
