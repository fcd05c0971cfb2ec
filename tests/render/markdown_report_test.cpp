// The Markdown report reads top to bottom like spec §8: title, verdict,
// sources, agreement matrix, findings by kind and severity, timelines, input
// problems, stale baseline entries; and it is byte-identical for equal input.
#include "render/render.hpp"
#include "render/sample_result.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace claimcheck;

using test::lines_of;

namespace {

bool has_line(const std::string& text, const std::string& wanted) {
    const auto lines = lines_of(text);
    return std::find(lines.begin(), lines.end(), wanted) != lines.end();
}

std::vector<std::string> headings(const std::string& text) {
    std::vector<std::string> out;
    for (const auto& line : lines_of(text)) {
        if (line.rfind("#", 0) == 0) {
            out.push_back(line);
        }
    }
    return out;
}

}  // namespace

TEST_CASE("the report's sections come in reading order") {
    const std::string report = render::markdown_report(test::sample_result(), "..");
    const std::vector<std::string> expected = {
        "# Lee–Takaichi summit in Nara",
        "## Draft review",
        "## Sources",
        "## Agreement",
        "## Findings",
        "### Numbers (1 warning)",
        "#### ⚠️ Warning: compatible-rounding in `mine.deaths` — Miners killed in the 1942 flood",
        "### Dates (1 error)",
        "#### ❌ Error: conflict in `summit.date`",
        "### Names (1 note)",
        "#### 🔹 Note: style in `temple.name`",
        "## Timelines",
        "### `mine.toll` — Confirmed toll",
        "## Input problems",
        "## Stale baseline entries",
    };
    CHECK(headings(report) == expected);
    CHECK(report.back() == '\n');
}

TEST_CASE("the verdict line counts errors, warnings, notes and new findings") {
    const std::string report = render::markdown_report(test::sample_result(), "..");
    CHECK(has_line(report,
                   "**Verdict:** ❌ 1 error · ⚠️ 1 warning · 🔹 1 note — **2 new**, 1 accepted "
                   "in the baseline."));
    CHECK(has_line(report,
                   "**Input problems:** 1 error (listed under *Input problems*; claims with "
                   "errors are left out of the comparison)."));
    CHECK(has_line(report,
                   "**Baseline:** 1 accepted finding no longer occurs (see *Stale baseline "
                   "entries*)."));
}

TEST_CASE("a story without findings says the sources agree") {
    StoryResult result = test::sample_result();
    result.findings.clear();
    result.timelines.clear();
    result.problems.clear();
    result.stale_baseline.clear();
    const std::string report = render::markdown_report(result, "..");
    CHECK(has_line(report, "**Verdict:** ✅ no discrepancies — the sources agree on every topic they share."));
    CHECK(report.find("## Findings\n\nNone.\n") != std::string::npos);
    CHECK(report.find("## Timelines") == std::string::npos);
    CHECK(report.find("## Input problems") == std::string::npos);
    CHECK(report.find("## Stale baseline entries") == std::string::npos);
}

TEST_CASE("the sources table gives outlet, role, date, article, claims and anchor health") {
    const std::string report = render::markdown_report(test::sample_result(), "..");
    CHECK(has_line(report, "| Source | Outlet | Role | Published | Article | Claims | Anchors |"));
    CHECK(has_line(report,
                   "| `001` | [Archyde](https://example.com/archyde/nara) | reference | 2026-01-19 | "
                   "[articles/001.txt](../claims/nara-summit/articles/001.txt) | 3 | ✅ 2 exact, 1 folded |"));
    CHECK(has_line(report,
                   "| `003` | Our draft | **draft** | — | "
                   "[articles/003.txt](../claims/nara-summit/articles/003.txt) | 3 | ⚠️ 2 exact, 1 relocated |"));
}

