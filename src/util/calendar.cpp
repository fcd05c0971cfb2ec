#include "util/calendar.hpp"

#include <fmt/format.h>

#include "util/text.hpp"

namespace claimcheck::calendar {

std::string iso_date(const std::chrono::year_month_day& day) {
    const int year = static_cast<int>(day.year());
    const auto month = static_cast<unsigned>(day.month());
    const auto d = static_cast<unsigned>(day.day());
    if (year < 0 || year > 9999 || month > 99 || d > 99) {
        return fmt::format("{:04}-{:02}-{:02}", year, month, d);
    }
    // Written digit by digit: every date a value reads is shown this way,
    // and fmt's parsing of the format costs more than the date.
    std::string out = "0000-00-00";
    const auto digit = [](unsigned n) { return static_cast<char>('0' + n % 10); };
    const auto y = static_cast<unsigned>(year);
    out[0] = digit(y / 1000);
    out[1] = digit(y / 100);
    out[2] = digit(y / 10);
    out[3] = digit(y);
    out[5] = digit(month / 10);
    out[6] = digit(month);
    out[8] = digit(d / 10);
    out[9] = digit(d);
    return out;
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
