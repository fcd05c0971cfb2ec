// Checks of a curated value against its topic's unit and its own quote.
#pragma once

#include "model/story.hpp"

#include <optional>
#include <string>

namespace claimcheck::load {

// "the value is a length (40 km) but topic 'rain' is in mm... " when the
// claim's dimension cannot be the dimension of its topic's declared `unit`.
// Counts and percentages go together (a share of a count); otherwise the
// dimensions must be equal.
std::optional<std::string> unit_contradiction(const Topic& topic, const grammar::Quantity& value);

// A curated `value` that its own quote contradicts: the quote holds exactly
// one quantity of the value's dimension and the two allow no common figure
// (a curator's typo, not a difference between sources). A value whose words
// the quote holds whole is the quote's own reading and is not checked.
std::optional<std::string> quote_contradiction(const Claim& claim, const grammar::Quantity& value,
                                               const grammar::QuantityOptions& options);

// The same for a date: the quote holds exactly one date and the two share
// no instant (quote "both took office in 2025", value "2024").
std::optional<std::string> quote_contradiction(const Claim& claim, const grammar::DateValue& value,
                                               const grammar::DateContext& context);

}  // namespace claimcheck::load
