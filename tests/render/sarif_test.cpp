// `--format sarif`: SARIF 2.1.0 with one rule per verdict, results at the
// article lines, partial fingerprints, and input problems as results. (The
// schema itself is checked by the render/sarif_schema test.)
#include "render/render.hpp"
#include "render/sample_result.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <set>

using namespace claimcheck;
using Json = nlohmann::json;

namespace {

const Json* result_with_rule(const Json& results, const std::string& rule) {
    for (const auto& result : results) {
        if (result["ruleId"] == rule) {
            return &result;
        }
    }
    return nullptr;
}

}  // namespace

TEST_CASE("the SARIF log names the tool and its rules") {
    const Json log = Json::parse(render::sarif({test::sample_result()}, "1.2.3"));
    CHECK(log["version"] == "2.1.0");
    REQUIRE(log["runs"].size() == 1);
    const Json& run = log["runs"][0];
    CHECK(run["columnKind"] == "unicodeCodePoints");
    CHECK(run["tool"]["driver"]["name"] == "claimcheck");
    CHECK(run["tool"]["driver"]["version"] == "1.2.3");
    std::set<std::string> ids;
    for (const auto& rule : run["tool"]["driver"]["rules"]) {
        CHECK(ids.insert(rule["id"].get<std::string>()).second);
        CHECK(!rule["shortDescription"]["text"].get<std::string>().empty());
    }
    CHECK(ids.count("numeric/compatible-rounding") == 1);
    CHECK(ids.count("input/error") == 1);
}

TEST_CASE("every result points at its rule and an article line") {
    const Json log = Json::parse(render::sarif({test::sample_result()}, "1.2.3"));
    const Json& run = log["runs"][0];
    const Json& rules = run["tool"]["driver"]["rules"];
    const Json& results = run["results"];
    CHECK(results.size() == 4);  // one input problem, three findings
    for (const auto& result : results) {
        CHECK(rules[result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
    }
    const Json* rounding = result_with_rule(results, "numeric/compatible-rounding");
    REQUIRE(rounding != nullptr);
    CHECK((*rounding)["level"] == "warning");
    CHECK((*rounding)["partialFingerprints"]["claimcheck/v1"] == "numeric:mine.deaths:9f1c2a7e40b3d615");
    CHECK((*rounding)["baselineState"] == "new");
    const Json& location = (*rounding)["locations"][0]["physicalLocation"];
    CHECK(location["artifactLocation"]["uri"] == "claims/nara-summit/articles/001.txt");
    CHECK(location["region"]["startLine"] == 13);
    CHECK(location["region"]["startColumn"] == 5);
    REQUIRE((*rounding)["relatedLocations"].size() == 1);
    CHECK((*rounding)["relatedLocations"][0]["physicalLocation"]["region"]["startLine"] == 7);
}

TEST_CASE("a draft's claim is the primary location") {
    const Json log = Json::parse(render::sarif({test::sample_result()}, "1"));
    const Json* date = result_with_rule(log["runs"][0]["results"], "temporal/conflict");
    REQUIRE(date != nullptr);
    CHECK((*date)["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "claims/nara-summit/articles/003.txt");
}

TEST_CASE("accepted findings are suppressed with the baseline's reason") {
    const Json log = Json::parse(render::sarif({test::sample_result()}, "1"));
    const Json* date = result_with_rule(log["runs"][0]["results"], "temporal/conflict");
    REQUIRE(date != nullptr);
    CHECK((*date)["baselineState"] == "unchanged");
    CHECK((*date)["suppressions"][0]["kind"] == "external");
    CHECK((*date)["suppressions"][0]["justification"] == "the draft is corrected before publication");
}

TEST_CASE("input problems are results of rule input/<severity>") {
    const Json log = Json::parse(render::sarif({test::sample_result()}, "1"));
    const Json* problem = result_with_rule(log["runs"][0]["results"], "input/error");
    REQUIRE(problem != nullptr);
    CHECK((*problem)["level"] == "error");
    CHECK((*problem)["message"]["text"] == "unknown key 'vaule' (did you mean 'value'?)");
    const Json& region = (*problem)["locations"][0]["physicalLocation"]["region"];
    CHECK(region["startLine"] == 14);
    CHECK(region["startColumn"] == 9);
}

TEST_CASE("every verdict of the table is a rule, in the table's order, with its severity") {
    const Json log = Json::parse(render::sarif({test::sample_result()}, "1"));
    const Json& rules = log["runs"][0]["tool"]["driver"]["rules"];
    REQUIRE(rules.size() == verdict_table.size() + 3);  // + input/error, input/warning, input/note
    for (std::size_t i = 0; i < verdict_table.size(); ++i) {
        const VerdictInfo& verdict = verdict_table[i];
        CHECK(rules[i]["id"] == fmt::format("{}/{}", family_name(verdict.kind), verdict.name));
        CHECK(rules[i]["defaultConfiguration"]["level"] == to_string(verdict.severity));
        CHECK(rules[i]["shortDescription"]["text"] == verdict.description);
    }
    CHECK(rules[verdict_table.size()]["id"] == "input/error");
}

TEST_CASE("hostile text cannot form embedded links in SARIF messages") {
    StoryResult result = test::hostile_result();
    result.problems[0].message = "see [here](0) and \\[x\\]";
    const Json log = Json::parse(render::sarif({result}, "1"));
    const Json* problem = result_with_rule(log["runs"][0]["results"], "input/error");
    REQUIRE(problem != nullptr);
    CHECK((*problem)["message"]["text"] == "see \\[here\\](0) and \\\\\\[x\\\\\\]");
    for (const auto& r : log["runs"][0]["results"]) {
        const std::string text = r["message"]["text"];
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (text[i] == '[' || text[i] == ']') {
                // preceded by an odd number of backslashes
                std::size_t slashes = 0;
                while (slashes < i && text[i - 1 - slashes] == '\\') {
                    ++slashes;
                }
                CHECK(slashes % 2 == 1);
            }
        }
    }
}

TEST_CASE("artifact URIs are percent-encoded") {
    StoryResult result = test::sample_result();
    result.findings[0].claims[0].file = "claims/nara summit/articles/ü.txt";
    const Json log = Json::parse(render::sarif({result}, "1"));
    const Json* rounding = result_with_rule(log["runs"][0]["results"], "numeric/compatible-rounding");
    REQUIRE(rounding != nullptr);
    CHECK((*rounding)["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
          "claims/nara%20summit/articles/%C3%BC.txt");
}
