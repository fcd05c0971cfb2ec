// §6.3 naming: the ladder of folding rules. Each rung is a small named
// function; two names are classified by the first rung under which they are
// equal. The tables behind the rungs are data (romanisation.hpp). Exposed
// for the tests and for `claimcheck suggest`-style callers.
#pragma once

#include "compare/engine.hpp"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::compare::naming {

// Words of a name: NFC, case-folded (except letters whose folding changes
// the spelling: ß, İ), split on anything that is not a letter, mark or
// number (spaces, hyphens, punctuation); apostrophes join.
std::vector<std::string> style_words(std::string_view name);

// Rung 1, style: case, hyphens, spacing and punctuation do not count.
std::string fold_style(std::string_view name);

// Rung 2, diacritics: marks stripped (utf8proc STRIPMARK), letters written
// another way (ı/i, ß/ss, ø/oe, æ/ae: letters.tsv) and long vowels folded
// (ou, oo -> o; uu -> u; aa -> a), on top of rung 1. The first spelling.
std::string fold_diacritics(std::string_view name);

// Rung 4, generic terms: the name without its English generic words and
// connectives (Temple, Shrine, Mount, Hospital, Inc, the, of) and/or
// without a Japanese or Korean generic suffix (-ji, -jinja, -san, -gawa,
// ...). Every reading is a candidate.
std::vector<std::string> fold_generic(std::string_view name);

// Rung 5, transliteration under one romanisation system (the id of a
// data/romanisation table): the name's spellings as that system reads them.
std::vector<std::string> fold_transliteration(std::string_view name, std::string_view system = "korean");

struct Ladder;

// The folded forms of a story's names, each spelling folded once, the first
// time it is compared (an entity's spellings only style-folded up front).
// One per story and thread.
class Names {
  public:
    explicit Names(const std::vector<Entity>& entities);
    ~Names();
    Names(const Names&) = delete;
    Names& operator=(const Names&) = delete;

    // The entity a name refers to: one of whose spellings (house name or
    // variant) equals the name under the ladder, or nullptr. An exact
    // (style-folded) match wins over a folded one; then entity id order.
    const Entity* entity_for(std::string_view name);

    // Classifies two different names; nullopt when they are the same text.
    std::optional<PairVerdict> classify(std::string_view a, std::string_view b);

    // The entity of which `name` is literally (up to case, hyphens, spacing
    // and punctuation) the house name or a registered variant, or nullptr.
    const Entity* accepted_by(std::string_view name);

    // An entity's house name or variant, with its rung-1 form.
    struct Spelling {
        std::string name;
        std::string style;
    };

  private:
    const Ladder& ladder(std::string_view name);

    std::vector<const Entity*> entities_;           // by id
    std::vector<std::vector<Spelling>> spellings_;  // per entity: house name, variants
    std::map<std::string, std::unique_ptr<Ladder>, std::less<>> ladders_;
    std::map<std::string, const Entity*, std::less<>> entity_of_;
};

// One-off forms of Names' lookups (each call folds the entities again).
const Entity* entity_for(std::string_view name, const std::vector<Entity>& entities);
std::optional<PairVerdict> classify(std::string_view a, std::string_view b, const std::vector<Entity>& entities);

}  // namespace claimcheck::compare::naming
