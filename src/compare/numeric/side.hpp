// One value of a numeric pair as the rules see it: the quantity (after any
// conversion into another currency), its scope, and how explanations name it.
#pragma once

#include "grammar/value.hpp"
#include "units/units.hpp"

#include <string>

namespace claimcheck::compare::numeric {

struct Side {
    const grammar::Quantity* q = nullptr;
    std::string scope;
    bool total = false;          // counts the topic's own scope
    std::string text;            // how explanations name it: the source's words, then its figure in the shown unit
    std::string words{};         // the source's words alone
    std::string figure{};        // the figure in the shown unit when written in another ("24.9 miles"), else ""
    std::string written_unit{};  // with a figure: the unit the source wrote ("USD", "miles")
    bool conversion = false;     // q is the conversion the source wrote beside its figure ("(125 knots)")
    // Numbers in explanations are shown in this unit: the topic's, else the
    // first value's written unit (nullptr: counts and percentages, shown as
    // they are).
    const units::NamedUnit* display = nullptr;
};

}  // namespace claimcheck::compare::numeric
