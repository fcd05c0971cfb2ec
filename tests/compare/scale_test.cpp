// §10: the cost of a topic grows with its distinct values, not its claims squared.
#include "support/builders.hpp"
#include "compare/engine.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

Story agreeing_story(int claims) {
    std::vector<Source> sources;
    for (int i = 0; i < claims; ++i) {
        char id[16];
        std::snprintf(id, sizeof id, "%05d", i);
        sources.push_back(make_source(id, {make_claim("deaths", number(183), "deaths", i + 1)}));
    }
    return make_story(std::move(sources));
}

}  // namespace

TEST_CASE("10,000 agreeing claims are one distinct value and no finding", "[scale]") {
    const Story story = agreeing_story(10'000);
    const auto groups = compare::group_claims(story);
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].claims.size() == 10'000);
    REQUIRE(groups[0].values.size() == 1);
    CHECK(groups[0].values[0].claims.size() == 10'000);
    CHECK(compare::compare_story(story).findings.empty());
}

TEST_CASE("one dissenting source among 10,000 makes one finding with two values", "[scale]") {
    Story story = agreeing_story(10'000);
    story.sources.push_back(make_source("99999", {make_claim("deaths", number(250), "deaths")}));
    const auto groups = compare::group_claims(story);
    REQUIRE(groups.size() == 1);
    CHECK(groups[0].values.size() == 2);
    const auto findings = compare::compare_story(story).findings;
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].verdict == "conflict");
    CHECK(findings[0].values == std::vector<std::string>{"183", "250"});
    CHECK(findings[0].claims.size() == 10'001);
}
