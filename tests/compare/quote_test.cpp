// §6.5: word-level diffs of quotes.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

Finding only_finding(const Story& story) {
    return compare::testing::only_finding(story, FindingKind::quote);
}

}  // namespace

TEST_CASE("the same words produce no finding", "[quote][silence]") {
    CHECK(findings_of(pair_story(QuoteValue{"We will work together."}, QuoteValue{"We will work together."})).empty());
    // Case, punctuation and spacing are not words.
    CHECK(findings_of(pair_story(QuoteValue{"We will work  together."}, QuoteValue{"we will work together"})).empty());
}

TEST_CASE("changed words are a warning that shows the diff", "[quote]") {
    const Finding f = only_finding(
        pair_story(QuoteValue{"We agreed to develop Japan–South Korea relations to new heights"},
                   QuoteValue{"We agreed to develop Japan–South Korea relations in a forward-looking way"}));
    CHECK(f.verdict == "reworded");
    CHECK(f.severity == Severity::warning);
    // Values are sorted, so the diff runs from "…in a forward-looking way" to "…to new heights".
    CHECK(f.diff ==
          "We agreed to develop Japan–South Korea relations [-in a forward-looking way-] "
          "{+to new heights+}");
    CHECK(f.explanation == "word diff: 4 words removed, 3 added; 64% of words shared");
}

TEST_CASE("mostly different words are an error", "[quote]") {
    const Finding f = only_finding(pair_story(QuoteValue{"Relations must be built on historical truth"},
                                              QuoteValue{"We look to the future together"}));
    CHECK(f.verdict == "conflict");
    CHECK(f.severity == Severity::error);
    CHECK_THAT(f.explanation, Catch::Contains("mostly different words"));
    CHECK_FALSE(f.diff.empty());
}

TEST_CASE("a quote cut from a longer one is an excerpt", "[quote]") {
    const Finding f = only_finding(
        pair_story(QuoteValue{"a new chapter"}, QuoteValue{"we will open a new chapter in our relations"}));
    CHECK(f.verdict == "excerpt");
    CHECK(f.severity == Severity::note);
    CHECK(f.diff == "{+we will open+} a new chapter {+in our relations+}");
}
