// Reading a framing level from the hedge and booster cues of a quote.
#pragma once

#include "framing/lexicon.hpp"
#include "model/story.hpp"

#include <optional>
#include <vector>

namespace claimcheck {

struct CueLevel {
    int level = 0;                      // index in the scale's levels
    const framing::Cue* cue = nullptr;  // the cue that decided it
};

// The level the cues point at on `scale`: for certainty the lowest (a hedge
// qualifies the whole statement), otherwise the most specific (longest) cue,
// the first one on ties. Used by the loader to infer a missing level and by
// the engine to check a curated one.
std::optional<CueLevel> level_from_cues(const std::vector<framing::Cue>& cues, const Scale& scale);

}  // namespace claimcheck
