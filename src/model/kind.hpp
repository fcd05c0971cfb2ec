// What a claim, a topic and a finding are about. One enum for both of its
// names: the `kind` claim files write ("quantity", spec §3) and the rule
// family that compares such claims, whose name a finding carries in every
// output ("numeric", spec §6).
#pragma once

#include <optional>
#include <string_view>

namespace claimcheck {

enum class Kind { quantity, date, name, frame, quote };

// As claim files and story.toml write it: "quantity", "date", "name",
// "frame", "quote".
std::string_view claim_word(Kind kind);
std::optional<Kind> kind_from_claim_word(std::string_view word);

// The rule family, as findings, fingerprints and SARIF rule ids name it:
// "numeric", "temporal", "naming", "framing", "quote".
std::string_view family_name(Kind kind);

}  // namespace claimcheck
