// §6.4 framing: levels on a scale (certainty, significance, novelty, status
// or a story's own), and the hedge/booster cues of each claim's quote.
//
// Verdicts, worst first (see docs/engine.md):
//   conflict (error)  divergence (warning)  curation-mismatch (warning, per claim)
//   stale (warning)  nuance (note)  superseded (note)  scale-mismatch (note)
#include "compare/engine.hpp"
#include "model/cues.hpp"
#include "util/calendar.hpp"

#include <algorithm>
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

// Published before the story's date: a preview of the event.
bool is_preview(const Story& story, const Source& source) {
    return story.date && source.published && *source.published < *story.date;
}

using Day = std::chrono::year_month_day;

// The sources of a value with their publication days, "001 (2026-01-10)".
std::string dated(const ValueGroup& value) {
    std::set<std::string> out;
    for (const auto& ref : value.claims) {
        out.insert(ref.source->published
                       ? fmt::format("{} ({})", ref.source->id, calendar::iso_date(*ref.source->published))
                       : ref.source->id);
    }
    const std::vector<std::string> list(out.begin(), out.end());
    return fmt::format("{}", fmt::join(list, ", "));
}

std::optional<Day> earliest(const ValueGroup& value) {
    std::optional<Day> out;
    for (const auto& ref : value.claims) {
        if (ref.source->published && (!out || *ref.source->published < *out)) {
            out = ref.source->published;
        }
    }
    return out;
}

// Every source of the value published before `day`.
bool all_before(const ValueGroup& value, const Day& day) {
    return std::all_of(value.claims.begin(), value.claims.end(),
                       [&](const ClaimRef& ref) { return ref.source->published && *ref.source->published < day; });
}

// A source of `later` published after a source of `earlier`: the pair of them.
std::optional<std::pair<const ClaimRef*, const ClaimRef*>> published_after(const ValueGroup& later,
                                                                           const ValueGroup& earlier) {
    for (const auto& l : later.claims) {
        for (const auto& e : earlier.claims) {
            if (l.source->published && e.source->published && *e.source->published < *l.source->published) {
                return std::make_pair(&l, &e);
            }
        }
    }
    return std::nullopt;
}

// Reporting over time (§6.4): the less certain level `low` against `high`.
// Superseded (note): every source of `low` is a preview of the story's event
// or was published before every source of `high` that has a date. Stale
// (warning, certainty scale): a source of `low` was published after a source
// of `high` and still says less.
std::optional<PairVerdict> over_time(const Story& story, const ValueGroup& low, const ValueGroup& high,
                                     const std::string& low_level, const std::string& high_level,
                                     const std::string& scale) {
    const bool low_all_previews = std::all_of(low.claims.begin(), low.claims.end(),
                                              [&](const ClaimRef& ref) { return is_preview(story, *ref.source); });
    const bool high_has_later = std::any_of(high.claims.begin(), high.claims.end(),
                                            [&](const ClaimRef& ref) { return !is_preview(story, *ref.source); });
    if (low_all_previews && high_has_later) {
        return PairVerdict{Verdict::superseded,
                           fmt::format("superseded by later reporting: the preview {} said '{}' before the event "
                                       "({}); later sources say '{}'",
                                       dated(low), low_level, calendar::iso_date(*story.date), high_level),
                           "consistent if the situation moved on after the preview", ""};
    }
    if (const auto first_high = earliest(high); first_high && all_before(low, *first_high)) {
        return PairVerdict{Verdict::superseded,
                           fmt::format("superseded by later reporting: {} said '{}' before {} said '{}'", dated(low),
                                       low_level, dated(high), high_level),
                           "consistent if the situation moved on between the reports", ""};
    }
    if (scale != "certainty") {
        return std::nullopt;
    }
    if (const auto pair = published_after(low, high)) {
        const auto& [late, early] = *pair;
        return PairVerdict{Verdict::stale,
                           fmt::format("stale: {} ({}) still says '{}' after {} ({}) reported '{}'", late->source->id,
                                       calendar::iso_date(*late->source->published), low_level, early->source->id,
                                       calendar::iso_date(*early->source->published), high_level),
                           fmt::format("consistent if {} was written before {} and not updated", late->source->id,
                                       calendar::iso_date(*early->source->published)),
                           ""};
    }
    return std::nullopt;
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

    if (auto timed = over_time(story, low, high, low_frame.level_name, high_frame.level_name, fa.scale)) {
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
        result.finding = group_finding(group, FindingKind::framing, Verdict::curation_mismatch);
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
