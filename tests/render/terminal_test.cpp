// The default text output: compiler-style lines, a summary per story and in
// total; colour only when asked; quiet prints the total; min_level filters.
#include "render/render.hpp"
#include "render/sample_result.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

using test::lines_of;

TEST_CASE("each finding is a compiler-style line with its sources below") {
    const auto lines = lines_of(render::terminal({test::sample_result()}, {}));
    REQUIRE(lines.size() == 17);
    CHECK(lines[0] ==
          "claims/nara-summit/articles/001.txt:13:5: warning: [numeric/compatible-rounding] "
          "mine.deaths: 183 people vs 180 people — 180 is 183 rounded to tens (rounding rule)");
    CHECK(lines[1] == "    001 Archyde  183 people  “183 miners perished”  claims/nara-summit/articles/001.txt:13:5");
    CHECK(lines[2] == "    002 Kyodo    180 people  “180 people died”  claims/nara-summit/articles/002.txt:7:1");
    CHECK(lines[3] == "    reconciles if: equal if 183 was rounded to tens");
    CHECK(lines[4] == "    fingerprint: numeric:mine.deaths:9f1c2a7e40b3d615");
    CHECK(lines[5] ==
          "claims/nara-summit/articles/003.txt:1:1: error: [temporal/conflict] summit.date: "
          "2026-01-13 vs Tuesday — 2026-01-13 is a Monday, not a Tuesday (weekday rule) (accepted)");
    CHECK(lines[8] == "    accepted: the draft is corrected before publication");
    CHECK(lines[15] ==
          "nara-summit: 1 error, 1 warning, 1 note (2 new, 1 accepted), 1 input problem, "
          "1 stale baseline entry — reports/nara-summit.md");
    CHECK(lines[16] == "total: 1 error, 1 warning, 1 note (2 new, 1 accepted), 1 input problem in 1 story");
}

TEST_CASE("quiet prints the total only") {
    render::TerminalOptions options;
    options.quiet = true;
    CHECK(render::terminal({test::sample_result(), test::sample_result()}, options) ==
          "total: 2 errors, 2 warnings, 2 notes (4 new, 2 accepted), 2 input problems in 2 stories\n");
}

TEST_CASE("min_level hides lower findings but the summary counts them") {
    render::TerminalOptions options;
    options.min_level = Severity::error;
    const auto lines = lines_of(render::terminal({test::sample_result()}, options));
    REQUIRE(lines.size() == 7);
    CHECK(lines[0].find(": error: [temporal/conflict]") != std::string::npos);
    CHECK(lines[5].rfind("nara-summit: 1 error, 1 warning, 1 note", 0) == 0);
}

TEST_CASE("colour only when asked") {
    CHECK(render::terminal({test::sample_result()}, {}).find('\x1b') == std::string::npos);
    render::TerminalOptions options;
    options.color = true;
    const std::string coloured = render::terminal({test::sample_result()}, options);
    CHECK(coloured.find("\x1b[1;35mwarning:\x1b[0m") != std::string::npos);
    CHECK(coloured.find("\x1b[1;31merror:\x1b[0m") != std::string::npos);
}

TEST_CASE("hostile text cannot add lines or terminal escapes") {
    const std::string plain = render::terminal({test::sample_result()}, {});
    const std::string out = render::terminal({test::hostile_result()}, {});
    // One more line for the diff, one for the assumption the date finding now has.
    CHECK(lines_of(out).size() == lines_of(plain).size() + 2);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\r') == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    CHECK(out.find("\xE2\x80\xAE") == std::string::npos);  // U+202E
    CHECK(out.find("\\x1b[31mred") != std::string::npos);
}
