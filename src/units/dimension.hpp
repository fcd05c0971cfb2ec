// What a quantity measures, and its name in messages. Below the grammar and
// the comparison engine: both speak of dimensions.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck::units {

// What a quantity measures. Values compare only within one dimension, after
// conversion to the dimension's canonical unit. The wording kinds are named
// here; the physical dimensions other than duration are the rows of
// data/dimensions.tsv, numbered from `first_physical` in the file's order
// (physical_dimension("length")), so a new one is data, not code.
enum class Dimension : int {
    count,        // things counted: "183 people" (unit words kept as written)
    money,        // in a currency: "$1.2bn" (canonical unit: the ISO 4217 code)
    duration,     // days (physical, and a row of data/dimensions.tsv; ages and dates read it by name)
    percent,      // a level or share in percent: "74%", "two-thirds", "one in three"
    points,       // percentage points: "3 percentage points", "50 basis points" (= 0.5)
    ratio,        // a multiplier: "doubled" (2), "up 40%" (1.4), "fell by a quarter" (0.75)
    magnitude,    // a named scale: "magnitude 6.4", "M6.4"
    age,          // years of age: "aged 71", "71-year-old"
    ordinal,      // a position: "fourth term", "5th"; a level of a named scale: "Category 4"
    probability,  // a p-value: "P<0.001", "p = 0.03" (a probability from 0 to 1)
    first_physical = 16,
};

// The dimension data/dimensions.tsv names `name` ("length", "duration"), or
// nullopt.
std::optional<Dimension> physical_dimension(std::string_view name);

// Converted by UDUNITS-2: a row of data/dimensions.tsv (duration among them).
bool is_physical(Dimension dimension);

// Read on a continuous scale, so a round whole number may have been rounded:
// the measured physical dimensions, magnitudes, points and ratios.
bool measured(Dimension dimension);

// The scale's zero is a convention (temperatures): a figure may be below
// zero, and amounts are not written in parts.
bool arbitrary_zero(Dimension dimension);

// "a count", "money", "a length", ... for messages.
std::string_view dimension_name(Dimension dimension);

// Each physical dimension and the UDUNITS-2 unit it is compared in ("m"), in
// the order of data/dimensions.tsv.
std::vector<std::pair<Dimension, std::string>> canonical_units();

}  // namespace claimcheck::units
