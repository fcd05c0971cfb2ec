// UTF-8 helpers: code points, edit distance, folding, escaping.
#include "util/text.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;

TEST_CASE("code points are counted, not bytes") {
    CHECK(text::code_points("“New Heights”") == 13);
}

TEST_CASE("invalid UTF-8 is found at its byte offset") {
    CHECK_FALSE(text::invalid_utf8_offset("plain ASCII and 한글").has_value());
    CHECK(text::invalid_utf8_offset("ok\xff").value() == 2);
    CHECK(text::invalid_utf8_offset("ab\xe2\x80").value() == 2);  // truncated sequence
    CHECK(text::invalid_utf8_offset("\xc0\xaf").value() == 0);    // overlong '/'
}

TEST_CASE("edit distance counts a swap of neighbours as one edit") {
    CHECK(text::edit_distance("value", "value") == 0);
    CHECK(text::edit_distance("vaule", "value") == 1);
    CHECK(text::edit_distance("Chosei", "Chōsei") == 1);
    CHECK(text::edit_distance("kitten", "sitting") == 3);
    CHECK(text::edit_distance("", "abc") == 3);
}

TEST_CASE("closest suggests likely typos only") {
    const std::vector<std::string> keys{"topic", "quote", "line", "value", "kind"};
    CHECK(text::closest("vaule", keys) == "value");
    CHECK(text::closest("qoute", keys) == "quote");
    CHECK(text::closest("speaker", keys).empty());
}

TEST_CASE("closest bounds its work on long words: a typo is at most a few edits") {
    // 8,000-character ids of equal length: before the bound, each cost a
    // band of a third of its length on each side of the diagonal.
    const std::string word(8000, 'a');
    std::vector<std::string> candidates;
    for (char c = 'b'; c <= 'k'; ++c) {
        candidates.push_back(std::string(7990, 'a') + std::string(10, c));
    }
    candidates.push_back(std::string(4000, 'a'));  // too short to be a typo: costs nothing
    std::size_t cells = 0;
    CHECK(text::closest(word, candidates, &cells).empty());
    CHECK(cells <= 10 * word.size() * (2 * text::typo_edits_at_most + 1));
    const std::string near = std::string(7999, 'a') + "b";
    cells = 0;
    CHECK(text::closest(word, {std::string(7990, 'a') + std::string(10, 'c'), near}, &cells) == near);
    CHECK(cells <= 2 * word.size() * (2 * text::typo_edits_at_most + 1));
}

TEST_CASE("a lexicon answers the closest word within a limit, skipping the word itself when asked") {
    const text::Lexicon units({"metres", "meters", "miles", "kilometres"});
    CHECK(units.closest("kilometeres", 2) == "kilometres");
    CHECK(units.closest("kilometeres", 0).empty());
    CHECK(units.closest("metres", 1) == "metres");
    CHECK(units.closest("metres", 1, true) == "meters");  // a swap of neighbours is one edit
    CHECK(units.closest("mines", 1) == "miles");
    CHECK(units.closest("mines", 1, true) == "miles");
    CHECK(units.closest("officers", 1).empty());
}

TEST_CASE("did_you_mean is the one way a message suggests a word") {
    CHECK(text::did_you_mean("value") == " (did you mean 'value'?)");
    CHECK(text::did_you_mean("").empty());
    CHECK(text::did_you_mean("vaule", {"topic", "value"}) == " (did you mean 'value'?)");
    CHECK(text::did_you_mean("speaker", {"topic", "value"}).empty());
}

TEST_CASE("contains_words finds whole words, ASCII case aside") {
    CHECK(text::contains_words("more than 450 years of history", "450 years"));
    CHECK(text::contains_words("More Than 450", "more than 450"));
    CHECK(text::contains_words("5 million people", "5"));
    CHECK_FALSE(text::contains_words("50 people", "5"));
    CHECK_FALSE(text::contains_words("1,450 years", "450 years"));  // digits grouped are one number
    CHECK_FALSE(text::contains_words("12.5 kg", "12"));
    CHECK(text::contains_words("rose 12. Then", "12"));
    CHECK_FALSE(text::contains_words("2450 years", "450 years"));
    CHECK_FALSE(text::contains_words("45 years", "450 years"));
    CHECK_FALSE(text::contains_words("anything", ""));
}

