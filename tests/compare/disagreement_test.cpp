// §6.6 who disagrees: a majority and a minority, or a draft against every
// reference; the finding leads with the odd one out and names both sides.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

Story seats_story(Role last_role, double last_value) {
    return make_story({
        make_source("001", {make_claim("seats", number(221, "seats"))}),
        make_source("002", {make_claim("seats", number(221, "seats"))}),
        make_source("003", {make_claim("seats", number(221, "seats"))}),
        make_source("004", {make_claim("seats", number(last_value, "seats"))}, last_role),
    });
}

using Ids = std::vector<std::string>;

}  // namespace

TEST_CASE("a draft that differs from three agreeing references is the odd one out", "[disagreement]") {
    const auto findings = findings_of(seats_story(Role::draft, 212));
    REQUIRE(findings.size() == 1);
    const Finding& f = findings[0];
    CHECK(f.outliers == Ids{"004"});
    CHECK(f.agreeing == Ids{"001", "002", "003"});
    CHECK_THAT(f.explanation,
               Catch::StartsWith(
                   "the draft (004) says '212 seats'; the three other sources (001, 002, 003) say '221 seats': "));
}

TEST_CASE("a reference alone against a majority is the odd one out", "[disagreement]") {
    const auto findings = findings_of(seats_story(Role::reference, 212));
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].outliers == Ids{"004"});
    CHECK(findings[0].agreeing == Ids{"001", "002", "003"});
    CHECK_THAT(findings[0].explanation, Catch::StartsWith("source 004 says '212 seats'; the three other sources"));
}

TEST_CASE("a draft against its only reference is the odd one out", "[disagreement]") {
    const Story story = make_story({
        make_source("001", {make_claim("seats", number(221, "seats"))}),
        make_source("002", {make_claim("seats", number(212, "seats"))}, Role::draft),
    });
    const auto findings = findings_of(story);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].outliers == Ids{"002"});
    CHECK(findings[0].agreeing == Ids{"001"});
    CHECK_THAT(findings[0].explanation,
               Catch::StartsWith("the draft (002) says '212 seats'; the other source (001) says"));
}

TEST_CASE("no majority: today's finding, no sides", "[disagreement]") {
    SECTION("every source differs") {
        const Story story = make_story({
            make_source("001", {make_claim("seats", number(221, "seats"))}),
            make_source("002", {make_claim("seats", number(212, "seats"))}),
            make_source("003", {make_claim("seats", number(230, "seats"))}),
        });
        const auto findings = findings_of(story);
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].outliers.empty());
        CHECK(findings[0].agreeing.empty());
        CHECK_THAT(findings[0].explanation, !Catch::Contains(" says "));
    }
    SECTION("two against two") {
        const Story story = make_story({
            make_source("001", {make_claim("seats", number(221, "seats"))}),
            make_source("002", {make_claim("seats", number(221, "seats"))}),
            make_source("003", {make_claim("seats", number(212, "seats"))}),
            make_source("004", {make_claim("seats", number(212, "seats"))}),
        });
        CHECK(findings_of(story)[0].outliers.empty());
    }
    SECTION("a source that gives two of the values") {
        const Story story = make_story({
            make_source("001", {make_claim("seats", number(221, "seats"))}),
            make_source("002", {make_claim("seats", number(221, "seats"))}),
            make_source("003", {make_claim("seats", number(212, "seats"), "a"),
                                make_claim("seats", number(221, "seats"), "b")}),
        });
        CHECK(findings_of(story)[0].outliers.empty());
    }
}

TEST_CASE("a draft whose value agrees with the majority's without being the same is on the majority side",
          "[disagreement][draft]") {
    SECTION("an approximate draft with the reference it agrees with, against another") {
        const Story story = make_story({
            make_source("001", {make_claim("seats", quantity("about 220 seats"))}, Role::draft),
            make_source("002", {make_claim("seats", number(221, "seats"))}),
            make_source("003", {make_claim("seats", number(250, "seats"))}),
        });
        const auto findings = findings_of(story);
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].severity == Severity::error);
        CHECK(findings[0].outliers == Ids{"003"});
        CHECK(findings[0].agreeing == Ids{"001", "002"});
    }
    SECTION("a draft that shares its value with a reference and agrees with a third") {
        const Story story = make_story({
            make_source("001", {make_claim("seats", number(221, "seats"))}, Role::draft),
            make_source("002", {make_claim("seats", number(221, "seats"))}),
            make_source("003", {make_claim("seats", quantity("about 220 seats"))}),
            make_source("004", {make_claim("seats", number(250, "seats"))}),
            make_source("005", {make_claim("seats", number(260, "seats"))}),
        });
        const auto findings = findings_of(story);
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].outliers == Ids{"004", "005"});
        CHECK(findings[0].agreeing == Ids{"001", "002", "003"});
    }
    SECTION("near: the draft's side is not more than half") {
        const Story story = make_story({
            make_source("001", {make_claim("seats", quantity("about 220 seats"))}, Role::draft),
            make_source("002", {make_claim("seats", number(221, "seats"))}),
            make_source("003", {make_claim("seats", number(250, "seats"))}),
            make_source("004", {make_claim("seats", number(260, "seats"))}),
        });
        CHECK(findings_of(story)[0].outliers.empty());
    }
    SECTION("near: the draft alone, against references that differ among themselves") {
        const Story story = make_story({
            make_source("001", {make_claim("seats", number(221, "seats"))}, Role::draft),
            make_source("002", {make_claim("seats", number(250, "seats"))}),
            make_source("003", {make_claim("seats", number(260, "seats"))}),
        });
        CHECK(findings_of(story)[0].agreeing.empty());
    }
}

TEST_CASE("naming the odd one out does not change the fingerprint", "[disagreement][fingerprint]") {
    const auto split = findings_of(seats_story(Role::draft, 212));
    const Story no_majority = make_story({
        make_source("001", {make_claim("seats", number(221, "seats"))}),
        make_source("004", {make_claim("seats", number(212, "seats"))}),
    });
    const auto plain = findings_of(no_majority);
    REQUIRE(split.size() == 1);
    REQUIRE(plain.size() == 1);
    CHECK(plain[0].outliers.empty());
    CHECK(split[0].fingerprint == plain[0].fingerprint);
}
