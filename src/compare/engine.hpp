// Internal interface of the comparison engine: how the driver (compare.cpp,
// grouping.cpp, pairs.cpp) hands the distinct values of a topic to the rule
// families (numeric/, temporal/, naming/, framing/, quote.cpp) and what a
// rule family answers.
#pragma once

#include "model/finding.hpp"
#include "model/story.hpp"
#include "units/units.hpp"

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::compare {

// One claim together with the source it belongs to.
struct ClaimRef {
    const Source* source = nullptr;
    const Claim* claim = nullptr;
};

// Every claim of a topic that carries the same normalised value. The engine
// compares values, not claims: many sources that agree cost one comparison.
struct ValueGroup {
    std::string key;                 // the normalised value (fingerprint input)
    const Claim* first = nullptr;    // a representative claim (its value is the group's value)
    std::vector<ClaimRef> claims;    // every claim with this value
    std::vector<std::string> as_of;  // distinct ISO `as_of` dates of those claims (sorted)
    bool undated = false;            // some claim has no `as_of` (comparable with every date)
};

// The claims of one topic that share a kind, grouped by normalised value.
struct TopicGroup {
    std::string topic;
    const Topic* declared = nullptr;  // nullptr for a topic story.toml does not declare
    Kind kind = Kind::quantity;
    std::vector<ClaimRef> claims;    // every claim with a parsed value, by source then claim id
    std::vector<ValueGroup> values;  // sorted by key
    // Quantity topics: the topic's `unit` when it names one figures convert
    // into (money, physical units, durations, percent, points); explanations
    // and the claims' `display` show figures in it.
    std::optional<units::NamedUnit> unit;
};

// The claims of a story grouped by (topic, kind), topics in id order. Claims
// whose value could not be parsed are left out.
std::vector<TopicGroup> group_claims(const Story& story);

// Whether two values were compared at all: their claims must share an
// `as_of` date, or one side must have a claim without `as_of`.
bool comparable_in_time(const ValueGroup& a, const ValueGroup& b);

// What a rule family decides about one pair of distinct values.
// Its severity and rank are the verdict's own (model/verdict.hpp).
struct PairVerdict {
    Verdict verdict = Verdict::numeric_conflict;
    std::string explanation;  // one line naming the rule
    std::string assumption;   // smallest reconciling assumption, "" when none exists
    std::string diff;         // quote pairs: the word diff
};

// True when `a` is the worse verdict: severity first, then rank.
inline bool worse(const PairVerdict& a, const PairVerdict& b) {
    return worse(a.verdict, b.verdict);
}

namespace naming {
class Names;
}

// Everything a rule family may consult besides the two values.
struct Context {
    const Story* story = nullptr;
    const TopicGroup* group = nullptr;
    naming::Names* names = nullptr;  // name topics: each spelling folded once (naming.hpp)
};

// The normalised value of a claim (fingerprint input and grouping key).
std::string normalised_value(const Claim& claim, const Topic* topic);

// The per-family normalised values normalised_value() dispatches to.
std::string numeric_key(const grammar::Quantity& quantity, std::string_view scope);
// The unit a quantity topic's figures are shown in (TopicGroup::unit).
std::optional<units::NamedUnit> numeric_unit(const Topic* topic);
// A quantity in its topic's unit ("about 24.9 miles" for "about 40 km"),
// "" when it is written in that unit, has no figure of its own (a vague
// share, a proportion) or is in another currency no declared rate converts.
std::string numeric_display(const grammar::Quantity& quantity, const units::NamedUnit& unit, const Story& story);
std::string temporal_key(const grammar::DateValue& date);
// A date value for the reader: its canonical text, or, when it has a time of
// day, its instants in `zone` (the source's, else the value's own) and in UTC.
std::string temporal_display(const grammar::DateValue& date, const std::string& zone);
std::string naming_key(std::string_view name);
std::string framing_key(const FrameValue& frame);
std::string quote_key(std::string_view quote);

// The scope a quantity claim counts: its own, else its topic's.
std::string effective_scope(const Claim& claim, const Topic* topic);

// The value as a finding shows it (canonical where the grammar gives one).
std::string display_value(const Claim& claim, const std::string& zone = "");

// Rule families: nullopt when the two values agree (no finding).
std::optional<PairVerdict> compare_numeric(const ValueGroup& a, const ValueGroup& b, const Context& context);
std::optional<PairVerdict> compare_temporal(const ValueGroup& a, const ValueGroup& b, const Context& context);
std::optional<PairVerdict> compare_naming(const ValueGroup& a, const ValueGroup& b, const Context& context);
std::optional<PairVerdict> compare_framing(const ValueGroup& a, const ValueGroup& b, const Context& context);
std::optional<PairVerdict> compare_quote(const ValueGroup& a, const ValueGroup& b, const Context& context);

// `q` in `currency` through one of the story's declared rates (`storage`
// holds it), or nullptr when no rate converts it; `q` itself when it is in
// that currency.
const grammar::Quantity* in_currency(const grammar::Quantity& q, const std::string& currency, const Story* story,
                                     grammar::Quantity& storage);

// The label story.toml gives the group's topic ("" when it is not declared).
std::string topic_label(const TopicGroup& group);

// A finding of `kind` about the group's topic with `verdict`, its severity the
// verdict's own; the rest is for the caller to fill in.
Finding group_finding(const TopicGroup& group, Kind kind, Verdict verdict);

// Claim-level checks that are not pairwise comparisons. They return complete
// findings except for the fingerprint and the claims' display fields, which
// compare.cpp fills in.
struct ClaimFinding {
    Finding finding;
    std::vector<ClaimRef> claims;
    std::string discriminator;  // keeps its fingerprint apart from the topic's finding
};

// §6.3: a draft source whose name claims do not use an entity's house name.
std::vector<ClaimFinding> check_house_style(const TopicGroup& group, naming::Names& names);

// §6.4: a curated level that the quote's own cues contradict by >= 2 levels.
std::vector<ClaimFinding> check_curation(const Story& story, const TopicGroup& group);

// §9: "<kind>:<topic>:<16 hex digits of xxh64>" over the story id, topic,
// kind, an optional discriminator and the sorted distinct values.
std::string fingerprint(std::string_view story_id, std::string_view topic, Kind kind,
                        const std::vector<std::string>& values, std::string_view discriminator = {});

// Formatting helpers shared by the rule families.
std::string format_number(double value);
std::string in_quotes(std::string_view text);  // 'text'

}  // namespace claimcheck::compare
