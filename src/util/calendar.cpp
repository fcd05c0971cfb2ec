#include "util/calendar.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace claimcheck::calendar {

std::string iso_date(const std::chrono::year_month_day& day) {
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                       static_cast<unsigned>(day.day()));
}

std::string iso_date(std::chrono::sys_days day) {
    return iso_date(std::chrono::year_month_day{day});
}

std::string_view month_name(unsigned month) {
    return month_names[(month + month_count - 1) % month_count].word;
}

std::string_view weekday_name(std::chrono::weekday weekday) {
    return weekday_names[weekday.c_encoding() % weekday_count].word;
}

std::optional<unsigned> month_of(std::string_view word) {
    const std::string lower = text::ascii_lower(word);
    for (const auto& name : month_names) {
        if (text::ascii_lower(name.word) == lower) {
            return name.value;
        }
    }
    return std::nullopt;
}

}  // namespace claimcheck::calendar
