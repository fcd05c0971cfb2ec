// Days relative to the source's publication (spec §5 "date"): "today",
// "3 days ago", "a week earlier", "last year", "next Monday", "earlier this week".
#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "grammar/date/convert.hpp"
#include "grammar/text.hpp"

namespace claimcheck::grammar::dates {

namespace {

std::variant<Day, ParseError> published(const Reading& rd, const ast::date& d, const std::string& what) {
    if (!rd.context.published) {
        return error_at(d.at, rd.begin, "'" + what + "' needs the source's `published` date");
    }
    return Day{*rd.context.published};
}

const char* unit_word(ast::TimeUnit unit) {
    switch (unit) {
        case ast::TimeUnit::minute:
            return "minute";
        case ast::TimeUnit::hour:
            return "hour";
        case ast::TimeUnit::day:
            return "day";
        case ast::TimeUnit::week:
            return "week";
        case ast::TimeUnit::month:
            return "month";
        case ast::TimeUnit::quarter:
            return "quarter";
        case ast::TimeUnit::year:
            return "year";
    }
    return "day";
}

std::string relative_words(const ast::date& d) {
    const auto& r = d.rel;
    const std::string unit = unit_word(r.unit);
    const std::string thing = d.weekday.index < 7 ? std::string(weekday_name(chr::weekday{d.weekday.index})) : unit;
    switch (r.word) {
        case ast::Relation::today:
            return "today";
        case ast::Relation::yesterday:
            return "yesterday";
        case ast::Relation::tomorrow:
            return "tomorrow";
        case ast::Relation::last:
            if (r.span) {
                return "the last " + text::shortest(r.count) + " " + unit + "s";
            }
            return "last " + thing;
        case ast::Relation::this_:
            return "this " + thing;
        case ast::Relation::next:
            if (r.span) {
                return "the next " + text::shortest(r.count) + " " + unit + "s";
            }
            return "next " + thing;
        case ast::Relation::earlier_this:
            return "earlier this " + unit;
        case ast::Relation::later_this:
            return "later this " + unit;
        case ast::Relation::before:
        case ast::Relation::after: {
            const bool before = r.word == ast::Relation::before;
            if (r.count == 1 && r.of_event && r.unit == ast::TimeUnit::day) {
                return "the " + unit + (before ? " before" : " after");
            }
            const std::string count = r.count == 1 ? "a" : text::shortest(r.count);
            return count + " " + unit + (r.count == 1 ? "" : "s") + " " +
                   (r.of_event ? (before ? "before" : "after") : (before ? "earlier" : "later"));
        }
    }
    return unit;
}

// The calendar week, month, quarter or year around `today`, shifted by
// `shift` periods. Quarters are three months from the month a fiscal year
// starts in (`fiscal_start`, 1 = January: calendar quarters), so "this
// quarter" is the reporting quarter of a story with a fiscal year.
Days calendar_period_of(Day today, ast::TimeUnit unit, int shift, unsigned fiscal_start) {
    const chr::year_month_day ymd{today};
    switch (unit) {
        case ast::TimeUnit::quarter: {
            const int into = (static_cast<int>(unsigned{ymd.month()}) - static_cast<int>(fiscal_start) + 12) % 3;
            const auto first = chr::year_month{ymd.year(), ymd.month()} - chr::months{into} + chr::months{3 * shift};
            const auto last = first + chr::months{2};
            return {Day{first / 1}, month_end(last.year(), last.month())};
        }
        case ast::TimeUnit::year: {
            const chr::year y = ymd.year() + chr::years{shift};
            return {Day{y / chr::January / 1}, Day{y / chr::December / 31}};
        }
        case ast::TimeUnit::month: {
            const auto ym = chr::year_month{ymd.year(), ymd.month()} + chr::months{shift};
            return {Day{ym / 1}, month_end(ym.year(), ym.month())};
        }
        case ast::TimeUnit::week: {  // weeks run Monday to Sunday
            const Day monday = on_or_before(today, chr::Monday) + chr::days{7 * shift};
            return {monday, monday + chr::days{6}};
        }
        default:
            break;
    }
    const Day day = today + chr::days{shift};
    return {day, day};
}

// "last year", "this week"; "last Friday" (the most recent before publication),
// "this Friday" (in publication's week), "next Monday" (in the week after).
Interval relative_period(const Reading& rd, const ast::date& d, Day today) {
    const auto& r = d.rel;
    const int shift = r.word == ast::Relation::last ? -1 : (r.word == ast::Relation::next ? 1 : 0);
    if (d.weekday.index >= 7) {
        return calendar_period_of(today, r.unit, shift, rd.context.fiscal_year_start);
    }
    const chr::weekday wd{d.weekday.index};
    if (r.word == ast::Relation::last) {
        const Day day = on_or_before(today - chr::days{1}, wd);
        return Days{day, day};
    }
    const Day monday = on_or_before(today, chr::Monday) + chr::days{7 * shift};
    const Day day = monday + (wd - chr::Monday);
    return Days{day, day};
}

// "the last two days": the two days before publication day; "the next
// three weeks": the three calendar weeks after publication's; months and
// years likewise (whole calendar periods, as "last week" and "next month").
Interval span(const Reading& rd, const ast::date& d, Day today) {
    const auto& r = d.rel;
    if (r.unit == ast::TimeUnit::hour || r.unit == ast::TimeUnit::minute) {
        return error_at(
            d.at, rd.begin,
            fmt::format("'{}' is read in days, weeks, months or years; write the times it means", relative_words(d)));
    }
    if (r.count != static_cast<double>(static_cast<int>(r.count)) || r.count < 1 || r.count > 1000) {
        return error_at(d.at, rd.begin, "a span counts whole days, weeks, months or years");
    }
    const int n = static_cast<int>(r.count);
    if (r.word == ast::Relation::last) {
        return Days{calendar_period_of(today, r.unit, -n, rd.context.fiscal_year_start).first,
                    calendar_period_of(today, r.unit, -1, rd.context.fiscal_year_start).second};
    }
    return Days{calendar_period_of(today, r.unit, 1, rd.context.fiscal_year_start).first,
                calendar_period_of(today, r.unit, n, rd.context.fiscal_year_start).second};
}

int year_of(Day day) {
    return static_cast<int>(chr::year_month_day{day}.year());
}

// The year `k` units from `today` lands in, counted wide enough that no
// count the grammar accepts overflows the calendar's year.
long long landing_year(Day today, ast::TimeUnit unit, long long k) {
    const chr::year_month_day ymd{today};
    const long long year = static_cast<int>(ymd.year());
    switch (unit) {
        case ast::TimeUnit::year:
            return year + k;
        case ast::TimeUnit::month:
        case ast::TimeUnit::quarter: {
            const long long months =
                static_cast<unsigned>(ymd.month()) - 1 + k * (unit == ast::TimeUnit::quarter ? 3 : 1);
            return year + (months >= 0 ? months / 12 : -((11 - months) / 12));
        }
        case ast::TimeUnit::week:
            return year_of(today + chr::days{static_cast<int>(7 * k)});
        default:
            return year_of(today + chr::days{static_cast<int>(k)});
    }
}

// A counted date before year 1 (the calendar has no year 0) or after 9999
// is an error, never a date in another era.
std::optional<ParseError> outside_calendar(const Reading& rd, const ast::date& d, long long year) {
    if (year >= 1 && year <= 9999) {
        return std::nullopt;
    }
    return error_at(d.at, rd.begin,
                    fmt::format("'{}' lands in year {}: a date runs from year 1 to 9999 (there is no year 0)",
                                relative_words(d), year));
}

// "3 days ago", "a week earlier", "about two weeks earlier" (widened by a tenth).
Interval counted(const Reading& rd, const ast::date& d, Day today) {
    const auto& r = d.rel;
    if (r.count != static_cast<double>(static_cast<int>(r.count)) || r.count < 0 || r.count > 100000) {
        return error_at(d.at, rd.begin, "a relative date counts whole days, weeks, months or years");
    }
    const int n = static_cast<int>(r.count) * (r.word == ast::Relation::after ? 1 : -1);
    if (auto e = outside_calendar(rd, d, landing_year(today, r.unit, n))) {
        return *e;
    }
    const auto shifted = [&](int k) {
        switch (r.unit) {
            case ast::TimeUnit::week:
                return today + chr::days{7 * k};
            case ast::TimeUnit::month:
                return add_months(today, k);
            case ast::TimeUnit::quarter:
                return add_months(today, 3 * k);
            case ast::TimeUnit::year:
                return add_months(today, 12 * k);
            default:
                return today + chr::days{k};
        }
    };
    const Day day = shifted(n);
    if (d.approach != ast::Approach::around) {
        return Days{day, day};
    }
    const auto span = std::abs((day - today).count());
    const auto reach = chr::days{std::max<long>(1, std::lround(static_cast<double>(span) * 0.1))};
    for (const Day edge : {day - reach, day + reach}) {
        if (auto e = outside_calendar(rd, d, year_of(edge))) {
            return *e;
        }
    }
    return Days{day - reach, day + reach};
}

// "earlier this month": the days of the period before publication day;
// "later this week": those after it.
Interval within(const Reading& rd, const ast::date& d, Day today) {
    const auto [first, last] = calendar_period_of(today, d.rel.unit, 0, rd.context.fiscal_year_start);
    const bool earlier = d.rel.word == ast::Relation::earlier_this;
    if (earlier ? today == first : today == last) {
        return error_at(d.at, rd.begin,
                        fmt::format("'{}' names no day: {}, the source's `published` date, is the {} day of the {}",
                                    relative_words(d), iso(today), earlier ? "first" : "last", unit_word(d.rel.unit)));
    }
    return earlier ? Days{first, today - chr::days{1}} : Days{today + chr::days{1}, last};
}

}  // namespace

namespace {

// The lower-case words of `s`, split at anything but an ASCII letter or digit
// ("verdict.date" is "verdict" and "date").
std::vector<std::string> plain_words(std::string_view s) {
    std::vector<std::string> words(1);
    for (const char c : s) {
        if (std::isalnum(static_cast<unsigned char>(c)) != 0) {
            words.back() += claimcheck::text::ascii_lower(c);
        } else if (!words.back().empty()) {
            words.emplace_back();
        }
    }
    if (words.back().empty()) {
        words.pop_back();
    }
    return words;
}

// Whether the words after "after"/"before" name the topic's event: a word in
// common with its id or label, other than one that names no event ("the").
bool names_event(const std::string& words, const DateEvent& event) {
    static const std::array<std::string_view, 12> empty{"the",   "a",    "an",   "its", "his",  "her",
                                                        "their", "this", "that", "of",  "date", "day"};
    const auto known = plain_words(event.topic + " " + event.label);
    for (const auto& word : plain_words(words)) {
        if (std::find(empty.begin(), empty.end(), word) == empty.end() &&
            std::find(known.begin(), known.end(), word) != known.end()) {
            return true;
        }
    }
    return false;
}

}  // namespace

// The day "two weeks after" and "the day before the verdict" count from: a
// day the words after them name ("the day after Christmas 2025", "two days
// before March 3"), or the day of the event the topic counts from (its
// `event`) when the words name that event or nothing.
std::variant<Day, ParseError> event_day(const Reading& rd, const ast::date& d) {
    const auto& r = d.rel;
    const DateEvent* event = rd.context.event;
    const auto undated = [&]() -> std::variant<Day, ParseError> {
        return error_at(
            d.at, rd.begin,
            fmt::format("'{}{}' counts from '{}' (the topic's `event`), which this source does not date "
                        "as one day: give it a claim on '{}', or write the date it means",
                        relative_words(d), r.event.empty() ? "" : " " + r.event, event->topic, event->topic));
    };
    if (!r.event.empty()) {
        if (rd.context.within_event) {
            return error_at(d.at, rd.begin,
                            fmt::format("'{} {}' counts from a day that counts from another: write the date it means",
                                        relative_words(d), r.event));
        }
        DateContext plain = rd.context;
        plain.event = nullptr;
        plain.within_event = true;
        const auto named = parse_date(r.event, plain);
        if (const auto* day = std::get_if<DateValue>(&named)) {
            if (day->first != day->last || !day->bounded) {
                return error_at(d.at, rd.begin,
                                fmt::format("'{} {}' counts from {}, which is more than one day ({}): write the "
                                            "date it means",
                                            relative_words(d), r.event, r.event, day->canonical));
            }
            return day->first;
        }
        if (event != nullptr && names_event(r.event, *event)) {
            return event->dated ? std::variant<Day, ParseError>{event->day} : undated();
        }
        if (event != nullptr) {
            return error_at(d.at, rd.begin,
                            fmt::format("'{} {}' counts from {}, and this topic counts from '{}' (its `event`): "
                                        "write the date it means",
                                        relative_words(d), r.event, r.event, event->topic));
        }
        return error_at(d.at, rd.begin,
                        fmt::format("'{} {}' counts from {}, which a value cannot name: write the date it means, "
                                    "or name the topic it counts from in the topic's `event`",
                                    relative_words(d), r.event, r.event));
    }
    if (event != nullptr) {
        return event->dated ? std::variant<Day, ParseError>{event->day} : undated();
    }
    const bool before = r.word == ast::Relation::before;
    std::string from_publication;
    if (r.count == 1 && r.unit == ast::TimeUnit::day) {
        from_publication = before ? "yesterday" : "tomorrow";
    } else {
        ast::date counted = d;
        counted.rel.of_event = false;
        from_publication = relative_words(counted);
    }
    return error_at(d.at, rd.begin,
                    fmt::format("'{}' counts from an event the value does not name; write the date it means "
                                "('{}' counts from the source's `published` date), or name the topic it counts "
                                "from in the topic's `event`",
                                relative_words(d), from_publication));
}

Interval relative(const Reading& rd, const ast::date& d) {
    const auto& r = d.rel;
    auto anchor = r.of_event ? event_day(rd, d) : published(rd, d, relative_words(d));
    if (const auto* e = std::get_if<ParseError>(&anchor)) {
        return *e;
    }
    const Day today = std::get<Day>(anchor);
    switch (r.word) {
        case ast::Relation::today:
            return Days{today, today};
        case ast::Relation::yesterday:
            return Days{today - chr::days{1}, today - chr::days{1}};
        case ast::Relation::tomorrow:
            return Days{today + chr::days{1}, today + chr::days{1}};
        case ast::Relation::earlier_this:
        case ast::Relation::later_this:
            return within(rd, d, today);
        case ast::Relation::last:
        case ast::Relation::this_:
        case ast::Relation::next:
            if (r.span) {
                return span(rd, d, today);
            }
            return relative_period(rd, d, today);
        case ast::Relation::before:
        case ast::Relation::after:
            break;
    }
    return counted(rd, d, today);
}

Interval counted_weekdays(const Reading& rd, const ast::date& d) {
    const chr::weekday wd{d.weekday.index};
    const double n = std::abs(d.weekdays);
    const std::string what =
        fmt::format("{} {}s {}", text::shortest(n), weekday_name(wd), d.weekdays < 0 ? "ago" : "from now");
    if (n != std::floor(n) || n > 5200) {
        return error_at(d.at, rd.begin, "'" + what + "' counts whole weeks, up to 5,200");
    }
    if (!rd.context.published) {
        return error_at(d.at, rd.begin, "'" + what + "' needs the source's `published` date");
    }
    const Day published{*rd.context.published};
    const chr::weeks more{static_cast<long>(n) - 1};
    // The first such day before publication day (ago) or after it (from now), then whole weeks on.
    const Day day = d.weekdays < 0 ? on_or_before(published - chr::days{1}, wd) - more
                                   : on_or_before(published + chr::days{7}, wd) + more;
    return Days{day, day};
}

}  // namespace claimcheck::grammar::dates
