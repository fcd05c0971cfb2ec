// §6.1: the numeric verdicts, one pair of quantities at a time.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

Finding only_finding(const Story& story) {
    return compare::testing::only_finding(story, FindingKind::numeric);
}

Story with_topic(Story story, std::string scope) {
    Topic topic;
    topic.id = "topic";
    topic.kind = Kind::quantity;
    topic.label = "Miners killed";
    topic.scope = std::move(scope);
    topic.declared = true;
    story.topics["topic"] = topic;
    return story;
}

}  // namespace

TEST_CASE("identical quantities produce no finding", "[numeric][silence]") {
    CHECK(findings_of(pair_story(number(183), number(183))).empty());
    CHECK(findings_of(pair_story(about(180), about(180))).empty());
    // Count nouns are not units that convert: "183 miners" agrees with "183 people".
    CHECK(findings_of(pair_story(number(183, "miners"), number(183, "people"))).empty());
}

TEST_CASE("183 vs 180 is compatible-rounding: 183 lies in 180's rounding window", "[numeric]") {
    const Finding f = only_finding(pair_story(number(183), number(180)));
    CHECK(f.verdict == "compatible-rounding");
    CHECK(f.severity == Severity::warning);
    CHECK(f.explanation == "183 lies within the rounding window of 180 (175–185)");
    CHECK(f.assumption == "equal if 183 was rounded to tens");
    CHECK(f.values == std::vector<std::string>{"180", "183"});
}

TEST_CASE("a round number within a coarser round number's window is rounding too", "[numeric]") {
    const Finding f = only_finding(pair_story(number(1340), number(1300)));
    CHECK(f.verdict == "compatible-rounding");
    CHECK(f.assumption == "equal if 1,340 was rounded to hundreds");
}

TEST_CASE("180 vs 250 is a conflict that reports the relative difference", "[numeric]") {
    const Finding f = only_finding(pair_story(number(180), number(250)));
    CHECK(f.verdict == "conflict");
    CHECK(f.severity == Severity::error);
    CHECK_THAT(f.explanation, Catch::StartsWith("180 vs 250: 28% apart"));
    CHECK(f.assumption.empty());
}

TEST_CASE("180 vs 190: neighbouring rounding windows do not overlap", "[numeric]") {
    CHECK(only_finding(pair_story(number(180), number(190))).verdict == "conflict");
}

TEST_CASE("an approximator that covers the other figure is compatible-bound", "[numeric]") {
    const Finding f = only_finding(pair_story(about(180), number(183)));
    CHECK(f.verdict == "compatible-bound");
    CHECK(f.severity == Severity::note);
    CHECK(f.explanation == "about 180 (162–198) covers 183");
    CHECK(f.assumption == "consistent if the figure is 183");
}

TEST_CASE("an approximator does not reach a figure outside its tolerance", "[numeric]") {
    CHECK(only_finding(pair_story(about(180), number(250))).verdict == "conflict");
}

TEST_CASE("a bound covering a different figure is compatible-bound", "[numeric]") {
    CHECK(only_finding(pair_story(more_than(1300), number(1400))).verdict == "compatible-bound");
    CHECK(only_finding(pair_story(fewer_than(100), number(183))).verdict == "conflict");
    CHECK(only_finding(pair_story(range(180, 185), number(183))).verdict == "compatible-bound");
}

TEST_CASE("more than 1,300 years vs 1,300 years is precision-drift", "[numeric]") {
    const Finding f = only_finding(pair_story(more_than(1300, "years"), number(1300, "years")));
    CHECK(f.verdict == "precision-drift");
    CHECK(f.severity == Severity::note);
    CHECK_THAT(f.explanation, Catch::StartsWith("same number 1,300 years; "));  // in the source's unit, not days
    CHECK_THAT(f.explanation, Catch::Contains("'more than'"));
}

TEST_CASE("same number with a qualifier added is precision-drift", "[numeric]") {
    const Finding f = only_finding(pair_story(about(180), number(180)));
    CHECK(f.verdict == "precision-drift");
    CHECK(f.explanation == "same number 180; 'about 180' adds the qualifier 'about'");
    CHECK(f.assumption == "consistent if '180' is read as 'about 180'");
}

