// The texts of values found in running text (grammar::find_quantities,
// grammar::find_dates), in order, for comparing with a list in a test.
#pragma once

#include "grammar/value.hpp"

#include <string>
#include <vector>

namespace claimcheck::testing {

template <typename T>
std::vector<std::string> texts(const std::vector<grammar::Found<T>>& found) {
    std::vector<std::string> out;
    for (const auto& f : found) {
        out.push_back(f.text);
    }
    return out;
}

}  // namespace claimcheck::testing
