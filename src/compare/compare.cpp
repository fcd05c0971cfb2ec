// The comparison engine's driver (spec §6): groups claims by topic and by
// normalised value, compares the distinct values pairwise through the rule
// families, folds the pairs of a topic into one finding, builds timelines and
// orders everything deterministically.
#include "compare/compare.hpp"

#include "compare/engine.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <set>
#include <tuple>

namespace claimcheck::compare {

namespace {

std::string iso_date(const std::chrono::year_month_day& date) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                       static_cast<unsigned>(date.day()));
}

bool holds_kind(const Claim& claim) {
    switch (claim.kind) {
        case Kind::quantity:
            return std::holds_alternative<grammar::Quantity>(claim.value);
        case Kind::date:
            return std::holds_alternative<grammar::DateValue>(claim.value);
        case Kind::name:
            return std::holds_alternative<NameValue>(claim.value);
        case Kind::frame:
            return std::holds_alternative<FrameValue>(claim.value);
        case Kind::quote:
            return std::holds_alternative<QuoteValue>(claim.value);
    }
    return false;
}

FindingKind finding_kind(Kind kind) {
    switch (kind) {
        case Kind::quantity:
            return FindingKind::numeric;
        case Kind::date:
            return FindingKind::temporal;
        case Kind::name:
            return FindingKind::naming;
        case Kind::frame:
            return FindingKind::framing;
        case Kind::quote:
            return FindingKind::quote;
    }
    return FindingKind::numeric;
}

bool claim_order(const ClaimRef& a, const ClaimRef& b) {
    return std::tie(a.source->id, a.claim->id) < std::tie(b.source->id, b.claim->id);
}

FindingClaim finding_claim(const ClaimRef& ref) {
    FindingClaim out;
    out.source = ref.source->id;
    out.outlet = ref.source->outlet;
    out.claim = ref.claim->id;
    out.value = display_value(*ref.claim);
    out.quote = ref.claim->quote;
    out.anchor = ref.claim->anchor.state;
    out.file = ref.source->article.display_path;
    out.line = ref.claim->anchor.line;
    out.column = ref.claim->anchor.column;
    return out;
}

using Compare = std::optional<PairVerdict> (*)(const ValueGroup&, const ValueGroup&, const Context&);

Compare rule_family(Kind kind) {
    switch (kind) {
        case Kind::quantity:
            return &compare_numeric;
        case Kind::date:
            return &compare_temporal;
        case Kind::name:
            return &compare_naming;
        case Kind::frame:
            return &compare_framing;
        case Kind::quote:
            return &compare_quote;
    }
    return &compare_numeric;
}

struct PairResult {
    std::size_t a = 0;
    std::size_t b = 0;
    PairVerdict verdict;
};

// Sources that disagree with themselves: a pair of values at warning or
// error severity that one source gives both of. (A note, such as a subgroup
// next to its total, is not a contradiction.)
std::string self_contradictions(const TopicGroup& group, const std::vector<PairResult>& pairs) {
    std::set<std::string> sources;
    for (const auto& pair : pairs) {
        if (pair.verdict.severity == Severity::note) {
            continue;
        }
        std::set<std::string> in_a;
        for (const auto& ref : group.values[pair.a].claims) {
            in_a.insert(ref.source->id);
        }
        for (const auto& ref : group.values[pair.b].claims) {
            if (in_a.count(ref.source->id) > 0) {
                sources.insert(ref.source->id);
            }
        }
    }
    if (sources.empty()) {
        return {};
    }
    const std::vector<std::string> list(sources.begin(), sources.end());
    return fmt::format(" Source{} {} contradict{} {}.", list.size() > 1 ? "s" : "", fmt::join(list, ", "),
                       list.size() > 1 ? "" : "s", list.size() > 1 ? "themselves" : "itself");
}

