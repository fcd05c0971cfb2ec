// Times of day (spec §5 "Times"): "4:10 a.m.", "noon", "Tuesday night",
// "nine hours later", read as wall-clock times in the value's zone.
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "grammar/date/convert.hpp"
#include "grammar/text.hpp"

namespace claimcheck::grammar::dates {

std::string wall_text(Wall wall) {
    const auto day = day_of(wall);
    const auto minutes = chr::duration_cast<chr::minutes>(wall - wall_of(day)).count();
    return fmt::format("{}T{:02}:{:02}", iso(day), minutes / 60, minutes % 60);
}

namespace {

// Local wall-clock interval [begin, end) of a named part of a day (docs/grammar.md).
std::pair<chr::hours, chr::hours> part_hours(ast::DayPart part) {
    switch (part) {
        case ast::DayPart::early:
            return {chr::hours{0}, chr::hours{6}};
        case ast::DayPart::morning:
            return {chr::hours{0}, chr::hours{12}};
        case ast::DayPart::afternoon:
            return {chr::hours{12}, chr::hours{18}};
        case ast::DayPart::evening:
            return {chr::hours{17}, chr::hours{24}};
        case ast::DayPart::late:
            return {chr::hours{18}, chr::hours{24}};
        case ast::DayPart::night:
            return {chr::hours{18}, chr::hours{30}};
        case ast::DayPart::overnight:
            return {chr::hours{-2}, chr::hours{6}};
        case ast::DayPart::none:
            break;
    }
    return {chr::hours{0}, chr::hours{24}};
}

Instant anchor_instant(const Reading& rd) {
    if (rd.context.published_at) {
        return *rd.context.published_at;
    }
    return zones::start_of(rd.zone, wall_of(Day{*rd.context.published} + chr::days{1})) - chr::seconds{1};
}

// The wall-clock time of a clock reading on a day, or why it is no time.
std::variant<Wall, ParseError> wall_time(const Reading& rd, const ast::clock_time& c, Day day) {
    unsigned hour = c.hour;
    if (c.meridiem != ast::Meridiem::none) {
        if (hour < 1 || hour > 12) {
            return error_at(c.at, rd.begin,
                            fmt::format("{} {} is not a time (a 12-hour clock runs from 1 to 12)", hour,
                                        c.meridiem == ast::Meridiem::am ? "a.m." : "p.m."));
        }
        hour = hour % 12 + (c.meridiem == ast::Meridiem::pm ? 12 : 0);
    } else if (hour > 23) {
        return error_at(c.at, rd.begin, fmt::format("there is no hour {} (a day runs from 00:00 to 23:59)", hour));
    }
    if (c.minute > 59) {
        return error_at(c.at, rd.begin, fmt::format("there is no minute {} in an hour", c.minute));
    }
    if (c.shift != 0) {  // "half past 3 p.m.", "a quarter to 4 p.m."
        if (std::abs(c.shift) >= 60) {
            return error_at(c.at, rd.begin, "minutes past or to an hour run from 1 to 59");
        }
        if (c.minute != 0) {
            return error_at(c.at, rd.begin,
                            fmt::format("'half past' and 'a quarter past' or 'to' count from a time on the hour, "
                                        "not {:02}:{:02}; write the time it means",
                                        hour, c.minute));
        }
        if (static_cast<int>(hour) * 60 + c.shift < 0) {
            return error_at(c.at, rd.begin, "'a quarter to midnight' may fall on either day; write 23:45 with its day");
        }
    }
    return wall_of(day) + chr::hours{hour} + chr::minutes{c.minute} + chr::minutes{c.shift};
}

// A wall-clock time in the value's zone; summer-time gaps and repeats are errors.
std::variant<Instant, ParseError> to_instant(const Reading& rd, const ast::clock_time& c, Wall wall) {
    const auto local = zones::to_utc(rd.zone, wall);
    if (local.kind == zones::LocalKind::nonexistent) {
        return error_at(
            c.at, rd.begin,
            fmt::format("{} does not exist in {}: the clocks went forward then", wall_text(wall), rd.zone.name));
    }
    if (local.kind == zones::LocalKind::ambiguous) {
        return error_at(
            c.at, rd.begin,
            fmt::format("{} happened twice in {} (the clocks went back); give the offset, {} or {}", wall_text(wall),
                        rd.zone.name, zones::offset_text(wall.time_since_epoch() - local.first.time_since_epoch()),
                        zones::offset_text(wall.time_since_epoch() - local.second.time_since_epoch())));
    }
    return local.first;
}

const char* part_name(ast::DayPart part) {
    switch (part) {
        case ast::DayPart::morning:
            return "the morning";
        case ast::DayPart::afternoon:
            return "the afternoon";
        case ast::DayPart::evening:
            return "the evening";
        case ast::DayPart::night:
            return "the night";
        default:
            break;
    }
    return "that part of the day";
}

// A time with a part of the day ("Saturday morning at 9", "8 tonight", "3:15
// in the afternoon"): the part gives an hour from 1 to 11 its half of the
// day, and the time must lie in the part (docs/grammar.md).
std::variant<ast::clock_time, ParseError> settled_by_part(const Reading& rd, const ast::date& d) {
    ast::clock_time c = d.time;
    if (d.part == ast::DayPart::none || d.part == ast::DayPart::early || d.part == ast::DayPart::late ||
        d.part == ast::DayPart::overnight) {
        return c;
    }
    if (c.meridiem == ast::Meridiem::none && c.hour == 12 && d.part == ast::DayPart::afternoon) {
        c.meridiem = ast::Meridiem::pm;  // "12:15 in the afternoon": noon's hour, the only 12 an afternoon has
    }
    if (c.meridiem == ast::Meridiem::none && c.hour == 12) {
        return error_at(c.at, rd.begin,
                        fmt::format("12 in {} could be noon or midnight; write which", part_name(d.part)));
    }
    if (c.meridiem == ast::Meridiem::none && c.hour >= 1 && c.hour <= 11) {
        c.meridiem = d.part == ast::DayPart::morning ? ast::Meridiem::am : ast::Meridiem::pm;
    }
    unsigned hour = c.hour;
    if (c.meridiem != ast::Meridiem::none && hour >= 1 && hour <= 12) {
        hour = hour % 12 + (c.meridiem == ast::Meridiem::pm ? 12 : 0);
    }
    const auto [from, to] = part_hours(d.part);
    if (hour < static_cast<unsigned>(from.count()) || hour >= static_cast<unsigned>(std::min<long>(to.count(), 24))) {
        return error_at(c.at, rd.begin, fmt::format("{:02}:{:02} is not in {}", hour, c.minute, part_name(d.part)));
    }
    return c;
}

// Minutes since midnight of a time with a.m. or p.m.
unsigned minutes_of(const ast::clock_time& c) {
    return (c.hour % 12 + (c.meridiem == ast::Meridiem::pm ? 12 : 0)) * 60 + c.minute;
}

// A range's start without a.m. or p.m. takes its end's ("3:30-6 p.m."), or
// the other where that would put it after the end ("11-1pm"); an hour alone
// needs it ("3-4" is an error).
std::variant<ast::date, ParseError> shared_meridiem(const Reading& rd, const ast::date& d) {
    if (!d.end_time.present || d.time.meridiem != ast::Meridiem::none) {
        return d;
    }
    const bool twelve_hour = d.time.hour >= 1 && d.time.hour <= 12;
    if (d.end_time.meridiem == ast::Meridiem::none || !twelve_hour) {
        if (d.time.bare) {
            return error_at(d.time.at, rd.begin,
                            fmt::format("the hour {} before a range's end needs a.m. or p.m. (or write {:02}:00)",
                                        d.time.hour, d.time.hour));
        }
        return d;
    }
    ast::date shared = d;
    shared.time.meridiem = d.end_time.meridiem;
    if (minutes_of(shared.time) > minutes_of(d.end_time)) {
        shared.time.meridiem = d.end_time.meridiem == ast::Meridiem::pm ? ast::Meridiem::am : ast::Meridiem::pm;
    }
    return shared;
}

std::optional<ParseError> clock_on(const Reading& rd, const ast::date& d, Day day, bool implied, DateValue& v);

}  // namespace

std::optional<ParseError> clock(const Reading& rd, const ast::date& written, Day day, bool implied, DateValue& v) {
    auto shared = shared_meridiem(rd, written);
    if (const auto* e = std::get_if<ParseError>(&shared)) {
        return *e;
    }
    return clock_on(rd, std::get<ast::date>(shared), day, implied, v);
}

namespace {

std::optional<ParseError> clock_on(const Reading& rd, const ast::date& d, Day day, bool implied, DateValue& v) {
    auto settled = settled_by_part(rd, d);
    if (const auto* e = std::get_if<ParseError>(&settled)) {
        return *e;
    }
    const ast::clock_time time = std::get<ast::clock_time>(settled);
    auto start = wall_time(rd, time, day);
    if (const auto* e = std::get_if<ParseError>(&start)) {
        return *e;
    }
    auto at = to_instant(rd, time, std::get<Wall>(start));
    if (const auto* e = std::get_if<ParseError>(&at)) {
        return *e;
    }
    Instant t = std::get<Instant>(at);
    if (implied && t > anchor_instant(rd)) {  // "4:10 a.m." means the most recent one before publication
        return clock_on(rd, d, day - chr::days{1}, false, v);
    }
    v.begin = t;
    v.end = t + chr::minutes{1};
    v.precision = DatePrecision::minute;
    if (d.end_time.present) {
        // An ISO range's end has its own date; a range of times of day ends on its day.
        auto end_day = d.to.year == 0 ? std::variant<Day, ParseError>{day} : make_day(rd, d.to, d.to.year, d.to.at);
        if (const auto* e = std::get_if<ParseError>(&end_day)) {
            return *e;
        }
        auto end_wall = wall_time(rd, d.end_time, std::get<Day>(end_day));
        if (const auto* e = std::get_if<ParseError>(&end_wall)) {
            return *e;
        }
        auto end = to_instant(rd, d.end_time, std::get<Wall>(end_wall));
        if (const auto* e = std::get_if<ParseError>(&end)) {
            return *e;
        }
        v.end = std::get<Instant>(end) + chr::minutes{1};
        if (v.end <= v.begin) {
            return error_at(d.end_time.at, rd.begin, "the range ends before it starts");
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<ParseError> part_of_day(const Reading& rd, const ast::date& d, Day day, DateValue& v) {
    const auto [from, to] = part_hours(d.part);
    v.begin = zones::start_of(rd.zone, wall_of(day) + from);
    v.end = zones::start_of(rd.zone, wall_of(day) + to);
    v.precision = DatePrecision::part_of_day;
    return std::nullopt;
}

// "nine hours later", "90 minutes earlier": from the publication instant.
std::optional<ParseError> clock_relative(const Reading& rd, const ast::date& d, DateValue& v) {
    const auto& r = d.rel;
    const bool hours = r.unit == ast::TimeUnit::hour;
    if (r.of_event) {  // an event's day gives no instant to count hours from
        const auto day = event_day(rd, d);
        if (const auto* e = std::get_if<ParseError>(&day)) {
            return *e;
        }
        return error_at(
            d.at, rd.begin,
            fmt::format("'{} {}{} {}{}' counts from the time of an event, which a date does not give: "
                        "write the time it means",
                        text::shortest(r.count), hours ? "hour" : "minute", r.count == 1 ? "" : "s",
                        r.word == ast::Relation::after ? "after" : "before", r.event.empty() ? "" : " " + r.event));
    }
    const std::string what =
        r.count == 0 ? std::string("now")
                     : fmt::format("{} {}{} {}", text::shortest(r.count), hours ? "hour" : "minute",
                                   r.count == 1 ? "" : "s", r.word == ast::Relation::after ? "later" : "earlier");
    if (!rd.context.published_at) {
        return error_at(d.at, rd.begin, "'" + what + "' needs the time of day of the source's `published` date");
    }
    if (r.count < 0 || r.count > 1e6) {
        return error_at(d.at, rd.begin, "a relative time counts from 0 to a million hours or minutes");
    }
    const double minutes = r.count * (hours ? 60 : 1) * (r.word == ast::Relation::after ? 1 : -1);
    const Instant at = *rd.context.published_at + chr::seconds{std::llround(minutes * 60)};
    const double reach = d.approach == ast::Approach::around ? std::abs(minutes) * 0.1 : 0;
    v.begin = at - chr::seconds{std::llround(reach * 60)};
    v.end = at + chr::seconds{std::llround(reach * 60)} + chr::minutes{1};
    v.precision = DatePrecision::minute;
    return std::nullopt;
}

}  // namespace claimcheck::grammar::dates
