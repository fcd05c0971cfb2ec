// §6.3 naming, a story's names: each spelling folded once (Names), the
// entity a name refers to, and the classification of two names (the first
// rung under which they are equal, a registered variant, or neither).
#include "compare/naming/explain.hpp"
#include "compare/naming/ladder.hpp"

#include <algorithm>

namespace claimcheck::compare::naming {

namespace {

bool registered_literally(const Ladder& a, const Ladder& b, const std::vector<Names::Spelling>& spellings) {
    const bool has_a =
        std::any_of(spellings.begin(), spellings.end(), [&](const auto& s) { return s.style == a.style; });
    const bool has_b =
        std::any_of(spellings.begin(), spellings.end(), [&](const auto& s) { return s.style == b.style; });
    return has_a && has_b;
}

}  // namespace

Names::Names(const std::vector<Entity>& entities) {
    for (const auto& entity : entities) {
        entities_.push_back(&entity);
    }
    std::sort(entities_.begin(), entities_.end(), [](const Entity* x, const Entity* y) { return x->id < y->id; });
    for (const Entity* entity : entities_) {
        std::vector<Spelling> spellings{{entity->name, style_of(romanisation::to_latin(entity->name))}};
        for (const auto& variant : entity->variants) {
            spellings.push_back({variant, style_of(romanisation::to_latin(variant))});
        }
        spellings_.push_back(std::move(spellings));
    }
}

Names::~Names() = default;

const Ladder& Names::ladder(std::string_view name) {
    auto it = ladders_.find(name);
    if (it == ladders_.end()) {
        it = ladders_.emplace(std::string(name), make_ladder(name)).first;
    }
    return *it->second;
}

const Entity* Names::entity_for(std::string_view name) {
    if (auto known = entity_of_.find(name); known != entity_of_.end()) {
        return known->second;
    }
    const Ladder& folded = ladder(name);
    const Entity* found = nullptr;
    for (bool exact : {true, false}) {
        for (std::size_t i = 0; i < entities_.size() && found == nullptr; ++i) {
            for (const Spelling& spelling : spellings_[i]) {
                if (exact ? spelling.style == folded.style : equal_rung(folded, ladder(spelling.name)) != Rung::none) {
                    found = entities_[i];
                    break;
                }
            }
        }
    }
    entity_of_.emplace(std::string(name), found);
    return found;
}

std::optional<PairVerdict> Names::classify(std::string_view a, std::string_view b) {
    if (naming_key(a) == naming_key(b)) {
        return std::nullopt;
    }
    const Ladder& la = ladder(a);
    const Ladder& lb = ladder(b);
    const Rung rung = equal_rung(la, lb);
    if (rung != Rung::none) {
        if (auto lookalike = lookalike_verdict(la, lb)) {
            return lookalike;
        }
    }
    if (rung == Rung::transliteration) {
        for (std::size_t i = 0; i < entities_.size(); ++i) {
            if (registered_literally(la, lb, spellings_[i])) {
                return registered_variant(a, b, *entities_[i]);  // the newsroom accepted both spellings
            }
        }
    }
    if (rung != Rung::none) {
        return scripts_read(la, lb).empty() ? rung_verdict(la, lb, rung) : transliteration_verdict(la, lb, rung);
    }
    const Entity* ea = entity_for(a);
    const Entity* eb = entity_for(b);
    if (ea != nullptr && ea == eb) {
        return registered_variant(a, b, *ea);
    }
    if (auto unread = script_mismatch(la, lb)) {
        return unread;
    }
    return unexplained(la, lb, ea, eb);
}

const Entity* Names::accepted_by(std::string_view name) {
    const std::string& style = ladder(name).style;
    for (std::size_t i = 0; i < entities_.size(); ++i) {
        if (std::any_of(spellings_[i].begin(), spellings_[i].end(),
                        [&](const Spelling& spelling) { return spelling.style == style; })) {
            return entities_[i];
        }
    }
    return nullptr;
}

const Entity* entity_for(std::string_view name, const std::vector<Entity>& entities) {
    Names names(entities);
    return names.entity_for(name);
}

std::optional<PairVerdict> classify(std::string_view a, std::string_view b, const std::vector<Entity>& entities) {
    Names names(entities);
    return names.classify(a, b);
}

}  // namespace claimcheck::compare::naming
