// The framing tables as data: every row of data/scales.tsv and data/cues.tsv
// is read, each cue is found as itself at its level, and a bad row is refused
// with its file and line.
#include "embedded/cues_tsv.hpp"
#include "embedded/scales_tsv.hpp"
#include "framing/lexicon.hpp"
#include "util/tsv.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

using namespace claimcheck::framing;
namespace data = claimcheck::data;

TEST_CASE("scales.tsv: every row is a built-in scale, in ScaleId order") {
    CHECK(builtin_scales().size() == claimcheck::text::tsv_rows(data::scales_tsv()).size());
    std::vector<std::string> names;
    for (std::size_t i = 0; i < builtin_scales().size(); ++i) {
        const auto& scale = builtin_scales()[i];
        CHECK(static_cast<std::size_t>(scale.id) == i);
        CHECK(scale.levels.size() >= 2);
        CHECK((1 <= scale.warn && scale.warn <= scale.error));
        names.push_back(scale.name);
    }
    CHECK(names == std::vector<std::string>{"certainty", "significance", "novelty", "status"});
}

TEST_CASE("cues.tsv: every row is read, once, at a level of its scale") {
    const auto entries = cue_entries();
    CHECK(entries.size() == claimcheck::text::tsv_rows(data::cues_tsv()).size());
    std::set<std::string> phrases;
    for (const auto& entry : entries) {
        CAPTURE(entry.phrase);
        CHECK(phrases.insert(entry.phrase).second);
        const auto& levels = builtin_scale(entry.scale).levels;
        CHECK(std::find(levels.begin(), levels.end(), entry.level) != levels.end());
    }
}

TEST_CASE("cues.tsv: every phrase is found as itself, in any case") {
    for (const auto& entry : cue_entries()) {
        CAPTURE(entry.phrase);
        std::string upper = entry.phrase;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; });
        for (const auto& text : {entry.phrase, upper}) {
            const auto cues = find_cues("(" + text + ")");
            REQUIRE(cues.size() == 1);
            CHECK(cues[0].word == entry.phrase);
            CHECK(cues[0].scale == entry.scale);
            CHECK(cues[0].level == entry.level);
            CHECK(cues[0].offset == 1);
            CHECK(cues[0].length == entry.phrase.size());
        }
    }
}

namespace {

struct Refused {
    const char* tsv;
    const char* message;
};

// A cue table → why it is refused.
const std::vector<Refused> bad_cues{
    {"may\tcertainty", "test.tsv:1: a row needs 3 columns (phrase, scale, level), not 2"},
    {"may\tcertainty\tpossible\tnote", "test.tsv:1: a row needs 3 columns (phrase, scale, level), not 4"},
    {"# note\n\nmay\tcertanty\tpossible", "test.tsv:3: unknown scale 'certanty' (did you mean 'certainty'?)"},
    {"may\ttone\tpossible",
     "test.tsv:1: unknown scale 'tone' (the built-in scales are certainty, significance, novelty, status)"},
    {"may\tcertainty\tposible",
     "test.tsv:1: 'posible' is not a level of the certainty scale (did you mean 'possible'?)"},
    {"may\tnovelty\tpossible",
     "test.tsv:1: 'possible' is not a level of the novelty scale (its levels are first, resumed, continued, "
     "consolidated)"},
    {"May\tcertainty\tpossible",
     "test.tsv:1: write the phrase 'May' in lower case, one space between words, starting and ending with a letter "
     "or digit"},
    {"may  be\tcertainty\tpossible",
     "test.tsv:1: write the phrase 'may  be' in lower case, one space between words, starting and ending with a "
     "letter or digit"},
    {"may \tcertainty\tpossible",
     "test.tsv:1: write the phrase 'may ' in lower case, one space between words, starting and ending with a letter "
     "or digit"},
    {"\xE2\x80\x9cmay\tcertainty\tpossible",
     "test.tsv:1: write the phrase '\xE2\x80\x9cmay' in lower case, one space between words, starting and ending "
     "with a letter or digit"},
    {"may\tcertainty\tpossible\nmight\tcertainty\tpossible\nmay\tcertainty\tdoubtful",
     "test.tsv:3: phrase 'may' appears twice (also line 1)"},
};

// A scale table → why it is refused. The first four rows are good.
const std::string good_scales =
    "certainty\truled-out doubtful possible probable planned agreed done\t2\t3\tno\n"
    "significance\tsetback none modest meaningful major historic\t2\t3\tno\n"
    "novelty\tfirst resumed continued consolidated\t2\t3\tno\n";

const std::vector<Refused> bad_scales{
    {"status\tabsent mentioned\t2\t3",
     "test.tsv:4: a row needs 5 columns (name, levels, warn, error, progresses), not 4"},
    {"statues\tabsent mentioned\t2\t3\tyes", "test.tsv:4: unknown scale 'statues' (did you mean 'status'?)"},
    {"tone\tlow high\t2\t3\tno",
     "test.tsv:4: unknown scale 'tone' (the built-in scales are certainty, significance, novelty, status)"},
    {"status\tabsent\t2\t3\tyes", "test.tsv:4: a scale needs at least two levels, separated by spaces"},
    {"status\tabsent mentioned Absent\t2\t3\tyes", "test.tsv:4: level 'Absent' appears twice"},
    {"status\tabsent mentioned\t0\t3\tyes", "test.tsv:4: warn must be a whole number of levels, at least 1, not '0'"},
    {"status\tabsent mentioned\t2\t3x\tyes",
     "test.tsv:4: error must be a whole number of levels, at least 1, not '3x'"},
    {"status\tabsent mentioned\t3\t2\tyes", "test.tsv:4: error (2) must be at least warn (3)"},
    {"status\tabsent mentioned\t2\t3\ttrue", "test.tsv:4: progresses must be 'yes' or 'no', not 'true'"},
    {"novelty\tfirst resumed\t2\t3\tno", "test.tsv:4: scale 'novelty' appears twice"},
    {"", "test.tsv: no row for the built-in scale 'status'"},
};

}  // namespace

TEST_CASE("a bad row of a cue table is refused with its line") {
    for (const auto& c : bad_cues) {
        CAPTURE(c.tsv);
        CHECK_THROWS_WITH(read_cues(c.tsv, "test.tsv", builtin_scales()), c.message);
    }
    const auto good = read_cues("# a comment\nmay\tcertainty\tpossible\nre-established\tnovelty\tresumed\n", "test.tsv",
                                builtin_scales());
    REQUIRE(good.size() == 2);
    CHECK(good[1].phrase == "re-established");
    CHECK(good[1].scale == ScaleId::novelty);
    CHECK(good[1].level == "resumed");
}

TEST_CASE("a bad row of a scale table is refused with its line") {
    for (const auto& c : bad_scales) {
        CAPTURE(c.tsv);
        CHECK_THROWS_WITH(read_scales(good_scales + c.tsv, "test.tsv"), c.message);
    }
    const auto good = read_scales("status\tabsent mentioned\t1\t4\tyes\n" + good_scales, "test.tsv");
    REQUIRE(good.size() == 4);
    CHECK(good[3].id == ScaleId::status);
    CHECK(good[3].levels == std::vector<std::string>{"absent", "mentioned"});
    CHECK(good[3].warn == 1);
    CHECK(good[3].error == 4);
    CHECK(good[3].progresses);
    CHECK_FALSE(good[0].progresses);
}
