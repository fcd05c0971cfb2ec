// §6.1 scopes: a figure that counts a subgroup against one that counts the
// wider group (scope-difference, a conflict when it is larger, a possible
// mislabel when it is equal), or two figures that count different things.
// Tests src/compare/numeric/scope.cpp.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

Finding only_finding(const Story& story) {
    return compare::testing::only_finding(story, Kind::quantity);
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
