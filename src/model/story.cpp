#include "model/finding.hpp"
#include "model/story.hpp"

namespace claimcheck {

std::string_view to_string(Kind kind) {
    switch (kind) {
        case Kind::quantity:
            return "quantity";
        case Kind::date:
            return "date";
        case Kind::name:
            return "name";
        case Kind::frame:
            return "frame";
        case Kind::quote:
            return "quote";
    }
    return "name";
}

std::optional<Kind> kind_from_string(std::string_view text) {
    for (Kind kind : {Kind::quantity, Kind::date, Kind::name, Kind::frame, Kind::quote}) {
        if (to_string(kind) == text) {
            return kind;
        }
    }
    return std::nullopt;
}

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

std::string_view to_string(FindingKind kind) {
    switch (kind) {
        case FindingKind::numeric:
            return "numeric";
        case FindingKind::temporal:
            return "temporal";
        case FindingKind::naming:
            return "naming";
        case FindingKind::framing:
            return "framing";
        case FindingKind::quote:
            return "quote";
    }
    return "numeric";
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
