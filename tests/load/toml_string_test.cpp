// Positions inside TOML string literals (spec §5): a value's character is
// found at its line and column of the file, through escapes, literal strings
// and multi-line strings. Each file is parsed with toml++, which reports
// where the literal starts (the opening delimiter, columns in code points).
#include "load/toml_string.hpp"

#include <catch2/catch.hpp>
#include <toml++/toml.h>

#include <string>
#include <vector>

using namespace claimcheck::load;

namespace {

struct Case {
    const char* note;
    std::string toml;    // the file; the string of interest is the key `v` (or `value` in [[claim]])
    const char* marker;  // the decoded text whose first byte we locate
    int line;
    int column;
};

// file (the marker is in its only string of interest) → where the marker's first character stands in it
const std::vector<Case> cases{
    {"plain basic string", "v = \"ab@\"\n", "@", 1, 8},
    {"escaped quotes", "v = \"\\\"q\\\"@\"\n", "@", 1, 11},
    {"escaped backslash", "v = \"\\\\@\"\n", "@", 1, 8},
    {"tab escape", "v = \"a\\tb@\"\n", "@", 1, 10},
    {"an escape is located at its backslash", "v = \"a\\tb@\"\n", "\t", 1, 7},
    {"\\u escape (two bytes decoded)", "v = \"\\u00e9@\"\n", "@", 1, 12},
    {"\\U escape (four bytes decoded)", "v = \"\\U0001F600@\"\n", "@", 1, 16},
    {"non-ASCII counts one column", "v = \"\xC3\xA9@\"\n", "@", 1, 7},
    {"non-ASCII key before the value", "\"\xC3\xA9\" = \"x@\"\n", "@", 1, 9},
    {"literal string keeps backslashes", "v = 'a\\b@'\n", "@", 1, 9},
    {"multi-line basic, leading newline trimmed", "v = \"\"\"\nline one\n  x@\"\"\"\n", "@", 3, 4},
    {"multi-line basic, first character", "v = \"\"\"\nline one\n  x@\"\"\"\n", "line", 2, 1},
    {"multi-line basic without leading newline", "v = \"\"\"@\"\"\"\n", "@", 1, 8},
    {"line-ending backslash", "v = \"\"\"\nab \\\n    cd@\"\"\"\n", "cd", 3, 5},
    {"\\n escape in a multi-line string", "v = \"\"\"a\\nb@\"\"\"\n", "@", 1, 12},
    {"multi-line literal", "v = '''\nfirst\nsec@'''\n", "@", 3, 4},
    {"multi-line literal keeps escapes raw", "v = '''\\t\\u00e9@'''\n", "@", 1, 16},
    {"quote ending a multi-line string", "v = \"\"\"say \"hi\"\"\"\"\n", "hi\"", 1, 13},
    {"CRLF line endings", "v = \"\"\"\r\nab\r\ncd@\"\"\"\r\n", "@", 3, 3},
    {"value in an array of tables", "[[claim]]\nquote = \"q\"\nvalue = \"about @\"\n", "@", 3, 16},
    {"indented value", "[story]\n  v   =   \"x@\"\n", "@", 2, 13},
};

// The first string in the file that holds `marker`.
const toml::node* string_with(const toml::node& node, std::string_view marker) {
    if (const auto* s = node.as_string()) {
        return s->get().find(marker) != std::string::npos ? &node : nullptr;
    }
    if (const auto* t = node.as_table()) {
        for (const auto& [key, child] : *t) {
            if (const auto* found = string_with(child, marker)) {
                return found;
            }
        }
    }
    if (const auto* a = node.as_array()) {
        for (const auto& child : *a) {
            if (const auto* found = string_with(child, marker)) {
                return found;
            }
        }
    }
    return nullptr;
}

}  // namespace

TEST_CASE("toml string: a decoded offset maps to its line and column in the file") {
    for (const auto& c : cases) {
        CAPTURE(c.note, c.toml);
        toml::table table;
        try {
            table = toml::parse(c.toml);
        } catch (const toml::parse_error& e) {
            FAIL("not TOML: " << e.description());
        }
        const auto* found = string_with(table, c.marker);
        REQUIRE(found);
        const auto& node = *found;
        const std::string decoded = node.value<std::string>().value();
        const auto offset = decoded.find(c.marker);
        REQUIRE(offset != std::string::npos);
        const auto begin = node.source().begin;
        const auto pos =
            position_in_string_literal(c.toml, static_cast<int>(begin.line), static_cast<int>(begin.column), offset);
        CHECK(pos.line == c.line);
        CHECK(pos.column == c.column);
    }
}

TEST_CASE("toml string: the decoded length maps to the closing delimiter") {
    const std::string file = "v = \"ab\"\n";
    const auto pos = position_in_string_literal(file, 1, 5, 2);
    CHECK(pos.line == 1);
    CHECK(pos.column == 8);
}

TEST_CASE("toml string: toml++ reports the opening delimiter, in code points") {
    const auto table = toml::parse("\"\xC3\xA9\xC3\xA9\" = \"x\"\n");
    const auto begin = table.get("\xC3\xA9\xC3\xA9")->source().begin;
    CHECK(begin.line == 1);
    CHECK(begin.column == 8);  // "éé" = "x": the quote is the 8th code point
}

TEST_CASE("toml string: a place that is not a string literal falls back to it") {
    const auto pos = position_in_string_literal("v = 42\n", 1, 5, 1);
    CHECK(pos.line == 1);
    CHECK(pos.column == 5);
}

TEST_CASE("toml_basic_string writes every control character as an escape and reads back exactly") {
    const std::string values[] = {
        "plain",        "q\"b\\s", "tab\tnl\nCR\r", "esc\x1b]0;t\x07", "bidi\u202Ea\u200F\u061C", "sep\u2028",
        "ünïcödé 東京", ""};
    for (const auto& value : values) {
        const std::string written = toml_basic_string(value);
        INFO(written);
        for (const char c : written) {
            CHECK((static_cast<unsigned char>(c) >= 0x20 && c != 0x7f));
        }
        CHECK(written.find("\u202E") == std::string::npos);
        const auto table = toml::parse("v = " + written + "\n");
        CHECK(table["v"].value<std::string>() == value);
    }
    CHECK(toml_basic_string("a\u202Eb") == "\"a\\u202Eb\"");
}
