// Framing (spec §3, §6.4): the built-in scales, reading a level, and the cue
// lexicon of hedges, boosters and evaluative words.
#include "framing/lexicon.hpp"
#include "support/repeated.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace claimcheck::framing;
using claimcheck::grammar::ParseError;
using claimcheck::testing::repeated;

namespace {

const BuiltinScale& scale(std::string_view name) {
    for (const auto& s : builtin_scales()) {
        if (s.name == name) {
            return s;
        }
    }
    FAIL("no built-in scale " << name);
    throw;
}

}  // namespace

TEST_CASE("frame: the built-in scales, low to high, in ScaleId order") {
    using levels = std::vector<std::string>;
    CHECK(builtin_scales().size() == 4);
    CHECK(scale("certainty").levels ==
          levels{"ruled-out", "doubtful", "possible", "probable", "planned", "agreed", "done"});
    CHECK(scale("significance").levels == levels{"setback", "none", "modest", "meaningful", "major", "historic"});
    CHECK(scale("novelty").levels == levels{"first", "resumed", "continued", "consolidated"});
    CHECK(scale("status").levels == levels{"absent", "mentioned", "discussed", "addressed", "resolved"});
    for (const auto& s : builtin_scales()) {
        CAPTURE(s.name);
        CHECK(s.warn == 2);
        CHECK(s.error == 3);
        CHECK(&builtin_scale(s.id) == &s);
        CHECK(s.progresses == (s.name == "status"));
    }
    CHECK(builtin_scale(ScaleId::certainty).name == "certainty");
    CHECK(builtin_scale(ScaleId::status).name == "status");
}

namespace {

struct Level {
    const char* value;
    const char* scale;
    int index;
};

const std::vector<Level> levels{
    {"possible", "certainty", 2},   {"Possible", "certainty", 2},  {"  agreed ", "certainty", 5},
    {"ruled-out", "certainty", 0},  {"done", "certainty", 6},      {"historic", "significance", 5},
    {"setback", "significance", 0}, {"modest", "significance", 2}, {"resumed", "novelty", 1},
    {"consolidated", "novelty", 3}, {"absent", "status", 0},       {"RESOLVED", "status", 4},
};

}  // namespace

TEST_CASE("frame: a level is read case-insensitively, surrounding space ignored") {
    for (const auto& c : levels) {
        CAPTURE(c.value);
        const auto& levels_of = scale(c.scale).levels;
        auto result = parse_level(c.value, levels_of);
        REQUIRE(std::holds_alternative<int>(result));
        CHECK(std::get<int>(result) == c.index);
    }
}

TEST_CASE("frame: an unknown level names the closest level or lists them") {
    const auto& certainty = scale("certainty").levels;
    auto typo = parse_level("posible", certainty);
    REQUIRE(std::holds_alternative<ParseError>(typo));
    CHECK(std::get<ParseError>(typo).message == "unknown level 'posible' (did you mean 'possible'?)");

    auto unknown = parse_level("  banana", certainty);
    REQUIRE(std::holds_alternative<ParseError>(unknown));
    CHECK(std::get<ParseError>(unknown).offset == 2);
    CHECK_THAT(std::get<ParseError>(unknown).message,
               Catch::Contains("(expected one of: ruled-out, doubtful, possible, probable, planned, agreed, done)"));

    auto empty = parse_level("", certainty);
    REQUIRE(std::holds_alternative<ParseError>(empty));
    CHECK_THAT(std::get<ParseError>(empty).message, Catch::StartsWith("expected a level"));
}

namespace {

struct CueCase {
    const char* text;
    std::vector<std::string> cues;  // "word=scale:level" in order
};

// text → the cues found in it
const std::vector<CueCase> cue_cases{
    {"Media reports suggest possible humanitarian collaboration",
     {"media reports suggest=certainty:possible", "possible=certainty:possible"}},
    {"Political analysts suggest the meeting could provide",
     {"suggest=certainty:possible", "could=certainty:possible"}},
    {"amid growing speculation about a snap election", {"speculation=certainty:possible"}},
    {"the leaders reportedly met", {"reportedly=certainty:possible"}},
    {"it may emerge", {"may=certainty:possible"}},
    {"the mayor spoke", {}},
    {"they agreed to work toward a framework", {"agreed to work toward=certainty:planned"}},
    {"they agreed.", {"agreed=certainty:agreed"}},
    {"concluded a two-day summit", {"concluded=certainty:agreed"}},
    {"a Major Breakthrough", {"major breakthrough=significance:major"}},
    {"Landmark Summit Restores Trust", {"landmark=significance:historic", "restores=novelty:resumed"}},
    {"In a stunning display", {"stunning=significance:major"}},
    {"while modest in immediate outcomes", {"modest=significance:modest"}},
    {"as \xE2\x80\x9csmall but meaningful progress\xE2\x80\x9d", {"small but meaningful=significance:modest"}},
    {"a realistic and commendable first step.", {"first step=significance:modest"}},
    {"Shuttle Diplomacy Re-Established", {"re-established=novelty:resumed"}},
    {"shuttle diplomacy restored", {"restored=novelty:resumed"}},
    {"For the first time in approximately three months", {"for the first time in=novelty:resumed"}},
    {"for the first time, the two", {"for the first time=novelty:first"}},
    {"a phase of consolidation.", {"consolidation=novelty:consolidated"}},
    {"the issue was not substantively addressed", {"not substantively addressed=status:mentioned"}},
    {"were also absent from the joint press statement", {"absent from=status:absent"}},
    {"though still present, were set aside", {"set aside=status:absent"}},
    {"the issue was resolved", {"resolved=status:resolved"}},
    {"tenuous unmaybe couldn't", {}},
    {"", {}},
};

std::vector<std::string> describe(const std::vector<Cue>& cues) {
    std::vector<std::string> out;
    for (const auto& c : cues) {
        out.push_back(c.word + "=" + builtin_scale(c.scale).name + ":" + c.level);
    }
    return out;
}

}  // namespace

