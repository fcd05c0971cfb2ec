// §6.4 framing: levels on a scale (certainty, significance, novelty, status
// or a story's own), and the hedge/booster cues of each claim's quote.
//
// The family's verdicts are the framing rows of `verdict_table`
// (src/model/verdict.hpp); reporting over time is over_time.cpp.
#include "compare/framing/internal.hpp"
#include "model/cues.hpp"

#include <cstdlib>
#include <fmt/format.h>
#include <map>
#include <set>

namespace claimcheck::compare {

namespace {

const Scale* find_scale(const Story& story, const std::string& name) {
    const auto it = story.scales.find(name);
    return it == story.scales.end() ? nullptr : &it->second;
}

}  // namespace

std::string framing_key(const FrameValue& frame) {
    return fmt::format("{}:{}", frame.scale, frame.level_name);
}

std::optional<PairVerdict> compare_framing(const ValueGroup& a, const ValueGroup& b, const Context& context) {
    const Story& story = *context.story;
    const auto& fa = std::get<FrameValue>(a.first->value);
    const auto& fb = std::get<FrameValue>(b.first->value);
    if (fa.scale != fb.scale) {
        return PairVerdict{Verdict::scale_mismatch,
                           fmt::format("'{}' ({}) and '{}' ({}) are levels of different scales and are not compared",
                                       fa.level_name, fa.scale, fb.level_name, fb.scale),
                           "", ""};
    }
    const int distance = std::abs(fa.level - fb.level);
    if (distance == 0) {
        return std::nullopt;
    }
    const Scale* scale = find_scale(story, fa.scale);
    const int warn = scale != nullptr ? scale->warn : 2;
    const int error = scale != nullptr ? scale->error : 3;

    const ValueGroup& low = fa.level < fb.level ? a : b;
    const ValueGroup& high = fa.level < fb.level ? b : a;
    const auto& low_frame = std::get<FrameValue>(low.first->value);
    const auto& high_frame = std::get<FrameValue>(high.first->value);

    if (auto timed = framing::over_time(story, low, high, framing::Levels{low_frame.level_name, high_frame.level_name},
                                        scale, distance)) {
        return timed;
    }

    const std::string explanation = fmt::format(
        "'{}' and '{}' are {} level{} apart on the {} scale (warning at {}, error at {})", low_frame.level_name,
        high_frame.level_name, distance, distance == 1 ? "" : "s", fa.scale, warn, error);
    if (distance >= error) {
        return PairVerdict{Verdict::framing_conflict, explanation, "", ""};
    }
    const std::string assumption = "consistent if the sources frame the same facts with more or less caution";
    if (distance >= warn) {
        return PairVerdict{Verdict::divergence, explanation, assumption, ""};
    }
    return PairVerdict{Verdict::nuance, explanation, assumption, ""};
}

std::vector<ClaimFinding> check_curation(const Story& story, const TopicGroup& group) {
    // (curated level, cue level) -> the claims where the two disagree.
    struct Mismatch {
        std::string scale;
        std::string curated;
        std::string cued;
        std::set<std::string> cue_words;
        int distance = 0;
        std::vector<ClaimRef> claims;
    };
    std::map<std::tuple<std::string, int, int>, Mismatch> mismatches;
    for (const auto& ref : group.claims) {
        const auto& frame = std::get<FrameValue>(ref.claim->value);
        if (frame.inferred) {
            continue;  // the level was read from these very cues
        }
        const Scale* scale = find_scale(story, frame.scale);
        if (scale == nullptr) {
            continue;
        }
        const auto cued = level_from_cues(ref.claim->cues, *scale);
        if (!cued || std::abs(cued->level - frame.level) < 2) {
            continue;
        }
        auto& item = mismatches[{frame.scale, frame.level, cued->level}];
        item.scale = frame.scale;
        item.curated = frame.level_name;
        item.cued = scale->levels[static_cast<std::size_t>(cued->level)];
        item.cue_words.insert(cued->cue->word);
        item.distance = std::abs(cued->level - frame.level);
        item.claims.push_back(ref);
    }
    std::vector<ClaimFinding> out;
    for (auto& [key, item] : mismatches) {
        ClaimFinding result;
        result.claims = item.claims;
        result.discriminator = "curation-mismatch";
        result.finding = group_finding(group, Kind::frame, Verdict::curation_mismatch);
        Finding& finding = result.finding;
        std::vector<std::string> words;
        for (const auto& word : item.cue_words) {
            words.push_back(in_quotes(word));
        }
        finding.explanation = fmt::format(
            "the curated level may be wrong: the claim says '{}' but the quote's cue {} points to '{}' ({} levels "
            "apart on the {} scale)",
            item.curated, fmt::join(words, ", "), item.cued, item.distance, item.scale);
        finding.assumption = fmt::format("the curated '{}' stands if {} does not qualify this claim", item.curated,
                                         fmt::join(words, ", "));
        finding.values = {fmt::format("curated {}:{}", item.scale, item.curated),
                          fmt::format("cues {}:{}", item.scale, item.cued)};
        out.push_back(std::move(result));
    }
    return out;
}

}  // namespace claimcheck::compare
