// The value a peer corpus expects for a phrase, in claimcheck's terms
// (tests/peer/README.md): Duckling's Haskell expressions mapped to a
// dimension and canonical figures, or to an interval of instants.
#pragma once

#include "grammar/value.hpp"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace claimcheck::peer {

enum class Shape { point, range, below, above, instant, interval, after, before };

// A dimension by the name the unit tables give it: claimcheck's wording
// kinds ("count", "money", "percent", "ordinal", "duration") or a physical
// dimension of data/dimensions.tsv ("length", "pressure").
std::optional<grammar::Dimension> dimension_named(const std::string& name);

// One reading of a Duckling unit in claimcheck's canonical units
// (duckling_units.tsv): canonical = offset + factor * figure.
struct UnitReading {
    grammar::Dimension dimension = grammar::Dimension::count;
    double factor = 1;
    double offset = 0;
    std::string currency;  // money: the ISO 4217 code
    // The unit of the topic the phrase is read under, where Duckling's unit
    // names no scale or currency ("Degree": "°C" or "°F"; "Cent": "USD").
    std::string topic;
};

// Duckling's dimension and unit name → the readings that are right (a
// "Degree" may be Celsius or Fahrenheit, a "Dinar" any dinar).
using UnitTable = std::map<std::string, std::vector<UnitReading>, std::less<>>;

UnitTable read_unit_table(const std::string& path);

struct Expected {
    Shape shape = Shape::point;
    std::vector<UnitReading> readings;  // quantities: any of these units
    double low = 0;                     // quantities: in Duckling's unit
    double high = 0;
    double tolerance = 1e-6;  // relative
    // Dates: [begin, end) in UTC, and the grain that ends a single instant.
    grammar::Instant begin{};
    grammar::Instant end{};
    bool clock = false;  // a grain of an hour or less: a clock time inside it is right
};

// The expected value of a group, or nothing when the harness does not map
// its expression (the group is then counted as unmapped).
std::optional<Expected> expected_value(const std::string& dimension, const std::string& expression,
                                       const UnitTable& units);

}  // namespace claimcheck::peer
