// §6.4: level distances on a scale, previews, and curated levels the cues contradict.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

FrameValue certainty(std::string level, bool inferred = false) {
    return frame("certainty", certainty_levels(), std::move(level), inferred);
}

FrameValue status(std::string level) {
    static const std::vector<std::string> levels{"absent", "mentioned", "discussed", "addressed", "resolved"};
    return frame("status", levels, std::move(level));
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
    return compare::testing::only_finding(story, Kind::frame);
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

TEST_CASE("a lower status in a preview is superseded by later reporting", "[framing]") {
    Story story = make_story({
        make_source("001", {make_claim("talks", status("discussed"))}, Role::reference, ymd(2026, 1, 10)),
        make_source("002", {make_claim("talks", status("resolved"))}, Role::reference, ymd(2026, 1, 14)),
    });
    story.date = ymd(2026, 1, 13);
    const Finding f = only_finding(story);
    CHECK(f.verdict == "superseded");
    CHECK(f.severity == Severity::note);
    CHECK_THAT(f.explanation, Catch::StartsWith("superseded by later reporting"));

    SECTION("a preview that is MORE advanced than later reports is not excused: the later one is stale") {
        story.sources[0].claims[0].value = status("resolved");
        story.sources[1].claims[0].value = status("discussed");
        CHECK(only_finding(story, Kind::frame).verdict == "stale");
    }
    SECTION("without a story date, the sources' own dates order them") {
        story.date.reset();
        const Finding g = only_finding(story, Kind::frame);
        CHECK(g.verdict == "superseded");
        CHECK(g.explanation ==
              "superseded by later reporting: 001 (2026-01-10) said 'discussed' before 002 "
              "(2026-01-14) said 'resolved'");
    }
    SECTION("near: without publication dates nothing is ordered in time") {
        story.date.reset();
        story.sources[0].published.reset();
        CHECK(only_finding(story, Kind::frame).verdict == "divergence");
    }
    SECTION("a change of three levels or more stays a warning") {
        story.sources[0].claims[0].value = status("absent");
        const Finding g = only_finding(story, Kind::frame);
        CHECK(g.verdict == "divergence");
        CHECK(g.severity == Severity::warning);
        CHECK_THAT(g.explanation, Catch::StartsWith("superseded by later reporting") &&
                                      Catch::EndsWith("are 4 levels apart on the status scale, more than time "
                                                      "explains"));
    }
}

TEST_CASE("time logic applies only to scales that progress", "[framing][stale]") {
    // Certainty does not progress: a later, more cautious source is a
    // divergence to weigh, and an earlier 'ruled-out' against a later 'done'
    // is the conflict it is.
    const auto story_of = [](FrameValue early, FrameValue late) {
        return make_story({
            make_source("001", {make_claim("deal", std::move(early))}, Role::reference, ymd(2026, 3, 1)),
            make_source("002", {make_claim("deal", std::move(late))}, Role::reference, ymd(2026, 3, 2)),
        });
    };
    CHECK(only_finding(story_of(certainty("ruled-out"), certainty("done"))).verdict == "conflict");
    CHECK(only_finding(story_of(certainty("agreed"), certainty("probable"))).verdict == "divergence");

    SECTION("a story's own scale progresses when it says so") {
        Story story = story_of(frame("visit", {"planned", "under way", "done"}, "planned"),
                               frame("visit", {"planned", "under way", "done"}, "done"));
        story.scales["visit"] = Scale{"visit", {"planned", "under way", "done"}, 1, 2, false, false};
        CHECK(only_finding(story).verdict == "conflict");
        story.scales["visit"].progresses = true;
        CHECK(only_finding(story).verdict == "superseded");
    }
}

TEST_CASE("a draft is checked now, whatever its publication date", "[framing][stale]") {
    const auto story_of = [](std::string draft_level, std::chrono::year_month_day draft_day) {
        return make_story({
            make_source("001", {make_claim("talks", status("discussed"))}, Role::reference, ymd(2026, 3, 1)),
            make_source("002", {make_claim("talks", status(std::move(draft_level)))}, Role::draft, draft_day),
        });
    };
    SECTION("an overstated draft a day after its references is judged as one of the same day") {
        CHECK(only_finding(story_of("resolved", ymd(2026, 3, 2))).verdict == "divergence");
        CHECK(only_finding(story_of("resolved", ymd(2026, 3, 1))).verdict == "divergence");
    }
    SECTION("an understated draft a day later is not called stale") {
        CHECK(only_finding(story_of("absent", ymd(2026, 3, 2))).verdict == "divergence");
    }
}

TEST_CASE("a later report that lags behind is stale, judged by instants", "[framing][stale]") {
    SECTION("one of two later sources lags behind") {
        const Story story = make_story({
            make_source("001", {make_claim("talks", status("resolved"))}, Role::reference, ymd(2026, 3, 1)),
            make_source("002", {make_claim("talks", status("resolved"))}, Role::reference, ymd(2026, 3, 3)),
            make_source("003", {make_claim("talks", status("addressed"))}, Role::reference, ymd(2026, 3, 2)),
        });
        CHECK_THAT(only_finding(story, Kind::frame).explanation, Catch::Contains("stale: 003 (2026-03-02)"));
    }
    SECTION("near: the less advanced report came out the same day") {
        const Story story = make_story({
            make_source("001", {make_claim("talks", status("resolved"))}, Role::reference, ymd(2026, 3, 1)),
            make_source("002", {make_claim("talks", status("addressed"))}, Role::reference, ymd(2026, 3, 1)),
        });
        CHECK(only_finding(story, Kind::frame).verdict == "nuance");
    }
    SECTION("local dates in two zones do not order the reports; their instants do") {
        // 001: 2026-03-02 01:00 in Seoul (16:00 UTC on 03-01); 002: 2026-03-01
        // 20:00 in New York (01:00 UTC on 03-02). 002 is the later report.
        Story story = make_story({
            make_source("001", {make_claim("talks", status("resolved"))}, Role::reference, ymd(2026, 3, 2)),
            make_source("002", {make_claim("talks", status("addressed"))}, Role::reference, ymd(2026, 3, 1)),
        });
        story.sources[0].timezone = "Asia/Seoul";
        story.sources[0].published_at = std::chrono::sys_days{ymd(2026, 3, 1)} + std::chrono::hours{16};
        story.sources[1].timezone = "America/New_York";
        story.sources[1].published_at = std::chrono::sys_days{ymd(2026, 3, 2)} + std::chrono::hours{1};
        const Finding f = only_finding(story, Kind::frame);
        CHECK(f.verdict == "stale");
        CHECK_THAT(f.explanation, Catch::Contains("stale: 002 (2026-03-01 20:00 America/New_York"));
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
