#include "model/cues.hpp"

#include <algorithm>

namespace claimcheck {

std::optional<CueLevel> level_from_cues(const std::vector<framing::Cue>& cues, const Scale& scale) {
    std::optional<CueLevel> best;
    for (const auto& cue : cues) {
        if (framing::builtin_scale(cue.scale).name != scale.name) {
            continue;
        }
        const auto it = std::find(scale.levels.begin(), scale.levels.end(), cue.level);
        if (it == scale.levels.end()) {
            continue;
        }
        const int level = static_cast<int>(it - scale.levels.begin());
        if (!best ||
            (cue.scale == framing::ScaleId::certainty ? level < best->level : cue.length > best->cue->length)) {
            best = CueLevel{level, &cue};
        }
    }
    return best;
}

}  // namespace claimcheck
