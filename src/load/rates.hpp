// [[rate]] in story.toml (spec §3): the exchange rates a story relies on.
#pragma once

#include "load/toml_reader.hpp"
#include "model/story.hpp"

namespace claimcheck::load {

// Reads every [[rate]] table into story.rates: `from` and `to` are ISO 4217
// codes the newsroom's currency table knows, `rate` a positive number,
// `as_of` a date. Errors go to the file's diagnostics.
void load_rates(const TomlFile& file, const toml::table& root, Story& story);

}  // namespace claimcheck::load
