// Internal to the engine's driver (compare.cpp and its parts): the pairwise
// comparison of a topic's distinct values through its rule family
// (pairs.cpp), folded into what the topic's one finding needs.
#pragma once

#include "compare/engine.hpp"

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace claimcheck::compare {

// What the pairs of one topic's distinct values amount to. Pairs are not
// kept: memory stays linear in the distinct values, whatever their number.
struct TopicPairs {
    std::optional<PairVerdict> worst;  // the worst pair's verdict; nullopt when every pair agrees
    // The rest is filled in only when some pair disagrees:
    std::vector<std::size_t> involved;         // indexes of the values that disagree with some other value
    std::vector<std::string> assumptions;      // the distinct assumptions, in pair order; empty for an error
    std::set<std::string> self_contradicting;  // sources giving two values at warning or error severity
    // §6.6, the draft's side: the sources whose values agree with the value
    // a draft gives (no verdict or a note), the draft's own included, when
    // every other involved value disagrees with it at warning or error
    // severity; empty when no draft source gives exactly one involved value.
    std::set<std::string> draft_side;
};

// Compares the group's distinct values pairwise (values whose `as_of` dates
// differ are not compared: a timeline, not a discrepancy).
TopicPairs compare_pairs(const TopicGroup& group, const Context& context);

}  // namespace claimcheck::compare
