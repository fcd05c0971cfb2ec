// Time zones by name, for values and explanations: IANA zones (the tz
// database through Howard Hinnant's date/tz), fixed offsets ("UTC+09:00") and
// the newsroom abbreviations of data/zone_abbreviations.tsv. A service below
// the grammar and the comparison engine; the zone type itself is in
// zones/tz.hpp, for the code that reads wall-clock times.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace claimcheck::zones {

using Instant = std::chrono::sys_seconds;
using Day = std::chrono::sys_days;

// An IANA time zone name the tz database knows, or the reason it is not one
// ("unknown time zone 'Asia/Seol' (did you mean 'Asia/Seoul'?)").
std::optional<std::string> timezone_error(std::string_view name);

// An instant as the reader should see it: in `zone` and in UTC,
// "04:10 Asia/Seoul (19:10 UTC the day before)"; in UTC alone when `zone` is
// empty or UTC. `with_date` prefixes the local ISO date.
std::string describe_instant(Instant at, std::string_view zone, bool with_date = true);

// The instant a wall-clock time (given as if it were UTC) names in `zone`
// ("" = UTC), or why there is none: skipped or repeated by a summer-time
// change, or an unknown zone.
std::variant<Instant, std::string> instant_in_zone(std::string_view zone, Instant wall);

// The local calendar day of an instant in `zone` ("" = UTC).
Day local_day(std::string_view zone, Instant at);

// The offset of `zone` from UTC at `at` ("" = UTC), for explanations.
std::chrono::seconds zone_offset(std::string_view zone, Instant at);

}  // namespace claimcheck::zones
