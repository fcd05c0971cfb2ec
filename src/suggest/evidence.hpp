// How well a candidate's value fits what other sources claimed on a topic:
// a figure equal or close to theirs, a date that overlaps theirs, a name
// they wrote, a quotation with their words. Each answer is 0 to 1, with the
// source whose claim fits best.
#pragma once

#include "suggest/knowledge.hpp"

#include <string>

namespace claimcheck::suggest {

struct ValueFit {
    double fit = 0;               // 0: nothing fits (or nothing to compare), 1: the same value
    const Known* best = nullptr;  // the claim it fits best
    std::string says;             // "183 is close to 180 (002)"
};

// Whether the candidate can be a claim on the topic at all: the kind, a
// figure's dimension (the topic's unit, else the dimensions claimed), a
// cue's scale and level, a name's spelling or entity.
bool can_serve(const Candidate& candidate, const TopicProfile& topic, const Knowledge& knowledge);

ValueFit value_fit(const Candidate& candidate, const TopicProfile& topic, const Knowledge& knowledge);

// Whether a figure counts what the topic counts: its unit or the word
// after it is the topic's unit, or a word of another source's quote on it.
bool counts_the_same(const Candidate& candidate, const TopicProfile& topic);

// How much a value's agreeing with another source's tells: little for a
// small bare number ("two", "4"), which texts hold for many reasons, or for
// the article's own dateline; less for a date than for a figure.
double telling(const Candidate& candidate);

// Whether a quotation's speaker is named by the topic's speakers or label.
bool speaker_fits(const Candidate& candidate, const TopicProfile& topic);

}  // namespace claimcheck::suggest
