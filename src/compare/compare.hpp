// The comparison engine (spec §6): groups claims by topic and decides verdicts.
#pragma once

#include "model/finding.hpp"
#include "model/story.hpp"

#include <vector>

namespace claimcheck::compare {

struct Comparison {
    std::vector<Finding> findings;  // deterministic order (see StoryResult::findings)
    std::vector<Timeline> timelines;
};

// Compares every topic of a loaded, anchored story. Claims whose value could
// not be parsed (monostate) are skipped: their problems are already reported.
// Fingerprints are filled in; is_new is left true (gate/ decides it).
Comparison compare_story(const Story& story);

}  // namespace claimcheck::compare
