// Time zones (zone.hpp): the tz database through date/tz, and the newsroom
// abbreviation table compiled in from data/zone_abbreviations.tsv.
#include "zones/tz.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <map>
#include <mutex>
#include <stdexcept>

#include "embedded/zone_abbreviations_tsv.hpp"
#include "embedded/zone_cities_tsv.hpp"
#include "util/text.hpp"
#include "util/tsv.hpp"

namespace claimcheck::zones {

namespace chr = std::chrono;

namespace {

// "UTC+09:00", "UTC-05:30", "UTC+00:00" → minutes east of UTC.
std::optional<chr::minutes> parse_fixed(std::string_view name) {
    if (name.size() != 9 || name.substr(0, 3) != "UTC" || (name[3] != '+' && name[3] != '-') || name[6] != ':') {
        return std::nullopt;
    }
    const auto two = [&](std::size_t i) -> int {
        if (name[i] < '0' || name[i] > '9' || name[i + 1] < '0' || name[i + 1] > '9') {
            return -1;
        }
        return (name[i] - '0') * 10 + (name[i + 1] - '0');
    };
    const int h = two(4);
    const int m = two(7);
    if (h < 0 || m < 0 || h > 14 || m > 59) {
        return std::nullopt;
    }
    const int total = h * 60 + m;
    return chr::minutes{name[3] == '-' ? -total : total};
}

// data/zone_abbreviations.tsv: each abbreviation and the zone it is read as.
const std::map<std::string, std::string, std::less<>>& abbreviation_table() {
    static const std::map<std::string, std::string, std::less<>> table = [] {
        std::map<std::string, std::string, std::less<>> out;
        const auto rows = claimcheck::text::tsv_rows(data::zone_abbreviations_tsv());
        for (std::size_t i = 1; i < rows.size(); ++i) {  // rows[0] is the header
            if (rows[i].size() < 2) {
                throw std::logic_error("data/zone_abbreviations.tsv: a row needs an abbreviation and a zone");
            }
            out.emplace(std::string(rows[i][0]), std::string(rows[i][1]));
        }
        return out;
    }();
    return table;
}

// The tz database's links, each name to its zone ("Europe/Kiev" ->
// "Europe/Kyiv", "US/Eastern" -> "America/New_York"), from the `L` lines of
// tzdata.zi in the system's tz directory ($TZDIR, else /usr/share/zoneinfo),
// the database's own compact source; empty when it has none.
std::map<std::string, std::string, std::less<>> database_links() {
    std::map<std::string, std::string, std::less<>> out;
    const char* dir = std::getenv("TZDIR");
    std::ifstream in(std::string(dir != nullptr && *dir != '\0' ? dir : "/usr/share/zoneinfo") + "/tzdata.zi");
    std::string line;
    while (std::getline(in, line)) {
        if (line.size() < 2 || line[0] != 'L' || line[1] != ' ') {
            continue;
        }
        std::istringstream words(line.substr(2));
        std::string zone;
        std::string link;
        if (words >> zone >> link) {
            out.emplace(link, zone);
        }
    }
    return out;
}

// Each place before "time", lower case, and the zones it may name
// (by_place): the newsroom's places first, else the tz database's.
struct Place {
    std::string written;             // "New York", for hints
    std::vector<std::string> zones;  // the zones it may name, sorted
};
using Places = std::map<std::string, Place, std::less<>>;

// "America/New_York" -> "New York"; "" for a last part that is no place
// name ("Etc/GMT+5", "EST5EDT").
std::string place_of(std::string_view name) {
    const auto slash = name.rfind('/');
    const std::string_view last = slash == std::string_view::npos ? name : name.substr(slash + 1);
    std::string out;
    for (const char c : last) {
        if (c == '_') {
            out += ' ';
        } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' || c == '\'') {
            out += c;
        } else {
            return {};
        }
    }
    return out;
}

const Places& place_table() {
    static const Places table = [] {
        Places database;
        const auto add = [&](std::string_view name, const std::string& zone) {
            std::string written = place_of(name);
            if (written.empty()) {
                return;
            }
            auto& place = database[claimcheck::text::ascii_lower(written)];
            place.written = written;
            if (std::find(place.zones.begin(), place.zones.end(), zone) == place.zones.end()) {
                place.zones.push_back(zone);
            }
        };
        const auto links = database_links();
        const auto target = [&](const std::string& name) {
            const auto it = links.find(name);
            return it == links.end() ? name : it->second;
        };
        for (const auto& zone : date::get_tzdb().zones) {
            add(zone.name(), target(zone.name()));
        }
        for (const auto& [link, zone] : links) {
            add(link, zone);
        }
        const auto rows = claimcheck::text::tsv_rows(data::zone_cities_tsv());
        for (std::size_t i = 1; i < rows.size(); ++i) {  // rows[0] is the header
            if (rows[i].size() < 2) {
                throw std::logic_error("data/zone_cities.tsv: a row needs a place and a zone");
            }
            database[claimcheck::text::ascii_lower(rows[i][0])] = {std::string(rows[i][0]), {std::string(rows[i][1])}};
        }
        for (auto& [key, place] : database) {
            std::sort(place.zones.begin(), place.zones.end());
        }
        return database;
    }();
    return table;
}

// The tz database's zones by name, memoised: locate_zone is a search of
// the database, and a story asks for the same few zones on every value.
const date::time_zone* iana(std::string_view name) {
    static std::mutex mutex;
    static std::map<std::string, const date::time_zone*, std::less<>> cache;
    const std::lock_guard lock(mutex);
    if (auto it = cache.find(name); it != cache.end()) {
        return it->second;
    }
    const date::time_zone* found = nullptr;
    if (name.find('/') != std::string_view::npos || name == "UTC" || name == "GMT") {
        try {
            found = date::locate_zone(name);
        } catch (const std::exception&) {
            found = nullptr;
        }
    }
    if (found != nullptr) {  // misses are not kept: the cache stays as small as the database
        cache.emplace(std::string(name), found);
    }
    return found;
}

}  // namespace

