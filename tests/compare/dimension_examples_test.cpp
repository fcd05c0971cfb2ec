// The examples by dimension in docs/engine.md ("### Verdicts by dimension")
// and docs/grammar.md ("### Units and dimensions") are what the engine
// decides: every row of a table headed `| a | b | verdict | why |` (or with
// a first column `topic unit`) is run through the comparison engine, and its
// verdict and explanation must be the row's. The stories have a `[[rate]]`
// of 1 USD = 1,385 KRW, as the documents say.
#include "support/builders.hpp"
#include "support/markdown_tables.hpp"
#include "support/verdict_names.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

struct Example {
    std::string section;  // the "#### " heading the table is under
    std::string unit;     // the topic's unit ("" = none)
    std::string a;
    std::string b;
    std::string verdict;  // "none" when they agree
    std::string why;      // the explanation, "" when they agree
};

// A cell's text: a code span unwrapped, Markdown's escapes dropped, "—" empty.
std::string text_of(const std::string& cell) {
    if (cell == "\xE2\x80\x94") {
        return "";
    }
    std::string s =
        cell.size() >= 2 && cell.front() == '`' && cell.back() == '`' ? cell.substr(1, cell.size() - 2) : cell;
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && (s[i + 1] == '$' || s[i + 1] == '|' || s[i + 1] == '*')) {
            continue;
        }
        out += s[i];
    }
    return out;
}

std::vector<Example> examples(const std::string& file) {
    std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/" + file);
    REQUIRE(in);
    const std::vector<std::string> plain{"a", "b", "verdict", "why"};
    const std::vector<std::string> with_unit{"topic unit", "a", "b", "verdict", "why"};
    std::vector<Example> out;
    for (const auto& table : claimcheck::testing::markdown_tables(in)) {
        if (table.header != plain && table.header != with_unit) {
            continue;
        }
        const std::string section = table.heading.rfind("#### ", 0) == 0 ? table.heading.substr(5) : "";
        const std::size_t first = table.header == with_unit ? 1 : 0;
        for (const auto& row : table.rows) {
            REQUIRE(row.size() == first + 4);
            out.push_back({section, first == 1 ? text_of(row[0]) : "", text_of(row[first]), text_of(row[first + 1]),
                           text_of(row[first + 2]), text_of(row[first + 3])});
        }
    }
    return out;
}

std::string escaped(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '$' || c == '|') {
            out += '\\';
        }
        out += c;
    }
    return out;
}

// What the engine says about the pair, as a row of the document.
Example decided(const Example& e) {
    const auto findings = findings_of(pair_story_in_unit(quantity(e.a), quantity(e.b), e.unit));
    Example out = e;
    out.verdict = findings.empty() ? "none" : std::string(to_string(findings[0].verdict));
    out.why = findings.empty() ? "" : findings[0].explanation;
    return out;
}

void check_document(const std::string& file, const std::vector<std::string>& sections) {
    const auto rows = examples(file);
    std::map<std::string, int> per_section;
    for (const Example& row : rows) {
        CAPTURE(file, row.section, row.unit, row.a, row.b);
        ++per_section[row.section];
        const Example engine = decided(row);
        if (engine.verdict != row.verdict || engine.why != row.why) {
            std::cout << file << " / " << row.section << ":\n| " << (row.unit.empty() ? "" : "`" + row.unit + "` | ")
                      << "`" << row.a << "` | `" << row.b << "` | "
                      << (engine.verdict == "none" ? "none" : "`" + engine.verdict + "`") << " | "
                      << (engine.why.empty() ? "\xE2\x80\x94" : escaped(engine.why)) << " |\n";
        }
        CHECK(engine.verdict == row.verdict);
        CHECK(engine.why == row.why);
    }
    for (const std::string& section : sections) {
        CAPTURE(file, section);
        CHECK(per_section[section] > 0);
    }
}

// The dimension sections both documents have.
const std::vector<std::string> dimensions{
    "Count",
    "Money",
    "Physical units: length, area, mass, volume, speed",
    "Temperature",
    "Duration",
    "Percent",
    "Percentage points and basis points",
    "Changes and ratios",
    "Fractions and rates",
    "Magnitude",
    "Age",
    "Ordinal",
};

}  // namespace

TEST_CASE("docs/engine.md: the examples by dimension are the engine's verdicts", "[numeric][docs]") {
    std::vector<std::string> sections = dimensions;
    sections.push_back("In the topic's unit");
    check_document("docs/engine.md", sections);
}

TEST_CASE("docs/grammar.md: the examples by dimension are the engine's verdicts", "[numeric][docs]") {
    check_document("docs/grammar.md", dimensions);
}
