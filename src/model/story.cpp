#include "model/finding.hpp"
#include "model/story.hpp"

namespace claimcheck {

std::string_view to_string(AnchorState state) {
    switch (state) {
        case AnchorState::exact:
            return "exact";
        case AnchorState::folded:
            return "folded";
        case AnchorState::relocated:
            return "relocated";
        case AnchorState::ambiguous:
            return "ambiguous";
        case AnchorState::orphan:
            return "orphan";
    }
    return "orphan";
}

const Entity* find_entity(const Story& story, std::string_view id) {
    for (const auto& entity : story.entities) {
        if (entity.id == id) {
            return &entity;
        }
    }
    return nullptr;
}

unsigned fiscal_year_start(const Story& story, const Source& source, const std::string& topic) {
    if (const auto declared = story.topics.find(topic); declared != story.topics.end()) {
        const Entity* entity = find_entity(story, declared->second.entity);
        if (entity != nullptr && entity->fiscal_year_start != 0) {
            return entity->fiscal_year_start;
        }
    }
    if (source.fiscal_year_start != 0) {
        return source.fiscal_year_start;
    }
    return story.fiscal_year_start == 0 ? 1 : story.fiscal_year_start;
}

}  // namespace claimcheck