// One finding for the topic: the worst pair decides verdict and severity;
// every claim whose value takes part in a disagreeing pair is listed.
Finding topic_finding(const Story& story, const TopicGroup& group, std::vector<PairResult> pairs) {
    std::stable_sort(pairs.begin(), pairs.end(), [&](const PairResult& x, const PairResult& y) {
        if (worse(x.verdict, y.verdict) != worse(y.verdict, x.verdict)) {
            return worse(x.verdict, y.verdict);
        }
        return std::tie(group.values[x.a].key, group.values[x.b].key) <
               std::tie(group.values[y.a].key, group.values[y.b].key);
    });
    const PairVerdict& worst = pairs.front().verdict;

    std::set<std::size_t> involved_indices;
    for (const auto& pair : pairs) {
        involved_indices.insert(pair.a);
        involved_indices.insert(pair.b);
    }
    std::vector<const ValueGroup*> involved;
    for (std::size_t index : involved_indices) {
        involved.push_back(&group.values[index]);
    }

    Finding finding;
    finding.kind = finding_kind(group.kind);
    finding.verdict = worst.verdict;
    finding.severity = worst.severity;
    finding.topic = group.topic;
    finding.topic_label = group.declared != nullptr ? group.declared->label : "";
    finding.explanation = worst.explanation;
    if (involved.size() > 2) {
        finding.explanation += fmt::format(" ({} distinct values; the worst pair is shown.)", involved.size());
    }
    finding.explanation += self_contradictions(group, pairs);
    if (worst.severity != Severity::error) {
        std::vector<std::string> assumptions;
        for (const auto& pair : pairs) {
            const std::string& assumption = pair.verdict.assumption;
            if (!assumption.empty() &&
                std::find(assumptions.begin(), assumptions.end(), assumption) == assumptions.end()) {
                assumptions.push_back(assumption);
            }
        }
        finding.assumption = fmt::format("{}", fmt::join(assumptions, "; "));
    }
    finding.diff = worst.diff;

    std::vector<ClaimRef> claims;
    for (const ValueGroup* value : involved) {
        finding.values.push_back(value->key);
        claims.insert(claims.end(), value->claims.begin(), value->claims.end());
    }
    std::sort(finding.values.begin(), finding.values.end());
    std::sort(claims.begin(), claims.end(), claim_order);
    for (const auto& ref : claims) {
        finding.claims.push_back(finding_claim(ref));
    }
    finding.fingerprint = fingerprint(story.id, group.topic, finding.kind, finding.values);
    return finding;
}

