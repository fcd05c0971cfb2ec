// data/words/: each file is read strictly, every table has rows, and each
// table's words read as the quantities and dates they stand for (the rows
// reach the grammar, not just the file).
#include "grammar/vocabulary.hpp"
#include "grammar/value.hpp"

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <variant>

using namespace claimcheck::grammar;
namespace chr = std::chrono;

TEST_CASE("vocabulary: every table of data/words/quantity.tsv has rows") {
    for (const auto* table : {"qualifier", "qualifier-sign", "share", "share-in-text", "mark", "mark-after-fraction",
                              "direction", "multiple", "change-noun", "statistic", "level", "degree", "degree-scale"}) {
        CAPTURE(table);
        CHECK_FALSE(vocabulary::quantity_words(table).empty());
    }
    CHECK(vocabulary::quantity_words("no such table").empty());
}

TEST_CASE("vocabulary: each row's word reads with its meaning") {
    for (const auto& row : vocabulary::quantity_words("direction")) {
        const std::string value = std::string(row.word) + " 3%";
        CAPTURE(value);
        const auto q = parse_quantity(value);
        REQUIRE(std::holds_alternative<Quantity>(q));
        CHECK(std::get<Quantity>(q).change);
        CHECK(std::get<Quantity>(q).number == Approx(row.meaning == "up" ? 1.03 : 0.97));
    }
    for (const auto& row : vocabulary::quantity_words("qualifier")) {
        const std::string value = std::string(row.word) + " 180";
        CAPTURE(value);
        const auto q = parse_quantity(value);
        REQUIRE(std::holds_alternative<Quantity>(q));
        CHECK(std::get<Quantity>(q).qualifier_word == row.word);
        // "exactly 180" is the figure itself, not rounded.
        const bool exact = row.meaning == "exact";
        CHECK((std::get<Quantity>(q).qualifier == Qualifier::none) == exact);
        CHECK((std::get<Quantity>(q).step == 0) == exact);
        CHECK(std::get<Quantity>(q).estimate == (row.meaning == "estimate"));
    }
}

TEST_CASE("vocabulary: change nouns, statistics, levels and degrees read with their meaning") {
    for (const auto& row : vocabulary::quantity_words("change-noun")) {
        const std::string value = "a 3% " + std::string(row.word);
        CAPTURE(value);
        const auto q = parse_quantity(value);
        REQUIRE(std::holds_alternative<Quantity>(q));
        CHECK(std::get<Quantity>(q).change);
        CHECK(std::get<Quantity>(q).number == Approx(row.meaning == "up" ? 1.03 : 0.97));
    }
    for (const auto& row : vocabulary::quantity_words("statistic")) {
        const std::string value = std::string(row.word) + " 183";
        CAPTURE(value);
        const auto q = parse_quantity(value);
        REQUIRE(std::holds_alternative<Quantity>(q));
        const Qualifier expected = row.meaning == "value"     ? Qualifier::none
                                   : row.meaning == "at-most" ? Qualifier::at_most
                                                              : Qualifier::at_least;
        CHECK(std::get<Quantity>(q).qualifier == expected);
        CHECK(std::get<Quantity>(q).number == 183);
    }
    for (const auto& row : vocabulary::quantity_words("level")) {
        const std::string value = std::string(row.word) + " 4";
        CAPTURE(value);
        const auto q = parse_quantity(value);
        REQUIRE(std::holds_alternative<Quantity>(q));
        CHECK(std::get<Quantity>(q).dimension == Dimension::ordinal);
        CHECK(std::get<Quantity>(q).level == row.meaning);
        CHECK(level_kind(row.word) == row.meaning);
    }
    for (const auto& row : vocabulary::quantity_words("degree")) {
        for (const auto& scale : vocabulary::quantity_words("degree-scale")) {
            const std::string value = "30 " + std::string(row.word) + " " + std::string(scale.word);
            CAPTURE(value);
            const auto q = parse_quantity(value);
            REQUIRE(std::holds_alternative<Quantity>(q));
            CHECK(std::get<Quantity>(q).dimension == claimcheck::units::physical_dimension("temperature"));
            CHECK(std::get<Quantity>(q).number == Approx(scale.meaning == "\xC2\xB0"
                                                                          "C"
                                                             ? 303.15
                                                             : 272.0388889));
        }
    }
}

