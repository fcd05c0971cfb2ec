// Reading articles (load) and anchoring in them (anchor): UTF-8, BOM, CRLF.
#include "anchor/anchor.hpp"
#include "load/load.hpp"
#include "support/process.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("articles with a BOM, CRLF line endings and Hangul load and anchor") {
    testing::TempDir dir;
    testing::write_text(dir.path() / "a.txt", "\xEF\xBB\xBFLine one\r\n한국 Line two 183\r\n");
    Diagnostics diagnostics;
    const auto a = load::load_article(dir.path() / "a.txt", "a.txt", diagnostics);
    REQUIRE(a.has_value());
    CHECK(a->text == "Line one\n한국 Line two 183\n");
    const Anchor found = anchor::resolve(*a, "Line two", std::nullopt);
    CHECK(found.state == AnchorState::exact);
    CHECK(found.line == 2);
    CHECK(found.column == 4);
    CHECK_FALSE(diagnostics.has_errors());
}

TEST_CASE("an article with invalid UTF-8 is an error at its line and column, naming the byte") {
    testing::TempDir dir;
    testing::write_text(dir.path() / "a.txt", "fine\nbroken \xff here\n");
    Diagnostics diagnostics;
    CHECK_FALSE(load::load_article(dir.path() / "a.txt", "a.txt", diagnostics).has_value());
    const auto problems = diagnostics.sorted();
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].message == "invalid UTF-8 at byte offset 12 (byte 0xff): articles must be UTF-8 text");
    CHECK(problems[0].where.line == 2);
    CHECK(problems[0].where.column == 8);
    CHECK(problems[0].source.text == "broken \xff here");
}
