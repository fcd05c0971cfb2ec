// --update-baseline: every current finding is accepted, existing reasons are
// kept, stale entries dropped, and the file is written in fingerprint order.
#include "gate/baseline.hpp"
#include "gate/baseline_fixture.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("update keeps reasons, adds new findings and drops stale entries") {
    StoryResult result;
    result.findings = {test::finding("numeric:b:2", Severity::warning),
                       test::finding("numeric:a:1", Severity::error, {"183 people", "1,300 people"})};
    gate::Baseline existing;
    existing.accepted = {{"numeric:b:2", "the wire rounds", {}}, {"numeric:gone:3", "old", {}}};
    const gate::Baseline updated = gate::updated_baseline(result, existing);
    REQUIRE(updated.accepted.size() == 2);
    CHECK(updated.accepted[0].fingerprint == "numeric:a:1");
    CHECK(updated.accepted[0].reason ==
          "accepted with --update-baseline (conflict: 183 people vs 1,300 people); say why this is acceptable");
    CHECK(updated.accepted[1].fingerprint == "numeric:b:2");
    CHECK(updated.accepted[1].reason == "the wire rounds");
}

TEST_CASE("an updated baseline accepts every finding") {
    StoryResult result;
    result.findings = {test::finding("x:1", Severity::error), test::finding("x:2", Severity::note),
                       test::finding("x:1", Severity::error)};
    gate::apply_baseline(result, gate::updated_baseline(result, {}));
    for (const auto& finding : result.findings) {
        CHECK_FALSE(finding.is_new);
    }
    CHECK(result.stale_baseline.empty());
    CHECK(gate::updated_baseline(result, {}).accepted.size() == 2);
}

TEST_CASE("the baseline file is commented, ordered and escaped") {
    gate::Baseline baseline;
    baseline.accepted = {{"numeric:z:1", "plain", {}}, {"numeric:a:1", "say \"why\"\\ here\nand\tthere \x01", {}}};
    const std::string text = gate::format_baseline(baseline);
    CHECK(text.rfind("# ", 0) == 0);
    const auto a =
        text.find("fingerprint = \"numeric:a:1\"\nreason = \"say \\\"why\\\"\\\\ here\\nand\\tthere \\u0001\"\n");
    const auto z = text.find("[[accepted]]\nfingerprint = \"numeric:z:1\"\nreason = \"plain\"\n");
    CHECK(a != std::string::npos);
    CHECK(z != std::string::npos);
    CHECK(a < z);
    CHECK(gate::format_baseline(baseline) == text);
}

TEST_CASE("a written baseline reads back to the same entries") {
    StoryResult result;
    result.findings = {test::finding("numeric:mine.deaths:9f1c2a7e40b3d615", Severity::warning),
                       test::finding("naming:temple:00ff", Severity::note, {"Chōsei", "Chosei"})};
    gate::Baseline existing;
    existing.accepted = {{"naming:temple:00ff", "long vowels: “ō” = o, and a # hash", {}}};
    const gate::Baseline updated = gate::updated_baseline(result, existing);

    test::ScratchDir dir;
    const auto file = dir.write("baseline.toml", gate::format_baseline(updated));
    Diagnostics diagnostics;
    const auto back = gate::read_baseline(file, "baseline.toml", diagnostics);
    CHECK(diagnostics.sorted().empty());
    REQUIRE(back);
    REQUIRE(back->accepted.size() == updated.accepted.size());
    for (std::size_t i = 0; i < updated.accepted.size(); ++i) {
        CHECK(back->accepted[i].fingerprint == updated.accepted[i].fingerprint);
        CHECK(back->accepted[i].reason == updated.accepted[i].reason);
    }
    // Writing what was read changes nothing.
    CHECK(gate::format_baseline(*back) == gate::format_baseline(updated));
}

TEST_CASE("an empty baseline is the header alone and reads back empty") {
    const std::string text = gate::format_baseline({});
    CHECK(text.find("[[accepted]]") == std::string::npos);
    test::ScratchDir dir;
    Diagnostics diagnostics;
    const auto back = gate::read_baseline(dir.write("baseline.toml", text), "baseline.toml", diagnostics);
    REQUIRE(back);
    CHECK(back->accepted.empty());
}

TEST_CASE("a baseline is written without raw control or bidirectional characters") {
    gate::Baseline baseline;
    baseline.accepted.push_back({"numeric:t:1", "reason with \u202Eright-to-left\u202C, \u200F and \x1b[2J", {}});
    const std::string text = gate::format_baseline(baseline);
    CHECK(text.find("\u202E") == std::string::npos);
    CHECK(text.find("\u200F") == std::string::npos);
    CHECK(text.find('\x1b') == std::string::npos);
    CHECK(text.find("\\u202E") != std::string::npos);
    CHECK(text.find("\\u001B") != std::string::npos);
}
