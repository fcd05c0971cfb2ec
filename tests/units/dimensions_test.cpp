// The physical dimensions of data/dimensions.tsv: each row is read, each has
// unit words that name it (and so a canonical unit UDUNITS-2 converts them
// into), and the wording kinds keep their names.
#include "units/units.hpp"

#include <catch2/catch.hpp>

#include <set>
#include <string>

namespace units = claimcheck::units;
using units::Dimension;

TEST_CASE("dimensions: every row of data/dimensions.tsv is a dimension with unit words") {
    const auto rows = units::canonical_units();
    REQUIRE(rows.size() >= 8);
    std::set<Dimension> named_by_words;
    for (const auto& word : units::unit_words()) {
        const auto unit = units::find_unit(word, false);
        REQUIRE(unit.has_value());
        named_by_words.insert(unit->dimension);
    }
    for (const auto& [dimension, canonical] : rows) {
        CAPTURE(canonical);
        CHECK(units::is_physical(dimension));
        // A unit word of the dimension converted, so its canonical unit is one UDUNITS-2 reads.
        CHECK(named_by_words.count(dimension) == 1);
    }
}

TEST_CASE("dimensions: names, nouns and scales come from the table") {
    const auto pressure = units::physical_dimension("pressure");
    REQUIRE(pressure.has_value());
    CHECK(units::dimension_name(*pressure) == "a pressure");
    CHECK(units::measured(*pressure));
    CHECK_FALSE(units::arbitrary_zero(*pressure));

    const auto temperature = units::physical_dimension("temperature");
    REQUIRE(temperature.has_value());
    CHECK(units::arbitrary_zero(*temperature));

    CHECK(units::physical_dimension("duration") == Dimension::duration);
    CHECK_FALSE(units::measured(Dimension::duration));
    CHECK_FALSE(units::physical_dimension("loudness").has_value());

    CHECK(units::dimension_name(Dimension::money) == "money");
    CHECK_FALSE(units::is_physical(Dimension::ordinal));
    CHECK(units::measured(Dimension::points));
}

TEST_CASE("dimensions: a new dimension's unit words read with their case kept") {
    const auto hpa = units::find_unit("hectopascals", false);
    REQUIRE(hpa.has_value());
    CHECK(hpa->dimension == units::physical_dimension("pressure"));
    CHECK(units::to_canonical(*hpa, 1) == Approx(100));
    const auto symbol = units::find_unit("hPa", false);
    REQUIRE(symbol.has_value());
    CHECK(symbol->written == "hPa");
}
