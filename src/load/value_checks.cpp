#include "load/value_checks.hpp"

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

// The warning when the quote holds exactly one value (`find()`) that
// `contradicts` the claim's. A value that is the quote's own words is the
// curator's reading of the quote, not a typo, and is not checked.
template <typename Find, typename Contradicts>
std::optional<std::string> contradicted_by_quote(const Claim& claim, Find find, Contradicts contradicts) {
    if (claim.quote.empty() || text::contains_words(claim.quote, claim.value_text)) {
        return std::nullopt;
    }
    const auto found = find();
    if (found.size() != 1 || !contradicts(found.front().value)) {
        return std::nullopt;
    }
    return fmt::format("the value '{}' contradicts its own quote, which says '{}': a typo in the value?",
                       claim.value_text, found.front().text);
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
    return contradicted_by_quote(
        claim, [&] { return grammar::find_quantities(claim.quote, options); },
        [&](const grammar::Quantity& stated) {
            return stated.dimension == value.dimension && stated.change == value.change &&
                   stated.currency == value.currency && stated.of.has_value() == value.of.has_value() &&
                   disjoint(magnitude(stated), magnitude(value));
        });
}

std::optional<std::string> quote_contradiction(const Claim& claim, const grammar::DateValue& value,
                                               const grammar::DateContext& context) {
    return contradicted_by_quote(
        claim, [&] { return grammar::find_dates(claim.quote, context); },
        [&](const grammar::DateValue& stated) { return !(value.begin < stated.end && stated.begin < value.end); });
}

}  // namespace claimcheck::load
