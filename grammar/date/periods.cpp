// Named periods (spec §5 "date"): quarters and halves, early/mid/late in a
// year, decades, fiscal years, spans of months, "in March" and seasons.
#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

#include "grammar/date/convert.hpp"

namespace claimcheck::grammar::dates {

// A year written in two digits ("FY99", "FY'26", "10/31/74"): the year ending
// in them nearest the source's publication (FY99 in 2026 is 1999, FY26 is
// 2026); without a publication date, or 50 years from it either way, an error.
std::variant<int, ParseError> two_digit_year(const Reading& rd, int two_digits, const char* at) {
    const std::string written = fmt::format("{:02}", two_digits);
    if (!rd.context.published) {
        return error_at(at, rd.begin,
                        fmt::format("a year written '{0}' needs its century: write it in full (19{0} or 20{0}) "
                                    "or give the source's `published` date",
                                    written));
    }
    const int published = static_cast<int>(rd.context.published->year());
    const int base = published - published % 100 + two_digits;  // in the publication's century
    int nearest = base;
    for (const int candidate : {base - 100, base + 100}) {
        if (std::abs(candidate - published) < std::abs(nearest - published)) {
            nearest = candidate;
        }
    }
    const int other = nearest + (nearest <= published ? 100 : -100);
    if (std::abs(other - published) == std::abs(nearest - published)) {
        return error_at(at, rd.begin,
                        fmt::format("a year written '{}' could be {} or {}, each 50 years from the source's "
                                    "`published` date: write it in full",
                                    written, std::min(nearest, other), std::max(nearest, other)));
    }
    return nearest;
}

namespace {

std::variant<int, ParseError> period_year(const Reading& rd, const ast::date& d, const std::string& what) {
    const auto& p = d.per;
    if (p.year >= 0) {
        if (p.short_year) {
            return two_digit_year(rd, p.year, p.at);
        }
        if (p.year == 0) {
            return error_at(p.at, rd.begin, "there is no year 0; write the year in full");
        }
        return p.year;
    }
    if (!rd.context.published) {
        return error_at(p.at, rd.begin, "'" + what + "' needs a year or the source's `published` date");
    }
    return static_cast<int>(rd.context.published->year());
}

// Meteorological seasons of the story's hemisphere: in the north spring is
// March-May, summer June-August, autumn September-November and winter
// December-February; the south is six months on. A season that spans two
// years is named by the year it starts in (northern winter 2025 =
// December 2025-February 2026).
Interval season(const Reading& rd, const ast::date& d) {
    const auto& p = d.per;
    if (rd.context.hemisphere == Hemisphere::none) {
        return error_at(p.at, rd.begin,
                        "a season depends on the hemisphere; set `hemisphere = \"north\"` or \"south\" in "
                        "[story] of story.toml, or name the months (such as 'June-August')");
    }
    auto year_or = period_year(rd, d, "a season");
    if (const auto* e = std::get_if<ParseError>(&year_or)) {
        return *e;
    }
    const unsigned shift = rd.context.hemisphere == Hemisphere::south ? 6 : 0;
    const unsigned first = (3 * static_cast<unsigned>(p.index) + shift - 1) % 12 + 1;  // spring: 3 or 9
    return months_of(std::get<int>(year_or), first, (first + 1) % 12 + 1);
}

// "April-June 2025" (the year is the last month's), "the three months to June".
Interval month_span(const Reading& rd, const ast::date& d, int year) {
    const auto& p = d.per;
    unsigned first = p.first_month;
    if (first == 0) {
        if (p.index < 1 || p.index > 12) {
            return error_at(p.at, rd.begin, "a span of months counts from 1 to 12");
        }
        first = (p.last_month + 12 - (p.index - 1) - 1) % 12 + 1;
    }
    const int start_year = first > p.last_month ? year - 1 : year;
    return months_of(start_year, first, p.last_month);
}

// A quarter or half of a fiscal year (docs/grammar.md). A fiscal year is
// named by the year it ends in and starts in the `fiscal_year_start` month;
// without a year, the fiscal year in progress at publication.
Interval fiscal_division(const Reading& rd, const ast::date& d) {
    const auto& p = d.per;
    const bool quarter = p.kind == ast::PeriodKind::quarter;
    const unsigned start = rd.context.fiscal_year_start <= 1 ? 1 : rd.context.fiscal_year_start;
    int year = 0;
    if (p.year >= 0) {
        auto year_or = period_year(rd, d, quarter ? "a fiscal quarter" : "a fiscal half");
        if (const auto* e = std::get_if<ParseError>(&year_or)) {
            return *e;
        }
        year = std::get<int>(year_or);
    } else if (!rd.context.published) {
        return error_at(p.at, rd.begin,
                        std::string("'") + (quarter ? "a fiscal quarter" : "a fiscal half") +
                            "' needs a year or the source's `published` date");
    } else {
        const auto& published = *rd.context.published;
        year = static_cast<int>(published.year()) +
               (start > 1 && static_cast<unsigned>(published.month()) >= start ? 1 : 0);
    }
    const unsigned length = quarter ? 3 : 6;
    const unsigned offset = start - 1 + length * (p.index - 1);  // months from January of the year it starts in
    const int first_year = (start > 1 ? year - 1 : year) + static_cast<int>(offset / 12);
    const unsigned first = offset % 12 + 1;
    return months_of(first_year, first, (first + length - 2) % 12 + 1);
}

// "in March": the March nearest to publication (docs/grammar.md).
Interval nearest_month(const Reading& rd, const ast::date& d) {
    const auto& p = d.per;
    if (!rd.context.published) {
        return error_at(
            p.at, rd.begin,
            "'in " + std::string(month_name(p.first_month)) + "' needs a year or the source's `published` date");
    }
    const Day today{*rd.context.published};
    const int py = static_cast<int>(rd.context.published->year());
    Days best{};
    long best_distance = -1;
    for (int y : {py - 1, py, py + 1}) {
        const Days m = months_of(y, p.first_month, p.first_month);
        const long distance =
            today < m.first ? (m.first - today).count() : (today > m.second ? (today - m.second).count() : 0);
        if (best_distance < 0 || distance < best_distance) {
            best_distance = distance;
            best = m;
        }
    }
    return best;
}

}  // namespace

Interval period(const Reading& rd, const ast::date& d) {
    const auto& p = d.per;
    if (p.kind == ast::PeriodKind::season) {
        return season(rd, d);
    }
    if (p.kind == ast::PeriodKind::in_month) {
        return nearest_month(rd, d);
    }
    static constexpr std::array<const char*, 8> names{"",       "a quarter", "a half", "a decade", "a fiscal year",
                                                      "months", "",          ""};
    if (p.kind == ast::PeriodKind::quarter && (p.index < 1 || p.index > 4)) {
        return error_at(p.at, rd.begin, fmt::format("there is no quarter {} (Q1 to Q4)", p.index));
    }
    if (p.kind == ast::PeriodKind::half && (p.index < 1 || p.index > 2)) {
        return error_at(p.at, rd.begin, fmt::format("there is no half {} (H1 or H2)", p.index));
    }
    if (p.fiscal) {
        return fiscal_division(rd, d);
    }
    auto year_or = period_year(rd, d, names[static_cast<std::size_t>(p.kind)]);
    if (const auto* e = std::get_if<ParseError>(&year_or)) {
        return *e;
    }
    const int year = std::get<int>(year_or);
    switch (p.kind) {
        case ast::PeriodKind::quarter:
            return months_of(year, 3 * p.index - 2, 3 * p.index);
        case ast::PeriodKind::half:
            return months_of(year, 6 * p.index - 5, 6 * p.index);
        case ast::PeriodKind::decade:
            if (year % 10 != 0) {
                return error_at(p.at, rd.begin,
                                fmt::format("the {}s are not a decade (a decade starts in a year ending in 0)", year));
            }
            return Days{Day{chr::year{year} / 1 / 1}, Day{chr::year{year + 9} / 12 / 31}};
        case ast::PeriodKind::fiscal_year: {
            const unsigned start = rd.context.fiscal_year_start;
            if (start <= 1) {
                return months_of(year, 1, 12);
            }
            return months_of(year - 1, start, start - 1);  // named by the year it ends in
        }
        case ast::PeriodKind::months:
            return month_span(rd, d, year);
        default:
            break;
    }
    return error_at(p.at, rd.begin, "expected a period");
}

namespace {

// The early, mid or late one of three readings.
Days by_third(ast::Third third, Days early, Days mid, Days late) {
    return third == ast::Third::early ? early : third == ast::Third::mid ? mid : late;
}

// Splits `count` units into thirds: the first takes what does not divide
// (ten years: 4, 3, 3; twelve months: 4, 4, 4). Returns [offset, length).
std::pair<long, long> third_units(long count, ast::Third third) {
    const long rest = count / 3;
    const long first = count - 2 * rest;
    switch (third) {
        case ast::Third::early:
            return {0, first};
        case ast::Third::mid:
            return {first, rest};
        default:
            return {first + rest, rest};
    }
}

}  // namespace

Interval third_of(const Reading& rd, const ast::date& d, Days whole) {
    const auto [first, last] = whole;
    const chr::year_month_day a{first};
    const chr::year_month_day b{last};
    const long days = (last - first).count() + 1;
    const bool whole_months = a.day() == chr::day{1} && last == month_end(b.year(), b.month());
    const long months = (int{b.year()} - int{a.year()}) * 12 +
                        (static_cast<long>(unsigned{b.month()}) - static_cast<long>(unsigned{a.month()})) + 1;
    if (whole_months && months == 1) {
        // A month: days 1-10, 11-20 and 21 to its end.
        return by_third(d.third, Days{first, first + chr::days{9}}, Days{first + chr::days{10}, first + chr::days{19}},
                        Days{first + chr::days{20}, last});
    }
    if (whole_months && a.month() == chr::January && b.month() == chr::December && months >= 36) {
        // Whole years ("the 1990s": 1990-1993, 1994-1996, 1997-1999).
        const auto [offset, length] = third_units(months / 12, d.third);
        const int year = int{a.year()} + static_cast<int>(offset);
        return Days{Day{chr::year{year} / 1 / 1}, Day{chr::year{year + static_cast<int>(length) - 1} / 12 / 31}};
    }
    if (whole_months && months >= 3) {
        // Whole months: a year's 4, 4, 4; a quarter's or a season's 1, 1, 1.
        const auto [offset, length] = third_units(months, d.third);
        const Day from = add_months(first, static_cast<int>(offset));
        return Days{from, add_months(from, static_cast<int>(length)) - chr::days{1}};
    }
    if (days == 7 && chr::weekday{first} == chr::Monday) {
        // A week: Monday to Wednesday, Tuesday to Thursday, Friday to Sunday.
        return by_third(d.third, Days{first, first + chr::days{2}}, Days{first + chr::days{1}, first + chr::days{3}},
                        Days{first + chr::days{4}, last});
    }
    return error_at(d.third_at, rd.begin,
                    fmt::format("'early', 'mid' and 'late' (and 'the beginning', 'middle' or 'end of') are read of "
                                "a week, a month, three months or more, or whole years; not {}/{}",
                                iso(first), iso(last)));
}

}  // namespace claimcheck::grammar::dates