std::optional<Timeline> timeline(const TopicGroup& group) {
    std::set<std::string> dates;
    for (const auto& ref : group.claims) {
        if (ref.claim->as_of) {
            dates.insert(iso_date(*ref.claim->as_of));
        }
    }
    if (dates.size() < 2) {
        return std::nullopt;
    }
    Timeline out;
    out.topic = group.topic;
    out.topic_label = group.declared != nullptr ? group.declared->label : "";
    for (const auto& ref : group.claims) {
        TimelineEntry entry;
        entry.as_of = ref.claim->as_of ? iso_date(*ref.claim->as_of) : "";
        entry.claim = finding_claim(ref);
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

bool worse(const PairVerdict& a, const PairVerdict& b) {
    return std::make_pair(static_cast<int>(a.severity), a.rank) > std::make_pair(static_cast<int>(b.severity), b.rank);
}

std::string format_number(double value) {
    if (std::isinf(value)) {
        return value > 0 ? "infinity" : "-infinity";
    }
    if (value == std::floor(value) && std::fabs(value) <= 9007199254740992.0) {  // 2^53: exact
        return fmt::format("{}", static_cast<long long>(value));
    }
    return fmt::format("{:.6g}", value);
}

std::string in_quotes(std::string_view text) {
    return fmt::format("'{}'", text);
}

std::string effective_scope(const Claim& claim, const Topic* topic) {
    if (!claim.scope.empty()) {
        return claim.scope;
    }
    return topic != nullptr ? topic->scope : std::string();
}

std::string normalised_value(const Claim& claim, const Topic* topic) {
    if (const auto* quantity = std::get_if<grammar::Quantity>(&claim.value)) {
        return numeric_key(*quantity, effective_scope(claim, topic));
    }
    if (const auto* date = std::get_if<grammar::DateValue>(&claim.value)) {
        return temporal_key(*date);
    }
    if (const auto* name = std::get_if<NameValue>(&claim.value)) {
        return naming_key(name->text);
    }
    if (const auto* frame = std::get_if<FrameValue>(&claim.value)) {
        return framing_key(*frame);
    }
    if (const auto* quote = std::get_if<QuoteValue>(&claim.value)) {
        return quote_key(quote->text);
    }
    return {};
}

std::string display_value(const Claim& claim) {
    std::string out;
    if (const auto* quantity = std::get_if<grammar::Quantity>(&claim.value)) {
        out = !quantity->canonical.empty() ? quantity->canonical : claim.value_text;
        if (!claim.scope.empty()) {
            out += fmt::format(" (scope: {})", claim.scope);
        }
    } else if (const auto* date = std::get_if<grammar::DateValue>(&claim.value)) {
        out = !date->canonical.empty() ? date->canonical : claim.value_text;
    } else if (const auto* name = std::get_if<NameValue>(&claim.value)) {
        out = name->text;
    } else if (const auto* frame = std::get_if<FrameValue>(&claim.value)) {
        out = frame->level_name;
        if (frame->inferred) {
            out += " (inferred from the quote)";
        }
    } else if (const auto* quote = std::get_if<QuoteValue>(&claim.value)) {
        out = quote->text;
    } else {
        out = claim.value_text;
    }
    return out;
}

bool comparable_in_time(const ValueGroup& a, const ValueGroup& b) {
    if (a.undated || b.undated) {
        return true;
    }
    auto i = a.as_of.begin();
    auto j = b.as_of.begin();
    while (i != a.as_of.end() && j != b.as_of.end()) {
        if (*i == *j) {
            return true;
        }
        if (*i < *j) {
            ++i;
        } else {
            ++j;
        }
    }
    return false;
}

std::vector<TopicGroup> group_claims(const Story& story) {
    std::map<std::pair<std::string, Kind>, TopicGroup> groups;
    for (const auto& source : story.sources) {
        for (const auto& claim : source.claims) {
            if (!holds_kind(claim)) {
                continue;  // unparsed: its problem is already reported
            }
            auto& group = groups[{claim.topic, claim.kind}];
            if (group.claims.empty()) {
                group.topic = claim.topic;
                group.kind = claim.kind;
                const auto topic = story.topics.find(claim.topic);
                group.declared = topic == story.topics.end() ? nullptr : &topic->second;
            }
            group.claims.push_back({&source, &claim});
        }
    }

    std::vector<TopicGroup> out;
    out.reserve(groups.size());
    for (auto& [key, group] : groups) {
        std::sort(group.claims.begin(), group.claims.end(), claim_order);
        std::map<std::string, ValueGroup> values;
        for (const auto& ref : group.claims) {
            std::string value_key = normalised_value(*ref.claim, group.declared);
            auto [it, inserted] = values.try_emplace(value_key);
            ValueGroup& value = it->second;
            if (inserted) {
                value.key = std::move(value_key);
                value.first = ref.claim;
            }
            value.claims.push_back(ref);
            if (ref.claim->as_of) {
                value.as_of.push_back(iso_date(*ref.claim->as_of));
            } else {
                value.undated = true;
            }
        }
        for (auto& [value_key, value] : values) {
            std::sort(value.as_of.begin(), value.as_of.end());
            value.as_of.erase(std::unique(value.as_of.begin(), value.as_of.end()), value.as_of.end());
            group.values.push_back(std::move(value));
        }
        out.push_back(std::move(group));
    }
    return out;
}

Comparison compare_story(const Story& story) {
    Comparison out;
    for (const auto& group : group_claims(story)) {
        const Context context{&story, &group};
        const Compare compare_pair = rule_family(group.kind);
        std::vector<PairResult> pairs;
        for (std::size_t i = 0; i < group.values.size(); ++i) {
            for (std::size_t j = i + 1; j < group.values.size(); ++j) {
                if (!comparable_in_time(group.values[i], group.values[j])) {
                    continue;  // different `as_of`: a timeline, not a discrepancy
                }
                if (auto verdict = compare_pair(group.values[i], group.values[j], context)) {
                    pairs.push_back({i, j, std::move(*verdict)});
                }
            }
        }
        if (!pairs.empty()) {
            out.findings.push_back(topic_finding(story, group, std::move(pairs)));
        }
        std::vector<ClaimFinding> checks;
        if (group.kind == Kind::name) {
            checks = check_house_style(story, group);
        } else if (group.kind == Kind::frame) {
            checks = check_curation(story, group);
        }
        for (auto& check : checks) {
            out.findings.push_back(complete(story, std::move(check)));
        }
        if (auto line = timeline(group)) {
            out.timelines.push_back(std::move(*line));
        }
    }

    std::sort(out.findings.begin(), out.findings.end(), [](const Finding& a, const Finding& b) {
        const int kind_a = static_cast<int>(a.kind);
        const int kind_b = static_cast<int>(b.kind);
        const int severity_a = -static_cast<int>(a.severity);  // error first
        const int severity_b = -static_cast<int>(b.severity);
        return std::tie(kind_a, severity_a, a.topic, a.fingerprint, a.verdict) <
               std::tie(kind_b, severity_b, b.topic, b.fingerprint, b.verdict);
    });
    std::stable_sort(out.timelines.begin(), out.timelines.end(),
                     [](const Timeline& a, const Timeline& b) { return a.topic < b.topic; });
    return out;
}

}  // namespace claimcheck::compare