Zone utc() {
    return Zone{nullptr, chr::minutes{0}, "UTC"};
}

Zone fixed(chr::minutes offset) {
    if (offset.count() == 0) {
        return utc();
    }
    return Zone{nullptr, offset, "UTC" + offset_text(offset)};
}

std::optional<Zone> by_name(std::string_view name) {
    if (name.empty() || name == "UTC") {
        return utc();
    }
    // A story asks for its own zone on every value: keep the last answer per thread.
    thread_local std::string last_name;
    thread_local std::optional<Zone> last;
    if (last && name == last_name) {
        return last;
    }
    if (auto offset = parse_fixed(name)) {
        return fixed(*offset);
    }
    if (const auto* tz = iana(name)) {
        last_name = std::string(name);
        last = Zone{tz, chr::minutes{0}, last_name};
        return last;
    }
    return std::nullopt;
}

std::optional<Zone> by_abbreviation(std::string_view word) {
    const auto& table = abbreviation_table();
    auto it = table.find(word);
    if (it == table.end()) {
        return std::nullopt;
    }
    return by_name(it->second);
}

std::variant<Zone, std::string> by_place(std::string_view place) {
    const auto& table = place_table();
    const auto it = table.find(claimcheck::text::ascii_lower(place));
    if (it == table.end()) {
        static const std::vector<std::string> places = [] {
            std::vector<std::string> out;
            for (const auto& [key, known] : place_table()) {
                out.push_back(known.written + " time");
            }
            return out;
        }();
        const std::string hint = claimcheck::text::closest(std::string(place) + " time", places);
        return fmt::format("unknown time zone '{} time'{}", place, claimcheck::text::did_you_mean(hint));
    }
    const auto& zones = it->second.zones;
    if (zones.size() > 1) {
        std::string names;
        for (std::size_t i = 0; i < zones.size(); ++i) {
            names += (i == 0 ? "" : (i + 1 == zones.size() ? " or " : ", ")) + zones[i];
        }
        return fmt::format("'{} time' could be {}; write the IANA name or the offset", place, names);
    }
    if (auto zone = by_name(zones.front())) {
        return *zone;
    }
    return fmt::format("'{} time' names {}, which the tz database does not know", place, zones.front());
}

bool is_place(std::string_view place) {
    return place_table().count(claimcheck::text::ascii_lower(place)) != 0;
}

std::string closest_name(std::string_view name) {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> out;
        for (const auto& [abbreviation, zone] : abbreviation_table()) {
            out.push_back(abbreviation);
        }
        for (const auto& zone : date::get_tzdb().zones) {
            out.push_back(zone.name());
        }
        return out;
    }();
    return claimcheck::text::closest(name, names);
}

Local to_utc(const Zone& zone, date::local_seconds wall) {
    if (!zone.tz) {
        return Local{LocalKind::unique, Instant{wall.time_since_epoch() - zone.offset}, {}};
    }
    const auto info = zone.tz->get_info(wall);
    switch (info.result) {
        case date::local_info::unique:
            return Local{LocalKind::unique, Instant{wall.time_since_epoch() - info.first.offset}, {}};
        case date::local_info::nonexistent:
            return Local{LocalKind::nonexistent, info.first.end, {}};
        default:
            return Local{LocalKind::ambiguous, Instant{wall.time_since_epoch() - info.first.offset},
                         Instant{wall.time_since_epoch() - info.second.offset}};
    }
}

