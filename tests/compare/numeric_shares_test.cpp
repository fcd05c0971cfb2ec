// §6.1 shares: percentages, vague proportions ("most") and counts out of a
// whole compare as shares of it; a share against a plain count compares the
// counts, else the total. Tests src/compare/numeric/shares.cpp.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

TEST_CASE("proportions compare as shares", "[numeric][share]") {
    SECTION("136 of 183 is 74% at the stated precision") {
        const Finding f = only_finding(pair_story(share(136, 183), percent(74)), Kind::quantity);
        CHECK(f.verdict == "compatible-share");
        CHECK(f.severity == Severity::note);
        CHECK(f.explanation == "136 of 183 (74.3%) is 74% at the stated precision");
    }
    SECTION("a decimal percentage against the proportion it rounds to is the share itself") {
        const Finding f = only_finding(pair_story(share(118, 143), percent(82.5)), Kind::quantity);
        CHECK(f.verdict == "compatible-share");
        CHECK(f.explanation == "118 of 143 (82.5%) is 82.5% at the stated precision");
    }
    SECTION("a round percentage is a rounding") {
        const Finding f = only_finding(pair_story(share(136, 183), percent(70)), Kind::quantity);
        CHECK(f.verdict == "compatible-rounding");
    }
    SECTION("'most' covers 74.3%") {
        const Finding f = only_finding(pair_story(share(136, 183), vague("most")), Kind::quantity);
        CHECK(f.verdict == "compatible-bound");
        CHECK_THAT(f.explanation, Catch::Contains("most (50–100%)"));
    }
    SECTION("'most' and 'predominantly' agree") {
        CHECK(findings_of(pair_story(vague("most"), vague("predominantly"))).empty());
    }
    SECTION("'most' against 40% is a conflict") {
        const Finding f = only_finding(pair_story(vague("most"), percent(40)), Kind::quantity);
        CHECK(f.verdict == "conflict");
        CHECK_THAT(f.explanation, Catch::Contains("percentage points apart"));
    }
    SECTION("'no majority' and 'a majority' meet at half and share nothing") {
        const Finding f = only_finding(pair_story(quantity("no majority"), quantity("a majority")), Kind::quantity);
        CHECK(f.verdict == "conflict");
        CHECK_THAT(f.explanation, Catch::Contains("they meet at 50% but no share is both"));
    }
    SECTION("'no majority' allows exactly half") {
        CHECK(only_finding(pair_story(quantity("no majority"), share(6, 12)), Kind::quantity).verdict ==
              "compatible-bound");
    }
    SECTION("a share against a bare count cannot be compared") {
        CHECK(only_finding(pair_story(percent(74), number(136)), Kind::quantity).verdict == "unit-mismatch");
    }
    SECTION("136 of 183 against 183: the plain figure is the total") {
        const Finding f = only_finding(pair_story(share(136, 183), number(183)), Kind::quantity);
        CHECK(f.verdict == "scope-difference");
    }
    SECTION("136 of 183 against 136 agrees on the count") {
        CHECK(findings_of(pair_story(share(136, 183), number(136))).empty());
    }
    SECTION("136 of 183 against 136 of 180 differs in the totals by rounding") {
        const Finding f = only_finding(pair_story(share(136, 183), share(136, 180)), Kind::quantity);
        CHECK(f.verdict == "compatible-rounding");
        CHECK_THAT(f.explanation, Catch::StartsWith("totals: "));
    }
}
