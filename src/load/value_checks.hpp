// A claim's value read against its topic (its unit and whole) and checked
// against its own quote.
#pragma once

#include "model/story.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::load {

// A value as its topic reads it (spec §11, docs/input.md "Values read in
// their topic"): a bare figure takes the topic's `unit` ("58" under `unit =
// "years"` is 58 years: `words` with the unit, read by the grammar), an age
// under a time unit is that many years, and a count no larger than the
// topic's `whole` is that many of it ("9 missiles" under `whole = "12
// missiles"` is 9 of 12). A value of another dimension than the topic's
// stays as written: comparing it gives a unit-mismatch finding, never an
// input error.
void read_in_topic(const Topic& topic, std::string_view words, grammar::Quantity& value,
                   const grammar::QuantityOptions& options);

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
