// Reading [[claim]] tables: keys, kinds and values (through the grammar).
#pragma once

#include "load/toml_reader.hpp"
#include "model/story.hpp"

namespace claimcheck::load {

// Reads every [[claim]] of a claim file into `source.claims`: checks keys and
// types, resolves the kind (claim, then topic), assigns ids (topic, topic#2…),
// parses `value` (or reads it from the quote) and finds the quote's cues.
void read_claims(const Story& story, const TomlFile& file, const toml::array& claims, Source& source);

// "unknown scale 'x'", with the closest scale of the story when one is close.
std::string unknown_scale_message(const Story& story, const std::string& name);

// The hint after a topic id the story does not declare: the closest declared
// topic id (text::did_you_mean), or "".
std::string topic_hint(const Story& story, std::string_view id);

}  // namespace claimcheck::load
