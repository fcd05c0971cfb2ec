#include "load/quantity_checks.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace claimcheck::load {

namespace {

using grammar::Dimension;

bool count_like(Dimension d) {
    return d == Dimension::count || d == Dimension::percent;
}

bool disjoint(const grammar::Quantity& a, const grammar::Quantity& b) {
    auto before = [](const grammar::Quantity& x, const grammar::Quantity& y) {
        return x.high < y.low || (x.high == y.low && !(x.high_closed && y.low_closed));
    };
    return before(a, b) || before(b, a);
}

// A change's size whatever its sign: the direction of a change is often in
// a verb outside the quote ("lowered the rate by 0.25 percentage point").
grammar::Quantity magnitude(grammar::Quantity q) {
    if (q.change && q.high <= 0) {
        std::swap(q.low, q.high);
        std::swap(q.low_closed, q.high_closed);
        q.low = -q.low;
        q.high = -q.high;
    }
    return q;
}

}  // namespace

std::optional<std::string> unit_contradiction(const Topic& topic, const grammar::Quantity& value) {
    if (topic.unit.empty()) {
        return std::nullopt;
    }
    const Dimension expected = grammar::unit_dimension(topic.unit);
    const Dimension found = value.dimension;
    if (expected == found || (count_like(expected) && count_like(found)) ||
        (expected == Dimension::duration && found == Dimension::age)) {
        return std::nullopt;
    }
    return fmt::format("the value is {} ('{}') but topic '{}' is in {} ({})", grammar::dimension_name(found),
                       value.canonical, topic.id, topic.unit, grammar::dimension_name(expected));
}

std::optional<std::string> quote_contradiction(const Claim& claim, const grammar::Quantity& value,
                                               const grammar::QuantityOptions& options) {
    if (claim.quote.empty() || text::contains_words(claim.quote, claim.value_text)) {
        return std::nullopt;  // the value reads the quote's own words: no typo changed them
    }
    const auto found = grammar::find_quantities(claim.quote, options);
    if (found.size() != 1) {
        return std::nullopt;
    }
    const grammar::Quantity& stated = found.front().value;
    if (stated.dimension != value.dimension || stated.change != value.change || stated.currency != value.currency ||
        stated.of.has_value() != value.of.has_value() || !disjoint(magnitude(stated), magnitude(value))) {
        return std::nullopt;
    }
    return fmt::format("the value '{}' contradicts its own quote, which says '{}': a typo in the value?",
                       value.canonical, found.front().text);
}

}  // namespace claimcheck::load
