// Internal to the temporal family (src/compare/temporal/): what its parts
// share. Two values written as whole days in one zone compare as sets of
// days (days.cpp); any other pair as sets of instants (instants.cpp).
#pragma once

#include "compare/engine.hpp"

#include <optional>
#include <string>

namespace claimcheck::compare::temporal {

// "Monday" for 1 (std::chrono::weekday's c_encoding: 0 = Sunday).
std::string weekday_name(unsigned encoding);

// The days a whole-day value allows, for the reader and as its key:
// "2026-01-19", "2026-01-01/2026-01-31", "a Monday in 2026-01-01/2026-01-31".
std::string describe_days(const grammar::DateValue& date);

// Two whole-day values in one zone as sets of days.
std::optional<PairVerdict> compare_days(const ValueGroup& a, const ValueGroup& b);

// "2025-04-10 04:10 Asia/Seoul (19:10 UTC the day before)", "2025-04-01/2025-06-30", "since 1999-01-01"
std::string describe_instants(const grammar::DateValue& d, const std::string& zone);

// Any other pair of date values as sets of instants.
std::optional<PairVerdict> compare_instants(const ValueGroup& a, const ValueGroup& b, const Context& context);

}  // namespace claimcheck::compare::temporal