TEST_CASE("the agreement matrix shows the worst finding per topic and source") {
    const std::string report = render::markdown_report(test::sample_result(), "..");
    CHECK(has_line(report, "| Topic | Archyde | Kyodo | Our draft |"));
    CHECK(has_line(report, "| `mine.deaths` Miners killed in the 1942 flood | ⚠️ | ⚠️ | ✅ |"));
    CHECK(has_line(report, "| `summit.date` | — | ❌ | ❌ |"));
    CHECK(has_line(report, "| `summit.significance` | ◻️ | — | — |"));
    CHECK(has_line(report, "| `summit.venue` Where the summit was held | — | — | — |"));
    CHECK(has_line(report, "| `temple.name` | 🔹 | — | 🔹 |"));
    CHECK(has_line(report,
                   "- ✅ agrees: the source has claims on the topic and is in no finding for it "
                   "(its values are identical to the other sources', or differ only in the date "
                   "they refer to, `as_of`)"));
}

TEST_CASE("an error outranks a note for the same source and topic") {
    StoryResult result = test::sample_result();
    Finding worse = result.findings[2];
    worse.severity = Severity::error;
    worse.verdict = Verdict::naming_conflict;
    worse.fingerprint = "naming:temple.name:ffffffffffffffff";
    result.findings.push_back(worse);
    CHECK(has_line(render::markdown_report(result, ".."), "| `temple.name` | ❌ | — | ❌ |"));
}

TEST_CASE("two articles of one outlet are told apart in the matrix") {
    StoryResult result = test::sample_result();
    result.story.sources[1].outlet = "Archyde";
    CHECK(has_line(render::markdown_report(result, ".."), "| Topic | Archyde `001` | Archyde `002` | Our draft |"));
}

TEST_CASE("a finding shows every value, quote, link, explanation, assumption and status") {
    const std::string report = render::markdown_report(test::sample_result(), "..");
    CHECK(has_line(report, "**New**: not accepted in the baseline."));
    CHECK(has_line(report, "**Why:** 180 is 183 rounded to tens (rounding rule)"));
    CHECK(has_line(report, "**Reconciles if:** equal if 183 was rounded to tens"));
    CHECK(has_line(report,
                   "| Archyde (`001`, claim `deaths`) | 183 people | “183 miners perished” | "
                   "[articles/001.txt:13:5](../claims/nara-summit/articles/001.txt#L13) |"));
    CHECK(has_line(report,
                   "| Kyodo (`002`, claim `deaths`) | 180 people | “180 people died” | "
                   "[articles/002.txt:7:1](../claims/nara-summit/articles/002.txt#L7) |"));
    CHECK(has_line(report, "Fingerprint: `numeric:mine.deaths:9f1c2a7e40b3d615`"));
    CHECK(has_line(report, "**Accepted** in the baseline: the draft is corrected before publication"));
    CHECK(has_line(report, "**Reconciles if:** no assumption reconciles these values."));
    CHECK(has_line(report,
                   "| Our draft (`003`, claim `temple`) | Horyu-ji Temple | “Horyu-ji Temple” | "
                   "[articles/003.txt:4:2](../claims/nara-summit/articles/003.txt#L4) (relocated) |"));
}

TEST_CASE("timelines, input problems and stale entries are listed") {
    const std::string report = render::markdown_report(test::sample_result(), "..");
    CHECK(has_line(report,
                   "| 2005-10-19 | Archyde (`001`) | 136 people | “136 bodies” | "
                   "[articles/001.txt:30:1](../claims/nara-summit/articles/001.txt#L30) |"));
    CHECK(has_line(report,
                   "- ❌ **error** [003.toml:14:9](../claims/nara-summit/003.toml#L14): "
                   "unknown key 'vaule' (did you mean 'value'?)"));
    CHECK(has_line(report, "| `numeric:mine.injured:00000000deadbeef` | the old injury count |"));
}

TEST_CASE("links are relative to the report's folder") {
    const std::string report = render::markdown_report(test::sample_result(), "../../");
    CHECK(report.find("(../../claims/nara-summit/articles/001.txt#L13)") != std::string::npos);
    CHECK(report.find("(../claims/") == std::string::npos);
}

