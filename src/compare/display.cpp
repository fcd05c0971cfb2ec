// How the engine shows values and starts findings, shared by the driver and
// the rule families (engine.hpp): a claim's value as a finding shows it,
// numbers, quoted text, and a finding about a topic group.
#include "compare/engine.hpp"

#include <cmath>
#include <fmt/format.h>

namespace claimcheck::compare {

std::string topic_label(const TopicGroup& group) {
    return group.declared != nullptr ? group.declared->label : "";
}

Finding group_finding(const TopicGroup& group, Kind kind, Verdict verdict) {
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

}  // namespace claimcheck::compare
