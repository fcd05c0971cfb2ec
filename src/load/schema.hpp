// The keys each table of the input may hold: one list per table, and the
// only place a key is declared. Adding a key to story.toml or a claim file
// starts here (then its reader in story.cpp, source.cpp or values.cpp).
#pragma once

#include <span>
#include <string_view>

namespace claimcheck::load::schema {

using Keys = std::span<const std::string_view>;

// story.toml
inline constexpr std::string_view story_file[] = {"story", "entity", "topic", "scale", "rate"};
inline constexpr std::string_view story_table[] = {
    "title", "date", "timezone", "fiscal_year_start", "hemisphere", "zone_abbreviations"};
inline constexpr std::string_view entity_table[] = {"id", "name", "variants", "fiscal_year_start"};
inline constexpr std::string_view topic_table[] = {"kind",      "label", "unit",   "scope", "whole",
                                                   "tolerance", "scale", "entity", "event"};
inline constexpr std::string_view scale_table[] = {"levels", "warn", "error", "progresses"};
inline constexpr std::string_view rate_table[] = {"from", "to", "rate", "as_of"};

// A claim file.
inline constexpr std::string_view claim_file[] = {"source", "claim"};
inline constexpr std::string_view source_table[] = {"outlet", "text",     "published",        "url",
                                                    "role",   "timezone", "fiscal_year_start"};
inline constexpr std::string_view claim_table[] = {"topic", "quote",   "line",  "value", "kind", "scale",
                                                   "id",    "speaker", "scope", "as_of", "note"};

}  // namespace claimcheck::load::schema
