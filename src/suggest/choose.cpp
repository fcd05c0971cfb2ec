#include "suggest/choose.hpp"
#include "suggest/evidence.hpp"

#include <algorithm>

namespace claimcheck::suggest {

namespace {

constexpr double again_margin = 0.05;  // a further claim on a topic must be this much surer than a first needs
constexpr double again_share = 0.5;    // ...and at least this share of the topic's first claim's score
constexpr double again_value = 0.9;
constexpr double least_words = 0.15;
constexpr double again_telling =
    0.5;  // ...by a value whose fitting tells something  // a value alone, said in other words, never makes a claim //
          // ...and a figure or date must fit another source's value

bool same_place(const Candidate& a, const Candidate& b) {
    return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}

// Whether a topic that already has claims in this article takes another:
// never a name or a topic no other source claimed (the best place is
// proposed, not every one), and a figure or date only when it fits another
// source's value and tells something by fitting it (not the dateline, not
// "two").
bool again(const Match& m, const std::vector<const Match*>& claimed, const std::vector<Candidate>& candidates,
           const TopicProfile& topic) {
    if (topic.kind == Kind::name || topic.known.empty() ||
        m.score < threshold(topic.kind, !topic.known.empty()) + again_margin ||
        m.score < again_share * claimed.front()->score) {
        return false;
    }
    const Candidate& candidate = candidates[m.candidate];
    if ((topic.kind == Kind::quantity || topic.kind == Kind::date) &&
        (m.value.fit < again_value || telling(candidate) < again_telling)) {
        return false;
    }
    return std::none_of(claimed.begin(), claimed.end(), [&](const Match* other) {
        return same_place(candidates[other->candidate], candidates[m.candidate]);
    });
}

}  // namespace

double threshold(Kind kind, bool others_claimed) {
    if (!others_claimed) {
        return 0.3;
    }
    switch (kind) {
        case Kind::quantity:
        case Kind::date:
            return 0.2;
        case Kind::name:
            return 0.3;
        case Kind::frame:
            return 0.1;  // clauses share fewer words with each other than figures' sentences do
        case Kind::quote:
            return 0.25;
    }
    return 0.3;
}

namespace {

enum class Pass { first_claims, again, uncued };

// Whether the match may be kept in this pass (thresholds aside).
bool in_pass(Pass pass, const Candidate& candidate, bool topic_claimed) {
    const bool uncued = candidate.kind == Kind::frame && !candidate.scale;
    switch (pass) {
        case Pass::first_claims:
            return !uncued && !topic_claimed;
        case Pass::again:
            return !uncued && topic_claimed;
        case Pass::uncued:
            return uncued && !topic_claimed;
    }
    return false;
}

}  // namespace

std::vector<Match> choose(const std::vector<Match>& matches, const std::vector<Candidate>& candidates,
                          const Knowledge& knowledge) {
    std::vector<bool> used(candidates.size(), false);
    std::vector<std::vector<const Match*>> per_topic(knowledge.topics.size());
    std::vector<Match> kept;
    kept.reserve(matches.size());
    // First one place for each topic, from the figures, dates, names, cues
    // and quotations; then further places for topics the article speaks to
    // again; last clauses without a cue, for frame topics nothing spoke to.
    for (const Pass pass : {Pass::first_claims, Pass::again, Pass::uncued}) {
        for (const auto& m : matches) {
            const TopicProfile& topic = knowledge.topics[m.topic];
            auto& claimed = per_topic[m.topic];
            if (used[m.candidate] || !in_pass(pass, candidates[m.candidate], !claimed.empty())) {
                continue;
            }
            const bool said_so = m.context + m.label + (m.unit ? 1 : 0) >= least_words;
            if (!said_so || (pass == Pass::again ? !again(m, claimed, candidates, topic)
                                                 : m.score < threshold(topic.kind, !topic.known.empty()))) {
                continue;
            }
            used[m.candidate] = true;
            kept.push_back(m);
            claimed.push_back(&kept.back());
        }
    }
    return kept;
}

}  // namespace claimcheck::suggest
