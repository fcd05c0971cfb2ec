#include "model/finding.hpp"

#include <algorithm>

namespace claimcheck {

std::string values_in_brief(const Finding& finding) {
    std::vector<std::string> seen;
    for (const auto& claim : finding.claims) {
        if (std::find(seen.begin(), seen.end(), claim.value) == seen.end()) {
            seen.push_back(claim.value);
        }
    }
    std::string out;
    for (const auto& value : seen) {
        out += (out.empty() ? "" : " vs ") + value;
    }
    return out;
}

}  // namespace claimcheck