TEST_CASE("fold_case folds case and compatibility forms") {
    CHECK(text::fold_case("Lee JAE-Myung") == "lee jae-myung");
    CHECK(text::fold_case("ＡＢＣ") == "abc");
}

TEST_CASE("printable neutralises control characters") {
    CHECK(text::printable("a\x1b[31mb") == "a\\x1b[31mb");
    CHECK(text::printable("tab\tok") == "tab\tok");
    CHECK(text::printable("bad\xff") == "bad\\xff");
}

TEST_CASE("printable escapes every control, separator and bidirectional control, by property") {
    struct Row {
        const char* text;
        const char* shown;
    };
    const Row rows[] = {
        {"a\u202Ab", "a\\u{202a}b"},  // LRE
        {"a\u202Bb", "a\\u{202b}b"},  // RLE
        {"a\u202Cb", "a\\u{202c}b"},  // PDF
        {"a\u202Db", "a\\u{202d}b"},  // LRO
        {"a\u202Eb", "a\\u{202e}b"},  // RLO
        {"a\u200Eb", "a\\u{200e}b"},  // LRM
        {"a\u200Fb", "a\\u{200f}b"},  // RLM
        {"a\u061Cb", "a\\u{061c}b"},  // ALM
        {"a\u2066b\u2069", "a\\u{2066}b\\u{2069}"},
        {"a\u2028b", "a\\u{2028}b"},  // line separator
        {"a\u0085b", "a\\u{0085}b"},  // C1 control
        {"a\x7f"
         "b",
         "a\\x7fb"},
    };
    for (const auto& row : rows) {
        INFO(row.shown);
        CHECK(text::printable(row.text) == row.shown);
    }
    // Format characters that shape text rather than reorder it stay: the
    // zero-width joiner of emoji and Indic scripts, the soft hyphen.
    CHECK(text::printable("a\u200Db\u00ADc") == "a\u200Db\u00ADc");
    CHECK(text::printable("Ἀθῆναι 東京 مرحبا") == "Ἀθῆναι 東京 مرحبا");
}

TEST_CASE("a bounded edit distance agrees with the full one up to its limit") {
    const char* words[] = {"value", "vaule", "valeu", "topic", "tpoic", "", "v", "kilometres", "kilometers", "Chōsei"};
    for (const char* a : words) {
        for (const char* b : words) {
            const std::size_t full = text::edit_distance(a, b);
            for (std::size_t limit = 0; limit <= 4; ++limit) {
                CAPTURE(a, b, limit);
                CHECK(text::edit_distance(a, b, limit) == std::min(full, limit + 1));
            }
        }
    }
}

TEST_CASE("closest skips long candidates without comparing them in full") {
    const std::string long_word(10000, 'x');
    const std::vector<std::string> candidates(10, std::string(10000, 'y'));
    CHECK(text::closest(long_word, candidates).empty());  // 10,000 edits apart: bounded at 3,333 a row
    CHECK(text::closest("vaule", {"title", "value", "valve"}) == "value");
    CHECK(text::closest("valve", {"value", "valve"}) == "valve");
}

TEST_CASE("a long word in a message is cut to its first and last code points") {
    const std::string zone = "'" + std::string(2'000'000, 'x') + "é'";
    const std::string cut = text::cut_long_words("'timezone': " + zone + " is not an IANA time zone name");
    CHECK(cut.size() < 200);
    CHECK(cut.rfind("'timezone': 'xxx", 0) == 0);
    CHECK(cut.find("…") != std::string::npos);
    CHECK(cut.find("xé' is not an IANA time zone name") != std::string::npos);
    const std::string fine = "unknown key 'vaule' in [[claim]] (did you mean 'value'?)";
    CHECK(text::cut_long_words(fine) == fine);
    CHECK(text::cut_long_words(std::string(120, 'a')) == std::string(120, 'a'));
    CHECK(text::cut_long_words(std::string(121, 'a')) == std::string(110, 'a') + "…" + std::string(10, 'a'));
}