TEST_CASE("opposite bounds on the same number conflict", "[numeric]") {
    CHECK(only_finding(pair_story(more_than(183), fewer_than(183))).verdict == "conflict");
}

TEST_CASE("a subgroup no larger than the total is scope-difference", "[numeric]") {
    Claim korean = make_claim("topic", number(136), "korean");
    korean.scope = "Korean victims";
    Story story =
        with_topic(make_story({make_source("001", {make_claim("topic", number(183))}), make_source("002", {korean})}),
                   "all victims");
    const Finding f = only_finding(story);
    CHECK(f.verdict == "scope-difference");
    CHECK(f.severity == Severity::note);
    CHECK(f.explanation ==
          "different scope: 136 counts Korean victims, a subgroup of 183 (all victims), and is no larger");
    CHECK(f.values == std::vector<std::string>{"136 [Korean victims]", "183 [all victims]"});
    CHECK(f.topic_label == "Miners killed");
}

TEST_CASE("a subgroup larger than the total is a conflict", "[numeric]") {
    Claim korean = make_claim("topic", number(195), "korean");
    korean.scope = "Korean victims";
    Story story = with_topic(
        make_story({make_source("001", {make_claim("topic", number(183))}), make_source("002", {korean})}), "");
    const Finding f = only_finding(story);
    CHECK(f.verdict == "conflict");
    CHECK_THAT(f.explanation, Catch::Contains("exceeds the total"));
}

TEST_CASE("a duration against a count is a unit mismatch", "[numeric]") {
    const Finding f = only_finding(pair_story(number(3, "years"), number(3)));
    CHECK(f.verdict == "unit-mismatch");
    CHECK(f.severity == Severity::warning);
    CHECK_THAT(f.explanation, Catch::Contains("is a duration"));
}

TEST_CASE("durations compare in days whatever unit they were written in", "[numeric]") {
    Quantity two_weeks = number(14, "days");
    two_weeks.duration = true;
    Quantity fortnight = number(14, "days");
    fortnight.duration = true;
    fortnight.canonical = "2 weeks";
    CHECK(findings_of(pair_story(two_weeks, fortnight)).empty());
}

TEST_CASE("proportions compare as shares", "[numeric][share]") {
    SECTION("136 of 183 is 74% at the stated precision") {
        const Finding f = only_finding(pair_story(share(136, 183), percent(74)));
        CHECK(f.verdict == "compatible-share");
        CHECK(f.severity == Severity::note);
        CHECK(f.explanation == "136 of 183 (74.3%) is 74% at the stated precision");
    }
    SECTION("a decimal percentage against the proportion it rounds to is the share itself") {
        const Finding f = only_finding(pair_story(share(118, 143), percent(82.5)));
        CHECK(f.verdict == "compatible-share");
        CHECK(f.explanation == "118 of 143 (82.5%) is 82.5% at the stated precision");
    }
    SECTION("a round percentage is a rounding") {
        const Finding f = only_finding(pair_story(share(136, 183), percent(70)));
        CHECK(f.verdict == "compatible-rounding");
    }
    SECTION("'most' covers 74.3%") {
        const Finding f = only_finding(pair_story(share(136, 183), vague("most")));
        CHECK(f.verdict == "compatible-bound");
        CHECK_THAT(f.explanation, Catch::Contains("most (50–100%)"));
    }
    SECTION("'most' and 'predominantly' agree") {
        CHECK(findings_of(pair_story(vague("most"), vague("predominantly"))).empty());
    }
    SECTION("'most' against 40% is a conflict") {
        const Finding f = only_finding(pair_story(vague("most"), percent(40)));
        CHECK(f.verdict == "conflict");
        CHECK_THAT(f.explanation, Catch::Contains("percentage points apart"));
    }
    SECTION("a share against a bare count cannot be compared") {
        CHECK(only_finding(pair_story(percent(74), number(136))).verdict == "unit-mismatch");
    }
    SECTION("136 of 183 against 183: the plain figure is the total") {
        const Finding f = only_finding(pair_story(share(136, 183), number(183)));
        CHECK(f.verdict == "scope-difference");
    }
    SECTION("136 of 183 against 136 agrees on the count") {
        CHECK(findings_of(pair_story(share(136, 183), number(136))).empty());
    }
    SECTION("136 of 183 against 136 of 180 differs in the totals by rounding") {
        const Finding f = only_finding(pair_story(share(136, 183), share(136, 180)));
        CHECK(f.verdict == "compatible-rounding");
        CHECK_THAT(f.explanation, Catch::StartsWith("totals: "));
    }
}

