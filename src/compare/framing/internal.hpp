// Internal to the framing family (src/compare/framing/): reporting over time
// (over_time.cpp), which the level comparison (framing.cpp) consults first.
#pragma once

#include "compare/engine.hpp"

#include <optional>
#include <string>

namespace claimcheck::compare::framing {

// The two levels of a pair, by name: the lower and the higher.
struct Levels {
    std::string low;
    std::string high;
};

// Reporting over time (§6.4, §11), only on a scale that progresses and only
// between references: `low` (the lower level) against `high`. Superseded
// (note): every reference of `low` is a preview of the story's event or was
// published before every dated reference of `high`. Stale (warning): a
// reference of `low` was published after one of `high` and still says less.
// A change of `distance` >= 3 levels is never excused below a warning.
// nullopt when time explains nothing.
std::optional<PairVerdict> over_time(const Story& story, const ValueGroup& low_group, const ValueGroup& high_group,
                                     const Levels& levels, const Scale* scale, int distance);

}  // namespace claimcheck::compare::framing
