// The comparison engine's sides (spec §6.6): which sources are the majority of
// a topic's finding and which the minority or the odd one out, and how the
// finding's explanation names them.
#include "compare/sides.hpp"

#include <algorithm>
#include <array>
#include <fmt/format.h>

namespace claimcheck::compare {

namespace {

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

}  // namespace

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

std::set<std::string> outside_draft_side(const std::vector<const ValueGroup*>& involved,
                                         const std::set<std::string>& draft_side) {
    std::set<std::string> all;
    std::set<std::string> outside;
    for (const ValueGroup* value : involved) {
        const auto sources = sources_of(*value);
        all.insert(sources.begin(), sources.end());
        const bool on_side = std::all_of(sources.begin(), sources.end(),
                                         [&](const std::string& id) { return draft_side.count(id) > 0; });
        if (!on_side) {
            outside.insert(sources.begin(), sources.end());
        }
    }
    const bool both =
        std::any_of(outside.begin(), outside.end(), [&](const std::string& id) { return draft_side.count(id) > 0; });
    if (both || outside.empty() || draft_side.size() < 2 || 2 * draft_side.size() <= all.size()) {
        return {};
    }
    return outside;
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

}  // namespace claimcheck::compare