TEST_CASE("paths that would leave the repository are shown, not linked") {
    StoryResult result = test::sample_result();
    result.findings[0].claims[0].file = "/home/editor/claims/nara-summit/articles/001.txt";
    result.findings[0].claims[1].file = "../elsewhere/002.txt";
    const std::string report = render::markdown_report(result, "..");
    CHECK(report.find("](/home") == std::string::npos);
    CHECK(report.find("](../../elsewhere") == std::string::npos);
    CHECK(report.find("| /home/editor/claims/nara-summit/articles/001.txt:13:5 |") != std::string::npos);
}

TEST_CASE("link targets are percent-encoded") {
    StoryResult result = test::sample_result();
    result.findings[0].claims[0].file = "claims/nara summit/articles/(1) ü.txt";
    const std::string report = render::markdown_report(result, "..");
    CHECK(report.find("(../claims/nara%20summit/articles/%281%29%20%C3%BC.txt#L13)") != std::string::npos);
}

TEST_CASE("the report is byte-identical for equal input, whatever the finding order") {
    const StoryResult result = test::sample_result();
    StoryResult shuffled = result;
    std::reverse(shuffled.findings.begin(), shuffled.findings.end());
    const std::string once = render::markdown_report(result, "..");
    CHECK(render::markdown_report(result, "..") == once);
    CHECK(render::markdown_report(shuffled, "..") == once);
}

TEST_CASE("long parts fold into details blocks") {
    StoryResult result = test::sample_result();
    Finding& finding = result.findings[0];
    while (finding.claims.size() <= 8) {
        finding.claims.push_back(finding.claims.front());
    }
    const std::string report = render::markdown_report(result, "..");
    CHECK(report.find("<details><summary>9 claims</summary>\n\n| Source | Value | Quote | Where |") !=
          std::string::npos);
    CHECK(report.find("|\n\n</details>\n") != std::string::npos);
}

TEST_CASE("quote findings show the word diff in a code block") {
    StoryResult result = test::sample_result();
    result.findings[2].kind = Kind::quote;
    result.findings[2].diff = "we [-will-] {+may+} sign";
    const std::string report = render::markdown_report(result, "..");
    CHECK(report.find("Word diff:\n\n```text\nwe [-will-] {+may+} sign\n```\n") != std::string::npos);
}

TEST_CASE("a value written in another unit than the topic's is shown in both") {
    StoryResult result = test::sample_result();
    FindingClaim& converted = result.findings[0].claims[0];
    converted.value = "about 40 km";
    converted.display = "about 24.9 miles";
    const std::string report = render::markdown_report(result, "..");
    CHECK(report.find("| about 40 km (about 24.9 miles) | “183 miners perished” |") != std::string::npos);
    CHECK(report.find("| 180 people | “180 people died” |") != std::string::npos);
}

TEST_CASE("a matrix too large to draw lists the topics in a finding: the report grows as the findings") {
    // 300 topics × 300 sources would be 90,000 cells; three findings are all
    // there is to say.
    StoryResult result = test::sample_result();
    for (int i = 0; i < 300; ++i) {
        result.story.topics[fmt::format("extra.{:03}", i)] = Topic{};
        result.story.sources.push_back(test::make_source(fmt::format("x{:03}", i), "Outlet", Role::reference, {}));
    }
    const std::string report = render::markdown_report(result, "..");
    CHECK_THAT(report, Catch::Contains("only the topics in a finding are listed"));
    CHECK(has_line(report, "| `summit.date` | ❌ `002`, ❌ `003` |"));
    CHECK(report.size() < 90000);  // a drawn matrix alone is over 90,000 cells of several bytes
    // Near: the sample's own matrix (3 sources) is drawn.
    CHECK_THAT(render::markdown_report(test::sample_result(), ".."),
               !Catch::Contains("only the topics in a finding are listed"));
}
