// How sure it is that a candidate place speaks to a topic, from three kinds
// of evidence: the words it is said with against the words the other
// sources' claims on the topic were said with, the topic's label, and its
// value against theirs.
#pragma once

#include "suggest/evidence.hpp"

#include <cstddef>
#include <vector>

namespace claimcheck::suggest {

struct Match {
    std::size_t candidate = 0;  // index in the candidates
    std::size_t topic = 0;      // index in Knowledge::topics
    double score = 0;           // 0 to 1: how sure
    double context = 0;         // like the words of the other sources' claims
    double label = 0;           // holds the words of the topic's label
    ValueFit value;
    bool unit = false;            // figures: it counts what the topic counts
    bool speaker = false;         // quotations: the speaker is the topic's
    const Known* like = nullptr;  // the claim whose words it is most like
};

// Every candidate against every topic it can serve, best first (ties in
// the order of the article, then of the topics).
std::vector<Match> score_all(const std::vector<Candidate>& candidates, const Knowledge& knowledge);

}  // namespace claimcheck::suggest
