// §6.4: level distances on a scale, previews, and curated levels the cues contradict.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

FrameValue certainty(std::string level, bool inferred = false) {
    return frame("certainty", certainty_levels(), std::move(level), inferred);
}

framing::Cue cue(std::string word, framing::ScaleId scale, std::string level) {
    framing::Cue c;
    c.word = word;
    c.length = word.size();
    c.scale = scale;
    c.level = std::move(level);
    return c;
}

Finding only_finding(const Story& story) {
    return compare::testing::only_finding(story, FindingKind::framing);
}

}  // namespace

TEST_CASE("the same level produces no finding", "[framing][silence]") {
    CHECK(findings_of(pair_story(certainty("agreed"), certainty("agreed"))).empty());
}

TEST_CASE("level distance decides the severity", "[framing]") {
    SECTION("one level apart is a note") {
        const Finding f = only_finding(pair_story(certainty("planned"), certainty("agreed")));
        CHECK(f.verdict == "nuance");
        CHECK(f.severity == Severity::note);
    }
    SECTION("warn distance is a warning") {
        const Finding f = only_finding(pair_story(certainty("probable"), certainty("agreed")));
        CHECK(f.verdict == "divergence");
        CHECK(f.severity == Severity::warning);
        CHECK(f.explanation ==
              "'probable' and 'agreed' are 2 levels apart on the certainty scale (warning at 2, error at 3)");
    }
    SECTION("error distance is an error") {
        const Finding f = only_finding(pair_story(certainty("possible"), certainty("done")));
        CHECK(f.verdict == "conflict");
        CHECK(f.severity == Severity::error);
        CHECK(f.assumption.empty());
    }
    SECTION("a story's own thresholds apply") {
        Story story = pair_story(certainty("possible"), certainty("done"));
        story.scales["certainty"].error = 5;
        CHECK(only_finding(story).verdict == "divergence");
    }
}

TEST_CASE("a less certain preview is superseded by later reporting", "[framing]") {
    Story story = make_story({
        make_source("001", {make_claim("deal", certainty("possible"))}, Role::reference, ymd(2026, 1, 10)),
        make_source("002", {make_claim("deal", certainty("done"))}, Role::reference, ymd(2026, 1, 14)),
    });
    story.date = ymd(2026, 1, 13);
    const Finding f = only_finding(story);
    CHECK(f.verdict == "superseded");
    CHECK(f.severity == Severity::note);
    CHECK_THAT(f.explanation, Catch::StartsWith("superseded by later reporting"));

    SECTION("a preview that is MORE certain than later reports is not excused: the later one is stale") {
        story.sources[0].claims[0].value = certainty("done");
        story.sources[1].claims[0].value = certainty("possible");
        CHECK(only_finding(story, FindingKind::framing).verdict == "stale");
    }
    SECTION("without a story date, the sources' own dates order them") {
        story.date.reset();
        const Finding g = only_finding(story, FindingKind::framing);
        CHECK(g.verdict == "superseded");
        CHECK(g.explanation ==
              "superseded by later reporting: 001 (2026-01-10) said 'possible' before 002 (2026-01-14) said 'done'");
    }
    SECTION("near: without publication dates nothing is ordered in time") {
        story.date.reset();
        story.sources[0].published.reset();
        CHECK(only_finding(story, FindingKind::framing).verdict == "conflict");
    }
}

TEST_CASE("a later, less certain report is stale", "[framing][stale]") {
    SECTION("a draft a day after the signing still says planned") {
        const Story story = make_story({
            make_source("001", {make_claim("ceasefire", certainty("agreed"))}, Role::reference, ymd(2026, 3, 1)),
            make_source("002", {make_claim("ceasefire", certainty("planned"))}, Role::draft, ymd(2026, 3, 2)),
        });
        const Finding f = only_finding(story, FindingKind::framing);
        CHECK(f.verdict == "stale");
        CHECK(f.severity == Severity::warning);
        CHECK_THAT(
            f.explanation,
            Catch::EndsWith("stale: 002 (2026-03-02) still says 'planned' after 001 (2026-03-01) reported 'agreed'"));
    }
    SECTION("one of two later sources lags behind") {
        const Story story = make_story({
            make_source("001", {make_claim("deal", certainty("done"))}, Role::reference, ymd(2026, 3, 1)),
            make_source("002", {make_claim("deal", certainty("done"))}, Role::reference, ymd(2026, 3, 3)),
            make_source("003", {make_claim("deal", certainty("probable"))}, Role::reference, ymd(2026, 3, 2)),
        });
        CHECK_THAT(only_finding(story, FindingKind::framing).explanation, Catch::Contains("stale: 003 (2026-03-02)"));
    }
    SECTION("near: the less certain report came out the same day") {
        const Story story = make_story({
            make_source("001", {make_claim("ceasefire", certainty("agreed"))}, Role::reference, ymd(2026, 3, 1)),
            make_source("002", {make_claim("ceasefire", certainty("planned"))}, Role::draft, ymd(2026, 3, 1)),
        });
        CHECK(only_finding(story, FindingKind::framing).verdict == "nuance");
    }
}

TEST_CASE("curated level contradicted by the quote's cues", "[framing][curation]") {
    Claim claim = make_claim("deal", certainty("done"));
    claim.quote = "the two sides may sign an accord";
    claim.cues = {cue("may", framing::ScaleId::certainty, "possible")};
    Story story = make_story({make_source("001", {claim})});
    const Finding f = only_finding(story);
    CHECK(f.verdict == "curation-mismatch");
    CHECK(f.severity == Severity::warning);
    CHECK_THAT(f.explanation, Catch::StartsWith("the curated level may be wrong"));
    CHECK_THAT(f.explanation, Catch::Contains("'may'"));

    SECTION("cues one level away are fine") {
        story.sources[0].claims[0].value = certainty("probable");
        CHECK(findings_of(story).empty());
    }
    SECTION("an inferred level cannot contradict its own cues") {
        story.sources[0].claims[0].value = certainty("done", true);
        CHECK(findings_of(story).empty());
    }
    SECTION("cues of another scale do not count") {
        story.sources[0].claims[0].cues = {cue("landmark", framing::ScaleId::significance, "historic")};
        CHECK(findings_of(story).empty());
    }
}
