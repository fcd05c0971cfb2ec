// The in-memory model of a story (spec §2–§4), filled by load/ and anchor/,
// read by compare/, gate/ and render/.
#pragma once

#include "framing/lexicon.hpp"
#include "grammar/value.hpp"
#include "model/diagnostics.hpp"
#include "model/kind.hpp"
#include "util/lines.hpp"

#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace claimcheck {

struct Scale {
    std::string name;
    std::vector<std::string> levels;  // low to high
    int warn = 2;
    int error = 3;
    bool builtin = false;
    // Its levels move forward in time (planned -> done): a later report may
    // supersede an earlier one, and one that lags behind is stale (§11).
    bool progresses = false;
};

struct Entity {
    std::string id;
    std::string name;                   // the house spelling
    std::vector<std::string> variants;  // spellings accepted as the same entity
    unsigned fiscal_year_start = 0;     // month its fiscal year starts; 0 = not given
    Location where;
};

struct Topic {
    std::string id;
    std::optional<Kind> kind;  // unset for an undeclared topic until a claim gives it
    std::string label;
    std::string unit;
    std::string scope;
    // The whole the topic's figures are parts of (`whole = "12 missiles"`):
    // a count, so that shares and counts of it compare (spec §11).
    std::optional<grammar::Quantity> whole;
    double tolerance = 0.10;  // relative reach of approximators
    std::string scale;        // frame topics
    std::string entity;       // the entity the topic is about ("" = none): its fiscal year applies
    // Date topics: the date topic its relative dates count from ("two weeks
    // after", "the day before the verdict"), as each source dates it.
    std::string event;
    bool declared = false;
    Location where;
};

enum class Role { reference, draft };

// §4.1: how a claim's quote was found in its article.
enum class AnchorState { exact, folded, relocated, ambiguous, orphan };
std::string_view to_string(AnchorState state);

struct Anchor {
    AnchorState state = AnchorState::orphan;
    int line = 0;                      // 1-based; 0 when not found or ambiguous
    int column = 0;                    // 1-based code points
    std::vector<int> candidate_lines;  // ambiguous: every line it occurs on
    std::string suggestion;            // orphan: the closest passage above the similarity bound
    int suggestion_line = 0;
};

struct NameValue {
    std::string text;
};
struct FrameValue {
    int level = 0;  // index in the scale's levels
    std::string level_name;
    std::string scale;
    bool inferred = false;  // read from the quote's cues because `value` was absent
};
struct QuoteValue {
    std::string text;
};

using Value = std::variant<std::monostate, grammar::Quantity, grammar::DateValue, NameValue, FrameValue, QuoteValue>;

struct Claim {
    std::string id;
    std::string topic;
    Kind kind = Kind::name;
    std::string quote;
    std::optional<int> line_hint;
    std::string value_text;  // as written in the file, or the words read from the quote
    bool value_given = false;
    Value value;        // monostate when it could not be parsed
    std::string scale;  // frame claims
    std::string speaker;
    std::string scope;
    std::optional<std::chrono::year_month_day> as_of;
    std::optional<std::chrono::sys_seconds> as_of_time;  // when `as_of` gives a time of day
    std::string note;
    std::vector<framing::Cue> cues;  // frame claims: hedge/booster cues found in the quote
    Location where;                  // the [[claim]] table
    Location value_where;            // the value (or the quote, when the value was read from it)
    Location quote_where;            // the `quote` string in the claim file
    SourceExcerpt quote_source;      // that line of the claim file around it, for diagnostics
    Anchor anchor;
};

struct Article {
    std::filesystem::path path;  // absolute or as given
    std::string display_path;    // relative, as shown to the user ("claims/nara/articles/001.txt")
    std::string text;            // UTF-8, BOM removed, CRLF normalised to LF
    text::Lines lines;           // where each line of `text` starts
};

struct Source {
    std::string id;              // the claim file's stem ("001")
    std::filesystem::path file;  // the claim file
    std::string display_file;
    std::string outlet;
    std::string text;                                            // the `text` key as written
    std::optional<std::chrono::year_month_day> published;        // the local date in `timezone`
    std::optional<std::chrono::sys_seconds> published_at;        // when `published` gives a time of day
    std::string timezone;                                        // IANA name; "" = the story's
    bool timezone_declared = false;                              // the source or its story wrote `timezone`
    unsigned fiscal_year_start = 0;                              // month; 0 = the story's
    grammar::Hemisphere hemisphere = grammar::Hemisphere::none;  // the story's
    std::shared_ptr<const std::map<std::string, std::string, std::less<>>> zone_abbreviations;  // the story's
    std::string url;
    Role role = Role::reference;
    Article article;
    bool article_loaded = false;
    std::vector<Claim> claims;
    std::size_t claim_count = 0;  // claims read; stays when a long run releases `claims`
                                  // after the story's report is written (pipeline::Options::keep_inputs)

    // How many claims the file has, also once `claims` was released.
    std::size_t number_of_claims() const { return claims.size() > claim_count ? claims.size() : claim_count; }
};

// An exchange rate a story relies on ([[rate]]): 1 `from` = `rate` `to`.
struct Rate {
    std::string from;  // ISO 4217 code
    std::string to;
    double rate = 0;
    std::optional<std::chrono::year_month_day> as_of;
    Location where;
};

struct Story {
    std::string id;  // folder name
    std::filesystem::path dir;
    std::string display_dir;  // "claims/nara-summit"
    std::string title;
    std::optional<std::chrono::year_month_day> date;
    std::string timezone;                                        // IANA name of "local time" ("" = UTC)
    bool timezone_declared = false;                              // `timezone` was written (UTC too)
    unsigned fiscal_year_start = 1;                              // month a fiscal year starts (1 = the calendar year)
    grammar::Hemisphere hemisphere = grammar::Hemisphere::none;  // where seasons are read
    std::shared_ptr<const std::map<std::string, std::string, std::less<>>> zone_abbreviations;  // before data/
    std::vector<Entity> entities;
    std::map<std::string, Topic> topics;
    std::map<std::string, Scale> scales;  // built-in ones plus the story's overrides
    std::vector<Source> sources;          // sorted by id
    std::vector<Rate> rates;              // [[rate]]: exchange rates amounts in two currencies convert by
};

// The story's entity with this id, or nullptr.
const Entity* find_entity(const Story& story, std::string_view id);

// The month a fiscal year starts in for a claim on `topic` in `source`: the
// topic's entity's, else the source's, else the story's.
unsigned fiscal_year_start(const Story& story, const Source& source, const std::string& topic);

}  // namespace claimcheck
