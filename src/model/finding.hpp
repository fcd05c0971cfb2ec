// What compare/ decides (spec §6) and gate/ classifies as new or accepted.
#pragma once

#include "model/diagnostics.hpp"
#include "model/story.hpp"
#include "model/verdict.hpp"

#include <string>
#include <vector>

namespace claimcheck {

// One source's claim as a finding shows it.
struct FindingClaim {
    std::string source;  // source id
    std::string outlet;
    std::string claim;  // claim id
    std::string value;  // display value (canonical where the grammar gives one)
    // A quantity in its topic's `unit` when written in another ("about 24.9
    // miles" for "about 40 km" in a topic in miles); "" otherwise.
    std::string display;
    std::string quote;
    std::string speaker;  // who is quoted ("" when not given)
    std::string note;     // the curator's note on the claim ("" when none)
    AnchorState anchor = AnchorState::exact;
    std::string file;  // the article, as displayed ("claims/nara/articles/001.txt")
    int line = 0;
    int column = 0;
};

struct Finding {
    Kind kind = Kind::quantity;  // its rule family: family_name() in outputs
    Verdict verdict = Verdict::numeric_conflict;
    Severity severity = Severity::note;
    std::string topic;
    std::string topic_label;
    std::string explanation;          // one line that names the rule
    std::string assumption;           // the smallest assumption that reconciles the sources ("" if none)
    std::string diff;                 // quote findings: the word diff
    std::vector<std::string> values;  // the distinct normalised values (sorted): fingerprint input
    std::string fingerprint;          // "numeric:mine.deaths:9f1c2a7e40b3d615"
    bool is_new = true;               // not accepted in the baseline
    std::string accepted_reason;
    std::vector<FindingClaim> claims;  // every claim involved, ordered by source then claim id
    // §6.6 who disagrees: when the finding's sources split into a majority
    // and a minority, or a draft differs from every reference, the source ids
    // of the odd ones out and of the sources that agree (sorted); both empty
    // when there is no majority. Not part of the fingerprint.
    std::vector<std::string> outliers;
    std::vector<std::string> agreeing;
};

// The distinct values of a finding's claims in claim order, joined:
// "183 people vs 180 people".
std::string values_in_brief(const Finding& finding);

// A figure that changed over time (claims with different `as_of`): shown as a timeline.
struct TimelineEntry {
    std::string as_of;        // ISO date or UTC instant ("2025-04-09T19:10Z"), the sort key; "" when none
    std::string as_of_shown;  // as the reader sees it: the date, or the instant in the source's zone and in UTC
    FindingClaim claim;
};
struct Timeline {
    std::string topic;
    std::string topic_label;
    std::vector<TimelineEntry> entries;  // by date, then source
};

struct StaleEntry {
    std::string fingerprint;
    std::string reason;
};

// Everything the renderers need about one checked story.
struct StoryResult {
    Story story;
    std::vector<Finding> findings;  // deterministic order: kind, severity (error first), topic, fingerprint
    std::vector<Timeline> timelines;
    std::vector<Diagnostic> problems;  // input problems found in this story
    std::vector<StaleEntry> stale_baseline;
    std::string report_path;  // "reports/nara-summit.md"
};

}  // namespace claimcheck
