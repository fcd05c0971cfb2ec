// The comparison engine's driver (spec §6): groups claims by topic and by
// normalised value, compares the distinct values pairwise through the rule
// families, folds the pairs of a topic into one finding, builds timelines and
// orders everything deterministically.
#include "compare/compare.hpp"

#include "compare/engine.hpp"
#include "compare/naming.hpp"
#include "util/calendar.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <fmt/format.h>
#include <map>
#include <set>
#include <tuple>

namespace claimcheck::compare {

namespace {

// A claim's `as_of` as sortable text: the ISO date, or the UTC instant
// ("2025-04-09T19:10Z") when a time of day was given.
std::string as_of_text(const Claim& claim) {
    if (claim.as_of_time) {
        const auto day = std::chrono::floor<std::chrono::days>(*claim.as_of_time);
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(*claim.as_of_time - day).count();
        return fmt::format("{}T{:02}:{:02}Z", calendar::iso_date(day), minutes / 60, minutes % 60);
    }
    return calendar::iso_date(*claim.as_of);
}

// A claim's `as_of` for the reader: the date, or the instant in `zone` and in
// UTC ("2025-04-10 04:10 Asia/Seoul (19:10 UTC the day before)").
std::string as_of_shown(const Claim& claim, const std::string& zone) {
    if (claim.as_of_time) {
        return grammar::describe_instant(*claim.as_of_time, zone);
    }
    return claim.as_of ? calendar::iso_date(*claim.as_of) : std::string();
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

// The worst verdict a rule family can give.
Verdict top_verdict(FindingKind kind) {
    const VerdictInfo* top = nullptr;
    for (const VerdictInfo& verdict : verdict_table) {
        if (verdict.kind == kind && (top == nullptr || worse(verdict.verdict, top->verdict))) {
            top = &verdict;
        }
    }
    return top->verdict;
}

// Where a pair stands in the order of docs/engine.md: worse verdict first,
// then the two values' keys (values are sorted by key, so their indexes).
struct PairOrder {
    Verdict verdict;
    std::size_t a;
    std::size_t b;
    bool operator<(const PairOrder& other) const {
        if (worse(verdict, other.verdict) != worse(other.verdict, verdict)) {
            return worse(verdict, other.verdict);
        }
        return std::tie(a, b) < std::tie(other.a, other.b);
    }
};

// What the pairs of one topic's distinct values amount to. Pairs are not
// kept: memory stays linear in the distinct values (plus the distinct
// reconciling assumptions while no pair is an error), whatever their number.
class TopicPairs {
  public:
    TopicPairs(const TopicGroup& group, const Context& context)
        : group_(group),
          context_(context),
          compare_(rule_family(group.kind)),
          top_(top_verdict(finding_kind(group.kind))),
          involved_(group.values.size(), false) {}

    // Pairs in key order until one has the family's worst verdict: no later
    // pair can then be the worst pair. The values and sources the remaining
    // pairs would add are found by completing().
    void run() {
        const std::size_t n = group_.values.size();
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = i + 1; j < n; ++j) {
                if (const auto verdict = compare(i, j); verdict && add(i, j, *verdict)) {
                    complete();
                    return;
                }
            }
        }
    }

    const std::optional<PairVerdict>& worst() const { return worst_; }

    std::vector<std::size_t> involved() const {
        std::vector<std::size_t> out;
        for (std::size_t i = 0; i < involved_.size(); ++i) {
            if (involved_[i]) {
                out.push_back(i);
            }
        }
        return out;
    }

