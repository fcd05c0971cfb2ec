// Internal to the engine's driver (compare.cpp and its parts): what grouping
// (grouping.cpp) shares with the findings built from the groups.
#pragma once

#include "compare/engine.hpp"

#include <string>

namespace claimcheck::compare {

// A claim's `as_of` as sortable text: the ISO date, or the UTC instant
// ("2025-04-09T19:10Z") when a time of day was given.
std::string as_of_text(const Claim& claim);

// Claims by source, then claim id.
bool claim_order(const ClaimRef& a, const ClaimRef& b);

}  // namespace claimcheck::compare
