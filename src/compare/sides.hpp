// Internal to the engine's driver (compare.cpp and its parts): the sides of a
// topic's finding (sides.cpp).
#pragma once

#include "compare/engine.hpp"

#include <set>
#include <string>
#include <vector>

namespace claimcheck::compare {

// §6.6: the sides of a topic's finding. A draft whose values no reference
// shares, against references that all give one value, is the odd one out;
// otherwise a value given by at least two sources and by more than half of
// the finding's sources is the majority and every other source the
// minority. No split when a source gives two of the values or no value has
// a majority.
struct Split {
    std::vector<const ValueGroup*> minority;
    const ValueGroup* majority = nullptr;
    std::set<std::string> outliers;
    std::set<std::string> agreeing;
};

// The sides of the values that take part in a disagreeing pair; no majority
// when there is no split.
Split split_of(const std::vector<const ValueGroup*>& involved);

// §6.6 when no value has a majority of its own: the draft's side (the draft
// and the sources whose values agree with the draft's, TopicPairs::draft_side)
// is the majority when it holds at least two and more than half of the
// involved values' sources and no source gives a value on both sides; the
// other sources are then the outliers. Empty when it is not.
std::set<std::string> outside_draft_side(const std::vector<const ValueGroup*>& involved,
                                         const std::set<std::string>& draft_side);

// "the draft (004) says '212 of 450'; the three other sources (001, 002, 003) say '221 of 450'"
std::string split_lead(const Split& split);

}  // namespace claimcheck::compare
