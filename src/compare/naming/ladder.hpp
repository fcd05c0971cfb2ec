// Internal to the naming family (src/compare/naming/): a name folded at
// every rung of the ladder (Ladder), the word-level folds the rungs are made
// of (rungs.cpp) and the rung at which two names are equal (ladder.cpp).
#pragma once

#include "compare/naming.hpp"
#include "compare/romanisation.hpp"

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::compare::naming {

// A name folded at every rung, computed once per spelling.
struct Ladder {
    std::string name;
    std::string script_system;                        // how ICU read a name in another script ("" for Latin)
    std::string scripts;                              // its scripts other than Latin ("" for Latin)
    std::string unread;                               // why its reading cannot be known ("" when it can)
    std::vector<romanisation::Lookalike> lookalikes;  // letters of another script among Latin letters
    std::string style;                                // rung 1
    std::set<std::string> diacritics;                 // rung 2: every spelling of the letters
    std::vector<std::string> tokens;                  // rung 3: white-space separated parts, diacritics folded
    std::vector<std::string> words;                   // marks stripped, long vowels as written
    std::set<std::string> generic;                    // rung 4: joined readings
    std::vector<std::vector<std::string>> readings;   // rung 4 readings as words, long vowels as written
    std::set<std::string> generic_words;              // English generic words it has (for explanations)

    // Rung 5, made the first time a pair reaches it (most never do).
    struct Transliterations {
        std::set<std::string> joined;                // the readings joined (the Pinyin side of Wade–Giles)
        std::set<std::string> pinyin;                // the words read as Wade–Giles syllables
        std::vector<std::set<std::string>> systems;  // per romanisation::systems(): the readings' keys
    };
    const Transliterations& transliterations() const;

  private:
    mutable std::optional<Transliterations> transliterations_;
};

enum class Rung { none, style, diacritics, order, generic, transliteration };

// ---------------------------------------------------------------- rungs.cpp

std::string join(const std::vector<std::string>& words);

// Words with their marks stripped (utf8proc STRIPMARK), long vowels as written.
std::vector<std::string> unmarked_words(std::string_view name);

// Each word with its long vowels folded (romanisation::fold_long_vowels).
std::vector<std::string> fold_long_vowels(std::vector<std::string> words);

// Every spelling of the name with marks stripped, letters written each way
// letters.tsv lists and long vowels folded; the plain one first.
std::vector<std::string> diacritic_spellings(std::string_view name);

// Whether a word is an English generic word; its meanings go to `meanings`
// when that is not null.
bool is_generic_word(std::string_view word, std::set<std::string_view>* meanings);

// Every reading of a name with its generic terms dropped (rung 4).
std::vector<std::vector<std::string>> generic_readings(const std::vector<std::string>& words);

// The white-space (and comma) separated parts of a name, diacritics folded.
std::vector<std::string> tokens_of(std::string_view name);

// --------------------------------------------------------------- ladder.cpp

// Rung 1 alone: case, punctuation and spacing folded, in Latin letters.
std::string style_of(const romanisation::Romanised& latin);

std::unique_ptr<Ladder> make_ladder(std::string_view name);

// The romanisation that makes two names equal: the index of the rule system
// in romanisation::systems(), -1 for Wade–Giles, or nullopt.
std::optional<int> transliteration_system(const Ladder& a, const Ladder& b);

// The first rung under which two names are equal (Rung::none when none is).
Rung equal_rung(const Ladder& a, const Ladder& b);

}  // namespace claimcheck::compare::naming