    // The distinct assumptions, in pair order; empty when the worst pair is an error.
    std::vector<std::string> assumptions() const {
        std::vector<std::pair<PairOrder, std::string>> ordered;
        for (const auto& [assumption, order] : assumptions_) {
            ordered.emplace_back(order, assumption);
        }
        std::sort(ordered.begin(), ordered.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        std::vector<std::string> out;
        for (auto& [order, assumption] : ordered) {
            out.push_back(std::move(assumption));
        }
        return out;
    }

    // Sources that disagree with themselves: a pair of values at warning or
    // error severity that one source gives both of. (A note, such as a
    // subgroup next to its total, is not a contradiction.)
    const std::set<std::string>& self_contradicting() const { return self_contradicting_; }

  private:
    const TopicGroup& group_;
    const Context& context_;
    Compare compare_;
    Verdict top_;
    std::optional<PairVerdict> worst_;
    PairOrder worst_order_{};
    std::vector<bool> involved_;
    std::map<std::string, PairOrder> assumptions_;
    std::set<std::string> self_contradicting_;

    std::optional<PairVerdict> compare(std::size_t i, std::size_t j) const {
        if (!comparable_in_time(group_.values[i], group_.values[j])) {
            return std::nullopt;  // different `as_of`: a timeline, not a discrepancy
        }
        return compare_(group_.values[i], group_.values[j], context_);
    }

    // Records a disagreeing pair; true when it has the family's worst verdict.
    bool add(std::size_t i, std::size_t j, PairVerdict verdict) {
        involved_[i] = involved_[j] = true;
        const PairOrder order{verdict.verdict, i, j};
        if (severity_of(verdict.verdict) != Severity::note) {
            note_self_contradiction(i, j);
        }
        if (severity_of(verdict.verdict) == Severity::error) {
            assumptions_.clear();  // nothing reconciles an error
        } else if (!verdict.assumption.empty() && !(worst_ && severity_of(worst_->verdict) == Severity::error)) {
            const auto [it, inserted] = assumptions_.try_emplace(verdict.assumption, order);
            if (!inserted && order < it->second) {
                it->second = order;
            }
        }
        if (!worst_ || order < worst_order_) {
            worst_order_ = order;
            worst_ = std::move(verdict);
        }
        return worst_->verdict == top_;
    }

    void note_self_contradiction(std::size_t i, std::size_t j) {
        for (const auto& a : group_.values[i].claims) {
            for (const auto& b : group_.values[j].claims) {
                if (a.source == b.source) {
                    self_contradicting_.insert(a.source->id);
                }
            }
        }
    }

    // After an early stop: every value that disagrees with some other value,
    // and every source that gives two values at warning or error severity.
    void complete() {
        const std::size_t n = group_.values.size();
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n && !involved_[i]; ++j) {
                if (j != i && compare(std::min(i, j), std::max(i, j))) {
                    involved_[i] = true;
                }
            }
        }
        std::map<const Source*, std::vector<std::size_t>> values_of;
        for (std::size_t i = 0; i < n; ++i) {
            for (const auto& ref : group_.values[i].claims) {
                auto& list = values_of[ref.source];
                if (list.empty() || list.back() != i) {
                    list.push_back(i);
                }
            }
        }
        for (const auto& [source, list] : values_of) {
            for (std::size_t x = 0; x < list.size() && self_contradicting_.count(source->id) == 0; ++x) {
                for (std::size_t y = x + 1; y < list.size(); ++y) {
                    const auto verdict = compare(list[x], list[y]);
                    if (verdict && severity_of(verdict->verdict) != Severity::note) {
                        self_contradicting_.insert(source->id);
                        break;
                    }
                }
            }
        }
    }
};

std::string self_contradictions(const std::set<std::string>& sources) {
    if (sources.empty()) {
        return {};
    }
    const std::vector<std::string> list(sources.begin(), sources.end());
    return fmt::format(" Source{} {} contradict{} {}.", list.size() > 1 ? "s" : "", fmt::join(list, ", "),
                       list.size() > 1 ? "" : "s", list.size() > 1 ? "themselves" : "itself");
}

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

std::set<std::string> sources_of(const ValueGroup& value) {
    std::set<std::string> out;
    for (const auto& ref : value.claims) {
        out.insert(ref.source->id);
    }
    return out;
}

bool has_role(const ValueGroup& value, Role role) {
    return std::any_of(value.claims.begin(), value.claims.end(),
                       [&](const ClaimRef& ref) { return ref.source->role == role; });
}

const ValueGroup* majority_value(const std::vector<const ValueGroup*>& involved, std::size_t total) {
    std::vector<const ValueGroup*> reference_values;
    bool any_draft = false;
    bool draft_with_reference = false;
    for (const ValueGroup* value : involved) {
        const bool draft = has_role(*value, Role::draft);
        const bool reference = has_role(*value, Role::reference);
        any_draft = any_draft || draft;
        draft_with_reference = draft_with_reference || (draft && reference);
        if (reference) {
            reference_values.push_back(value);
        }
    }
    if (any_draft && !draft_with_reference && reference_values.size() == 1) {
        return reference_values.front();  // the draft differs from every reference, which agree
    }
    for (const ValueGroup* value : involved) {
        const std::size_t n = sources_of(*value).size();
        if (n >= 2 && 2 * n > total) {
            return value;
        }
    }
    return nullptr;
}

Split split_of(const std::vector<const ValueGroup*>& involved) {
    Split out;
    std::set<std::string> all;
    std::size_t memberships = 0;
    for (const ValueGroup* value : involved) {
        const auto sources = sources_of(*value);
        memberships += sources.size();
        all.insert(sources.begin(), sources.end());
    }
    if (memberships != all.size()) {
        return out;  // a source gives two of the values: it contradicts itself
    }
    out.majority = majority_value(involved, all.size());
    if (out.majority == nullptr) {
        return out;
    }
    out.agreeing = sources_of(*out.majority);
    for (const ValueGroup* value : involved) {
        if (value != out.majority) {
            out.minority.push_back(value);
            const auto sources = sources_of(*value);
            out.outliers.insert(sources.begin(), sources.end());
        }
    }
    return out;
}