TEST_CASE("frame: cues are whole words or phrases, longest first, any case") {
    for (const auto& c : cue_cases) {
        CAPTURE(c.text);
        CHECK(describe(find_cues(c.text)) == c.cues);
    }
}

// A negation (data/negations.tsv) up to six words before a cue in its clause
// makes it no evidence. A phrase ends at a word's end, so a longer entry that
// ends inside a word gives way to a shorter one.
TEST_CASE("frame: a negated cue is no evidence") {
    CHECK(describe(find_cues("do not appear to have been substantively addressed")).empty());
    CHECK(describe(find_cues("the talks brought no major breakthrough")).empty());
    CHECK(describe(find_cues("the issue hasn't been addressed")).empty());
    CHECK(describe(find_cues("the issue hasn\xE2\x80\x99t been addressed")).empty());
    // A negation inside the phrase is the phrase's own meaning.
    CHECK(describe(find_cues("the talks brought no breakthrough")) ==
          std::vector<std::string>{"no breakthrough=significance:none"});
    // A clause break or a dash ends a negation's reach, and so do six words.
    CHECK(describe(find_cues("not yet; it was addressed")) == std::vector<std::string>{"addressed=status:addressed"});
    CHECK(describe(find_cues("not everyone\xE2\x80\x94it was addressed")) ==
          std::vector<std::string>{"addressed=status:addressed"});
    CHECK(describe(find_cues("not one of the seven issues raised was addressed")) ==
          std::vector<std::string>{"addressed=status:addressed"});
}

TEST_CASE("frame: cues are phrases, not a reading of the sentence") {
    CHECK(describe(find_cues("they agreed tomorrow")) == std::vector<std::string>{"agreed=certainty:agreed"});
    CHECK(describe(find_cues("they agreed today")) == std::vector<std::string>{"agreed=certainty:agreed"});
}

TEST_CASE("frame: a cue's offset and length are bytes of the text") {
    const std::string text = "Nara \xE2\x80\x94 reports suggest a Major Breakthrough.";
    const auto cues = find_cues(text);
    REQUIRE(cues.size() == 2);
    CHECK(text.substr(cues[0].offset, cues[0].length) == "reports suggest");
    CHECK(text.substr(cues[1].offset, cues[1].length) == "Major Breakthrough");
    CHECK(cues[1].word == "major breakthrough");
}

TEST_CASE("frame: every cue maps to a level of its built-in scale") {
    // One clause a cue, so that "no progress" negates nothing after it.
    const std::string corpus =
        "ruled out, unlikely, may, might, could, possible, suggest, reportedly, speculation, likely, expected to, "
        "plan to, scheduled, agreed, concluded, signed, completed, setback, no progress, modest, first step, "
        "meaningful, significant, major breakthrough, turning point, landmark, historic, unprecedented, "
        "for the first time, resumed, restored, re-established, continued, ongoing, consolidation, absent, "
        "set aside, mentioned, discussed, addressed, resolved";
    const auto cues = find_cues(corpus);
    CHECK(cues.size() >= 40);
    for (const auto& cue : cues) {
        CAPTURE(cue.word);
        const auto& levels = builtin_scale(cue.scale).levels;
        CHECK(std::find(levels.begin(), levels.end(), cue.level) != levels.end());
    }
}

// How fast is measured by bench/adversarial (figures, not assertions); here
// the cues found in adversarial input must stay in order, apart and inside it.
TEST_CASE("frame: cues in adversarial input are in order and do not overlap") {
    const std::vector<std::string> units{
        "may could ", "major ", "agreed to work towar", "for the first time in", "a", "\xE2\x80\x94may", "\x80may "};
    for (const auto& unit : units) {
        CAPTURE(unit);
        const std::string text = repeated(unit, 1 << 16);
        std::size_t previous_end = 0;
        for (const auto& cue : find_cues(text)) {
            REQUIRE(cue.offset >= previous_end);
            REQUIRE(cue.length > 0);
            REQUIRE(cue.offset + cue.length <= text.size());
            previous_end = cue.offset + cue.length;
        }
    }
}
