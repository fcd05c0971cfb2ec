// §6.5: word-level diffs of quotes.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;

namespace {

Finding only_finding(const Story& story) {
    return compare::testing::only_finding(story, Kind::quote);
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

TEST_CASE("an excerpt of a fuller quote is judged through it, not against every quote", "[quote][excerpt]") {
    auto three = [](std::string full, std::string reworded, std::string excerpt) {
        return make_story({
            make_source("001", {make_claim("remark", QuoteValue{std::move(full)})}),
            make_source("002", {make_claim("remark", QuoteValue{std::move(reworded)})}),
            make_source("003", {make_claim("remark", QuoteValue{std::move(excerpt)})}),
        });
    };
    SECTION("a short excerpt and a reworded full quote: the reworded pair decides") {
        const Finding f = only_finding(three("we will open a new chapter in our relations",
                                             "we shall open a fresh chapter in our relations", "a new chapter"));
        CHECK(f.verdict == "reworded");
        CHECK(f.claims.size() == 3);
    }
    SECTION("an excerpt of the reworded quote") {
        const Finding f = only_finding(three("we will open a new chapter in our relations",
                                             "we shall open a fresh chapter in our relations", "a fresh chapter"));
        CHECK(f.verdict == "reworded");
    }
    SECTION("near: a short quote that is nobody's excerpt is still compared with everything") {
        const Finding f = only_finding(three("we will open a new chapter in our relations",
                                             "we shall open a fresh chapter in our relations", "an old grudge"));
        CHECK(f.verdict == "conflict");
    }
}

namespace {

std::string numbered_words(std::string_view stem, int from, int to) {
    std::string out;
    for (int i = from; i < to; ++i) {
        out += (out.empty() ? "" : " ") + std::string(stem) + std::to_string(i);
    }
    return out;
}

}  // namespace

TEST_CASE("long quotes that differ in a long middle are not aligned word by word, and say so", "[quote][bounds]") {
    // 3,000 words each, the first and last ten shared: aligning the 2,980
    // words between word by word would cost their product.
    const std::string head = numbered_words("we", 0, 10);
    const std::string tail = numbered_words("end", 0, 10);
    const Finding f = only_finding(pair_story(QuoteValue{head + " " + numbered_words("alpha", 0, 2980) + " " + tail},
                                              QuoteValue{head + " " + numbered_words("beta", 0, 2980) + " " + tail}));
    CHECK(f.verdict == "conflict");
    CHECK_THAT(f.explanation, Catch::StartsWith("word diff: 2980 words removed, 2980 added; 1% of words shared") &&
                                  Catch::Contains("the 2980 words that differ in the middle are more than 2000 and "
                                                  "are not aligned word by word"));
    // The diff keeps the shared ends and shows the first 30 words of each middle.
    CHECK_THAT(f.diff, Catch::StartsWith(head + " [-alpha0 alpha1 ") &&
                           Catch::Contains("alpha29 … (2980 words)-] {+beta0 beta1 ") &&
                           Catch::EndsWith("beta29 … (2980 words)+} " + tail));
    CHECK(f.diff.size() < 1500);
}

TEST_CASE("long quotes with a short middle that differs are aligned there", "[quote][bounds]") {
    const std::string head = numbered_words("we", 0, 2500);
    const std::string tail = numbered_words("end", 0, 2500);
    const Finding f = only_finding(pair_story(QuoteValue{head + " to new heights " + tail},
                                              QuoteValue{head + " in a forward-looking way " + tail}));
    CHECK(f.verdict == "reworded");
    CHECK(f.explanation == "word diff: 4 words removed, 3 added; 100% of words shared");
    CHECK_THAT(f.diff, Catch::Contains(" we2499 [-in a forward-looking way-] {+to new heights+} end0 "));
}

TEST_CASE("an excerpt is found among repeated words", "[quote][excerpt]") {
    // Each partial match of "a a b" falls back to a shorter one.
    const Finding f = only_finding(pair_story(QuoteValue{"a a b"}, QuoteValue{"a a a a b c"}));
    CHECK(f.verdict == "excerpt");
    CHECK(f.diff == "a a [-a a-] b [-c-]");
}
