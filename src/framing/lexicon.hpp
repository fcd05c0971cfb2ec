// The framing lexicon (spec §3, §6.4): the built-in scales (data/scales.tsv),
// reading a level, and the cue words of quotes (data/cues.tsv). No Spirit:
// the cue matcher is a plain table of phrases.
#pragma once

#include "grammar/value.hpp"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace claimcheck::framing {

// A built-in scale. The comparison rules name these four (a hedge qualifies
// the whole statement on the certainty scale), so a new one is code;
// data/scales.tsv gives each its levels and thresholds.
enum class ScaleId : std::uint8_t { certainty, significance, novelty, status };

struct BuiltinScale {
    ScaleId id = ScaleId::certainty;
    std::string name;                 // as stories spell it: "certainty"
    std::vector<std::string> levels;  // low to high
    int warn = 2;
    int error = 3;
    bool progresses = false;  // its levels move forward in time (status)
};

// certainty, significance, novelty, status (spec §3), in ScaleId order.
std::span<const BuiltinScale> builtin_scales();
const BuiltinScale& builtin_scale(ScaleId id);

// The level's index in `levels` (case-insensitive, surrounding space ignored).
std::variant<int, grammar::ParseError> parse_level(std::string_view text, std::span<const std::string> levels);

// A hedge, booster or evaluative word found in a text, mapped to a level of a
// built-in scale.
struct Cue {
    std::size_t offset = 0;  // byte offset in the text
    std::size_t length = 0;  // bytes
    std::string word;        // the lexicon entry that matched ("reportedly", "major breakthrough")
    ScaleId scale = ScaleId::certainty;
    std::string level;  // a level of that scale
};

std::vector<Cue> find_cues(std::string_view text);

// A row of data/cues.tsv.
struct CueEntry {
    std::string phrase;
    ScaleId scale = ScaleId::certainty;
    std::string level;
};

// The rows of data/cues.tsv, in file order.
std::span<const CueEntry> cue_entries();

// Reading the tables strictly: a bad row throws std::logic_error naming
// `file`:line. The program reads the embedded files; tests read their own.
std::vector<BuiltinScale> read_scales(std::string_view tsv, std::string_view file);
std::vector<CueEntry> read_cues(std::string_view tsv, std::string_view file, std::span<const BuiltinScale> scales);

}  // namespace claimcheck::framing
