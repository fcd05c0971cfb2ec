// The verdict table (model/verdict.hpp) is the policy docs/engine.md states:
// every verdict table of the document, kind by kind, lists exactly the
// table's verdicts of that kind, worst first, with the same severities.
#include "model/verdict.hpp"
#include "support/markdown_tables.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <map>
#include <string>
#include <vector>

using namespace claimcheck;

namespace {

struct Row {
    std::string name;
    std::string severity;
    bool operator==(const Row&) const = default;
};

std::ostream& operator<<(std::ostream& out, const Row& row) {
    return out << row.name << " (" << row.severity << ")";
}

// kind → the rows of the verdict tables under "## <kind>" in docs/engine.md.
std::map<std::string, std::vector<Row>> documented_verdicts() {
    std::ifstream file(CLAIMCHECK_SOURCE_DIR "/docs/engine.md");
    REQUIRE(file);
    std::map<std::string, std::vector<Row>> out;
    for (const auto& table : testing::markdown_tables(file)) {
        if (table.header.size() < 2 || table.header[0] != "verdict" || table.header[1] != "severity" ||
            table.section.empty()) {
            continue;
        }
        const std::string kind = table.section.substr(3, table.section.find(' ', 3) - 3);
        for (const auto& row : table.rows) {
            if (row.size() >= 2 && row[0].size() > 2 && row[0].front() == '`') {
                out[kind].push_back({row[0].substr(1, row[0].size() - 2), row[1]});
            }
        }
    }
    return out;
}

std::vector<Row> table_rows(Kind kind) {
    std::vector<const VerdictInfo*> of_kind;
    for (const VerdictInfo& verdict : verdict_table) {
        if (verdict.kind == kind) {
            of_kind.push_back(&verdict);
        }
    }
    std::stable_sort(of_kind.begin(), of_kind.end(),
                     [](const VerdictInfo* a, const VerdictInfo* b) { return worse(a->verdict, b->verdict); });
    std::vector<Row> out;
    for (const VerdictInfo* verdict : of_kind) {
        out.push_back({std::string(verdict->name), std::string(to_string(verdict->severity))});
    }
    return out;
}

}  // namespace

TEST_CASE("docs/engine.md states the verdict table, kind by kind, worst first") {
    const auto documented = documented_verdicts();
    for (const Kind kind : {Kind::quantity, Kind::date, Kind::name, Kind::frame, Kind::quote}) {
        const std::string name(family_name(kind));
        INFO("section ## " << name);
        REQUIRE(documented.count(name) == 1);
        CHECK(documented.at(name) == table_rows(kind));
    }
    CHECK(documented.size() == 5);
}

TEST_CASE("no two verdicts of one kind share a name or a rank within a severity") {
    for (const VerdictInfo& a : verdict_table) {
        for (const VerdictInfo& b : verdict_table) {
            if (a.verdict == b.verdict || a.kind != b.kind) {
                continue;
            }
            CHECK(a.name != b.name);
            CHECK((a.severity != b.severity || a.rank != b.rank));
        }
    }
}

TEST_CASE("a worse verdict is the more severe one, then the higher ranked") {
    CHECK(worse(Verdict::numeric_conflict, Verdict::unit_mismatch));
    CHECK(worse(Verdict::unit_mismatch, Verdict::compatible_rounding));
    CHECK(worse(Verdict::near_miss, Verdict::transliteration));
    CHECK(!worse(Verdict::compatible_bound, Verdict::compatible_bound));
}
