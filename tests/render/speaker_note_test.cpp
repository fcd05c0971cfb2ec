// A claim's speaker and note are shown with it wherever its finding is: the
// report's finding rows, JSON and the terminal view.
#include "render/render.hpp"
#include "render/sample_result.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace claimcheck;

namespace {

StoryResult with_speaker_and_note() {
    StoryResult result = test::sample_result();
    FindingClaim& claim = result.findings[0].claims[0];
    claim.speaker = "Sanae Takaichi";
    claim.note = "Said at the joint press appearance | in Nara.";
    return result;
}

}  // namespace

TEST_CASE("the report's finding row shows the speaker after the quote and the note") {
    const std::string report = render::markdown_report(with_speaker_and_note(), "..");
    CHECK(report.find("“183 miners perished” — Sanae Takaichi *Note:* Said at the joint press appearance \\| in "
                      "Nara.") != std::string::npos);
    // A claim without them is shown as before.
    CHECK(report.find("“180 people died” |") != std::string::npos);
}

TEST_CASE("JSON gives every claim its speaker and note") {
    const auto json = nlohmann::json::parse(render::json({with_speaker_and_note()}));
    const auto& claims = json["stories"][0]["findings"][0]["claims"];
    CHECK(claims[0]["speaker"] == "Sanae Takaichi");
    CHECK(claims[0]["note"] == "Said at the joint press appearance | in Nara.");
    CHECK(claims[1]["speaker"] == "");
    CHECK(claims[1]["note"] == "");
}

TEST_CASE("the terminal view names the speaker and prints the note under the claim") {
    const std::string out = render::terminal({with_speaker_and_note()}, {false, false, Severity::note});
    CHECK(out.find("“183 miners perished” — Sanae Takaichi  claims/") != std::string::npos);
    CHECK(out.find("  note: Said at the joint press appearance | in Nara.\n") != std::string::npos);
}
