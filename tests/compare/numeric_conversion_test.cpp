// Conversions are agreements (docs/engine.md, spec §11): two figures in units
// of different sizes compare at the precision a conversion is written to, and
// a conversion written beside a figure compares with a source that writes in
// its unit. Tests src/compare/numeric/rounding.cpp (conversion windows) and
// figures.cpp (face_with_conversion).
#include "support/numeric_pairs.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

// value a, value b → verdict, explanation
const std::vector<Pair> pairs{
    // Forecasters' conversions: 125 knots = 145 mph = 230 km/h.
    {"125 knots", "145 mph", "none", ""},
    {"230 km/h", "145 mph", "none", ""},
    {"230 km/h", "125 knots", "none", ""},
    // Exact conversions.
    {"932 hPa", "27.52 inHg", "none", ""},
    {"86 \xC2\xB0"
     "F",
     "30 \xC2\xB0"
     "C",
     "none", ""},
    {"15.8 inches", "401 mm", "none", ""},
    // A conversion that does not meet: a conflict that says how the windows were taken.
    {"125 knots", "160 mph", "conflict",
     "125 knots vs 160 mph: 10% apart; as conversions (each figure to its last written digit, one ending in 5 to the "
     "nearest 5 and one ending in 0 to the nearest 10) they allow 122.5 knots\xE2\x80\x93"
     "127.5 knots and 134.7 knots\xE2\x80\x93"
     "143.4 knots, which do not overlap"},
    // One unit: a rounding of the figure itself is still reported.
    {"401 mm", "400 mm", "compatible-rounding",
     "401 mm lies within the rounding window of 400 mm (350 mm\xE2\x80\x93"
     "450 mm)"},
    // The same digits in two units are not a conversion.
    {"10 hectares", "10 acres", "unit-mismatch",
     "10 acres vs 10 hectares: the same digits in two units (10 hectares is 24.7 acres)"},
    // A conversion beside the figure faces a source in its unit: no rate needed.
    {"$5.1 billion (7.06 trillion won)", "7.1 trillion won", "none", ""},
    {"230 km/h (125 knots)", "125 knots", "none", ""},
    {"230 km/h (125 knots)", "150 knots", "conflict", ""},
};

}  // namespace

TEST_CASE("numeric conversions: each pair's verdict and explanation", "[numeric][conversion]") {
    for (const Pair& p : pairs) {
        CAPTURE(p.a, p.b);
        const Outcome outcome = verdict_of(p.a, p.b);
        CHECK(outcome.verdict == p.verdict);
        if (*p.explanation != '\0') {
            CHECK(outcome.explanation == p.explanation);
        }
        CHECK(verdict_of(p.b, p.a).verdict == p.verdict);
    }
}

TEST_CASE("numeric conversions: without its conversion, a figure in another currency needs a rate",
          "[numeric][conversion]") {
    CHECK(verdict_of("$5.1 billion", "7.1 trillion won").verdict == "unit-mismatch");
}
