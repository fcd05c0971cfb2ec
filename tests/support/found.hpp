// The texts of values found in running text (grammar::find_quantities,
// grammar::find_dates), in order, for comparing with a list in a test.
#pragma once

#include "grammar/value.hpp"

#include <string>
#include <vector>

namespace claimcheck::testing {

template <typename T>
std::vector<std::string> texts(std::vector<grammar::Found<T>> const& found) {
    std::vector<std::string> out;
    for (auto const& f : found) {
        out.push_back(f.text);
    }
    return out;
}

}  // namespace claimcheck::testing
