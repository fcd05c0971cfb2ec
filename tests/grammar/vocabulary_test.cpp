// data/words/quantity.tsv: every table is read, and its words read as the
// quantities they stand for (the rows reach the grammar, not just the file).
#include "grammar/quantity/vocabulary.hpp"
#include "grammar/value.hpp"

#include <catch2/catch.hpp>

#include <string>
#include <variant>

using namespace claimcheck::grammar;

TEST_CASE("vocabulary: every table of data/words/quantity.tsv has rows") {
    for (auto const* table :
         {"qualifier", "qualifier-sign", "share", "share-in-text", "mark", "mark-after-fraction", "direction",
          "multiple"}) {
        CAPTURE(table);
        CHECK_FALSE(vocabulary::quantity_words(table).empty());
    }
    CHECK(vocabulary::quantity_words("no such table").empty());
}

TEST_CASE("vocabulary: each row's word reads with its meaning") {
    for (auto const& row : vocabulary::quantity_words("direction")) {
        std::string const value = std::string(row.word) + " 3%";
        CAPTURE(value);
        auto const q = parse_quantity(value);
        REQUIRE(std::holds_alternative<Quantity>(q));
        CHECK(std::get<Quantity>(q).change);
        CHECK(std::get<Quantity>(q).number == Approx(row.meaning == "up" ? 1.03 : 0.97));
    }
    for (auto const& row : vocabulary::quantity_words("qualifier")) {
        std::string const value = std::string(row.word) + " 180";
        CAPTURE(value);
        auto const q = parse_quantity(value);
        REQUIRE(std::holds_alternative<Quantity>(q));
        CHECK(std::get<Quantity>(q).qualifier_word == row.word);
        CHECK(std::get<Quantity>(q).estimate == (row.meaning == "estimate"));
    }
}
