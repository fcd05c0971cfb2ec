// §6: claims grouped by topic, one finding per disagreeing topic naming every
// source, the worst pair deciding, `as_of` timelines, deterministic order.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

Claim dated(Claim claim, std::chrono::year_month_day as_of) {
    claim.as_of = as_of;
    return claim;
}

std::vector<std::string> sources_of(const Finding& finding) {
    std::vector<std::string> out;
    for (const auto& claim : finding.claims) {
        out.push_back(claim.source + "/" + claim.claim + "=" + claim.value);
    }
    return out;
}

}  // namespace

TEST_CASE("a disagreeing topic yields one finding naming every source and its value", "[grouping]") {
    const Story story = make_story({
        make_source("003", {make_claim("deaths", number(183))}),
        make_source("001", {make_claim("deaths", number(180))}),
        make_source("002", {make_claim("deaths", number(183))}),
    });
    const auto findings = findings_of(story);
    REQUIRE(findings.size() == 1);
    const Finding& f = findings[0];
    CHECK(f.topic == "deaths");
    CHECK(f.verdict == "compatible-rounding");
    CHECK(sources_of(f) ==
          std::vector<std::string>{"001/deaths=180 people", "002/deaths=183 people", "003/deaths=183 people"});
    CHECK(f.values == std::vector<std::string>{"180", "183"});
}

TEST_CASE("the worst pair decides verdict and severity", "[grouping]") {
    const Story story = make_story({
        make_source("001", {make_claim("deaths", number(183))}),
        make_source("002", {make_claim("deaths", number(180))}),
        make_source("003", {make_claim("deaths", number(250))}),
    });
    const auto findings = findings_of(story);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].verdict == "conflict");
    CHECK(findings[0].severity == Severity::error);
    CHECK_THAT(findings[0].explanation, Catch::Contains("3 distinct values"));
    CHECK(findings[0].assumption.empty());  // nothing reconciles a conflict
    CHECK(findings[0].claims.size() == 3);
}

TEST_CASE("assumptions of every reconcilable pair are collected", "[grouping]") {
    const Story story = make_story({
        make_source("001", {make_claim("deaths", number(183))}),
        make_source("002", {make_claim("deaths", number(180))}),
        make_source("003", {make_claim("deaths", about(180))}),
    });
    const auto findings = findings_of(story);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].verdict == "compatible-rounding");
    CHECK_THAT(findings[0].assumption, Catch::Contains("equal if 183 was rounded to tens"));
    CHECK_THAT(findings[0].assumption, Catch::Contains("consistent if '180' is read as 'about 180'"));
}

TEST_CASE("a source contradicting itself is a finding", "[grouping]") {
    const Story story = make_story({
        make_source("001",
                    {make_claim("deaths", number(180), "deaths"), make_claim("deaths", number(250), "deaths#2")}),
    });
    const auto findings = findings_of(story);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].verdict == "conflict");
    CHECK_THAT(findings[0].explanation, Catch::EndsWith("Source 001 contradicts itself."));
    REQUIRE(findings[0].claims.size() == 2);
    CHECK(findings[0].claims[0].claim == "deaths");
    CHECK(findings[0].claims[1].claim == "deaths#2");
}

TEST_CASE("values and self-contradictions after the first conflict are still found", "[grouping]") {
    // Keys in order: "100", "900", "903". The first pair (100, 900) is already
    // a conflict, the worst a numeric pair can be; 903 and source 003's own
    // disagreement (900 vs 903, a rounding warning) come after it.
    const Story story = make_story({
        make_source("001", {make_claim("deaths", number(100))}),
        make_source("002", {make_claim("deaths", number(900))}),
        make_source("003", {make_claim("deaths", number(900), "a"), make_claim("deaths", number(903), "b")}),
    });
    const Finding f = only_finding(story, Kind::quantity);
    CHECK(f.verdict == "conflict");
    CHECK_THAT(f.explanation, Catch::StartsWith("100 vs 900"));
    CHECK_THAT(f.explanation,
               Catch::EndsWith("(3 distinct values; the worst pair is shown.) Source 003 contradicts itself."));
    CHECK(f.values == std::vector<std::string>{"100", "900", "903"});
    CHECK(f.claims.size() == 4);
}

TEST_CASE("a subgroup next to its total is not a self-contradiction", "[grouping]") {
    Claim korean = make_claim("deaths", number(136), "korean");
    korean.scope = "Korean victims";
    const Story story = make_story({
        make_source("001", {make_claim("deaths", number(183)), korean}),
        make_source("002", {make_claim("deaths", number(180))}),
    });
    const auto findings = findings_of(story);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].verdict == "compatible-rounding");
    CHECK_THAT(findings[0].explanation, !Catch::Contains("contradicts"));
}

