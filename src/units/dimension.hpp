// What a quantity measures, and its name in messages. Below the grammar and
// the comparison engine: both speak of dimensions.
#pragma once

#include <string_view>

namespace claimcheck::units {

// What a quantity measures (spec §5 "Units"). Values compare only within one
// dimension, after conversion to the dimension's canonical unit.
enum class Dimension {
    count,        // things counted: "183 people" (unit words kept as written)
    money,        // in a currency: "$1.2bn" (canonical unit: the ISO 4217 code)
    length,       // metres
    area,         // square metres
    mass,         // kilograms
    volume,       // cubic metres
    speed,        // metres per second
    temperature,  // kelvin
    duration,     // days
    percent,      // a level or share in percent: "74%", "two-thirds", "one in three"
    points,       // percentage points: "3 percentage points", "50 basis points" (= 0.5)
    ratio,        // a multiplier: "doubled" (2), "up 40%" (1.4), "fell by a quarter" (0.75)
    magnitude,    // a named scale: "magnitude 6.4", "M6.4"
    age,          // years of age: "aged 71", "71-year-old"
    ordinal,      // a position: "fourth term", "5th"
};

// "a count", "money", "a length", ... for messages.
std::string_view dimension_name(Dimension dimension);

}  // namespace claimcheck::units