TEST_CASE("a scope whose groups include the other's is the wider group", "[numeric][scope]") {
    auto scoped = [](double n, std::string scope) {
        Claim claim = make_claim("topic", number(n), "c");
        claim.scope = std::move(scope);
        return claim;
    };
    SECTION("dead or missing against missing, the topic counting the missing") {
        Story story = with_topic(make_story({make_source("001", {scoped(120, "dead or missing")}),
                                             make_source("002", {make_claim("topic", number(40))})}),
                                 "missing");
        const Finding f = only_finding(story);
        CHECK(f.verdict == "scope-difference");
        CHECK(f.explanation ==
              "different scope: 40 counts missing, a subgroup of 120 (dead or missing), and is no larger");
    }
    SECTION("both labelled, the narrower one larger: a conflict") {
        Story story = make_story(
            {make_source("001", {scoped(120, "Dead, missing")}), make_source("002", {scoped(130, "missing")})});
        const Finding f = only_finding(story);
        CHECK(f.verdict == "conflict");
        CHECK_THAT(f.explanation, Catch::Contains("the subgroup 130 (missing) exceeds the total 120 (Dead, missing)"));
    }
    SECTION("near: two groups that do not include each other are not compared") {
        Story story = make_story(
            {make_source("001", {scoped(120, "dead or injured")}), make_source("002", {scoped(40, "missing")})});
        CHECK_THAT(only_finding(story).explanation, Catch::EndsWith("they are not compared"));
    }
}

TEST_CASE("an unlabelled figure equal to a labelled subgroup's is a possible mislabel", "[numeric][scope]") {
    auto korean = [](Quantity q) {
        Claim claim = make_claim("topic", std::move(q), "korean");
        claim.scope = "Korean victims";
        return claim;
    };
    SECTION("the same count") {
        const Finding f = only_finding(make_story(
            {make_source("001", {make_claim("topic", number(136))}), make_source("002", {korean(number(136))})}));
        CHECK(f.verdict == "possible-mislabel");
        CHECK(f.severity == Severity::warning);
        CHECK_THAT(f.explanation, Catch::StartsWith("possible mislabel: 136 has no scope and equals the subgroup 136"));
    }
    SECTION("the same approximate count") {
        const Finding f = only_finding(make_story(
            {make_source("001", {make_claim("topic", about(140))}), make_source("002", {korean(about(140))})}));
        CHECK(f.verdict == "possible-mislabel");
    }
    SECTION("a total labelled by the topic's scope is no reassurance: the same figure is evidence") {
        Story story = with_topic(make_story({make_source("001", {make_claim("topic", number(136))}),
                                             make_source("002", {korean(number(136))})}),
                                 "all victims");
        const Finding f = only_finding(story);
        CHECK(f.verdict == "possible-mislabel");
        CHECK_THAT(f.explanation,
                   Catch::StartsWith("possible mislabel: 136 counts all victims and equals the subgroup 136"));
    }
    SECTION("the same figure as 'injured' and as 'killed or injured'") {
        Claim injured = make_claim("topic", number(31777), "injured");
        injured.scope = "injured";
        Claim both = make_claim("topic", number(31777), "both");
        both.scope = "killed or injured";
        const Finding f = only_finding(make_story({make_source("001", {both}), make_source("002", {injured})}));
        CHECK(f.verdict == "possible-mislabel");
        CHECK(f.severity == Severity::warning);
    }
    SECTION("near: a subgroup smaller than its whole stays a note") {
        Story story = with_topic(make_story({make_source("001", {make_claim("topic", number(183))}),
                                             make_source("002", {korean(number(136))})}),
                                 "all victims");
        CHECK(only_finding(story).verdict == "scope-difference");
    }
}