TEST_CASE("claims with different as_of dates form a timeline, not a finding", "[grouping][timeline]") {
    Story story = make_story({
        make_source("001", {dated(make_claim("deaths", number(136)), ymd(2005, 10, 19))}),
        make_source("002", {dated(make_claim("deaths", number(183)), ymd(2024, 1, 1))}),
    });
    const auto comparison = compare::compare_story(story);
    CHECK(comparison.findings.empty());
    REQUIRE(comparison.timelines.size() == 1);
    const Timeline& t = comparison.timelines[0];
    CHECK(t.topic == "deaths");
    REQUIRE(t.entries.size() == 2);
    CHECK(t.entries[0].as_of == "2005-10-19");
    CHECK(t.entries[1].as_of == "2024-01-01");
    CHECK(t.entries[1].as_of_shown == "2024-01-01");

    SECTION("the same as_of is compared") {
        story.sources[1].claims[0].as_of = ymd(2005, 10, 19);
        CHECK(findings_of(story).size() == 1);
    }
    SECTION("a claim without as_of is compared with every other") {
        story.sources.push_back(make_source("003", {make_claim("deaths", number(250))}));
        const auto with_undated = compare::compare_story(story);
        REQUIRE(with_undated.findings.size() == 1);
        CHECK(with_undated.findings[0].verdict == "conflict");
        REQUIRE(with_undated.timelines.size() == 1);
        REQUIRE(with_undated.timelines[0].entries.size() == 3);
        CHECK(with_undated.timelines[0].entries[2].as_of.empty());  // undated entries come last
    }
}

TEST_CASE("a timeline shows an as_of date-time in its source's zone and in UTC, sorted by the instant",
          "[grouping][timeline]") {
    // 04:10 in Seoul on April 10 is 19:10 UTC on April 9: earlier than 22:00 UTC on April 9.
    Claim seoul = dated(make_claim("deaths", number(136)), ymd(2025, 4, 10));
    seoul.as_of_time = std::chrono::sys_days{ymd(2025, 4, 9)} + std::chrono::hours{19} + std::chrono::minutes{10};
    Claim utc = dated(make_claim("deaths", number(183)), ymd(2025, 4, 9));
    utc.as_of_time = std::chrono::sys_days{ymd(2025, 4, 9)} + std::chrono::hours{22};
    Story story = make_story({make_source("002", {utc}), make_source("001", {seoul})});
    story.sources[1].timezone = "Asia/Seoul";
    const auto comparison = compare::compare_story(story);
    REQUIRE(comparison.timelines.size() == 1);
    const Timeline& t = comparison.timelines[0];
    REQUIRE(t.entries.size() == 2);
    CHECK(t.entries[0].as_of == "2025-04-09T19:10Z");
    CHECK(t.entries[0].as_of_shown == "2025-04-10 04:10 Asia/Seoul (19:10 UTC the day before)");
    CHECK(t.entries[1].as_of == "2025-04-09T22:00Z");
    CHECK(t.entries[1].as_of_shown == "2025-04-09 22:00 UTC");
}

TEST_CASE("claims whose value did not parse are skipped", "[grouping]") {
    Claim broken = make_claim("deaths", std::monostate{});
    broken.kind = Kind::quantity;
    const Story story = make_story({
        make_source("001", {make_claim("deaths", number(183))}),
        make_source("002", {broken}),
    });
    CHECK(findings_of(story).empty());
}

TEST_CASE("a finding claim carries source, anchor and article position", "[grouping]") {
    Claim claim = make_claim("deaths", number(183), "deaths", 13);
    claim.quote = "183 miners perished";
    claim.anchor.column = 5;
    claim.anchor.state = AnchorState::folded;
    const Story story =
        make_story({make_source("001", {claim}), make_source("002", {make_claim("deaths", number(250))})});
    const auto findings = findings_of(story);
    REQUIRE(findings.size() == 1);
    const FindingClaim& c = findings[0].claims[0];
    CHECK(c.source == "001");
    CHECK(c.outlet == "Outlet 001");
    CHECK(c.claim == "deaths");
    CHECK(c.value == "183 people");
    CHECK(c.quote == "183 miners perished");
    CHECK(c.anchor == AnchorState::folded);
    CHECK(c.file == "claims/test/articles/001.txt");
    CHECK(c.line == 13);
    CHECK(c.column == 5);
}

TEST_CASE("findings are ordered by kind, severity (error first), topic, fingerprint", "[grouping][order]") {
    const Story story = make_story({
        make_source("001", {make_claim("b.deaths", number(183)), make_claim("a.deaths", number(183)),
                            make_claim("c.deaths", number(183)), name_claim("mine", "Chosei"),
                            make_claim("date", date(2026, 1, 13))}),
        make_source("002", {make_claim("b.deaths", number(180)), make_claim("a.deaths", number(180)),
                            make_claim("c.deaths", number(250)), name_claim("mine", "Hashima"),
                            make_claim("date", date(2026, 1, 19))}),
    });
    const auto findings = findings_of(story);
    std::vector<std::string> order;
    for (const auto& f : findings) {
        order.push_back(std::string(family_name(f.kind)) + " " + f.topic + " " + std::string(to_string(f.severity)));
    }
    CHECK(order == std::vector<std::string>{"numeric c.deaths error", "numeric a.deaths warning",
                                            "numeric b.deaths warning", "temporal date error", "naming mine error"});
}
