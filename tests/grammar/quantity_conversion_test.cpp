// A figure with its conversion beside it, in parentheses (docs/grammar.md
// "Conversions in parentheses", spec §11): one claim said twice. The value
// is the first figure; the second is kept as its conversion, with the first
// figure's qualifier. Tests grammar/quantity/conversion.cpp.
#include "support/quantity_rows.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck::grammar;
using namespace claimcheck::grammar::testing;

namespace {

struct Row {
    const char* value;
    const char* interval;    // the first figure's, in canonical units
    const char* conversion;  // the conversion's canonical text
    const char* conversion_interval;
};

// value → the first figure's interval, the conversion and its interval
const std::vector<Row> rows{
    {"230 km/h (125 knots)", "[62.5, 65.27777778)", "125 knots", "[64.04833333, 64.56277778)"},
    {"15.8 inches (401 mm)", "[0.40005, 0.40259)", "401 mm", "[0.4005, 0.4015)"},
    {"$5.1 billion (7.06 trillion won)", "[5050000000, 5150000000)", "7.06 trillion won", "[7.055e+12, 7.065e+12)"},
    {"about 230 km/h (140 mph)", "[57.5, 70.27777778]", "about 140 mph", "[56.32704, 68.8441]"},
};

const std::vector<Refused> refused{
    {"40 km (3 kg)", 6,
     "'(3 kg)' is not 40 km in another unit: a figure in parentheses after a value is read as its conversion; give "
     "each figure its own claim"},
    {"230 km/h (12%)", 9,
     "'(12%)' is not 230 km/h in another unit: a figure in parentheses after a value is read as its conversion; "
     "give each figure its own claim"},
};

}  // namespace

TEST_CASE("conversions: the value is the first figure, the second its conversion") {
    for (const Row& row : rows) {
        CAPTURE(row.value);
        const Quantity q = quantity(row.value);
        CHECK(interval(q) == row.interval);
        CHECK(q.canonical == row.value);
        REQUIRE(q.conversions.size() == 1);
        CHECK(q.conversions[0].canonical == row.conversion);
        CHECK(interval(q.conversions[0]).substr(0, 8) == std::string(row.conversion_interval).substr(0, 8));
        CHECK(q.conversions[0].dimension == q.dimension);
        CHECK(q.conversions[0].qualifier == q.qualifier);
    }
}

TEST_CASE("conversions: the canonical text parses back to the same figure and conversion") {
    for (const Row& row : rows) {
        check_reads_back(row.value);
        const Quantity again = quantity(quantity(row.value).canonical);
        REQUIRE(again.conversions.size() == 1);
        CHECK(again.conversions[0].canonical == row.conversion);
    }
}

TEST_CASE("conversions: a figure of another dimension in parentheses is an error") {
    for (const Refused& row : refused) {
        check_refused(row);
    }
}

TEST_CASE("conversions: a figure without parentheses has none") {
    CHECK(quantity("230 km/h").conversions.empty());
    CHECK(quantity("52 (95% CI 20-87)").conversions.empty());  // an estimate's interval, not a conversion
}
