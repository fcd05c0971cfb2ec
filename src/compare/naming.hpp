// §6.3 naming: the ladder of folding rules. Each rung is a small named
// function; two names are classified by the first rung under which they are
// equal. Exposed for the tests and for `claimcheck suggest`-style callers.
#pragma once

#include "compare/engine.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::compare::naming {

// Words of a name: NFKC, case-folded, split on anything that is not a
// letter, mark or number (spaces, hyphens, punctuation).
std::vector<std::string> style_words(std::string_view name);

// Rung 1, style: case, hyphens, spacing and punctuation do not count.
std::string fold_style(std::string_view name);

// Rung 2, diacritics: marks stripped (utf8proc STRIPMARK) and long vowels
// folded (ou, oo -> o; uu -> u; aa -> a), on top of rung 1.
std::string fold_diacritics(std::string_view name);

// Rung 3, generic terms: the name without an English generic word (Temple,
// Shrine, Mount, River, Castle) and/or without a Japanese or Korean generic
// suffix (-ji, -jinja, -san, -gawa, ...). Every reading is a candidate.
std::vector<std::string> fold_generic(std::string_view name);

// Rung 4, transliteration: Lee/Yi/Rhee, then eo/o, ch/j, sh/s, k/g, t/d, p/b
// on top of rung 3.
std::vector<std::string> fold_transliteration(std::string_view name);

// The entity a name refers to: one of whose spellings (house name or
// variant) equals the name under the ladder (rungs 1-4), or nullptr. An
// exact (style-folded) match wins over a folded one; then entity id order.
const Entity* entity_for(std::string_view name, const std::vector<Entity>& entities);

// Classifies two different names; nullopt when they are the same text.
std::optional<PairVerdict> classify(std::string_view a, std::string_view b, const std::vector<Entity>& entities);

}  // namespace claimcheck::compare::naming
