// parse_date (value.hpp): the date grammar's syntax tree turned into the set
// of instants it allows, resolved against the source's publication date and
// read in the story's time zone (src/zones). The converters of each kind of
// date are its neighbours (convert.hpp).
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "grammar/convert.hpp"
#include "grammar/date/convert.hpp"
#include "grammar/date/date.hpp"
#include "util/text.hpp"

namespace claimcheck::grammar::dates {

Day local_day(const Reading& rd, Instant at) {
    return day_of(zones::to_local(rd.zone, at));
}

namespace {

// A zone abbreviation: the story's own reading first, then data/zone_abbreviations.tsv.
std::optional<zones::Zone> abbreviation(const Reading& rd, const std::string& name) {
    if (const auto* own = rd.context.zone_abbreviations; own != nullptr && own->count(name) != 0) {
        return zones::by_name(own->find(name)->second);
    }
    return zones::by_abbreviation(name);
}

// "Kyiv time", "New York time", "Beijing time"; "UK time" as the abbreviation.
std::optional<ParseError> place_zone(Reading& rd, const ast::zone_ref& z) {
    if (!zones::is_place(z.name)) {
        if (auto found = abbreviation(rd, z.name)) {
            rd.zone = *found;
            return std::nullopt;
        }
    }
    auto found = zones::by_place(z.name);
    if (const auto* why = std::get_if<std::string>(&found)) {
        return error_at(z.at, rd.begin, *why);
    }
    rd.zone = std::get<zones::Zone>(found);
    return std::nullopt;
}

std::optional<ParseError> resolve_zone(Reading& rd, const ast::date& d) {
    const auto& z = d.zone;
    switch (z.kind) {
        case ast::ZoneKind::none:
            rd.zone = rd.story;
            return std::nullopt;
        case ast::ZoneKind::local:
            if (rd.context.timezone.empty() && !rd.context.timezone_declared) {
                return error_at(z.at, rd.begin,
                                "'local time' needs the story's time zone: set `timezone` (an IANA name such as "
                                "\"Asia/Seoul\") in [story] of story.toml, or in the claim file's [source]");
            }
            rd.zone = rd.story;
            return std::nullopt;
        case ast::ZoneKind::place:
            return place_zone(rd, z);
        case ast::ZoneKind::utc:
            rd.zone = zones::utc();
            return std::nullopt;
        case ast::ZoneKind::offset:
            if (z.minute_written >= 60) {
                return error_at(z.at, rd.begin,
                                fmt::format("there is no minute {} in an hour: a UTC offset's minutes run from 00 "
                                            "to 59",
                                            z.minute_written));
            }
            if (std::abs(z.offset_minutes) > 14 * 60) {
                return error_at(z.at, rd.begin, "a UTC offset runs from -14:00 to +14:00");
            }
            rd.zone = zones::fixed(chr::minutes{z.offset_minutes});
            return std::nullopt;
        case ast::ZoneKind::name:
            break;
    }
    if (auto found = abbreviation(rd, z.name)) {
        rd.zone = *found;
    } else if (auto named = zones::by_name(z.name)) {
        rd.zone = *named;
    } else {
        const auto hint = zones::closest_name(z.name);
        return error_at(z.at, rd.begin, "unknown time zone '" + z.name + "'" + claimcheck::text::did_you_mean(hint));
    }
    return std::nullopt;
}

Interval published_day(const Reading& rd, const ast::date& d) {
    if (!rd.context.published) {
        const std::string what = d.time.present ? "a time without a date" : "a part of a day without a date";
        return error_at(d.at, rd.begin, what + " needs the source's `published` date");
    }
    const Day today = rd.context.published_at ? local_day(rd, *rd.context.published_at) : Day{*rd.context.published};
    return Days{today, today};
}

Interval written_days(const Reading& rd, const ast::date& d) {
    if (d.holiday.which != nullptr) {
        return holiday(rd, d);
    }
    if (d.numeric.at != nullptr) {
        return numeric(rd, d);
    }
    if (d.weekdays != 0) {
        return counted_weekdays(rd, d);
    }
    if (d.per.kind != ast::PeriodKind::none) {
        return period(rd, d);
    }
    if (!d.has_when) {
        // A weekday alone: the most recent such day on or before publication.
        if (!rd.context.published) {
            return Days{Day::min(), Day::max()};
        }
        const Day day = on_or_before(Day{*rd.context.published}, chr::weekday{d.weekday.index});
        return Days{day, day};
    }
    auto resolved = d.is_relative ? relative(rd, d) : calendar(rd, d);
    if (const auto* e = std::get_if<ParseError>(&resolved)) {
        return *e;
    }
    const auto [first, last] = std::get<Days>(resolved);
    if (d.weekday.index >= 7 || (d.is_relative &&
                                 (d.rel.word == ast::Relation::last || d.rel.word == ast::Relation::this_ ||
                                  d.rel.word == ast::Relation::next) &&
                                 d.rel.count == 0)) {
        return resolved;
    }
    // Trim the interval to the days that are this weekday.
    const chr::weekday wd{d.weekday.index};
    const Day trimmed_first = first + (wd - chr::weekday{first});
    const Day trimmed_last = on_or_before(last, wd);
    if (trimmed_first > last) {
        if (first == last) {
            return error_at(
                d.at, rd.begin,
                fmt::format("{} is a {}, not a {}", iso(first), weekday_name(chr::weekday{first}), weekday_name(wd)));
        }
        return error_at(d.at, rd.begin,
                        fmt::format("there is no {} from {} to {}", weekday_name(wd), iso(first), iso(last)));
    }
    return Days{trimmed_first, trimmed_last};
}

// The days written, or the day counted in them ("the first Tuesday of
// November"), or the third of them named ("early March").
Interval day_set(const Reading& rd, const ast::date& d) {
    auto days = written_days(rd, d);
    if (std::holds_alternative<ParseError>(days)) {
        return days;
    }
    if (d.nth.at != nullptr) {
        return nth_in_month(rd, d, std::get<Days>(days));
    }
    if (d.week_of != nullptr) {  // "the week of October 6": Monday to Sunday around the day
        const auto [first, last] = std::get<Days>(days);
        if (first != last) {
            return error_at(d.week_of, rd.begin, "'the week of' needs one day, not " + iso(first) + "/" + iso(last));
        }
        const Day monday = on_or_before(first, chr::Monday);
        return Days{monday, monday + chr::days{6}};
    }
    if (d.third != ast::Third::none) {
        return third_of(rd, d, std::get<Days>(days));
    }
    return days;
}

// "overnight Tuesday into Wednesday", "Tuesday night into Wednesday": the
// other day written must be the one next to `day` on the night's side.
std::optional<ParseError> night_days(const Reading& rd, const ast::date& d, Day day) {
    if (d.other_day.index >= 7) {
        return std::nullopt;
    }
    if (d.part != ast::DayPart::night && d.part != ast::DayPart::overnight) {
        return error_at(d.at, rd.begin, "only a night runs into the next day (such as 'Tuesday night into Wednesday')");
    }
    const bool overnight = d.part == ast::DayPart::overnight;
    const chr::weekday other{d.other_day.index};
    if (chr::weekday{overnight ? day - chr::days{1} : day + chr::days{1}} != other) {
        return error_at(d.at, rd.begin,
                        fmt::format("{} is not the day {} {}", weekday_name(other), overnight ? "before" : "after",
                                    weekday_name(chr::weekday{day})));
    }
    return std::nullopt;
}

// A time without a day may be on any day near the story (value.hpp).
void near_days(const Reading& rd, DateValue& v) {
    const Day published =
        rd.context.published_at ? local_day(rd, *rd.context.published_at) : Day{*rd.context.published};
    v.day_unstated = true;
    v.near_first = published - chr::days{7};
    v.near_last = published + chr::days{1};
}

// Fills begin/end and precision from the days, time and part of day written.
std::optional<ParseError> instants(const Reading& rd, const ast::date& d, DateValue& v) {
    if (d.is_relative && d.rel.word != ast::Relation::last && d.rel.word != ast::Relation::this_ &&
        d.rel.word != ast::Relation::next &&
        (d.rel.unit == ast::TimeUnit::hour || d.rel.unit == ast::TimeUnit::minute)) {
        return clock_relative(rd, d, v);
    }
    const bool implied = !d.has_when && d.weekday.index >= 7;
    Interval days = implied ? published_day(rd, d) : day_set(rd, d);
    if (const auto* e = std::get_if<ParseError>(&days)) {
        return *e;
    }
    auto [first, last] = std::get<Days>(days);
    if (first == Day::min() && last == Day::max()) {  // a weekday without an anchor
        if (d.time.present || d.part != ast::DayPart::none) {
            return error_at(
                d.at, rd.begin,
                fmt::format("'{}' with a time of day needs the source's `published` date", weekday_name(*v.weekday)));
        }
        v.begin = Instant::min();
        v.end = Instant::max();
        return std::nullopt;
    }
    if (auto e = night_days(rd, d, first)) {
        return e;
    }
    if (d.time.present || d.part != ast::DayPart::none) {
        if (first != last) {
            return error_at(d.time.present ? d.time.at : d.at, rd.begin,
                            "a time of day needs a single day, not " + iso(first) + "/" + iso(last));
        }
        if (!d.time.present) {
            return part_of_day(rd, d, first, v);
        }
        if (implied) {
            near_days(rd, v);
        }
        return clock(rd, d, first, implied, v);
    }
    v.begin = zones::start_of(rd.zone, wall_of(first));
    v.end = zones::start_of(rd.zone, wall_of(last + chr::days{1}));
    return std::nullopt;
}

std::string zone_suffix(const Reading& rd, const DateValue& v) {
    const std::string story = rd.story.name == "UTC" ? std::string{} : rd.story.name;
    if (v.zone == story) {
        return {};
    }
    return " " + (v.zone.empty() ? std::string("UTC") : v.zone);
}

std::string canonical(const Reading& rd, const DateValue& v) {
    if (v.begin == Instant::min() && v.end == Instant::max()) {
        return v.weekday ? std::string(weekday_name(*v.weekday)) : std::string{"any time"};
    }
    const bool whole_days =
        v.precision == DatePrecision::day &&
        (v.begin == Instant::min() || v.begin == zones::start_of(rd.zone, wall_of(v.first))) &&
        (v.end == Instant::max() || v.end == zones::start_of(rd.zone, wall_of(v.last + chr::days{1})));
    const auto at = [&](Instant t, bool end) {
        if (whole_days) {
            return iso(end ? v.last : v.first);
        }
        return wall_text(zones::to_local(rd.zone, end ? t - chr::minutes{1} : t));
    };
    std::string out;
    if (v.begin == Instant::min()) {
        out = "until " + at(v.end, true);
    } else if (v.end == Instant::max()) {
        out = "since " + at(v.begin, false);
    } else {
        const std::string first = at(v.begin, false);
        const std::string last = at(v.end, true);
        out = (v.weekday ? fmt::format("{} ", weekday_name(*v.weekday)) : std::string{}) + first +
              (last != first ? "/" + last : std::string{});
    }
    return out + zone_suffix(rd, v);
}

// "10:30", "around 09:00 UTC", "shortly before 00:00": a time without its day,
// as written (the approach words keep its width).
std::string time_of_day_text(const Reading& rd, const ast::date& d, const DateValue& v) {
    Instant at = v.begin;
    std::string words;
    switch (d.approach) {
        case ast::Approach::around:
            at += chr::minutes{30};
            words = "around ";
            break;
        case ast::Approach::shortly_after:
            words = "shortly after ";
            break;
        case ast::Approach::shortly_before:
            at = v.end;
            words = "shortly before ";
            break;
        default:
            break;
    }
    const auto clock_text = [&](Instant t) {
        const auto wall = zones::to_local(rd.zone, t);
        const auto minutes = chr::duration_cast<chr::minutes>(wall - wall_of(day_of(wall))).count();
        return fmt::format("{:02}:{:02}", minutes / 60, minutes % 60);
    };
    std::string out = words + clock_text(at);
    if (d.end_time.present) {  // "09:30 to 11:00": a range of times of day
        out += " to " + clock_text(v.end - chr::minutes{d.approach == ast::Approach::around ? 31 : 1});
    }
    return out + zone_suffix(rd, v);
}

void finish(const Reading& rd, const ast::date& d, DateValue& v) {
    const bool open_begin = v.begin == Instant::min();
    const bool open_end = v.end == Instant::max();
    v.bounded = !open_begin && !open_end;
    v.first = open_begin ? Day::min() : local_day(rd, v.begin);
    v.last = open_end ? Day::max() : local_day(rd, v.end - chr::seconds{1});
    if (v.precision != DatePrecision::day) {
        v.weekday.reset();  // a time pinned down by a weekday is one day's
    }
    if (v.day_unstated && !v.bounded) {
        v.day_unstated = false;  // "since 9 a.m.": open, from the latest such time
    }
    v.canonical = v.day_unstated ? time_of_day_text(rd, d, v) : canonical(rd, v);
}

}  // namespace

}  // namespace claimcheck::grammar::dates

