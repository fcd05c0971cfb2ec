// Calendar days as outputs write them (ISO 8601 dates), and the English
// names of months and weekdays: one table each, read by the value grammar
// and story.toml and written by every output (as Hinnant's date keeps one
// table of names for parsing and for formatting).
#pragma once

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::calendar {

// "2026-01-19"
std::string iso_date(const std::chrono::year_month_day& day);
std::string iso_date(std::chrono::sys_days day);

// A name and what it names: a month (1 to 12) or a weekday (0 = Sunday, as
// std::chrono::weekday's c_encoding).
struct Name {
    std::string_view word;
    unsigned value;
};

// The full names, in calendar order, then the abbreviations a reader accepts.
inline constexpr std::size_t month_count = 12;
inline constexpr std::array<Name, 24> month_names{{
    {"January", 1}, {"February", 2}, {"March", 3},     {"April", 4},    {"May", 5},       {"June", 6},
    {"July", 7},    {"August", 8},   {"September", 9}, {"October", 10}, {"November", 11}, {"December", 12},
    {"Jan", 1},     {"Feb", 2},      {"Mar", 3},       {"Apr", 4},      {"Jun", 6},       {"Jul", 7},
    {"Aug", 8},     {"Sep", 9},      {"Sept", 9},      {"Oct", 10},     {"Nov", 11},      {"Dec", 12},
}};
inline constexpr std::size_t weekday_count = 7;
inline constexpr std::array<Name, 17> weekday_names{{
    {"Sunday", 0},
    {"Monday", 1},
    {"Tuesday", 2},
    {"Wednesday", 3},
    {"Thursday", 4},
    {"Friday", 5},
    {"Saturday", 6},
    {"Sun", 0},
    {"Mon", 1},
    {"Tue", 2},
    {"Tues", 2},
    {"Wed", 3},
    {"Thu", 4},
    {"Thur", 4},
    {"Thurs", 4},
    {"Fri", 5},
    {"Sat", 6},
}};

// "January" (1) to "December" (12)
std::string_view month_name(unsigned month);
// "Monday"
std::string_view weekday_name(std::chrono::weekday weekday);

// The month a full name or an abbreviation names, in any case ("april",
// "Sept"); nothing for any other word.
std::optional<unsigned> month_of(std::string_view word);

}  // namespace claimcheck::calendar
