// The compiler-style diagnostic format: file:line:col, the source line, a caret.
#include "model/diagnostics.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "util/text.hpp"

using namespace claimcheck;

TEST_CASE("a diagnostic prints like a compiler's, with the line and a caret") {
    const Diagnostic d{
        Severity::error, {"claims/nara/001.toml", 14, 9}, "unknown key 'vaule'", excerpt_of("vaule = \"183\"", 9)};
    CHECK(format_diagnostic(d, false) ==
          "claims/nara/001.toml:14:9: error: unknown key 'vaule'\n"
          "  vaule = \"183\"\n"
          "          ^\n");
}

TEST_CASE("the caret accounts for wide characters") {
    const Diagnostic d{Severity::warning, {"a.txt", 1, 3}, "here", excerpt_of("한국x", 3)};
    CHECK(format_diagnostic(d, false) == "a.txt:1:3: warning: here\n  한국x\n      ^\n");
}

TEST_CASE("a diagnostic about a whole file has no line") {
    const Diagnostic d{Severity::error, {"claims/x/story.toml", 0, 0}, "story.toml is missing", {}};
    CHECK(format_diagnostic(d, false) == "claims/x/story.toml: error: story.toml is missing\n");
}

TEST_CASE("diagnostics are reported in file, line, column order") {
    Diagnostics all;
    all.error({"b.toml", 1, 1}, "second file");
    all.warning({"a.toml", 9, 1}, "later line");
    all.error({"a.toml", 2, 5}, "earlier line");
    const auto sorted = all.sorted();
    REQUIRE(sorted.size() == 3);
    CHECK(sorted[0].message == "earlier line");
    CHECK(sorted[1].message == "later line");
    CHECK(sorted[2].message == "second file");
    CHECK(all.count(Severity::error) == 2);
    CHECK(all.has_errors());
}

TEST_CASE("a long source line is shown as a window around the column") {
    const std::string line = std::string(5000, 'a') + "X" + std::string(5000, 'b');
    const Diagnostic d{Severity::error, {"a.toml", 1, 5001}, "here", excerpt_of(line, 5001)};
    const std::string shown = format_diagnostic(d, false);
    CHECK(shown.size() < 600);
    const auto lines = std::vector<std::string>{shown.substr(0, shown.find('\n')), shown.substr(shown.find('\n') + 1)};
    const std::string window = lines[1].substr(0, lines[1].find('\n'));
    const std::string caret = lines[1].substr(lines[1].find('\n') + 1);
    CHECK(window.rfind("  …", 0) == 0);
    CHECK(window.size() > 3);
    CHECK(window.substr(window.size() - 3) == "…");
    // The caret stands under the X: count code points of the window up to it.
    const std::size_t x = window.find('X');
    REQUIRE(x != std::string::npos);
    const std::size_t code_points_before = x - 2 /* "…" is 3 bytes, 1 column */;
    CHECK(caret.find('^') == code_points_before);
}

TEST_CASE("a short line is shown whole") {
    const Diagnostic d{Severity::error, {"a.toml", 1, 3}, "here", excerpt_of(std::string(100, 'a'), 3)};
    CHECK(format_diagnostic(d, false).find("…") == std::string::npos);
}

TEST_CASE("a diagnostic keeps an excerpt of its line, not the line") {
    const std::string line = std::string(1'000'000, 'a') + "X" + std::string(1'000'000, 'b');
    Diagnostics all;
    all.error({"a.toml", 1, 1'000'001}, "here", line);
    const auto kept = all.sorted();
    REQUIRE(kept.size() == 1);
    CHECK(kept[0].source.text.size() <= 160 + 2 * std::string_view("…").size());
    CHECK(kept[0].source.text.find('X') != std::string::npos);
    CHECK(excerpt_of("short", 2).text == "short");
    CHECK(excerpt_of("short", 2).caret == 2);
}

TEST_CASE("an excerpt's window is counted in code points, on ASCII and other lines alike") {
    // The window by code points, counted here one by one: the 160 code
    // points from 80 before the column, "…" where the line goes on.
    const auto by_code_points = [](const std::string& line, int column) {
        std::vector<std::size_t> starts;
        text::for_each_code_point(line, [&](char32_t, std::size_t offset, std::size_t) {
            starts.push_back(offset);
            return true;
        });
        const int first = std::max(1, column - 80);
        const auto offset = [&](int at) {
            return at - 1 < static_cast<int>(starts.size()) ? starts[static_cast<std::size_t>(at - 1)] : line.size();
        };
        const std::size_t begin = offset(first);
        const std::size_t end = offset(first + 160);
        std::string text = begin > 0 ? "…" : "";
        text += line.substr(begin, end - begin);
        text += end < line.size() ? "…" : "";
        return std::pair{text, column - first + 1 + (begin > 0 ? 1 : 0)};
    };
    const std::string a300(300, 'a');
    const std::string e = "é";
    const std::vector<std::pair<std::string, int>> rows = {
        {"quote = \"short\"", 9},
        {a300, 1},
        {a300, 79},
        {a300, 200},
        {a300, 300},
        {a300, 400},                            // past the line's end
        {std::string(160, 'a'), 1},             // exactly the window
        {std::string(161, 'a'), 1},             // one more
        {e + a300, 200},                        // a wide byte before the window
        {a300.substr(0, 150) + e + a300, 200},  // in the window
        {a300 + e, 10},                         // after the window
        {"quote = \"" + e + e + "\"", 9},
    };
    for (const auto& [line, column] : rows) {
        CAPTURE(line.size(), column);
        const SourceExcerpt shown = excerpt_of(line, column);
        const auto [text, caret] = by_code_points(line, column);
        CHECK(shown.text == text);
        CHECK(shown.caret == caret);
    }
}
