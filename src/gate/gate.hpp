// The CI gate (spec §7): which findings make the run fail.
#pragma once

#include "model/finding.hpp"

#include <vector>

namespace claimcheck::gate {

// --fail-on: the lowest severity of a NEW finding that fails the run.
enum class FailOn { error, warning, note, never };

// 1 when any new (not accepted) finding is at or above `fail_on`, else 0.
// Input problems (exit 2) are the caller's to decide.
int exit_code(const std::vector<StoryResult>& results, FailOn fail_on);

}  // namespace claimcheck::gate
