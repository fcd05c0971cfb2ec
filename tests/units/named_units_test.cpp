// Units figures are shown in (a topic's `unit`, a value's written unit) and
// how a currency sign stands against its figure: glued ("$1.2bn",
// "₹4.5 billion") or spaced ("Rs 500"), as data/currencies.tsv says.
#include "units/units.hpp"

#include <catch2/catch.hpp>

#include <string>

namespace units = claimcheck::units;
using units::Dimension;

TEST_CASE("named units: basis points by any of their spellings, percentage points", "[units][named]") {
    for (std::string const word : {"basis points", "basis point", "basis-point", "bps", "bp", "BPS"}) {
        CAPTURE(word);
        auto const unit = units::named_unit(word);
        CHECK(unit.dimension == Dimension::points);
        CHECK(unit.written == "basis points");
        CHECK(unit.scale == 0.01);
        CHECK(units::in_named_unit(unit, -0.25) == Approx(-25));
    }
    auto const points = units::named_unit("percentage point");
    CHECK(points.dimension == Dimension::points);
    CHECK(points.scale == 1);
    CHECK(units::named_unit("bpx").dimension == Dimension::count);  // no table knows it: a count label
}

TEST_CASE("named units: a currency sign keeps its place, a code or name reads after the number", "[units][named]") {
    auto const rupee = units::named_unit("\xE2\x82\xB9");  // ₹
    CHECK(rupee.dimension == Dimension::money);
    CHECK(rupee.currency == "INR");
    CHECK(rupee.before);
    CHECK(rupee.written == "\xE2\x82\xB9");
    auto const rs = units::named_unit("Rs");
    CHECK(rs.currency == "INR");
    CHECK(rs.before);
    auto const won = units::named_unit("KRW");
    CHECK(won.currency == "KRW");
    CHECK_FALSE(won.before);
    CHECK(won.written == "won");
}

TEST_CASE("currency signs: glued or spaced as data/currencies.tsv says", "[units][currency]") {
    for (std::string const sign : {"$", "US$", "us$", "\xE2\x82\xB9", "\xE2\x82\xAC", "\xC2\xA3", "R$", "CN\xC2\xA5"}) {
        CAPTURE(sign);
        CHECK(units::glued_sign(sign));
    }
    for (std::string const word : {"Rs", "Rs.", "USD", "usd", "won", "euros", "km", ""}) {
        CAPTURE(word);
        CHECK_FALSE(units::glued_sign(word));
    }
}