Instant start_of(const Zone& zone, date::local_seconds wall) {
    return to_utc(zone, wall).first;
}

date::local_seconds to_local(const Zone& zone, Instant at) {
    return date::local_seconds{at.time_since_epoch() + offset_at(zone, at)};
}

chr::seconds offset_at(const Zone& zone, Instant at) {
    if (!zone.tz) {
        return zone.offset;
    }
    return zone.tz->get_info(at).offset;
}

std::string offset_text(chr::seconds offset) {
    const auto minutes = chr::duration_cast<chr::minutes>(offset).count();
    const auto magnitude = minutes < 0 ? -minutes : minutes;
    return fmt::format("{}{:02}:{:02}", minutes < 0 ? '-' : '+', magnitude / 60, magnitude % 60);
}

std::optional<std::string> timezone_error(std::string_view name) {
    if (zones::by_name(name) && name.find('/') != std::string_view::npos) {
        return std::nullopt;
    }
    if (name == "UTC" || name == "Etc/UTC") {
        return std::nullopt;
    }
    std::string message = fmt::format("'{}' is not an IANA time zone name (such as \"Asia/Seoul\")", name);
    const auto hint = zones::closest_name(name);
    if (auto abbreviation = zones::by_abbreviation(name)) {
        return message + fmt::format("; '{}' reads as {}", name, abbreviation->name);
    }
    if (!hint.empty() && hint.find('/') != std::string::npos) {
        return message + claimcheck::text::did_you_mean(hint);
    }
    return message;
}

std::chrono::seconds zone_offset(std::string_view zone, Instant at) {
    const auto z = zones::by_name(zone);
    return z ? zones::offset_at(*z, at) : std::chrono::seconds{0};
}

std::string describe_instant(Instant at, std::string_view zone, bool with_date) {
    namespace chr = std::chrono;
    const auto text = [&](date::local_seconds wall) {
        const auto day = chr::floor<chr::days>(Instant{wall.time_since_epoch()});
        const auto minutes = chr::duration_cast<chr::minutes>(wall.time_since_epoch() - day.time_since_epoch()).count();
        const chr::year_month_day ymd{day};
        const std::string clock = fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
        if (!with_date) {
            return clock;
        }
        return fmt::format("{:04}-{:02}-{:02} {}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                           static_cast<unsigned>(ymd.day()), clock);
    };
    const auto z = zones::by_name(zone);
    const std::string utc_text = text(date::local_seconds{at.time_since_epoch()}) + " UTC";
    if (!z || z->name == "UTC") {
        return utc_text;
    }
    const auto local = zones::to_local(*z, at);
    const auto local_day = chr::floor<chr::days>(local.time_since_epoch());
    const auto utc_day = chr::floor<chr::days>(at.time_since_epoch());
    const auto clock_only = [&](date::local_seconds wall) {
        const auto minutes =
            chr::duration_cast<chr::minutes>(wall.time_since_epoch() - chr::floor<chr::days>(wall.time_since_epoch()))
                .count();
        return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
    };
    const std::string relation =
        utc_day < local_day ? " the day before" : (utc_day > local_day ? " the day after" : std::string{});
    return fmt::format("{} {} ({} UTC{})", text(local), z->name, clock_only(date::local_seconds{at.time_since_epoch()}),
                       relation);
}

std::variant<Instant, std::string> instant_in_zone(std::string_view zone, Instant wall) {
    const auto z = zones::by_name(zone);
    if (!z) {
        return fmt::format("unknown time zone '{}'", zone);
    }
    const date::local_seconds local{wall.time_since_epoch()};
    const auto found = zones::to_utc(*z, local);
    switch (found.kind) {
        case zones::LocalKind::unique:
            return found.first;
        case zones::LocalKind::nonexistent:
            return fmt::format("that time does not exist in {}: the clocks went forward then", z->name);
        case zones::LocalKind::ambiguous:
            return fmt::format("that time happened twice in {} (the clocks went back); give the offset", z->name);
    }
    return found.first;
}

Day local_day(std::string_view zone, Instant at) {
    const auto z = zones::by_name(zone);
    if (!z) {
        return std::chrono::floor<std::chrono::days>(at);
    }
    return std::chrono::floor<std::chrono::days>(Instant{zones::to_local(*z, at).time_since_epoch()});
}

}  // namespace claimcheck::zones
