// `--format json` has the shape spec §8 shows, keys in that order.
#include "render/render.hpp"
#include "render/sample_result.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace claimcheck;
using Json = nlohmann::ordered_json;

namespace {

std::vector<std::string> keys(const Json& object) {
    std::vector<std::string> out;
    for (const auto& item : object.items()) {
        out.push_back(item.key());
    }
    return out;
}

// The spec's keys come first, in the spec's order.
void check_prefix(const Json& object, const std::vector<std::string>& spec_keys) {
    const auto got = keys(object);
    REQUIRE(got.size() >= spec_keys.size());
    CHECK(std::vector<std::string>(got.begin(), got.begin() + static_cast<long>(spec_keys.size())) == spec_keys);
}

}  // namespace

TEST_CASE("the JSON document has version, stories and totals") {
    const Json doc = Json::parse(render::json({test::sample_result()}));
    CHECK(keys(doc) == std::vector<std::string>{"version", "stories", "totals"});
    CHECK(doc["version"] == 1);
    const Json& totals = doc["totals"];
    check_prefix(totals, {"error", "warning", "note", "new", "problems"});
    CHECK(totals["error"] == 1);
    CHECK(totals["warning"] == 1);
    CHECK(totals["note"] == 1);
    CHECK(totals["new"] == 2);
    CHECK(totals["problems"] == 1);
}

TEST_CASE("a story lists its sources, findings, problems and stale entries") {
    const Json doc = Json::parse(render::json({test::sample_result()}));
    REQUIRE(doc["stories"].size() == 1);
    const Json& story = doc["stories"][0];
    check_prefix(story, {"id", "title", "report", "sources", "findings", "problems", "stale_baseline"});
    CHECK(story["id"] == "nara-summit");
    CHECK(story["title"] == "Lee–Takaichi summit in Nara");
    CHECK(story["report"] == "reports/nara-summit.md");
    REQUIRE(story["sources"].size() == 3);
    check_prefix(story["sources"][0], {"id", "outlet", "claims"});
    CHECK(story["sources"][0]["outlet"] == "Archyde");
    CHECK(story["sources"][0]["claims"] == 3);
    CHECK(story["sources"][2]["role"] == "draft");

    const Json& problem = story["problems"][0];
    CHECK(keys(problem) == std::vector<std::string>{"file", "line", "column", "severity", "message"});
    CHECK(problem["file"] == "claims/nara-summit/003.toml");
    CHECK(problem["line"] == 14);
    CHECK(problem["column"] == 9);
    CHECK(problem["severity"] == "error");

    CHECK(
        story["stale_baseline"] ==
        Json::parse(R"([{"fingerprint": "numeric:mine.injured:00000000deadbeef", "reason": "the old injury count"}])"));
}

TEST_CASE("a finding carries its verdict, status and every claim's place") {
    const Json doc = Json::parse(render::json({test::sample_result()}));
    const Json& findings = doc["stories"][0]["findings"];
    REQUIRE(findings.size() == 3);
    const Json& finding = findings[0];
    check_prefix(finding, {"fingerprint", "kind", "verdict", "severity", "topic", "new", "explanation", "claims"});
    CHECK(finding["fingerprint"] == "numeric:mine.deaths:9f1c2a7e40b3d615");
    CHECK(finding["kind"] == "numeric");
    CHECK(finding["verdict"] == "compatible-rounding");
    CHECK(finding["severity"] == "warning");
    CHECK(finding["new"] == true);
    CHECK(finding["assumption"] == "equal if 183 was rounded to tens");
    const Json& claim = finding["claims"][0];
    check_prefix(claim, {"source", "id", "value", "quote", "anchor", "file", "line", "column"});
    CHECK(claim == Json::parse(R"({"source": "001", "id": "deaths", "value": "183 people",
        "quote": "183 miners perished", "anchor": "exact",
        "file": "claims/nara-summit/articles/001.txt", "line": 13, "column": 5, "outlet": "Archyde",
        "speaker": "", "note": "", "display": "183 people"})"));
    CHECK(findings[1]["new"] == false);
    CHECK(findings[1]["accepted_reason"] == "the draft is corrected before publication");
}

TEST_CASE("unknown lines and columns are null") {
    StoryResult result = test::sample_result();
    result.findings[0].claims[0].line = 0;
    result.findings[0].claims[0].column = 0;
    result.findings[0].claims[0].anchor = AnchorState::orphan;
    const Json doc = Json::parse(render::json({result}));
    const Json& claim = doc["stories"][0]["findings"][0]["claims"][0];
    CHECK(claim["line"].is_null());
    CHECK(claim["column"].is_null());
    CHECK(claim["anchor"] == "orphan");
}

TEST_CASE("totals add up over stories; no story is an empty list") {
    CHECK(Json::parse(render::json({}))["stories"] == Json::array());
    const Json doc = Json::parse(render::json({test::sample_result(), test::sample_result()}));
    CHECK(doc["totals"]["error"] == 2);
    CHECK(doc["totals"]["problems"] == 2);
}

TEST_CASE("hostile text survives JSON unchanged; invalid UTF-8 does not throw") {
    const StoryResult hostile = test::hostile_result();
    const Json doc = Json::parse(render::json({hostile}));
    CHECK(doc["stories"][0]["title"] == hostile.story.title);
    const Json& claim = doc["stories"][0]["findings"][0]["claims"][1];
    CHECK(claim["quote"] == hostile.findings[0].claims[1].quote);
    CHECK(doc["stories"][0]["problems"][0]["message"] == hostile.problems[0].message);

    StoryResult broken = test::sample_result();
    broken.story.title = "bad \xff\xfe bytes";
    std::string text;
    CHECK_NOTHROW(text = render::json({broken}));
    CHECK(Json::parse(text)["stories"][0]["title"] == "bad \xEF\xBF\xBD\xEF\xBF\xBD bytes");
}

TEST_CASE("a claim's display is its value in the topic's unit, else its value") {
    StoryResult result = test::sample_result();
    FindingClaim& converted = result.findings[0].claims[0];
    converted.value = "about 40 km";
    converted.display = "about 24.9 miles";
    const Json doc = Json::parse(render::json({result}));
    const Json& claims = doc["stories"][0]["findings"][0]["claims"];
    CHECK(claims[0]["value"] == "about 40 km");
    CHECK(claims[0]["display"] == "about 24.9 miles");
    CHECK(claims[1]["value"] == "180 people");
    CHECK(claims[1]["display"] == "180 people");
}
