// Diagnostics as the loader's tests compare them: one
// "line:column: severity: message" string each, in the order given.
#pragma once

#include "model/diagnostics.hpp"

#include <string>
#include <vector>

namespace claimcheck::testing {

inline std::vector<std::string> messages(const std::vector<Diagnostic>& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) {
        out.push_back(std::to_string(d.where.line) + ":" + std::to_string(d.where.column) + ": " +
                      std::string(to_string(d.severity)) + ": " + d.message);
    }
    return out;
}

}  // namespace claimcheck::testing
