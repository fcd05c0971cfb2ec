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

}  // namespace claimcheck
