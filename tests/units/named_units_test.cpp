// Units figures are shown in (a topic's `unit`, a value's written unit) and
// how a currency sign stands against its figure: glued ("$1.2bn",
// "₹4.5 billion") or spaced ("Rs 500"), as data/currencies.tsv says.
#include "units/units.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

namespace units = claimcheck::units;
using units::Dimension;

TEST_CASE("named units: basis points by any of their spellings, percentage points", "[units][named]") {
    for (const std::string word : {"basis points", "basis point", "basis-point", "bps", "bp", "BPS"}) {
        CAPTURE(word);
        const auto unit = units::named_unit(word);
        CHECK(unit.dimension == Dimension::points);
        CHECK(unit.written == "basis points");
        CHECK(unit.scale == 0.01);
        CHECK(units::in_named_unit(unit, -0.25) == Approx(-25));
    }
    const auto points = units::named_unit("percentage point");
    CHECK(points.dimension == Dimension::points);
    CHECK(points.scale == 1);
    CHECK(units::named_unit("bpx").dimension == Dimension::count);  // no table knows it: a count label
}

TEST_CASE("named units: a currency sign keeps its place, a code or name reads after the number", "[units][named]") {
    const auto rupee = units::named_unit("\xE2\x82\xB9");  // ₹
    CHECK(rupee.dimension == Dimension::money);
    CHECK(rupee.currency == "INR");
    CHECK(rupee.before);
    CHECK(rupee.written == "\xE2\x82\xB9");
    const auto rs = units::named_unit("Rs");
    CHECK(rs.currency == "INR");
    CHECK(rs.before);
    const auto won = units::named_unit("KRW");
    CHECK(won.currency == "KRW");
    CHECK_FALSE(won.before);
    CHECK(won.written == "won");
}

TEST_CASE("currency signs: glued or spaced as data/currencies.tsv says", "[units][currency]") {
    for (const std::string sign : {"$", "US$", "us$", "\xE2\x82\xB9", "\xE2\x82\xAC", "\xC2\xA3", "R$", "CN\xC2\xA5"}) {
        CAPTURE(sign);
        CHECK(units::glued_sign(sign));
    }
    for (const std::string word : {"Rs", "Rs.", "USD", "usd", "won", "euros", "km", ""}) {
        CAPTURE(word);
        CHECK_FALSE(units::glued_sign(word));
    }
}

struct CurrencyWord {
    const char* word;
    std::vector<std::string> codes;  // units::currencies_named
};

// One-word currency names: the table's ("dollars" is USD), ICU's where one
// currency has the word ("ringgit"), every code where several share it and
// the table does not decide ("dinars"), none for a name's last word that is
// an ordinary English word ("marks", a row `none`) or for any other word.
const std::vector<CurrencyWord> currency_words{
    {"dollars", {"USD"}},
    {"ringgit", {"MYR"}},
    {"Shekels", {"ILS"}},
    {"tugriks", {"MNT"}},
    {"dinars", {"BHD", "DZD", "IQD", "JOD", "KWD", "LYD", "RSD", "TND"}},
    {"riyals", {"QAR", "SAR"}},
    {"rials", {"IRR", "OMR", "YER"}},
    {"bucks", {"USD"}},
    {"marks", {}},
    {"real", {}},
    {"people", {}},
};

TEST_CASE("currencies: every ISO 4217 code and its English names come from ICU", "[units][currency]") {
    for (const auto& c : currency_words) {
        CAPTURE(c.word);
        CHECK(units::currencies_named(c.word) == c.codes);
    }
    const auto dinars = units::named_unit("KWD");
    CHECK(dinars.dimension == Dimension::money);
    CHECK(dinars.currency == "KWD");
    CHECK(dinars.written == "Kuwaiti dinars");
    CHECK(units::named_unit("Kuwaiti dinars").currency == "KWD");
    CHECK(units::named_unit("ALL").currency == "ALL");                // the Albanian lek
    CHECK(units::named_unit("all").dimension == Dimension::count);    // a code reads only in capitals
    CHECK(units::named_unit("AUD").written == "Australian dollars");  // ICU's name where the table has none
    CHECK(units::named_unit("USD").written == "dollars");             // the table's name first
    const auto codes = units::currency_codes();
    CHECK(codes.size() > 150);
    CHECK(codes.front() == "AUD");                                // the newsroom's currencies first, then ICU's others
    for (const char* withdrawn : {"SLL", "VEF", "XXX", "XAU"}) {  // no longer tender, or no currency
        CAPTURE(withdrawn);
        CHECK(std::find(codes.begin(), codes.end(), withdrawn) == codes.end());
    }
}

struct UnitForm {
    const char* written;
    bool library;      // a value (true) or running text
    const char* unit;  // the table's word it reads as; "" for none
};

// A short symbol of data/units.tsv in the plural, and any of its words with
// dots, in a value; only the table's own words are derived so.
const std::vector<UnitForm> unit_forms{
    {"hrs", true, "hr"},     {"mins", true, "min"}, {"gals", true, "gal"}, {"mls", true, "ml"},
    {"gs", true, "g"},       {"g.", true, "g"},     {"k.g.", true, "kg"},  {"k.gs", true, "kg"},
    {"m.p.h.", true, "mph"}, {"Gal", true, "gal"},  // the table decides: the gallon, not the galileo
    {"hrs", false, ""},      {"k.g.", false, ""},   // running text reads the words as listed
    {"p.m.", true, ""},      {"lbs", true, "lbs"},
};

TEST_CASE("unit forms: plurals and dots of the table's symbols, in a value", "[units]") {
    for (const auto& f : unit_forms) {
        CAPTURE(f.written, f.library);
        const auto unit = units::find_unit(f.written, f.library);
        if (std::string(f.unit).empty()) {
            CHECK_FALSE(unit.has_value());
        } else {
            REQUIRE(unit.has_value());
            CHECK(unit->written == f.unit);
        }
    }
}
