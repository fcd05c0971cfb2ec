// Which matches become claims: the surest first, one topic per candidate,
// one claim per topic unless the article speaks to it again as surely.
#pragma once

#include "suggest/score.hpp"

#include <vector>

namespace claimcheck::suggest {

// The matches kept, in the order given (best first).
std::vector<Match> choose(const std::vector<Match>& matches, const std::vector<Candidate>& candidates,
                          const Knowledge& knowledge);

// The least score a first claim on a topic of `kind` needs.
double threshold(Kind kind, bool others_claimed);

}  // namespace claimcheck::suggest
