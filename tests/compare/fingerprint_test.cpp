// §9: fingerprints depend on story, topic, kind and the distinct values only.
#include "support/builders.hpp"
#include "compare/engine.hpp"

#include <catch2/catch.hpp>

#include <regex>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

Story deaths_story() {
    return make_story({
        make_source("001", {make_claim("mine.deaths", number(183), "deaths", 13)}),
        make_source("002", {make_claim("mine.deaths", number(180), "deaths", 4)}),
    });
}

std::string fingerprint_of(const Story& story) {
    const auto findings = findings_of(story);
    REQUIRE(findings.size() == 1);
    return findings[0].fingerprint;
}

}  // namespace

TEST_CASE("a fingerprint reads <kind>:<topic>:<16 hex digits>", "[fingerprint]") {
    const std::string fp = fingerprint_of(deaths_story());
    CHECK(std::regex_match(fp, std::regex("numeric:mine\\.deaths:[0-9a-f]{16}")));
}

TEST_CASE("the fingerprint function is pinned, so baselines survive upgrades", "[fingerprint]") {
    CHECK(compare::fingerprint("nara-summit", "mine.deaths", Kind::quantity, {"180", "183"}) ==
          compare::fingerprint("nara-summit", "mine.deaths", Kind::quantity, {"183", "180", "183"}));
    CHECK(compare::fingerprint("nara-summit", "mine.deaths", Kind::quantity, {"180", "183"}) ==
          "numeric:mine.deaths:65642256a61bb286");
}

TEST_CASE("edits that move text keep the fingerprint", "[fingerprint]") {
    const std::string before = fingerprint_of(deaths_story());
    Story moved = deaths_story();
    moved.sources[0].claims[0].anchor.line = 40;
    moved.sources[0].claims[0].anchor.column = 17;
    moved.sources[1].claims[0].quote = "another quote entirely";
    CHECK(fingerprint_of(moved) == before);
}

TEST_CASE("claim order and agreeing sources do not change the fingerprint", "[fingerprint]") {
    const std::string before = fingerprint_of(deaths_story());
    Story more = deaths_story();
    more.sources.push_back(make_source("003", {make_claim("mine.deaths", number(183), "deaths")}));
    more.sources.push_back(make_source("000", {make_claim("mine.deaths", number(180), "toll")}));
    CHECK(fingerprint_of(more) == before);
    std::swap(more.sources[0], more.sources[1]);
    CHECK(fingerprint_of(more) == before);
}

TEST_CASE("a new disagreeing value changes the fingerprint", "[fingerprint]") {
    const std::string before = fingerprint_of(deaths_story());
    Story more = deaths_story();
    more.sources.push_back(make_source("003", {make_claim("mine.deaths", number(186), "deaths")}));
    CHECK(fingerprint_of(more) != before);
}

TEST_CASE("story, topic and kind are part of the fingerprint", "[fingerprint]") {
    const std::vector<std::string> values{"180", "183"};
    const std::string base = compare::fingerprint("a", "t", Kind::quantity, values);
    CHECK(compare::fingerprint("b", "t", Kind::quantity, values) != base);
    CHECK(compare::fingerprint("a", "u", Kind::quantity, values) != base);
    CHECK(compare::fingerprint("a", "t", Kind::name, values) != base);
    CHECK(compare::fingerprint("a", "t", Kind::quantity, {"180", "184"}) != base);
    // Fields cannot run into each other.
    CHECK(compare::fingerprint("a", "t", Kind::quantity, {"1", "80"}) !=
          compare::fingerprint("a", "t", Kind::quantity, {"18", "0"}));
}

TEST_CASE("a house-style finding never shares the topic finding's fingerprint", "[fingerprint]") {
    Story story = make_story({
        make_source("001", {name_claim("mine", "Chōsei Coal Mine")}, Role::draft),
        make_source("002", {name_claim("mine", "Chosei Coal Mine")}),
    });
    Entity mine;
    mine.id = "chosei-mine";
    mine.name = "Chosei Coal Mine";
    story.entities = {mine};
    const auto findings = findings_of(story);
    REQUIRE(findings.size() == 2);
    CHECK(findings[0].fingerprint != findings[1].fingerprint);
}
