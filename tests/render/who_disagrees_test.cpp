// §6.6 and §8: the odd one out is where a finding is reported, the matrix
// marks the majority as agreeing, and a story with a draft opens with the
// draft review (Markdown) and a `draft` block (JSON).
#include "render/render.hpp"
#include "render/sample_result.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace claimcheck;

using test::lines_of;

namespace {

// The rounding finding (001: 183, 002: 180) with 002 as the odd one out.
StoryResult with_outlier(std::string outlier, std::string agreeing) {
    StoryResult result = test::sample_result();
    result.findings[0].outliers = {std::move(outlier)};
    result.findings[0].agreeing = {std::move(agreeing)};
    return result;
}

std::string matrix_row(const std::string& report, const std::string& topic) {
    for (const auto& line : lines_of(report)) {
        if (line.rfind("| `" + topic + "`", 0) == 0) {
            return line;
        }
    }
    return {};
}

}  // namespace

TEST_CASE("the odd one out is the primary location in every output", "[who-disagrees]") {
    SECTION("a reference as the outlier") {
        const auto lines = lines_of(render::github({with_outlier("002", "001")}, {}));
        CHECK(lines[1].find("file=claims/nara-summit/articles/002.txt,line=7,col=1") != std::string::npos);
        const auto sarif = nlohmann::json::parse(render::sarif({with_outlier("002", "001")}, "1"));
        const auto& location = sarif["runs"][0]["results"][1]["locations"][0]["physicalLocation"];
        CHECK(location["region"]["startLine"] == 7);
    }
    SECTION("the other reference as the outlier") {
        const auto lines = lines_of(render::github({with_outlier("001", "002")}, {}));
        CHECK(lines[1].find("file=claims/nara-summit/articles/001.txt,line=13,col=5") != std::string::npos);
    }
    SECTION("near: no sides, the first located claim as before") {
        const auto lines = lines_of(render::github({test::sample_result()}, {}));
        CHECK(lines[1].find("file=claims/nara-summit/articles/001.txt,line=13,col=5") != std::string::npos);
    }
}

TEST_CASE("the matrix marks the majority as agreeing and the outlier with the severity", "[who-disagrees]") {
    const std::string split = render::markdown_report(with_outlier("002", "001"), "..");
    CHECK(matrix_row(split, "mine.deaths") ==
          "| `mine.deaths` Miners killed in the 1942 flood | ☑️ | ⚠️ | ✅ |");
    const std::string other = render::markdown_report(with_outlier("001", "002"), "..");
    CHECK(matrix_row(other, "mine.deaths") ==
          "| `mine.deaths` Miners killed in the 1942 flood | ⚠️ | ☑️ | ✅ |");
    CHECK_THAT(split, Catch::Contains("- ☑️ agrees with the majority"));
    const std::string plain = render::markdown_report(test::sample_result(), "..");
    CHECK(matrix_row(plain, "mine.deaths") ==
          "| `mine.deaths` Miners killed in the 1942 flood | ⚠️ | ⚠️ | ✅ |");
}

namespace {

// The rows of the Draft review table.
std::vector<std::string> draft_rows(const StoryResult& result) {
    const auto lines = lines_of(render::markdown_report(result, ".."));
    std::vector<std::string> rows;
    for (auto line = std::find(lines.begin(), lines.end(), "## Draft review");
         line != lines.end() && *line != "## Sources"; ++line) {
        if (line->rfind("| [", 0) == 0) {
            rows.push_back(*line);
        }
    }
    return rows;
}

Finding& finding_on(StoryResult& result, const std::string& topic) {
    const auto it = std::find_if(result.findings.begin(), result.findings.end(),
                                 [&](const Finding& f) { return f.topic == topic; });
    REQUIRE(it != result.findings.end());
    return *it;
}

}  // namespace

