// The comparison engine's driver (spec §6): groups claims by topic and by
// normalised value, compares the distinct values pairwise through the rule
// families, folds the pairs of a topic into one finding, builds timelines and
// orders everything deterministically.
// Grouping is grouping.cpp, the pairs pairs.cpp, the sides of a finding
// sides.cpp; this file builds the findings and timelines and orders them.
#include "compare/compare.hpp"

#include "compare/grouping.hpp"
#include "compare/naming.hpp"
#include "compare/pairs.hpp"
#include "compare/sides.hpp"
#include "util/calendar.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <set>
#include <tuple>

namespace claimcheck::compare {

namespace {

// A claim's `as_of` for the reader: the date, or the instant in `zone` and in
// UTC ("2025-04-10 04:10 Asia/Seoul (19:10 UTC the day before)").
std::string as_of_shown(const Claim& claim, const std::string& zone) {
    if (claim.as_of_time) {
        return grammar::describe_instant(*claim.as_of_time, zone);
    }
    return claim.as_of ? calendar::iso_date(*claim.as_of) : std::string();
}

// A claim as a finding shows it; a quantity also in its topic's unit
// (`group` null for claim-level checks, which are never quantities).
FindingClaim finding_claim(const ClaimRef& ref, const TopicGroup* group = nullptr, const Story* story = nullptr) {
    FindingClaim out;
    out.source = ref.source->id;
    out.outlet = ref.source->outlet;
    out.claim = ref.claim->id;
    out.value = display_value(*ref.claim, ref.source->timezone);
    const auto* quantity = std::get_if<grammar::Quantity>(&ref.claim->value);
    if (quantity != nullptr && group != nullptr && group->unit && story != nullptr) {
        out.display = numeric_display(*quantity, *group->unit, *story);
    }
    out.quote = ref.claim->quote;
    out.speaker = ref.claim->speaker;
    out.note = ref.claim->note;
    out.anchor = ref.claim->anchor.state;
    out.file = ref.source->article.display_path;
    out.line = ref.claim->anchor.line;
    out.column = ref.claim->anchor.column;
    return out;
}

std::string self_contradictions(const std::set<std::string>& sources) {
    if (sources.empty()) {
        return {};
    }
    const std::vector<std::string> list(sources.begin(), sources.end());
    return fmt::format(" Source{} {} contradict{} {}.", list.size() > 1 ? "s" : "", fmt::join(list, ", "),
                       list.size() > 1 ? "" : "s", list.size() > 1 ? "themselves" : "itself");
}

// One finding for the topic: the worst pair decides verdict and severity;
// every claim whose value takes part in a disagreeing pair is listed.
Finding topic_finding(const Story& story, const TopicGroup& group, const TopicPairs& pairs) {
    const PairVerdict& worst = *pairs.worst;
    const std::vector<std::size_t>& involved = pairs.involved;

    Finding finding = group_finding(group, group.kind, worst.verdict);
    std::vector<const ValueGroup*> involved_values;
    for (const std::size_t index : involved) {
        involved_values.push_back(&group.values[index]);
    }
    const Split split = split_of(involved_values);
    finding.explanation = worst.explanation;
    if (split.majority != nullptr) {
        finding.explanation = split_lead(split) + ": " + worst.explanation;
        finding.outliers.assign(split.outliers.begin(), split.outliers.end());
        finding.agreeing.assign(split.agreeing.begin(), split.agreeing.end());
    } else if (const auto outside = outside_draft_side(involved_values, pairs.draft_side); !outside.empty()) {
        finding.outliers.assign(outside.begin(), outside.end());
        finding.agreeing.assign(pairs.draft_side.begin(), pairs.draft_side.end());
    }
    if (involved.size() > 2) {
        finding.explanation += fmt::format(" ({} distinct values; the worst pair is shown.)", involved.size());
    }
    finding.explanation += self_contradictions(pairs.self_contradicting);
    if (finding.severity != Severity::error) {
        finding.assumption = fmt::format("{}", fmt::join(pairs.assumptions, "; "));
    }
    finding.diff = worst.diff;

    std::vector<ClaimRef> claims;
    for (const std::size_t index : involved) {
        const ValueGroup& value = group.values[index];
        finding.values.push_back(value.key);
        claims.insert(claims.end(), value.claims.begin(), value.claims.end());
    }
    std::sort(finding.values.begin(), finding.values.end());
    std::sort(claims.begin(), claims.end(), claim_order);
    for (const auto& ref : claims) {
        finding.claims.push_back(finding_claim(ref, &group, &story));
    }
    finding.fingerprint = fingerprint(story.id, group.topic, finding.kind, finding.values);
    return finding;
}

std::optional<Timeline> timeline(const Story& story, const TopicGroup& group) {
    std::set<std::string> dates;
    for (const auto& ref : group.claims) {
        if (ref.claim->as_of) {
            dates.insert(as_of_text(*ref.claim));
        }
    }
    if (dates.size() < 2) {
        return std::nullopt;
    }
    Timeline out;
    out.topic = group.topic;
    out.topic_label = topic_label(group);
    for (const auto& ref : group.claims) {
        TimelineEntry entry;
        entry.as_of = ref.claim->as_of ? as_of_text(*ref.claim) : "";
        entry.as_of_shown = as_of_shown(*ref.claim, ref.source->timezone);
        entry.claim = finding_claim(ref, &group, &story);
        out.entries.push_back(std::move(entry));
    }
    // By date (claims without `as_of` last: they are not tied to a date),
    // then source, then claim.
    std::sort(out.entries.begin(), out.entries.end(), [](const TimelineEntry& x, const TimelineEntry& y) {
        return std::make_tuple(x.as_of.empty(), x.as_of, x.claim.source, x.claim.claim) <
               std::make_tuple(y.as_of.empty(), y.as_of, y.claim.source, y.claim.claim);
    });
    return out;
}

Finding complete(const Story& story, ClaimFinding item) {
    Finding finding = std::move(item.finding);
    std::sort(item.claims.begin(), item.claims.end(), claim_order);
    finding.claims.clear();
    for (const auto& ref : item.claims) {
        finding.claims.push_back(finding_claim(ref));
    }
    std::sort(finding.values.begin(), finding.values.end());
    finding.values.erase(std::unique(finding.values.begin(), finding.values.end()), finding.values.end());
    finding.fingerprint = fingerprint(story.id, finding.topic, finding.kind, finding.values, item.discriminator);
    return finding;
}

}  // namespace

Comparison compare_story(const Story& story) {
    Comparison out;
    naming::Names names(story.entities);  // each spelling of the story folded once
    for (const auto& group : group_claims(story)) {
        const Context context{&story, &group, group.kind == Kind::name ? &names : nullptr};
        const TopicPairs pairs = compare_pairs(group, context);
        if (pairs.worst) {
            out.findings.push_back(topic_finding(story, group, pairs));
        }
        std::vector<ClaimFinding> checks;
        if (group.kind == Kind::name) {
            checks = check_house_style(group, names);
        } else if (group.kind == Kind::frame) {
            checks = check_curation(story, group);
        }
        for (auto& check : checks) {
            out.findings.push_back(complete(story, std::move(check)));
        }
        if (auto line = timeline(story, group)) {
            out.timelines.push_back(std::move(*line));
        }
    }

    std::sort(out.findings.begin(), out.findings.end(), [](const Finding& a, const Finding& b) {
        const int kind_a = static_cast<int>(a.kind);
        const int kind_b = static_cast<int>(b.kind);
        const int severity_a = -static_cast<int>(a.severity);  // error first
        const int severity_b = -static_cast<int>(b.severity);
        const std::string_view verdict_a = to_string(a.verdict);
        const std::string_view verdict_b = to_string(b.verdict);
        return std::tie(kind_a, severity_a, a.topic, a.fingerprint, verdict_a) <
               std::tie(kind_b, severity_b, b.topic, b.fingerprint, verdict_b);
    });
    std::stable_sort(out.timelines.begin(), out.timelines.end(),
                     [](const Timeline& a, const Timeline& b) { return a.topic < b.topic; });
    return out;
}

}  // namespace claimcheck::compare