TEST_CASE("vocabulary: a words file is read strictly") {
    const auto rows = vocabulary::read_word_file("t.tsv", "# comment\nabout\tapproach\taround\nfall\tseason\tautumn\n",
                                                 {"approach", "season"});
    REQUIRE(rows.at("season").size() == 1);
    CHECK(rows.at("season").front().word == "fall");
    CHECK(rows.at("season").front().meaning == "autumn");
    CHECK(rows.at("season").front().file == "t.tsv");
    CHECK_THROWS_WITH(vocabulary::read_word_file("t.tsv", "about\tapproach\n", {"approach"}),
                      "t.tsv: a row needs 3 columns: about");
    CHECK_THROWS_WITH(vocabulary::read_word_file("t.tsv", "about\tqualifier\taround\n", {"approach"}),
                      "t.tsv: unknown table 'qualifier' of 'about'");
    CHECK_THROWS_WITH(
        vocabulary::read_word_file("t.tsv", "about\tapproach\taround\nabout\tapproach\tuntil\n", {"approach"}),
        "t.tsv: 'about' is listed twice in approach");
    // The same word in two tables is two rows.
    CHECK_NOTHROW(
        vocabulary::read_word_file("t.tsv", "late\tapproach\tuntil\nlate\tseason\twinter\n", {"approach", "season"}));
}

TEST_CASE("vocabulary: every table of data/words/date.tsv has rows") {
    for (const auto* table : {"approach", "season", "fiscal", "third"}) {
        CAPTURE(table);
        CHECK_FALSE(vocabulary::date_words(table).empty());
    }
    CHECK(vocabulary::date_words("qualifier").empty());
}

TEST_CASE("vocabulary: each approach reads with its meaning") {
    DateContext context;
    context.published = chr::year_month_day{chr::year{2025}, chr::April, chr::day{10}};
    const Instant three_pm = chr::sys_days{chr::year{2025} / chr::April / 10} + chr::hours{15};
    for (const auto& row : vocabulary::date_words("approach")) {
        const std::string value = std::string(row.word) + " 3 p.m.";
        CAPTURE(value);
        const auto read = parse_date(value, context);
        REQUIRE(std::holds_alternative<DateValue>(read));
        const auto& v = std::get<DateValue>(read);
        if (row.meaning == "around") {
            CHECK(v.begin == three_pm - chr::minutes{30});
            CHECK(v.end == three_pm + chr::minutes{31});
        } else if (row.meaning == "shortly-after") {
            CHECK(v.begin == three_pm);
            CHECK(v.end == three_pm + chr::minutes{30});
        } else if (row.meaning == "shortly-before") {
            CHECK(v.begin == three_pm - chr::minutes{30});
            CHECK(v.end == three_pm);
        } else if (row.meaning == "since" || row.meaning == "after") {
            CHECK(v.begin == three_pm);
            CHECK(v.end == Instant::max());
        } else if (row.meaning == "before") {
            CHECK(v.begin == Instant::min());
            CHECK(v.end == three_pm);
        } else {
            CHECK(row.meaning == "until");
            CHECK(v.begin == Instant::min());
            CHECK(v.end == three_pm + chr::minutes{1});
        }
    }
}

TEST_CASE("vocabulary: each season reads as its months in the north") {
    DateContext context;
    context.hemisphere = Hemisphere::north;
    for (const auto& row : vocabulary::date_words("season")) {
        const std::string value = std::string(row.word) + " 2025";
        CAPTURE(value);
        const auto read = parse_date(value, context);
        REQUIRE(std::holds_alternative<DateValue>(read));
        const unsigned first_month = row.meaning == "spring"   ? 3
                                     : row.meaning == "summer" ? 6
                                     : row.meaning == "autumn" ? 9
                                                               : 12;
        CHECK(std::get<DateValue>(read).first == chr::sys_days{chr::year{2025} / chr::month{first_month} / 1});
    }
}