TEST_CASE("the draft review lists the draft's claims in findings, in the draft's line order", "[draft-review]") {
    const std::string report = render::markdown_report(test::sample_result(), "..");
    const auto lines = lines_of(report);
    const auto at = std::find(lines.begin(), lines.end(), "## Draft review");
    REQUIRE(at != lines.end());
    CHECK(at < std::find(lines.begin(), lines.end(), "## Sources"));
    // The draft (003) has line 1 (summit.date) and line 4 (temple.name) in findings.
    const auto rows = draft_rows(test::sample_result());
    REQUIRE(rows.size() == 2);
    CHECK(rows[0] ==
          "| [articles/003.txt:1:1](../claims/nara-summit/articles/003.txt#L1) | `summit.date` | Tuesday | "
          "`002`: 2026-01-13 | ❌ `temporal/conflict` | — |");
    CHECK(rows[1] ==
          "| [articles/003.txt:4:2](../claims/nara-summit/articles/003.txt#L4) | `temple.name` | Horyu-ji Temple | "
          "`001`: Horyuji Temple | 🔹 `naming/style` | equal if hyphens are ignored |");

    SECTION("references that say the same share a line, and one claim's repeats share a row") {
        StoryResult result = test::sample_result();
        Finding& f = finding_on(result, "summit.date");
        FindingClaim again = f.claims.front();
        for (FindingClaim& claim : f.claims) {
            if (claim.source == "002") {
                again = claim;
            }
        }
        again.source = "001";
        f.claims.push_back(again);
        FindingClaim draft_again =
            *std::find_if(f.claims.begin(), f.claims.end(), [](const FindingClaim& c) { return c.source == "003"; });
        draft_again.line = 5;
        f.claims.push_back(draft_again);
        const auto grouped = draft_rows(result);
        REQUIRE(grouped.size() == 2);
        CHECK_THAT(grouped[0], Catch::StartsWith("| [articles/003.txt:1:1](../claims/nara-summit/articles/003.txt#L1)"
                                                 "<br>[articles/003.txt:5:1]") &&
                                   Catch::Contains("| `002`, `001`: 2026-01-13 |"));
    }
    SECTION("the draft on the side that agrees is not the one that differs") {
        StoryResult result = test::sample_result();
        finding_on(result, "temple.name").agreeing = {"003"};
        finding_on(result, "temple.name").outliers = {"001"};
        CHECK(draft_rows(result).size() == 1);
    }
    SECTION("a name the draft writes in the house spelling is not listed") {
        StoryResult result = test::sample_result();
        finding_on(result, "temple.name").verdict = Verdict::accepted_form;
        CHECK(draft_rows(result).size() == 1);
    }
    SECTION("a draft with no claim in a finding says so") {
        StoryResult result = test::sample_result();
        result.findings = {result.findings[0]};
        result.problems.clear();
        CHECK_THAT(render::markdown_report(result, ".."),
                   Catch::Contains("\nNo claim of the draft differs from the references or the house style.\n"));
    }
    SECTION("a draft whose claims could not be read says so, not that it is clean") {
        StoryResult result = test::sample_result();
        result.findings = {result.findings[0]};
        Source& draft = result.story.sources[2];
        draft.claims.clear();  // every claim had an error and was left out
        result.problems.push_back({Severity::error, {draft.display_file, 3, 9}, "February 30, 2026 is not a date", {}});
        const std::string unread = render::markdown_report(result, "..");
        CHECK_THAT(unread, !Catch::Contains("No claim of the draft differs"));
        CHECK_THAT(unread, Catch::Contains("No claim of the draft could be compared"));
    }
    SECTION("a draft with some claims unreadable counts its problems") {
        StoryResult result = test::sample_result();
        result.findings = {result.findings[0]};
        result.problems = {
            {Severity::error, {result.story.sources[2].display_file, 3, 9}, "February 30, 2026 is not a date", {}},
            {Severity::warning, {result.story.sources[2].display_file, 4, 9}, "a warning is not a problem here", {}},
            {Severity::error, {result.story.sources[0].display_file, 3, 9}, "nor is another source's error", {}}};
        CHECK_THAT(render::markdown_report(result, ".."),
                   Catch::Contains("No claim of the draft that could be compared differs from the references or the "
                                   "house style; 1 problem of the draft is listed under *Input problems*."));
    }
    SECTION("near: no draft source, no draft review") {
        StoryResult result = test::sample_result();
        result.story.sources[2].role = Role::reference;
        CHECK_THAT(render::markdown_report(result, ".."), !Catch::Contains("## Draft review"));
    }
}

TEST_CASE("JSON has a draft block when the story has a draft", "[draft-review]") {
    const auto doc = nlohmann::json::parse(render::json({test::sample_result()}));
    const auto& draft = doc["stories"][0]["draft"];
    REQUIRE(draft["claims"].size() == 2);
    CHECK(draft["claims"][0]["line"] == 1);
    CHECK(draft["claims"][0]["verdict"] == "conflict");
    CHECK(draft["claims"][0]["fingerprint"] == "temporal:summit.date:0a1b2c3d4e5f6071");
    CHECK(draft["claims"][0]["references"][0]["source"] == "002");
    CHECK(draft["claims"][1]["topic"] == "temple.name");
    CHECK(draft["claims"][1]["assumption"] == "equal if hyphens are ignored");

    StoryResult no_draft = test::sample_result();
    no_draft.story.sources[2].role = Role::reference;
    CHECK(nlohmann::json::parse(render::json({no_draft}))["stories"][0]["draft"].is_null());
}
