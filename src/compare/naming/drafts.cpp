// §6.3 naming, the family's entry points, judged from the draft's side: the
// verdict for two names (an accepted form where a draft keeps the house
// spelling) and the house-style check of a draft's names.
#include "compare/naming.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <set>

namespace claimcheck::compare {

namespace {

bool has_draft_claim(const ValueGroup& value) {
    return std::any_of(value.claims.begin(), value.claims.end(),
                       [](const ClaimRef& ref) { return ref.source->role == Role::draft; });
}

// Judged from the draft's side (docs/engine.md, "Severity by side"): a pair
// that a rung explains is an accepted form (a note) when a draft gives one
// of the names in the house spelling or a registered variant, or when no
// draft gives either name (two references' honest romanisations). A
// transliteration stays a warning only where a draft writes a spelling the
// newsroom has not accepted; near-misses and conflicts are never lowered,
// and names that cannot be compared are never called accepted forms.
std::optional<PairVerdict> from_the_drafts_side(PairVerdict verdict, const ValueGroup& a, const ValueGroup& b,
                                                naming::Names& names) {
    const bool explained = verdict.verdict != Verdict::near_miss && verdict.verdict != Verdict::naming_conflict &&
                           verdict.verdict != Verdict::script_mismatch;
    if (!explained) {
        return verdict;
    }
    const ValueGroup* house = nullptr;
    bool off_house = false;
    for (const ValueGroup* value : {&a, &b}) {
        if (!has_draft_claim(*value)) {
            continue;
        }
        if (names.accepted_by(std::get<NameValue>(value->first->value).text) != nullptr) {
            house = value;
        } else {
            off_house = true;
        }
    }
    if (off_house) {
        return verdict;
    }
    if (house != nullptr) {
        verdict.explanation =
            fmt::format("the draft keeps the house spelling {}: {}",
                        in_quotes(std::get<NameValue>(house->first->value).text), verdict.explanation);
    } else if (verdict.verdict != Verdict::transliteration) {
        return verdict;  // between references, the cheaper rungs keep their own names
    }
    verdict.verdict = Verdict::accepted_form;
    return verdict;
}

// Entity id -> the entity and the draft claims naming it in another spelling.
using OffStyle = std::map<std::string, std::pair<const Entity*, std::vector<ClaimRef>>>;

OffStyle off_house_style(const TopicGroup& group, naming::Names& names) {
    OffStyle off_style;
    for (const auto& value : group.values) {  // once per distinct spelling
        if (!has_draft_claim(value)) {
            continue;
        }
        const std::string& name = std::get<NameValue>(value.first->value).text;
        const Entity* entity = names.entity_for(name);
        if (entity == nullptr || naming_key(name) == naming_key(entity->name)) {
            continue;
        }
        auto& slot = off_style[entity->id];
        slot.first = entity;
        for (const auto& ref : value.claims) {
            if (ref.source->role == Role::draft) {
                slot.second.push_back(ref);
            }
        }
    }
    return off_style;
}

// The finding for the draft claims that write `entity` in another spelling.
ClaimFinding house_style_finding(const TopicGroup& group, const Entity& entity, std::vector<ClaimRef> claims) {
    ClaimFinding result;
    result.discriminator = "house-style:" + entity.id;
    result.finding = group_finding(group, Kind::name, Verdict::house_style);
    Finding& finding = result.finding;
    std::set<std::string> spellings;
    for (const auto& ref : claims) {
        spellings.insert(naming_key(std::get<NameValue>(ref.claim->value).text));
    }
    std::vector<std::string> written;
    for (const auto& spelling : spellings) {
        written.push_back(in_quotes(spelling));
        finding.values.push_back(spelling);
    }
    finding.values.push_back("house: " + naming_key(entity.name));
    finding.explanation = fmt::format("the draft writes {}; the house spelling of {} is {}", fmt::join(written, ", "),
                                      entity.id, in_quotes(entity.name));
    result.claims = std::move(claims);
    return result;
}

}  // namespace

std::optional<PairVerdict> compare_naming(const ValueGroup& a, const ValueGroup& b, const Context& context) {
    const std::string& name_a = std::get<NameValue>(a.first->value).text;
    const std::string& name_b = std::get<NameValue>(b.first->value).text;
    std::optional<naming::Names> local;
    naming::Names& names = context.names != nullptr ? *context.names : local.emplace(context.story->entities);
    auto verdict = names.classify(name_a, name_b);
    if (!verdict) {
        return verdict;
    }
    return from_the_drafts_side(std::move(*verdict), a, b, names);
}

std::vector<ClaimFinding> check_house_style(const TopicGroup& group, naming::Names& names) {
    std::vector<ClaimFinding> out;
    for (auto& [id, item] : off_house_style(group, names)) {
        out.push_back(house_style_finding(group, *item.first, std::move(item.second)));
    }
    return out;
}

}  // namespace claimcheck::compare
