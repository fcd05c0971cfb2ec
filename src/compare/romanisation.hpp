// The naming ladder's tables (data/romanisation/*.tsv, data/names/generic-terms.tsv)
// and the operations on them: romanisation systems as named rewrite rules,
// the Wade–Giles syllable table, letters that fold to more than one spelling,
// ICU transliteration of names written in other scripts, and generic terms.
// Words here are case-folded, marks stripped (naming/rungs.cpp's unmarked words).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::compare::romanisation {

// One rewrite: every occurrence of `from` in a word becomes `to`; anchored
// at the start and/or end of the word when the table says so.
struct Rule {
    std::string from;
    std::string to;
    std::string name;  // as an explanation lists it ("ch/j")
    bool at_start = false;
    bool at_end = false;
    bool voicing = false;           // voices a consonant (korean.tsv)
    bool collapse_doubles = false;  // doubled letters written once (arabic.tsv)
};

// A romanisation system: whole-word equivalences, then rules in file order.
struct System {
    std::string id;
    std::string name;                          // "Wade–Giles and Pinyin spellings of the same Mandarin name"
    std::string voiced_name;                   // when voicing rules alone explain it (korean.tsv)
    std::string voiced_assumption;             // its assumption, with {voiced} and {unvoiced} to fill
    std::map<std::string, std::string> words;  // spelling -> canonical word ("" drops the word)
    std::vector<Rule> rules;
};

// The rule systems the transliteration rung tries, in order: Japanese,
// Korean, Russian/Ukrainian, Arabic.
const std::vector<System>& systems();

// The system of the given id (one of systems(), or "wade-giles"); throws
// std::out_of_range for an unknown id.
const System& system(std::string_view id);

std::string apply(const Rule& rule, std::string word);

// The words as `system` reads them: equivalent words made canonical, then
// every rule applied to each word.
std::vector<std::string> apply(const System& system, const std::vector<std::string>& words);

// The names of the rules (and "Lee/Yi/Rhee"-style word equivalences) that
// brought two word lists together under `system`, in table order, once each:
// a rule counts when it changes one side's spelling and not the other's.
struct Trace {
    std::vector<std::string> rules;
    bool voicing = false;   // a voicing rule changed exactly one side...
    int changed_side = -1;  // ...which: 0 for a, 1 for b; -1 both or neither
};
Trace trace(const System& system, const std::vector<std::string>& a, const std::vector<std::string>& b);

// Wade–Giles: the Pinyin spellings of the words read as one Wade–Giles
// syllable each (apostrophes already removed), joined; empty when a word is
// not a Wade–Giles syllable. At most `limit` readings.
std::vector<std::string> pinyin_readings(const std::vector<std::string>& words, std::size_t limit = 4096);

// Japanese long vowels written out (ou, oo -> o; uu -> u; aa -> a).
std::string fold_long_vowels(std::string word);

// Every spelling of a case-folded word with its letters.tsv letters written
// each way the table lists (ı -> i; ø -> o, oe; ß -> ss), at most `limit`.
std::vector<std::string> letter_spellings(std::string_view word, std::size_t limit = 16);

// A name in Latin letters: names with letters of a script in scripts.tsv
// are transliterated with ICU (and `system` says how); others are returned
// unchanged with an empty `system`. `unread` says why the Latin form is not
// the name's spelling where a script's row reads only its letters (Arabic,
// Hebrew, Thai, Devanagari, Han) or no row reads the script; "" when the
// reading is known (or the name is in Latin letters).
struct Romanised {
    std::string latin;
    std::string system;   // "Cyrillic read in BGN/PCGN romanisation", or ""
    std::string scripts;  // the scripts of its letters other than Latin, ICU names in order: "Han, Hiragana"
    std::string unread;   // "the Arabic script writes no short vowels, ...", or ""
};
Romanised to_latin(std::string_view name);

// A letter of another script inside a word of Latin letters (Cyrillic 'а'
// in "Pаris"): a lookalike, not a transliteration.
struct Lookalike {
    std::string letter;  // as written
    std::string script;  // ICU name: "Cyrillic"
    std::uint32_t code_point = 0;
};
std::vector<Lookalike> lookalikes(std::string_view name);

// Generic terms (generic-terms.tsv).
struct GenericTerm {
    std::string meaning;
    std::vector<std::string> english;
    std::vector<std::string> suffixes;
};
const std::vector<GenericTerm>& generic_terms();

// "the", "of": dropped along with generic terms.
bool is_connective(std::string_view word);

}  // namespace claimcheck::compare::romanisation
