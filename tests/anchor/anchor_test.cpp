// Anchors (spec §4.1): exact, folded, relocated, ambiguous, orphan.
#include "anchor/anchor.hpp"
#include "anchor/fold.hpp"
#include "anchor/similar.hpp"
#include "util/lines.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

using namespace claimcheck;

namespace {

Article article(std::string text) {
    Article a;
    a.display_path = "articles/a.txt";
    a.lines = text::Lines(text);
    a.text = std::move(text);
    return a;
}

const Article sample = article(
    "SEOUL – January 19, 2026 – In a stunning display of diplomatic progress.\n"
    "The 1942 Josei Coal Mine disaster, where 183 miners perished.\n"
    "Prime Minister Takaichi’s “omotenashi” – a spirit of hospitality.\n"
    "The leaders met on Tuesday. The talks on Tuesday were long.\n"
    "한국 대통령 Lee Jae-myung visited Nara.\n");

}  // namespace

TEST_CASE("a quote that occurs once is exact, with line and code-point column") {
    const Anchor a = anchor::resolve(sample, "183 miners perished", std::nullopt);
    CHECK(a.state == AnchorState::exact);
    CHECK(a.line == 2);
    CHECK(a.column == 42);
}

TEST_CASE("columns count code points in non-Latin text") {
    const Anchor a = anchor::resolve(sample, "Lee Jae-myung", std::nullopt);
    CHECK(a.state == AnchorState::exact);
    CHECK(a.line == 5);
    CHECK(a.column == 8);
}

TEST_CASE("a quote on its hinted line is exact") {
    CHECK(anchor::resolve(sample, "183 miners", 2).state == AnchorState::exact);
}

TEST_CASE("straight quotes, plain dashes and collapsed spaces match as folded") {
    const Anchor a = anchor::resolve(sample, "Takaichi's \"omotenashi\" - a  spirit", std::nullopt);
    CHECK(a.state == AnchorState::folded);
    CHECK(a.line == 3);
    CHECK(a.column == 16);
}

TEST_CASE("a quote found only on another line than its hint is relocated") {
    const Anchor a = anchor::resolve(sample, "183 miners perished", 4);
    CHECK(a.state == AnchorState::relocated);
    CHECK(a.line == 2);
}

TEST_CASE("a quote that occurs more than once without a line is ambiguous") {
    const Anchor a = anchor::resolve(sample, "Nara", std::nullopt);
    CHECK(a.state == AnchorState::exact);  // once only
    const Anchor both = anchor::resolve(sample, "on Tuesday", std::nullopt);
    CHECK(both.state == AnchorState::ambiguous);
    CHECK(both.candidate_lines == std::vector<int>{4});
    CHECK(both.line == 0);
}

TEST_CASE("every occurrence counts, adjacent or overlapping") {
    const Article text = article("xabcabcx\nyayayay\nonce\n");
    const Anchor adjacent = anchor::resolve(text, "abc", std::nullopt);  // cannot overlap itself
    CHECK(adjacent.state == AnchorState::ambiguous);
    CHECK(adjacent.candidate_lines == std::vector<int>{1});
    const Anchor overlapping = anchor::resolve(text, "yayay", std::nullopt);  // at 0 and 2 of line 2
    CHECK(overlapping.state == AnchorState::ambiguous);
    CHECK(overlapping.candidate_lines == std::vector<int>{2});
    CHECK(anchor::resolve(text, "cabcx", std::nullopt).state == AnchorState::exact);
    CHECK(anchor::resolve(text, "once", std::nullopt).line == 3);
}

TEST_CASE("a line hint that still leaves several occurrences stays ambiguous") {
    const Anchor a = anchor::resolve(sample, "on Tuesday", 4);
    CHECK(a.state == AnchorState::ambiguous);
}

TEST_CASE("an ambiguous quote with a line elsewhere is never silently picked") {
    const Article text = article("alpha beta\nalpha beta\nalpha beta\n");
    const Anchor a = anchor::resolve(text, "alpha beta", 7);
    CHECK(a.state == AnchorState::ambiguous);
    CHECK(a.candidate_lines == std::vector<int>{1, 2, 3});
    CHECK(anchor::resolve(text, "alpha beta", 2).line == 2);
}

TEST_CASE("an orphan suggests the closest passage above the bound") {
    const Anchor a = anchor::resolve(sample, "183 miners parished", std::nullopt);
    CHECK(a.state == AnchorState::orphan);
    CHECK(a.suggestion == "183 miners perished.");
    CHECK(a.suggestion_line == 2);
}

TEST_CASE("an orphan far from any passage gets no suggestion") {
    const Anchor a = anchor::resolve(sample, "the minister resigned in disgrace", std::nullopt);
    CHECK(a.state == AnchorState::orphan);
    CHECK(a.suggestion.empty());
}

TEST_CASE("folding maps every byte back to the original text") {
    const auto folded = anchor::fold("a \u00a0 “b”—c");
    CHECK(folded.text == "a \"b\"-c");
    REQUIRE(folded.origin.size() == folded.text.size() + 1);
    CHECK(folded.origin[2] == 5);  // the opening quote, after "a", space, NBSP, space
}

TEST_CASE("orphan search stays linear on a long single-line article") {
    std::string text(1 << 20, 'a');
    const Article big = article(text);
    const Anchor a = anchor::resolve(big, std::string(10000, 'b'), std::nullopt);
    CHECK(a.state == AnchorState::orphan);
}

TEST_CASE("orphans of one article share its index and cost the places of their own words") {
    // A long article of filler, with each orphan's words in one sentence:
    // an orphan examines the places of its own words, never the article.
    std::string text;
    for (int i = 0; i < 2000; ++i) {
        text += fmt::format("Filler sentence number {} says nothing much at all here.\n", i);
        if (i % 10 == 0) {
            text += fmt::format("Minister{} announced {} new harbours.\n", i, i * 3);
        }
    }
    const Article big = article(text);
    const anchor::ArticleWords index = anchor::index_words(big.text);
    std::size_t examined = 0;
    int found = 0;
    for (int i = 0; i < 2000; i += 10) {
        const auto quote = fmt::format("Minister{} anounced {} new harbours.", i, i * 3);
        const auto passage = anchor::closest_passage(big, index, quote, &examined);
        found += passage && passage->text == fmt::format("Minister{} announced {} new harbours.", i, i * 3);
        const auto alone = anchor::closest_passage(big, quote);  // indexed for this quote only: the same answer
        CHECK((passage ? passage->text : "") == (alone ? alone->text : ""));
    }
    CHECK(found == 200);
    // Each quote's words: its own minister and number (once each), "new" and
    // "harbours." (200 times each): about 400 places, not 20,000 words.
    CHECK(examined <= 200 * (2 * 200 + 4));
}
