#include "suggest/score.hpp"

#include <algorithm>

namespace claimcheck::suggest {

namespace {

// How much each kind of evidence counts, by the kind of topic: when other
// sources claimed it, and when only its label and unit say what it is.
struct Weights {
    double context;
    double label;
    double value;
    double unit;
};

Weights weights_for(Kind kind, bool others_claimed) {
    if (!others_claimed) {
        return kind == Kind::quantity ? Weights{0, 0.7, 0, 0.3} : Weights{0, 1, 0, 0};
    }
    switch (kind) {
        case Kind::quantity:
            return {0.35, 0.15, 0.35, 0.15};
        case Kind::date:
        case Kind::quote:
            return {0.4, 0.2, 0.4, 0};
        case Kind::name:
            return {0.3, 0.1, 0.6, 0};
        case Kind::frame:
            return {0.75, 0.25, 0, 0};
    }
    return {0.5, 0.5, 0, 0};
}

constexpr double speaker_bonus = 0.15;
constexpr double uncued = 0.6;  // a clause with no cue word of the topic's scale is less sure

// How like the other sources' claims the place is said: half the closest
// claim (its words around, or its quote alone), half all of them together.
double likeness(const Candidate& c, const TopicProfile& t, const Knowledge& k, Match& m) {
    double best = 0;
    for (const auto& known : t.known) {
        const double like =
            std::max(cosine(known.context, c.context, k.rarity), cosine(known.quote, c.context, k.rarity));
        if (like > best || m.like == nullptr) {
            best = like;
            m.like = &known;
        }
    }
    return t.known.empty() ? 0 : 0.5 * best + 0.5 * cosine(t.merged, c.context, k.rarity);
}

Match score(const Candidate& c, std::size_t ci, const TopicProfile& t, std::size_t ti, const Knowledge& k) {
    Match m;
    m.candidate = ci;
    m.topic = ti;
    m.context = likeness(c, t, k, m);
    m.label = coverage(t.label, c.context, k.rarity);
    m.value = value_fit(c, t, k);
    m.unit = counts_the_same(c, t);
    m.speaker = c.kind == Kind::quote && speaker_fits(c, t);
    const Weights w = weights_for(t.kind, !t.known.empty());
    m.score = w.context * m.context + w.label * m.label + w.value * m.value.fit * telling(c) +
              w.unit * (m.unit ? 1 : 0) + (m.speaker ? speaker_bonus : 0);
    if (c.kind == Kind::frame && !c.scale) {
        m.score *= uncued;
    }
    m.score = std::min(1.0, m.score);
    return m;
}

}  // namespace

std::vector<Match> score_all(const std::vector<Candidate>& candidates, const Knowledge& knowledge) {
    std::vector<Match> matches;
    for (std::size_t ci = 0; ci < candidates.size(); ++ci) {
        for (std::size_t ti = 0; ti < knowledge.topics.size(); ++ti) {
            if (can_serve(candidates[ci], knowledge.topics[ti], knowledge)) {
                matches.push_back(score(candidates[ci], ci, knowledge.topics[ti], ti, knowledge));
            }
        }
    }
    std::stable_sort(matches.begin(), matches.end(), [&](const Match& a, const Match& b) {
        if (a.score != b.score) {
            return a.score > b.score;
        }
        return std::tie(candidates[a.candidate].offset, a.topic) < std::tie(candidates[b.candidate].offset, b.topic);
    });
    return matches;
}

}  // namespace claimcheck::suggest
