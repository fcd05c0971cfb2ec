// Calendar days as outputs write them: ISO 8601 dates and English weekday names.
#pragma once

#include <chrono>
#include <string>
#include <string_view>

namespace claimcheck::calendar {

// "2026-01-19"
std::string iso_date(const std::chrono::year_month_day& day);
std::string iso_date(std::chrono::sys_days day);

// "Monday"
std::string_view weekday_name(std::chrono::weekday weekday);

}  // namespace claimcheck::calendar
