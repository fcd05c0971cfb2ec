// The time settings of a story or source (`timezone`, `fiscal_year_start`)
// and TOML dates that may carry a time of day (`published`, `as_of`).
#pragma once

#include "grammar/value.hpp"
#include "load/toml_reader.hpp"

#include <chrono>
#include <map>
#include <optional>
#include <string>

namespace claimcheck::load {

struct TimeSettings {
    std::string timezone;            // IANA name, "" when not given or UTC
    bool timezone_given = false;     // `timezone` was written (UTC too)
    unsigned fiscal_year_start = 0;  // month 1-12, 0 when not given
    grammar::Hemisphere hemisphere = grammar::Hemisphere::none;
    std::map<std::string, std::string, std::less<>> zone_abbreviations;  // "IST" -> "Asia/Jerusalem"
};

// `timezone` (an IANA name) and `fiscal_year_start` (a month name or number);
// in [story] also `hemisphere` ("north" or "south") and `zone_abbreviations`
// (a table of abbreviations to IANA names).
TimeSettings read_time_settings(const TomlFile& file, const toml::table& table);

// A TOML date or date-time. A date-time with an offset is that instant; one
// without is a wall-clock time in `zone` ("" = UTC). `day` is the local date
// in `zone`.
struct DateTime {
    std::optional<std::chrono::year_month_day> day;
    std::optional<std::chrono::sys_seconds> at;
};

DateTime read_date_time(const TomlFile& file, const toml::table& table, std::string_view key, const std::string& zone);

}  // namespace claimcheck::load
