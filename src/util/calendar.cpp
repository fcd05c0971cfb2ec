#include "util/calendar.hpp"

#include <array>
#include <fmt/format.h>

namespace claimcheck::calendar {

std::string iso_date(const std::chrono::year_month_day& day) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                       static_cast<unsigned>(day.day()));
}

std::string iso_date(std::chrono::sys_days day) {
    return iso_date(std::chrono::year_month_day{day});
}

std::string_view weekday_name(std::chrono::weekday weekday) {
    static constexpr std::array<std::string_view, 7> names{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                           "Thursday", "Friday", "Saturday"};
    return names[weekday.c_encoding() % 7];
}

}  // namespace claimcheck::calendar
