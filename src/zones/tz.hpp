// The zone type for code that reads wall-clock times (the date grammar):
// IANA zones from the tz database (Howard Hinnant's date/tz reading the
// system's tzdata), fixed offsets, and the newsroom abbreviations of
// data/zone_abbreviations.tsv. Lookups are memoised: the tz database is read once, on
// the first value that names a zone or a story that declares one.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <date/tz.h>

#include "zones/zones.hpp"

namespace claimcheck::zones {

// An IANA zone (tz set) or a fixed offset from UTC (tz null).
struct Zone {
    const date::time_zone* tz = nullptr;
    std::chrono::minutes offset{0};
    std::string name;  // "Asia/Seoul", "UTC", "UTC+09:00"

    bool operator==(const Zone& other) const { return name == other.name; }
};

Zone utc();
Zone fixed(std::chrono::minutes offset);

// "Asia/Seoul" (IANA, memoised), "UTC", "UTC+09:00"; nullopt when unknown.
std::optional<Zone> by_name(std::string_view name);

// "KST", "ET", "GMT" from the abbreviation table; nullopt when not listed.
std::optional<Zone> by_abbreviation(std::string_view word);

// A place written before "time" ("Kyiv time", "New York time", "Beijing
// time"): the last part of a tz database name, underscores read as spaces
// (America/New_York: "New York"), including the old names of the
// database's links (Europe/Kiev: "Kiev"), or a row of data/zone_cities.tsv;
// matched without regard to case. An unknown place, or one that is the last
// part of two zones (US/Eastern and Canada/Eastern: "Eastern"), is the
// reason it is no zone: "'Eastern time' could be America/New_York or
// America/Toronto; write the IANA name or the offset".
std::variant<Zone, std::string> by_place(std::string_view place);

// Is `place` a place by_place knows (also when it is ambiguous)?
bool is_place(std::string_view place);

// The closest IANA name or abbreviation to a misspelt one, or "".
std::string closest_name(std::string_view name);

enum class LocalKind { unique, nonexistent, ambiguous };

// A wall-clock time in a zone: one instant, none (skipped by a summer-time
// change: `first` is the instant the clocks jumped), or two (repeated:
// `first` and `second`).
struct Local {
    LocalKind kind = LocalKind::unique;
    Instant first{};
    Instant second{};
};

Local to_utc(const Zone& zone, date::local_seconds wall);

// The instant of `wall`, taking the earlier reading when repeated and the
// jump when skipped (for the bounds of days and periods).
Instant start_of(const Zone& zone, date::local_seconds wall);

date::local_seconds to_local(const Zone& zone, Instant at);

std::chrono::seconds offset_at(const Zone& zone, Instant at);

// "+09:00", "-04:30"
std::string offset_text(std::chrono::seconds offset);

}  // namespace claimcheck::zones
