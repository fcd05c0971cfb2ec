// Calendar dates (spec §5 "date"): "January 13, 2026", "13-14 January",
// "2026", "January 2026", and the day arithmetic the other converters share.
#include <array>
#include <algorithm>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "grammar/date/convert.hpp"
#include "util/calendar.hpp"

namespace claimcheck::grammar::dates {

std::string iso(Day day) {
    return calendar::iso_date(day);
}

// The most recent `wd` on or before `day`.
Day on_or_before(Day day, chr::weekday wd) {
    return day - (chr::weekday{day} - wd);
}

Day month_end(chr::year y, chr::month m) {
    return Day{chr::year_month_day_last{y, chr::month_day_last{m}}};
}

// Adds whole months, keeping the day where the month has it ("Mar 31" - 1 month → Feb 28/29).
Day add_months(Day day, int months) {
    const chr::year_month_day ymd{day};
    const auto target = chr::year_month{ymd.year(), ymd.month()} + chr::months{months};
    const auto last = chr::year_month_day_last{target.year(), chr::month_day_last{target.month()}}.day();
    return Day{chr::year_month_day{target.year(), target.month(), std::min(ymd.day(), last)}};
}

// A local calendar day as the wall-clock time of its midnight, and back.
Wall wall_of(Day day) {
    return Wall{chr::duration_cast<chr::seconds>(day.time_since_epoch())};
}
Day day_of(Wall wall) {
    return chr::floor<chr::days>(Instant{wall.time_since_epoch()});
}

// Months [first, last] of a year, with `last` possibly in the next year.
Days months_of(int year, unsigned first, unsigned last) {
    const chr::year_month start{chr::year{year}, chr::month{first}};
    const auto end = start + chr::months{static_cast<int>((last + 12 - first) % 12)};
    return {Day{start / 1}, month_end(end.year(), end.month())};
}

namespace {

// Does the date written fall on the weekday written (or is none written)?
bool on_weekday(const ast::date& d, const chr::year_month_day& ymd) {
    return d.weekday.index >= 7 || !ymd.ok() || chr::weekday{Day{ymd}} == chr::weekday{d.weekday.index};
}

// The year of a date written without one ("Jan. 13"): the one that puts
// it nearest to publication; with a weekday ("Fri, Jul 18"), the nearest
// of the year before publication's, its own and the next in which the date
// is that weekday (the date falls on a different weekday in each of three
// years running), else the nearest (and the weekday check says why not).
std::variant<int, ParseError> implied_year(const Reading& rd, const ast::date& d) {
    if (!rd.context.published) {
        return error_at(d.at, rd.begin, "a date without a year needs a year or the source's `published` date");
    }
    const Day anchor{*rd.context.published};
    const int py = static_cast<int>(rd.context.published->year());
    int best = py;
    long best_distance = -1;
    bool best_fits = false;
    for (int y : {py - 1, py, py + 1}) {
        const chr::year_month_day ymd{chr::year{y}, chr::month{d.from.month}, chr::day{std::min(d.from.day, 28U)}};
        const long distance = std::abs((Day{ymd} - anchor).count());
        const bool fits =
            on_weekday(d, chr::year_month_day{chr::year{y}, chr::month{d.from.month}, chr::day{d.from.day}});
        if (best_distance < 0 || (fits && !best_fits) || (fits == best_fits && distance < best_distance)) {
            best_distance = distance;
            best = y;
            best_fits = fits;
        }
    }
    return best;
}

// A day of the month without its month ("the 15th", "Tuesday the 19th"):
// in publication's month, the month before or the month after, whichever
// puts it nearest to publication; with a weekday, the nearest of those in
// which the day is that weekday, else an error.
Interval day_without_month(const Reading& rd, const ast::date& d) {
    if (!rd.context.published) {
        return error_at(d.at, rd.begin, "a day without its month needs the month or the source's `published` date");
    }
    const Day anchor{*rd.context.published};
    const chr::year_month published{rd.context.published->year(), rd.context.published->month()};
    std::optional<Day> best;
    for (int shift : {-1, 0, 1}) {
        const auto ym = published + chr::months{shift};
        const chr::year_month_day ymd{ym.year(), ym.month(), chr::day{d.from.day}};
        if (!ymd.ok() || !on_weekday(d, ymd)) {
            continue;
        }
        if (!best || std::abs((Day{ymd} - anchor).count()) < std::abs((*best - anchor).count())) {
            best = Day{ymd};
        }
    }
    if (!best && d.weekday.index >= 7) {
        return error_at(d.from.day_at ? d.from.day_at : d.at, rd.begin,
                        fmt::format("there is no day {} in a month", d.from.day));
    }
    if (!best) {
        return error_at(d.at, rd.begin,
                        fmt::format("day {} is a {} in no month next to the source's `published` date; write the month",
                                    d.from.day, weekday_name(chr::weekday{d.weekday.index})));
    }
    return Days{*best, *best};
}

std::optional<ParseError> year_zero(const Reading& rd, const ast::calendar& c) {
    if (c.year_written && c.year == 0) {
        return error_at(c.at, rd.begin, "there is no year 0; write the year in full");
    }
    return std::nullopt;
}

// A day written as 0 ("January 0"): 0 is also how a date without a day is held.
std::optional<ParseError> day_zero(const Reading& rd, const ast::calendar& c) {
    if (c.day == 0 && c.day_at != nullptr) {
        return error_at(c.day_at, rd.begin, "there is no day 0");
    }
    return std::nullopt;
}

}  // namespace

std::variant<Day, ParseError> make_day(const Reading& rd, const ast::calendar& c, int year, const char* at) {
    if (c.month < 1 || c.month > 12) {
        return error_at(at, rd.begin, "there is no month " + std::to_string(c.month));
    }
    const chr::year_month_day ymd{chr::year{year}, chr::month{c.month}, chr::day{c.day}};
    if (!ymd.ok()) {
        return error_at(c.day_at ? c.day_at : at, rd.begin,
                        std::string(month_name(c.month)) + " " + std::to_string(c.day) + ", " + std::to_string(year) +
                            " is not a date");
    }
    return Day{ymd};
}

Interval calendar(const Reading& rd, const ast::date& d) {
    const auto& f = d.from;
    const auto& t = d.to;
    for (const auto* c : {&f, &t}) {
        if (auto e = year_zero(rd, *c)) {
            return *e;
        }
        if (auto e = day_zero(rd, *c)) {
            return *e;
        }
    }
    if (f.month == 0 && f.day != 0) {  // "the 15th"
        return day_without_month(rd, d);
    }
    if (f.month == 0) {  // "2026", "1910-1945"
        const int last_year = d.is_range ? t.year : f.year;
        if (last_year < f.year) {
            return error_at(d.at, rd.begin, "the range ends before it starts");
        }
        return Days{Day{chr::year{f.year} / chr::January / 1}, Day{chr::year{last_year} / chr::December / 31}};
    }
    if (f.day == 0) {  // "January 2026"
        if (f.month > 12) {
            return error_at(f.at, rd.begin, "there is no month " + std::to_string(f.month));
        }
        const chr::year y{f.year};
        return Days{Day{y / chr::month{f.month} / 1}, month_end(y, chr::month{f.month})};
    }
    int year = f.year;
    if (!f.year_written) {
        auto implied = implied_year(rd, d);
        if (const auto* e = std::get_if<ParseError>(&implied)) {
            return *e;
        }
        year = std::get<int>(implied);
    }
    auto first = make_day(rd, f, year, f.at);
    if (const auto* e = std::get_if<ParseError>(&first)) {
        return *e;
    }
    Day last = std::get<Day>(first);
    if (d.is_range && !d.end_time.present) {
        ast::calendar end = t;
        if (end.month == 0) {
            end.month = f.month;
        }
        const int end_year = t.year_written ? t.year : year;
        auto second = make_day(rd, end, end_year, t.at ? t.at : t.day_at);
        if (const auto* e = std::get_if<ParseError>(&second)) {
            return *e;
        }
        last = std::get<Day>(second);
        if (last < std::get<Day>(first)) {
            return error_at(t.day_at ? t.day_at : t.at, rd.begin, "the range ends before it starts");
        }
    }
    return Days{std::get<Day>(first), last};
}

// "the first Tuesday of November", "the last day of October", "the 20th of
// next month": the day counted in the month `month`.
Interval nth_in_month(const Reading& rd, const ast::date& d, Days month) {
    const auto [first, last] = month;
    const chr::year_month_day a{first};
    if (a.day() != chr::day{1} || last != month_end(a.year(), a.month())) {
        return error_at(d.nth.at, rd.begin,
                        fmt::format("a day counted in a month ('the first Tuesday of', 'the last day of') needs one "
                                    "month, not {}/{}",
                                    iso(first), iso(last)));
    }
    const auto ordinal = [](int n) {
        static constexpr std::array<const char*, 6> words{"", "first", "second", "third", "fourth", "fifth"};
        return n >= 1 && n <= 5 ? std::string(words[static_cast<std::size_t>(n)]) : fmt::format("{}th", n);
    };
    const std::string month_text = fmt::format("{} {}", month_name(unsigned{a.month()}), int{a.year()});
    if (d.nth.weekday >= 7) {
        const Day day = d.nth.rank < 0 ? last : first + chr::days{d.nth.rank - 1};
        if (d.nth.rank == 0 || day > last) {
            return error_at(d.nth.at, rd.begin, fmt::format("{} has no day {}", month_text, d.nth.rank));
        }
        return Days{day, day};
    }
    const chr::weekday wd{d.nth.weekday};
    const Day day =
        d.nth.rank < 0 ? on_or_before(last, wd) : first + (wd - chr::weekday{first}) + chr::weeks{d.nth.rank - 1};
    if (day > last) {
        return error_at(d.nth.at, rd.begin,
                        fmt::format("{} has no {} {}", month_text, ordinal(d.nth.rank), weekday_name(wd)));
    }
    return Days{day, day};
}

// "2/15", "10/31/1974", "31/10/74", "2015-3-3": which figure is the month
// is settled by the figures, never guessed ("4/5/2025" is an error).
Interval numeric(const Reading& rd, const ast::date& d) {
    const auto& n = d.numeric;
    ast::date read = d;
    read.numeric = ast::numeric_date{};
    auto& c = read.from;
    c = ast::calendar{};
    c.at = n.at;
    c.day_at = n.at;
    if (n.month_year) {  // "2/2013"
        if (n.first == 0 || n.first > 12) {
            return error_at(n.at, rd.begin, fmt::format("there is no month {}", n.first));
        }
        c.month = n.first;
        c.day_at = nullptr;
        c.year = n.year;
        c.year_written = true;
        return calendar(rd, read);
    }
    if (n.first == 0 || n.second == 0) {
        return error_at(n.at, rd.begin, fmt::format("'{}/{}' is not a date", n.first, n.second));
    }
    if (n.month_named) {  // "31/Oct/1974"
        c.month = n.second;
        c.day = n.first;
    } else if (n.year_first) {
        c.month = n.first;
        c.day = n.second;
    } else if (n.first == n.second || (n.first <= 12 && n.second > 12)) {
        c.month = n.first;  // "2/15": month first, as in the United States
        c.day = n.second;
    } else if (n.first > 12 && n.second <= 12) {
        c.month = n.second;  // "15/2": day first
        c.day = n.first;
    } else if (n.first <= 12 && n.second <= 12) {
        return error_at(n.at, rd.begin,
                        fmt::format("'{}/{}' could be {} {} or {} {}: write the month's name", n.first, n.second,
                                    month_name(n.first), n.second, n.first, month_name(n.second)));
    } else {
        return error_at(n.at, rd.begin, fmt::format("'{}/{}' is not a date: neither is a month", n.first, n.second));
    }
    if (n.year >= 0) {
        auto year = n.short_year ? two_digit_year(rd, n.year, n.at) : std::variant<int, ParseError>{n.year};
        if (const auto* e = std::get_if<ParseError>(&year)) {
            return *e;
        }
        c.year = std::get<int>(year);
        c.year_written = true;
    }
    return calendar(rd, read);
}

}  // namespace claimcheck::grammar::dates
