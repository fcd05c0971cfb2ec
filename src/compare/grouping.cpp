// The comparison engine's grouping (spec §6): claims by topic and kind, then
// by normalised value (the rule families' keys), with the `as_of` dates that
// decide which values are compared at all.
#include "compare/grouping.hpp"

#include "util/calendar.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <tuple>

namespace claimcheck::compare {

namespace {

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

}  // namespace

std::string as_of_text(const Claim& claim) {
    if (claim.as_of_time) {
        const auto day = std::chrono::floor<std::chrono::days>(*claim.as_of_time);
        const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(*claim.as_of_time - day).count();
        return fmt::format("{}T{:02}:{:02}Z", calendar::iso_date(day), minutes / 60, minutes % 60);
    }
    return calendar::iso_date(*claim.as_of);
}

bool claim_order(const ClaimRef& a, const ClaimRef& b) {
    return std::tie(a.source->id, a.claim->id) < std::tie(b.source->id, b.claim->id);
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

}  // namespace claimcheck::compare