std::string number_word(std::size_t n) {
    static const std::array<std::string_view, 11> words = {"no",  "one",   "two",   "three", "four", "five",
                                                           "six", "seven", "eight", "nine",  "ten"};
    return n < words.size() ? std::string(words[n]) : std::to_string(n);
}

std::string list_ids(const std::set<std::string>& ids) {
    const std::vector<std::string> list(ids.begin(), ids.end());
    return fmt::format("{}", fmt::join(list, ", "));
}

// Who gives a value: "the draft (004)", "source 003", "the draft (001) and source 004".
std::string who(const ValueGroup& value) {
    std::set<std::string> drafts;
    std::set<std::string> references;
    for (const auto& ref : value.claims) {
        (ref.source->role == Role::draft ? drafts : references).insert(ref.source->id);
    }
    std::vector<std::string> parts;
    if (!drafts.empty()) {
        parts.push_back(fmt::format("{} ({})", drafts.size() == 1 ? "the draft" : "the drafts", list_ids(drafts)));
    }
    if (!references.empty()) {
        parts.push_back(fmt::format("{} {}", references.size() == 1 ? "source" : "sources", list_ids(references)));
    }
    return fmt::format("{}", fmt::join(parts, " and "));
}

// "the draft (004) says '212 of 450'; the three other sources (001, 002, 003) say '221 of 450'"
std::string split_lead(const Split& split) {
    std::vector<std::string> parts;
    for (const ValueGroup* value : split.minority) {
        const bool one = sources_of(*value).size() == 1;
        parts.push_back(
            fmt::format("{} {} {}", who(*value), one ? "says" : "say", in_quotes(display_value(*value->first))));
    }
    const std::size_t n = split.agreeing.size();
    parts.push_back(fmt::format(
        "{} ({}) {} {}", n == 1 ? "the other source" : fmt::format("the {} other sources", number_word(n)),
        list_ids(split.agreeing), n == 1 ? "says" : "say", in_quotes(display_value(*split.majority->first))));
    return fmt::format("{}", fmt::join(parts, "; "));
}

// One finding for the topic: the worst pair decides verdict and severity;
// every claim whose value takes part in a disagreeing pair is listed.
Finding topic_finding(const Story& story, const TopicGroup& group, const TopicPairs& pairs) {
    const PairVerdict& worst = *pairs.worst();
    const std::vector<std::size_t> involved = pairs.involved();

    Finding finding = group_finding(group, finding_kind(group.kind), worst.verdict);
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
    }
    if (involved.size() > 2) {
        finding.explanation += fmt::format(" ({} distinct values; the worst pair is shown.)", involved.size());
    }
    finding.explanation += self_contradictions(pairs.self_contradicting());
    if (finding.severity != Severity::error) {
        finding.assumption = fmt::format("{}", fmt::join(pairs.assumptions(), "; "));
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

std::string topic_label(const TopicGroup& group) {
    return group.declared != nullptr ? group.declared->label : "";
}

Finding group_finding(const TopicGroup& group, FindingKind kind, Verdict verdict) {
    Finding finding;
    finding.kind = kind;
    finding.verdict = verdict;
    finding.severity = severity_of(verdict);
    finding.topic = group.topic;
    finding.topic_label = topic_label(group);
    return finding;
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

std::string display_value(const Claim& claim, const std::string& zone) {
    std::string out;
    if (const auto* quantity = std::get_if<grammar::Quantity>(&claim.value)) {
        out = !quantity->canonical.empty() ? quantity->canonical : claim.value_text;
        if (!claim.scope.empty()) {
            out += fmt::format(" (scope: {})", claim.scope);
        }
    } else if (const auto* date = std::get_if<grammar::DateValue>(&claim.value)) {
        out = !date->canonical.empty() ? temporal_display(*date, zone) : claim.value_text;
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
                if (claim.kind == Kind::quantity) {
                    group.unit = numeric_unit(group.declared);
                }
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
                value.as_of.push_back(as_of_text(*ref.claim));
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
    naming::Names names(story.entities);  // each spelling of the story folded once
    for (const auto& group : group_claims(story)) {
        const Context context{&story, &group, group.kind == Kind::name ? &names : nullptr};
        TopicPairs pairs(group, context);
        pairs.run();
        if (pairs.worst()) {
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
