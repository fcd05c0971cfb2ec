// Internal to the naming family (src/compare/naming/): the verdicts and
// their explanations for two names, by the rung that made them equal or by
// what no rung explains (explain.cpp).
#pragma once

#include "compare/naming/ladder.hpp"

#include <string>
#include <string_view>

namespace claimcheck::compare::naming {

// The script conversions in play: "" when both names are in Latin letters
// (or both in one script read the same way).
std::string scripts_read(const Ladder& a, const Ladder& b);

// A verdict for two names equal at `rung` (both in Latin letters).
PairVerdict rung_verdict(const Ladder& a, const Ladder& b, Rung rung);

// A transliteration verdict: names in two scripts, or two romanisations of
// one name (`rung` is Rung::transliteration), with the rules that explain it.
PairVerdict transliteration_verdict(const Ladder& a, const Ladder& b, Rung rung);

// Two spellings story.toml registers for one entity.
PairVerdict registered_variant(std::string_view a, std::string_view b, const Entity& entity);

// Two names a rung makes equal once a lookalike letter of another script
// (Cyrillic 'а' among Latin letters) is read as the Latin letter it looks
// like: a near-miss that names the letter. nullopt when neither name has one.
std::optional<PairVerdict> lookalike_verdict(const Ladder& a, const Ladder& b);

// Two names in different scripts where one's reading cannot be known (a
// scripts.tsv row that reads only letters, or no row): the names are not
// compared. nullopt when both readings are known or the scripts are the same.
std::optional<PairVerdict> script_mismatch(const Ladder& a, const Ladder& b);

// Two names no rung makes equal: a near-miss (a likely typo) or a conflict.
PairVerdict unexplained(const Ladder& a, const Ladder& b, const Entity* ea, const Entity* eb);

}  // namespace claimcheck::compare::naming
