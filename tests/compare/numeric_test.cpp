// §6.1: the numeric verdicts for two amounts of one dimension and scope, one
// pair at a time: rounding windows, approximators, bounds and qualifiers.
// Tests src/compare/numeric/rounding.cpp, and numeric.cpp's dispatch of a
// duration against a count.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

Finding only_finding(const Story& story) {
    return compare::testing::only_finding(story, Kind::quantity);
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
