// The days of a holiday in a Gregorian year (holidays.hpp): the Gregorian
// and Julian calendars and the two Easter computuses with std::chrono, the
// Hebrew, Islamic (Umm al-Qura) and Chinese calendars through ICU.
#include "holidays/holidays.hpp"

#include <fmt/format.h>
#include <unicode/calendar.h>
#include <unicode/locid.h>
#include <unicode/timezone.h>
#include <unicode/utypes.h>

#include <cmath>
#include <cstring>
#include <memory>
#include <stdexcept>

namespace claimcheck::holidays {

namespace {

namespace chr = std::chrono;

// The Gregorian years computed for every calendar: from 1583, the first
// whole year of the Gregorian calendar, to 9999.
constexpr int first_year = 1583;
constexpr int last_year = 9999;
// The Chinese calendar's years: ICU reckons it at UTC+8, as China has since
// 1929; the published tables end in 2100.
constexpr int first_chinese_year = 1929;
constexpr int last_chinese_year = 2100;
// The Islamic years of ICU's Umm al-Qura table (1 Muharram 1300 is
// 1882-11-12); outside them ICU counts the arithmetic calendar instead.
constexpr int first_umm_al_qura_year = 1300;
constexpr int last_umm_al_qura_year = 1600;

constexpr double day_ms = 86'400'000.0;

int year_of(chr::sys_days day) {
    return static_cast<int>(chr::year_month_day{day}.year());
}

// The day of a date of the Julian calendar, through its Julian Day Number
// (the integer formula of the Calendar FAQ, C. Tøndering, §2.16.1); JDN
// 2440588 is 1970-01-01.
chr::sys_days julian_date(int year, int month, int day) {
    const int a = (14 - month) / 12;
    const int y = year + 4800 - a;
    const int m = month + 12 * a - 3;
    const long jdn = day + (153 * m + 2) / 5 + 365L * y + y / 4 - 32083;
    return chr::sys_days{chr::days{jdn - 2440588}};
}

// Western Easter Sunday: the Gregorian computus as Jean Meeus gives it in
// Astronomical Algorithms (2nd ed., 1998), chapter 8, valid for every
// Gregorian year from 1583.
chr::sys_days western_easter(int year) {
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return chr::sys_days{chr::year{year} / month / day};
}

// Orthodox Easter Sunday: the Julian computus (Meeus, same chapter) gives a
// date of the Julian calendar, here made a Gregorian day.
chr::sys_days orthodox_easter(int year) {
    const int a = year % 4;
    const int b = year % 7;
    const int c = year % 19;
    const int d = (19 * c + 15) % 30;
    const int e = (2 * a + 4 * b - d + 34) % 7;
    return julian_date(year, (d + e + 114) / 31, (d + e + 114) % 31 + 1);
}

// The calendar of a Hebrew, Islamic or Chinese rule, in UTC so that its
// days begin at midnight UTC, one per thread (an icu::Calendar is not
// shared between threads).
icu::Calendar& calendar_of(Kind kind) {
    thread_local std::unique_ptr<icu::Calendar> hebrew;
    thread_local std::unique_ptr<icu::Calendar> islamic;
    thread_local std::unique_ptr<icu::Calendar> chinese;
    auto& slot = kind == Kind::hebrew ? hebrew : kind == Kind::islamic ? islamic : chinese;
    if (!slot) {
        const char* type = kind == Kind::hebrew ? "hebrew" : kind == Kind::islamic ? "islamic-umalqura" : "chinese";
        UErrorCode status = U_ZERO_ERROR;
        slot.reset(icu::Calendar::createInstance(*icu::TimeZone::getGMT(),
                                                 icu::Locale(fmt::format("en@calendar={}", type).c_str()), status));
        // Without the calendar's data ICU falls back to the Gregorian calendar: refuse that too.
        if (U_FAILURE(status) || !slot || std::strcmp(slot->getType(), type) != 0) {
            slot.reset();
            throw std::runtime_error(fmt::format("ICU has no {} calendar ({})", type, u_errorName(status)));
        }
    }
    return *slot;
}

// A holiday's date in the calendar's year `year`, before its offset and
// moves; `month_days`, the days from it to the end of its month, counted
// for a lunar month only; `computed` false when the date lies outside the
// years its calendar is computed for.
struct Occurrence {
    chr::sys_days day;
    int month_days = 0;
    bool computed = true;
};

Occurrence lunar_occurrence(const Rule& rule, int year) {
    icu::Calendar& calendar = calendar_of(rule.kind);
    calendar.clear();
    calendar.set(UCAL_EXTENDED_YEAR, year);
    calendar.set(UCAL_MONTH, rule.kind == Kind::chinese ? rule.month - 1 : rule.month);
    if (rule.kind == Kind::chinese) {
        calendar.set(UCAL_IS_LEAP_MONTH, 0);
    }
    calendar.set(UCAL_DATE, rule.day);
    UErrorCode status = U_ZERO_ERROR;
    const UDate at = calendar.getTime(status);
    const int last = calendar.getActualMaximum(UCAL_DATE, status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(fmt::format("ICU cannot date day {} of month {} of the {} year {} ({})", rule.day,
                                             rule.month, calendar.getType(), year, u_errorName(status)));
    }
    const bool computed =
        rule.kind != Kind::islamic || (year >= first_umm_al_qura_year && year <= last_umm_al_qura_year);
    return Occurrence{chr::sys_days{chr::days{static_cast<long>(std::floor(at / day_ms))}}, last - rule.day + 1,
                      computed};
}

Occurrence occurrence(const Rule& rule, int year) {
    const chr::year in{year};
    switch (rule.kind) {
        case Kind::gregorian:
            return {chr::sys_days{in / rule.month / rule.day}};
        case Kind::nth_weekday:
            if (rule.day < 0) {
                return {chr::sys_days{in / rule.month / chr::weekday_last{rule.weekday}}};
            }
            return {chr::sys_days{in / rule.month / rule.weekday[static_cast<unsigned>(rule.day)]}};
        case Kind::easter:
            return {western_easter(year)};
        case Kind::orthodox_easter:
            return {orthodox_easter(year)};
        case Kind::julian:
            return {julian_date(year, rule.month, rule.day)};
        default:
            return lunar_occurrence(rule, year);
    }
}

// The year the rule's calendar counts on 1 January of `gregorian_year`.
int own_year(Kind kind, int gregorian_year) {
    if (kind != Kind::hebrew && kind != Kind::islamic && kind != Kind::chinese) {
        return gregorian_year;
    }
    icu::Calendar& calendar = calendar_of(kind);
    UErrorCode status = U_ZERO_ERROR;
    const chr::sys_days new_year{chr::year{gregorian_year} / 1 / 1};
    calendar.setTime(static_cast<double>(new_year.time_since_epoch().count()) * day_ms, status);
    const int year = calendar.get(UCAL_EXTENDED_YEAR, status);
    if (U_FAILURE(status)) {
        throw std::runtime_error(fmt::format("ICU cannot date {}-01-01 ({})", gregorian_year, u_errorName(status)));
    }
    return year;
}

// `day` moved by the first of the rule's moves whose weekday it falls on,
// from that move's first year.
chr::sys_days moved(const Rule& rule, chr::sys_days day) {
    const chr::weekday on{day};
    for (const auto& move : rule.moves) {
        if (move.on == on && year_of(day) >= move.since) {
            return day + chr::days{move.days};
        }
    }
    return day;
}

}  // namespace

std::optional<std::pair<chr::sys_days, chr::sys_days>> days_in(const Holiday& holiday, int gregorian_year) {
    const Rule& rule = holiday.rule;
    if (gregorian_year < first_year || gregorian_year > last_year || gregorian_year < rule.since) {
        return std::nullopt;
    }
    if (rule.kind == Kind::chinese && (gregorian_year < first_chinese_year || gregorian_year > last_chinese_year)) {
        return std::nullopt;
    }
    // The occurrences of the calendar's years around the Gregorian year, in
    // order: the Hebrew year on 1 January ends in the autumn, the next
    // begins; an Islamic year is eleven days shorter, so a Gregorian year
    // can hold dates of three.
    const int own = own_year(rule.kind, gregorian_year);
    for (int year = own - 1; year <= own + 2; ++year) {
        const Occurrence at = occurrence(rule, year);
        const chr::sys_days first = moved(rule, at.day + chr::days{rule.offset});
        if (year_of(first) < gregorian_year) {
            continue;
        }
        if (year_of(first) > gregorian_year || !at.computed) {
            return std::nullopt;
        }
        const int length = rule.days == 0 ? at.month_days : rule.days;
        return std::pair{first, first + chr::days{length - 1}};
    }
    return std::nullopt;
}

}  // namespace claimcheck::holidays
