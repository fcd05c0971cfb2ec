// The scan before toml++: keys and headers of more than 64 parts, and arrays
// and inline tables more than 64 deep, are refused at their place; dots and
// brackets inside strings and comments are not counted.
#include "load/toml_reader.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace claimcheck;

namespace {

std::string repeat(const std::string& part, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) {
        out += part;
    }
    return out;
}

// The first diagnostic's heading for `text`, or "" when it parses.
std::string parse(const std::string& text) {
    Diagnostics diagnostics;
    load::TomlFile file("a.toml", text, diagnostics);
    const auto table = file.parse();
    const auto all = diagnostics.sorted();
    if (all.empty()) {
        REQUIRE(table.has_value());
        return "";
    }
    const std::string shown = format_diagnostic(all.front(), false);
    return shown.substr(0, shown.find('\n'));
}

}  // namespace

TEST_CASE("keys and headers of 64 parts parse; 65 are refused at the key") {
    struct Row {
        std::string text;
        std::string heading;
    };
    const Row rows[] = {
        {"a" + repeat(".a", 63) + " = 1\n", ""},
        {"a" + repeat(".a", 64) + " = 1\n", "a.toml:1:1: error: key nested 65 deep (at most 64)"},
        {"x = 1\n\"a\"" + repeat(" . \"a\"", 64) + " = 1\n", "a.toml:2:1: error: key nested 65 deep (at most 64)"},
        {"[" + repeat("t.", 64) + "t]\n", "a.toml:1:2: error: key nested 65 deep (at most 64)"},
        {"[[" + repeat("t.", 70) + "t]]\n", "a.toml:1:3: error: key nested 71 deep (at most 64)"},
        {"x = {" + repeat("a.", 64) + "a = 1}\n", "a.toml:1:6: error: key nested 65 deep (at most 64)"},
        {"x = " + repeat("[", 64) + repeat("]", 64) + "\n", ""},
        {"x = " + repeat("[", 65) + repeat("]", 65) + "\n",
         "a.toml:1:69: error: arrays and tables nested 65 deep (at most 64)"},
        {"x = " + repeat("{a = ", 65) + "1" + repeat("}", 65) + "\n",
         "a.toml:1:325: error: arrays and tables nested 65 deep (at most 64)"},
    };
    for (const auto& row : rows) {
        INFO(row.text.substr(0, 80));
        CHECK(parse(row.text) == row.heading);
    }
}

TEST_CASE("dots and brackets in strings and comments are not nesting") {
    const std::string many_dots = repeat("a.", 200);
    const std::string many_brackets = repeat("[{", 200);
    const std::string rows[] = {
        "v = \"" + many_dots + "\"\n",
        "v = '" + many_brackets + "'\n",
        "v = \"\"\"\n" + many_brackets + "\n\"\"\"\n",
        "v = '''" + many_dots + "'''\n",
        "v = \"esc \\\" " + many_brackets + "\"\n",
        "# " + many_dots + many_brackets + "\nv = 1\n",
        "v = [\"" + many_brackets + "\", '" + many_dots + "']\n",
        "v = 1.5\nw = 1979-05-27T07:32:00.999\n",
    };
    for (const auto& text : rows) {
        INFO(text.substr(0, 80));
        CHECK(parse(text) == "");
    }
}