namespace claimcheck::grammar {

namespace detail {

std::variant<DateValue, ParseError> to_date(const ast::date& d, const DateContext& context, const char* begin) {
    auto story = zones::by_name(context.timezone);
    if (!story) {
        return error_at(d.at, begin, "unknown time zone '" + context.timezone + "' in `timezone`");
    }
    dates::Reading rd{context, begin, *story, *story};
    if (auto e = dates::resolve_zone(rd, d)) {
        return *e;
    }
    DateValue v;
    v.zone = rd.zone.name == "UTC" ? std::string{} : rd.zone.name;
    if (d.weekday.index < 7) {
        v.weekday = std::chrono::weekday{d.weekday.index};
    }
    if (auto e = dates::instants(rd, d, v)) {
        return *e;
    }
    if (auto e = dates::approach(rd, d, v)) {
        return *e;
    }
    dates::finish(rd, d, v);
    return v;
}

}  // namespace detail

std::vector<DateValue> placements(const DateValue& value) {
    if (!value.day_unstated) {
        return {value};
    }
    const auto zone = zones::by_name(value.zone);
    if (!zone) {
        return {value};
    }
    namespace chr = std::chrono;
    const auto moved = [&](Instant t, chr::days shift) {
        return zones::start_of(*zone, zones::to_local(*zone, t) + shift);
    };
    const Day read = value.first;
    std::vector<DateValue> out;
    for (long step = 0; step <= (value.near_last - value.near_first).count(); ++step) {
        for (long sign : {-1L, 1L}) {
            const chr::days shift{sign * step};
            const Day day = read + shift;
            if ((step == 0 && sign == 1) || day < value.near_first || day > value.near_last) {
                continue;
            }
            DateValue placed = value;
            placed.day_unstated = false;
            placed.begin = moved(value.begin, shift);
            placed.end = moved(value.end, shift);
            placed.first = value.first + shift;
            placed.last = value.last + shift;
            out.push_back(placed);
        }
    }
    return out;
}

std::variant<DateValue, ParseError> parse_date(std::string_view value, DateContext context) {
    return detail::parse_value<ast::date, DateValue>(
        value, parser::date_value(),
        [&](const ast::date& tree, const char* begin) { return detail::to_date(tree, context, begin); },
        dates::explain_start, dates::explain_expectation);
}

}  // namespace claimcheck::grammar
