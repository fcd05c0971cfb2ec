// parse_date (value.hpp): the date grammar's AST turned into the set of
// instants it allows, resolved against the source's publication date and
// read in the story's time zone (src/zones).
#include <array>
#include <chrono>
#include <cmath>
#include <string>

#include <fmt/format.h>

#include "util/calendar.hpp"
#include "grammar/convert.hpp"
#include "grammar/date.hpp"
#include "grammar/parse_value.hpp"
#include "grammar/text.hpp"
#include "zones/tz.hpp"
#include "util/text.hpp"

namespace claimcheck::grammar {

namespace chr = std::chrono;

namespace {

using zones::Zone;
using Wall = date::local_seconds;

constexpr std::array<char const*, 12> month_words{"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};

using detail::error_at;

std::string iso(Day day) {
    return calendar::iso_date(day);
}

std::string weekday_word(chr::weekday wd) {
    return std::string(calendar::weekday_name(wd));
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
    chr::year_month_day const ymd{day};
    auto const target = chr::year_month{ymd.year(), ymd.month()} + chr::months{months};
    auto const last = chr::year_month_day_last{target.year(), chr::month_day_last{target.month()}}.day();
    return Day{chr::year_month_day{target.year(), target.month(), std::min(ymd.day(), last)}};
}

// A local calendar day as the wall-clock time of its midnight, and back.
Wall wall_of(Day day) {
    return Wall{chr::duration_cast<chr::seconds>(day.time_since_epoch())};
}
Day day_of(Wall wall) {
    return chr::floor<chr::days>(Instant{wall.time_since_epoch()});
}

std::string wall_text(Wall wall) {
    auto const day = day_of(wall);
    auto const minutes = chr::duration_cast<chr::minutes>(wall - wall_of(day)).count();
    return fmt::format("{}T{:02}:{:02}", iso(day), minutes / 60, minutes % 60);
}

// Months [first, last] of a year, with `last` possibly in the next year.
std::pair<Day, Day> months_of(int year, unsigned first, unsigned last) {
    chr::year_month const start{chr::year{year}, chr::month{first}};
    auto const end = start + chr::months{static_cast<int>((last + 12 - first) % 12)};
    return {Day{start / 1}, month_end(end.year(), end.month())};
}

using Days = std::pair<Day, Day>;
using Interval = std::variant<Days, ParseError>;

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

class Converter {
  public:
    Converter(DateContext const& context, char const* begin) : context_(context), begin_(begin) {}

    std::variant<DateValue, ParseError> operator()(ast::date const& d) {
        auto story = zones::by_name(context_.timezone);
        if (!story) {
            return error_at(d.at, begin_, "unknown time zone '" + context_.timezone + "' in `timezone`");
        }
        story_ = *story;
        if (auto e = resolve_zone(d)) {
            return *e;
        }
        DateValue v;
        v.zone = zone_.name == "UTC" ? std::string{} : zone_.name;
        if (d.weekday.index < 7) {
            v.weekday = chr::weekday{d.weekday.index};
        }
        if (auto e = instants(d, v)) {
            return *e;
        }
        if (auto e = approach(d, v)) {
            return *e;
        }
        finish(v);
        return v;
    }

  private:
    std::optional<ParseError> resolve_zone(ast::date const& d) {
        auto const& z = d.zone;
        switch (z.kind) {
            case ast::ZoneKind::none:
            case ast::ZoneKind::local:
                zone_ = story_;
                return std::nullopt;
            case ast::ZoneKind::utc:
                zone_ = zones::utc();
                return std::nullopt;
            case ast::ZoneKind::offset:
                if (std::abs(z.offset_minutes) > 14 * 60) {
                    return error_at(z.at, begin_, "a UTC offset runs from -14:00 to +14:00");
                }
                zone_ = zones::fixed(chr::minutes{z.offset_minutes});
                return std::nullopt;
            case ast::ZoneKind::name:
                break;
        }
        if (auto const* own = context_.zone_abbreviations; own != nullptr && own->count(z.name) != 0) {
            zone_ = *zones::by_name(own->find(z.name)->second);
        } else if (auto found = zones::by_abbreviation(z.name)) {
            zone_ = *found;
        } else if (auto named = zones::by_name(z.name)) {
            zone_ = *named;
        } else {
            auto const hint = zones::closest_name(z.name);
            return error_at(z.at, begin_, "unknown time zone '" + z.name + "'" + claimcheck::text::did_you_mean(hint));
        }
        return std::nullopt;
    }

    // Fills begin/end and precision from the days, time and part of day written.
    std::optional<ParseError> instants(ast::date const& d, DateValue& v) {
        if (d.is_relative && d.rel.word != ast::Relation::last && d.rel.word != ast::Relation::this_ &&
            d.rel.word != ast::Relation::next &&
            (d.rel.unit == ast::TimeUnit::hour || d.rel.unit == ast::TimeUnit::minute)) {
            return clock_relative(d, v);
        }
        bool const implied = !d.has_when && d.weekday.index >= 7;
        Interval days = implied ? published_day(d) : day_set(d);
        if (auto const* e = std::get_if<ParseError>(&days)) {
            return *e;
        }
        auto [first, last] = std::get<Days>(days);
        if (first == Day::min() && last == Day::max()) {  // a weekday without an anchor
            if (d.time.present || d.part != ast::DayPart::none) {
                return error_at(
                    d.at, begin_,
                    "'" + weekday_word(*v.weekday) + "' with a time of day needs the source's `published` date");
            }
            v.begin = Instant::min();
            v.end = Instant::max();
            return std::nullopt;
        }
        if (d.time.present || d.part != ast::DayPart::none) {
            if (first != last) {
                return error_at(d.time.present ? d.time.at : d.at, begin_,
                                "a time of day needs a single day, not " + iso(first) + "/" + iso(last));
            }
            return d.time.present ? clock(d, first, implied, v) : part_of_day(d, first, v);
        }
        v.begin = zones::start_of(zone_, wall_of(first));
        v.end = zones::start_of(zone_, wall_of(last + chr::days{1}));
        return std::nullopt;
    }

    std::optional<ParseError> clock(ast::date const& d, Day day, bool implied, DateValue& v) {
        auto start = wall_time(d.time, day);
        if (auto const* e = std::get_if<ParseError>(&start)) {
            return *e;
        }
        auto at = to_instant(d.time, std::get<Wall>(start));
        if (auto const* e = std::get_if<ParseError>(&at)) {
            return *e;
        }
        Instant t = std::get<Instant>(at);
        if (implied && t > anchor_instant()) {  // "4:10 a.m." means the most recent one before publication
            return clock(d, day - chr::days{1}, false, v);
        }
        v.begin = t;
        v.end = t + chr::minutes{1};
        v.precision = DatePrecision::minute;
        if (d.end_time.present) {
            auto end_day = make_day(d.to, d.to.year, d.to.at);
            if (auto const* e = std::get_if<ParseError>(&end_day)) {
                return *e;
            }
            auto end_wall = wall_time(d.end_time, std::get<Day>(end_day));
            if (auto const* e = std::get_if<ParseError>(&end_wall)) {
                return *e;
            }
            auto end = to_instant(d.end_time, std::get<Wall>(end_wall));
            if (auto const* e = std::get_if<ParseError>(&end)) {
                return *e;
            }
            v.end = std::get<Instant>(end) + chr::minutes{1};
            if (v.end <= v.begin) {
                return error_at(d.end_time.at, begin_, "the range ends before it starts");
            }
        }
        return std::nullopt;
    }

    // The wall-clock time of a clock reading on a day, or why it is no time.
    std::variant<Wall, ParseError> wall_time(ast::clock_time const& c, Day day) const {
        unsigned hour = c.hour;
        if (c.meridiem != ast::Meridiem::none) {
            if (hour < 1 || hour > 12) {
                return error_at(c.at, begin_,
                                fmt::format("{} {} is not a time (a 12-hour clock runs from 1 to 12)", hour,
                                            c.meridiem == ast::Meridiem::am ? "a.m." : "p.m."));
            }
            hour = hour % 12 + (c.meridiem == ast::Meridiem::pm ? 12 : 0);
        } else if (hour > 23) {
            return error_at(c.at, begin_, fmt::format("there is no hour {} (a day runs from 00:00 to 23:59)", hour));
        }
        if (c.minute > 59) {
            return error_at(c.at, begin_, fmt::format("there is no minute {} in an hour", c.minute));
        }
        return wall_of(day) + chr::hours{hour} + chr::minutes{c.minute};
    }

    // A wall-clock time in the value's zone; summer-time gaps and repeats are errors.
    std::variant<Instant, ParseError> to_instant(ast::clock_time const& c, Wall wall) const {
        auto const local = zones::to_utc(zone_, wall);
        if (local.kind == zones::LocalKind::nonexistent) {
            return error_at(
                c.at, begin_,
                fmt::format("{} does not exist in {}: the clocks went forward then", wall_text(wall), zone_.name));
        }
        if (local.kind == zones::LocalKind::ambiguous) {
            return error_at(c.at, begin_,
                            fmt::format("{} happened twice in {} (the clocks went back); give the offset, {} or {}",
                                        wall_text(wall), zone_.name,
                                        zones::offset_text(wall.time_since_epoch() - local.first.time_since_epoch()),
                                        zones::offset_text(wall.time_since_epoch() - local.second.time_since_epoch())));
        }
        return local.first;
    }

    std::optional<ParseError> part_of_day(ast::date const& d, Day day, DateValue& v) const {
        auto const [from, to] = part_hours(d.part);
        v.begin = zones::start_of(zone_, wall_of(day) + from);
        v.end = zones::start_of(zone_, wall_of(day) + to);
        v.precision = DatePrecision::part_of_day;
        return std::nullopt;
    }

    // "nine hours later", "90 minutes earlier": from the publication instant.
    std::optional<ParseError> clock_relative(ast::date const& d, DateValue& v) const {
        auto const& r = d.rel;
        bool const hours = r.unit == ast::TimeUnit::hour;
        std::string const what =
            fmt::format("{} {}{} {}", text::shortest(r.count), hours ? "hour" : "minute", r.count == 1 ? "" : "s",
                        r.word == ast::Relation::after ? "later" : "earlier");
        if (!context_.published_at) {
            return error_at(d.at, begin_, "'" + what + "' needs the time of day of the source's `published` date");
        }
        if (r.count < 0 || r.count > 1e6) {
            return error_at(d.at, begin_, "a relative time counts from 0 to a million hours or minutes");
        }
        double const minutes = r.count * (hours ? 60 : 1) * (r.word == ast::Relation::after ? 1 : -1);
        Instant const at = *context_.published_at + chr::seconds{std::llround(minutes * 60)};
        double const reach = d.approach == ast::Approach::around ? std::abs(minutes) * 0.1 : 0;
        v.begin = at - chr::seconds{std::llround(reach * 60)};
        v.end = at + chr::seconds{std::llround(reach * 60)} + chr::minutes{1};
        v.precision = DatePrecision::minute;
        return std::nullopt;
    }

    // Approximators and open bounds: "around 9 a.m.", "shortly after 3 p.m.", "since 1999".
    std::optional<ParseError> approach(ast::date const& d, DateValue& v) const {
        bool const relative_count = d.is_relative && d.rel.count > 0;
        switch (d.approach) {
            case ast::Approach::none:
                break;
            case ast::Approach::around:
                if (v.begin == Instant::min() || v.end == Instant::max()) {
                    break;  // "around Monday" with no date to anchor it: any Monday, as "Monday"
                }
                if (v.precision == DatePrecision::minute && !relative_count) {
                    v.begin -= chr::minutes{30};
                    v.end += chr::minutes{30};
                } else if (v.precision == DatePrecision::day && !relative_count) {
                    v.begin = zones::start_of(zone_, wall_of(local_day(v.begin) - chr::days{1}));
                    v.end = zones::start_of(zone_, wall_of(local_day(v.end) + chr::days{1}));
                }
                break;
            case ast::Approach::shortly_after:
            case ast::Approach::shortly_before:
                if (v.precision != DatePrecision::minute) {
                    return error_at(d.at, begin_, "'shortly after' and 'shortly before' need a time of day");
                }
                if (d.approach == ast::Approach::shortly_after) {
                    v.end = v.begin + chr::minutes{30};
                } else {
                    if (midnight_of_a_written_day(d)) {
                        // "just before midnight on Monday": the midnight that ends Monday.
                        v.begin = zones::start_of(zone_, wall_of(local_day(v.begin) + chr::days{1}));
                    }
                    v.end = v.begin;
                    v.begin -= chr::minutes{30};
                }
                break;
            case ast::Approach::since:
                v.end = Instant::max();
                break;
            case ast::Approach::until:
                v.begin = Instant::min();
                break;
        }
        return std::nullopt;
    }

    Day local_day(Instant at) const { return day_of(zones::to_local(zone_, at)); }

    // "midnight on Monday", "00:00 on January 5": a midnight with its day written.
    static bool midnight_of_a_written_day(ast::date const& d) {
        bool const midnight = d.time.present && d.time.hour == 0 && d.time.minute == 0 && d.time.meridiem == ast::Meridiem::none;
        return midnight && (d.weekday.index < 7 || d.from.day != 0);
    }

    void finish(DateValue& v) const {
        bool const open_begin = v.begin == Instant::min();
        bool const open_end = v.end == Instant::max();
        v.bounded = !open_begin && !open_end;
        v.first = open_begin ? Day::min() : local_day(v.begin);
        v.last = open_end ? Day::max() : local_day(v.end - chr::seconds{1});
        if (v.precision != DatePrecision::day) {
            v.weekday.reset();  // a time pinned down by a weekday is one day's
        }
        v.canonical = canonical(v);
    }

    std::string zone_suffix(DateValue const& v) const {
        std::string const story = story_.name == "UTC" ? std::string{} : story_.name;
        if (v.zone == story) {
            return {};
        }
        return " " + (v.zone.empty() ? std::string("UTC") : v.zone);
    }

    std::string canonical(DateValue const& v) const {
        if (v.begin == Instant::min() && v.end == Instant::max()) {
            return v.weekday ? weekday_word(*v.weekday) : std::string{"any time"};
        }
        bool const whole_days =
            v.precision == DatePrecision::day &&
            (v.begin == Instant::min() || v.begin == zones::start_of(zone_, wall_of(v.first))) &&
            (v.end == Instant::max() || v.end == zones::start_of(zone_, wall_of(v.last + chr::days{1})));
        auto const at = [&](Instant t, bool end) {
            if (whole_days) {
                return iso(end ? v.last : v.first);
            }
            return wall_text(zones::to_local(zone_, end ? t - chr::minutes{1} : t));
        };
        std::string out;
        if (v.begin == Instant::min()) {
            out = "until " + at(v.end, true);
        } else if (v.end == Instant::max()) {
            out = "since " + at(v.begin, false);
        } else {
            std::string const first = at(v.begin, false);
            std::string const last = at(v.end, true);
            out = (v.weekday ? weekday_word(*v.weekday) + " " : std::string{}) + first +
                  (last != first ? "/" + last : std::string{});
        }
        return out + zone_suffix(v);
    }

    // ---------------------------------------------------------------- days

    Instant anchor_instant() const {
        if (context_.published_at) {
            return *context_.published_at;
        }
        return zones::start_of(zone_, wall_of(Day{*context_.published} + chr::days{1})) - chr::seconds{1};
    }

    Interval published_day(ast::date const& d) const {
        if (!context_.published) {
            std::string const what = d.time.present ? "a time without a date" : "a part of a day without a date";
            return error_at(d.at, begin_, what + " needs the source's `published` date");
        }
        Day const today = context_.published_at ? local_day(*context_.published_at) : Day{*context_.published};
        return Days{today, today};
    }

    Interval day_set(ast::date const& d) const {
        if (d.per.kind != ast::PeriodKind::none) {
            return period(d);
        }
        if (!d.has_when) {
            // A weekday alone: the most recent such day on or before publication.
            if (!context_.published) {
                return Days{Day::min(), Day::max()};
            }
            Day const day = on_or_before(Day{*context_.published}, chr::weekday{d.weekday.index});
            return Days{day, day};
        }
        auto resolved = d.is_relative ? relative(d) : calendar(d);
        if (auto const* e = std::get_if<ParseError>(&resolved)) {
            return *e;
        }
        auto const [first, last] = std::get<Days>(resolved);
        if (d.weekday.index >= 7 || (d.is_relative &&
                                     (d.rel.word == ast::Relation::last || d.rel.word == ast::Relation::this_ ||
                                      d.rel.word == ast::Relation::next) &&
                                     d.rel.count == 0)) {
            return resolved;
        }
        // Trim the interval to the days that are this weekday.
        chr::weekday const wd{d.weekday.index};
        Day const trimmed_first = first + (wd - chr::weekday{first});
        Day const trimmed_last = on_or_before(last, wd);
        if (trimmed_first > last) {
            if (first == last) {
                return error_at(
                    d.at, begin_,
                    iso(first) + " is a " + weekday_word(chr::weekday{first}) + ", not a " + weekday_word(wd));
            }
            return error_at(d.at, begin_,
                            "there is no " + weekday_word(wd) + " from " + iso(first) + " to " + iso(last));
        }
        return Days{trimmed_first, trimmed_last};
    }

    std::variant<Day, ParseError> published(ast::date const& d, std::string const& what) const {
        if (!context_.published) {
            return error_at(d.at, begin_, "'" + what + "' needs the source's `published` date");
        }
        return Day{*context_.published};
    }

    static char const* unit_word(ast::TimeUnit unit) {
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
            case ast::TimeUnit::year:
                return "year";
        }
        return "day";
    }

    static std::string relative_words(ast::date const& d) {
        auto const& r = d.rel;
        std::string const unit = unit_word(r.unit);
        std::string const thing = d.weekday.index < 7 ? weekday_word(chr::weekday{d.weekday.index}) : unit;
        switch (r.word) {
            case ast::Relation::today:
                return "today";
            case ast::Relation::yesterday:
                return "yesterday";
            case ast::Relation::tomorrow:
                return "tomorrow";
            case ast::Relation::last:
                return "last " + thing;
            case ast::Relation::this_:
                return "this " + thing;
            case ast::Relation::next:
                return "next " + thing;
            case ast::Relation::earlier_this:
                return "earlier this " + unit;
            case ast::Relation::later_this:
                return "later this " + unit;
            case ast::Relation::before:
            case ast::Relation::after: {
                bool const before = r.word == ast::Relation::before;
                if (r.count == 1) {
                    return "the " + unit + (before ? " before" : " after");
                }
                return text::shortest(r.count) + " " + unit + "s " + (before ? "earlier" : "later");
            }
        }
        return unit;
    }

    // The calendar week, month or year around `today`, shifted by `shift` periods.
    static Days calendar_period_of(Day today, ast::TimeUnit unit, int shift) {
        chr::year_month_day const ymd{today};
        switch (unit) {
            case ast::TimeUnit::year: {
                chr::year const y = ymd.year() + chr::years{shift};
                return {Day{y / chr::January / 1}, Day{y / chr::December / 31}};
            }
            case ast::TimeUnit::month: {
                auto const ym = chr::year_month{ymd.year(), ymd.month()} + chr::months{shift};
                return {Day{ym / 1}, month_end(ym.year(), ym.month())};
            }
            case ast::TimeUnit::week: {  // weeks run Monday to Sunday
                Day const monday = on_or_before(today, chr::Monday) + chr::days{7 * shift};
                return {monday, monday + chr::days{6}};
            }
            default:
                break;
        }
        Day const day = today + chr::days{shift};
        return {day, day};
    }

    Interval relative(ast::date const& d) const {
        auto const& r = d.rel;
        auto anchor = published(d, relative_words(d));
        if (auto const* e = std::get_if<ParseError>(&anchor)) {
            return *e;
        }
        Day const today = std::get<Day>(anchor);
        switch (r.word) {
            case ast::Relation::today:
                return Days{today, today};
            case ast::Relation::yesterday:
                return Days{today - chr::days{1}, today - chr::days{1}};
            case ast::Relation::tomorrow:
                return Days{today + chr::days{1}, today + chr::days{1}};
            case ast::Relation::earlier_this:
                return Days{calendar_period_of(today, r.unit, 0).first, today};
            case ast::Relation::later_this:
                return Days{today, calendar_period_of(today, r.unit, 0).second};
            case ast::Relation::last:
            case ast::Relation::this_:
            case ast::Relation::next:
                return relative_period(d, today);
            case ast::Relation::before:
            case ast::Relation::after:
                break;
        }
        return counted(d, today);
    }

    // "last year", "this week"; "last Friday" (the most recent before publication),
    // "this Friday" (in publication's week), "next Monday" (in the week after).
    Interval relative_period(ast::date const& d, Day today) const {
        auto const& r = d.rel;
        int const shift = r.word == ast::Relation::last ? -1 : (r.word == ast::Relation::next ? 1 : 0);
        if (d.weekday.index >= 7) {
            return calendar_period_of(today, r.unit, shift);
        }
        chr::weekday const wd{d.weekday.index};
        if (r.word == ast::Relation::last) {
            Day const day = on_or_before(today - chr::days{1}, wd);
            return Days{day, day};
        }
        Day const monday = on_or_before(today, chr::Monday) + chr::days{7 * shift};
        Day const day = monday + (wd - chr::Monday);
        return Days{day, day};
    }

    // "3 days ago", "a week earlier", "about two weeks earlier" (widened by a tenth).
    Interval counted(ast::date const& d, Day today) const {
        auto const& r = d.rel;
        if (r.count != static_cast<double>(static_cast<int>(r.count)) || r.count < 0 || r.count > 100000) {
            return error_at(d.at, begin_, "a relative date counts whole days, weeks, months or years");
        }
        int const n = static_cast<int>(r.count) * (r.word == ast::Relation::after ? 1 : -1);
        auto const shifted = [&](int k) {
            switch (r.unit) {
                case ast::TimeUnit::week:
                    return today + chr::days{7 * k};
                case ast::TimeUnit::month:
                    return add_months(today, k);
                case ast::TimeUnit::year:
                    return add_months(today, 12 * k);
                default:
                    return today + chr::days{k};
            }
        };
        Day const day = shifted(n);
        if (d.approach != ast::Approach::around) {
            return Days{day, day};
        }
        auto const span = std::abs((day - today).count());
        auto const reach = chr::days{std::max<long>(1, std::lround(static_cast<double>(span) * 0.1))};
        return Days{day - reach, day + reach};
    }

    // ---------------------------------------------------------------- periods

    std::variant<int, ParseError> period_year(ast::date const& d, std::string const& what) const {
        auto const& p = d.per;
        if (p.year >= 0) {
            if (p.short_year) {
                return 2000 + p.year;
            }
            if (p.year == 0) {
                return error_at(p.at, begin_, "there is no year 0; write the year in full");
            }
            return p.year;
        }
        if (!context_.published) {
            return error_at(p.at, begin_, "'" + what + "' needs a year or the source's `published` date");
        }
        return static_cast<int>(context_.published->year());
    }

    Interval period(ast::date const& d) const {
        auto const& p = d.per;
        if (p.kind == ast::PeriodKind::season) {
            return season(d);
        }
        if (p.kind == ast::PeriodKind::in_month) {
            return nearest_month(d);
        }
        static constexpr std::array<char const*, 11> names{"",         "a quarter",
                                                           "a half",   "early in a year",
                                                           "mid-year", "late in a year",
                                                           "a decade", "a fiscal year",
                                                           "months",   "",
                                                           ""};
        auto year_or = period_year(d, names[static_cast<std::size_t>(p.kind)]);
        if (auto const* e = std::get_if<ParseError>(&year_or)) {
            return *e;
        }
        int const year = std::get<int>(year_or);
        if (p.kind == ast::PeriodKind::quarter && (p.index < 1 || p.index > 4)) {
            return error_at(p.at, begin_, fmt::format("there is no quarter {} (Q1 to Q4)", p.index));
        }
        if (p.kind == ast::PeriodKind::half && (p.index < 1 || p.index > 2)) {
            return error_at(p.at, begin_, fmt::format("there is no half {} (H1 or H2)", p.index));
        }
        switch (p.kind) {
            case ast::PeriodKind::quarter:
                return months_of(year, 3 * p.index - 2, 3 * p.index);
            case ast::PeriodKind::half:
                return months_of(year, 6 * p.index - 5, 6 * p.index);
            case ast::PeriodKind::early:
                return months_of(year, 1, 4);
            case ast::PeriodKind::mid:
                return months_of(year, 5, 8);
            case ast::PeriodKind::late:
                return months_of(year, 9, 12);
            case ast::PeriodKind::decade:
                if (year % 10 != 0) {
                    return error_at(
                        p.at, begin_,
                        fmt::format("the {}s are not a decade (a decade starts in a year ending in 0)", year));
                }
                return Days{Day{chr::year{year} / 1 / 1}, Day{chr::year{year + 9} / 12 / 31}};
            case ast::PeriodKind::fiscal_year: {
                unsigned const start = context_.fiscal_year_start;
                if (start <= 1) {
                    return months_of(year, 1, 12);
                }
                return months_of(year - 1, start, start - 1);  // named by the year it ends in
            }
            case ast::PeriodKind::months:
                return month_span(d, year);
            default:
                break;
        }
        return error_at(p.at, begin_, "expected a period");
    }

    // Meteorological seasons of the story's hemisphere: in the north spring is
    // March-May, summer June-August, autumn September-November and winter
    // December-February; the south is six months on. A season that spans two
    // years is named by the year it starts in (northern winter 2025 =
    // December 2025-February 2026).
    Interval season(ast::date const& d) const {
        auto const& p = d.per;
        if (context_.hemisphere == Hemisphere::none) {
            return error_at(p.at, begin_,
                            "a season depends on the hemisphere; set `hemisphere = \"north\"` or \"south\" in "
                            "[story] of story.toml, or name the months (such as 'June-August')");
        }
        auto year_or = period_year(d, "a season");
        if (auto const* e = std::get_if<ParseError>(&year_or)) {
            return *e;
        }
        unsigned const shift = context_.hemisphere == Hemisphere::south ? 6 : 0;
        unsigned const first = (3 * static_cast<unsigned>(p.index) + shift - 1) % 12 + 1;  // spring: 3 or 9
        return months_of(std::get<int>(year_or), first, (first + 1) % 12 + 1);
    }

    // "April-June 2025" (the year is the last month's), "the three months to June".
    Interval month_span(ast::date const& d, int year) const {
        auto const& p = d.per;
        unsigned first = p.first_month;
        if (first == 0) {
            if (p.index < 1 || p.index > 12) {
                return error_at(p.at, begin_, "a span of months counts from 1 to 12");
            }
            first = (p.last_month + 12 - (p.index - 1) - 1) % 12 + 1;
        }
        int const start_year = first > p.last_month ? year - 1 : year;
        return months_of(start_year, first, p.last_month);
    }

    // "in March": the March nearest to publication (docs/grammar.md).
    Interval nearest_month(ast::date const& d) const {
        auto const& p = d.per;
        if (!context_.published) {
            return error_at(p.at, begin_,
                            std::string("'in ") + month_words[p.first_month - 1] +
                                "' needs a year or the source's `published` date");
        }
        Day const today{*context_.published};
        int const py = static_cast<int>(context_.published->year());
        Days best{};
        long best_distance = -1;
        for (int y : {py - 1, py, py + 1}) {
            Days const m = months_of(y, p.first_month, p.first_month);
            long const distance =
                today < m.first ? (m.first - today).count() : (today > m.second ? (today - m.second).count() : 0);
            if (best_distance < 0 || distance < best_distance) {
                best_distance = distance;
                best = m;
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- calendar dates

    // A calendar date with every part known, or an error naming it.
    std::variant<Day, ParseError> make_day(ast::calendar const& c, int year, char const* at) const {
        if (c.month < 1 || c.month > 12) {
            return error_at(at, begin_, "there is no month " + std::to_string(c.month));
        }
        chr::year_month_day const ymd{chr::year{year}, chr::month{c.month}, chr::day{c.day}};
        if (!ymd.ok()) {
            return error_at(c.day_at ? c.day_at : at, begin_,
                            std::string(month_words[c.month - 1]) + " " + std::to_string(c.day) + ", " +
                                std::to_string(year) + " is not a date");
        }
        return Day{ymd};
    }

    // The year of a date written without one ("Jan. 13"): the one that puts
    // it nearest to publication.
    std::variant<int, ParseError> implied_year(ast::date const& d) const {
        if (!context_.published) {
            return error_at(d.at, begin_, "a date without a year needs a year or the source's `published` date");
        }
        Day const anchor{*context_.published};
        int const py = static_cast<int>(context_.published->year());
        int best = py;
        long best_distance = -1;
        for (int y : {py - 1, py, py + 1}) {
            chr::year_month_day const ymd{chr::year{y}, chr::month{d.from.month}, chr::day{std::min(d.from.day, 28U)}};
            long const distance = std::abs((Day{ymd} - anchor).count());
            if (best_distance < 0 || distance < best_distance) {
                best_distance = distance;
                best = y;
            }
        }
        return best;
    }

    std::optional<ParseError> year_zero(ast::calendar const& c) const {
        if (c.year_written && c.year == 0) {
            return error_at(c.at, begin_, "there is no year 0; write the year in full");
        }
        return std::nullopt;
    }

    // A day written as 0 ("January 0"): 0 is also how a date without a day is held.
    std::optional<ParseError> day_zero(ast::calendar const& c) const {
        if (c.day == 0 && c.day_at != nullptr) {
            return error_at(c.day_at, begin_, "there is no day 0");
        }
        return std::nullopt;
    }

    Interval calendar(ast::date const& d) const {
        auto const& f = d.from;
        auto const& t = d.to;
        for (auto const* c : {&f, &t}) {
            if (auto e = year_zero(*c)) {
                return *e;
            }
            if (auto e = day_zero(*c)) {
                return *e;
            }
        }
        if (f.month == 0) {  // "2026", "1910-1945"
            int const last_year = d.is_range ? t.year : f.year;
            if (last_year < f.year) {
                return error_at(d.at, begin_, "the range ends before it starts");
            }
            return Days{Day{chr::year{f.year} / chr::January / 1}, Day{chr::year{last_year} / chr::December / 31}};
        }
        if (f.day == 0) {  // "January 2026"
            if (f.month > 12) {
                return error_at(f.at, begin_, "there is no month " + std::to_string(f.month));
            }
            chr::year const y{f.year};
            return Days{Day{y / chr::month{f.month} / 1}, month_end(y, chr::month{f.month})};
        }
        int year = f.year;
        if (!f.year_written) {
            auto implied = implied_year(d);
            if (auto const* e = std::get_if<ParseError>(&implied)) {
                return *e;
            }
            year = std::get<int>(implied);
        }
        auto first = make_day(f, year, f.at);
        if (auto const* e = std::get_if<ParseError>(&first)) {
            return *e;
        }
        Day last = std::get<Day>(first);
        if (d.is_range && !d.end_time.present) {
            ast::calendar end = t;
            if (end.month == 0) {
                end.month = f.month;
            }
            int const end_year = t.year_written ? t.year : year;
            auto second = make_day(end, end_year, t.at ? t.at : t.day_at);
            if (auto const* e = std::get_if<ParseError>(&second)) {
                return *e;
            }
            last = std::get<Day>(second);
            if (last < std::get<Day>(first)) {
                return error_at(t.day_at ? t.day_at : t.at, begin_, "the range ends before it starts");
            }
        }
        return Days{std::get<Day>(first), last};
    }

    DateContext const& context_;
    char const* begin_;
    Zone story_;
    Zone zone_;
};

// The ASCII word at `p`, lower-cased, and the date word closest to it (both
// empty where no letter starts at `p`).
struct WordAt {
    std::string word;
    std::string closest;
};

WordAt word_at(char const* p, char const* end) {
    char const* word_end = p;
    while (word_end != end && ((*word_end >= 'a' && *word_end <= 'z') || (*word_end >= 'A' && *word_end <= 'Z'))) {
        ++word_end;
    }
    if (word_end == p) {
        return {};
    }
    std::string word = text::lower(std::string_view(p, static_cast<std::size_t>(word_end - p)));
    auto closest = claimcheck::text::closest(word, parser::date_word_names());
    return {std::move(word), std::move(closest)};
}

// "unknown word 'teusday' (did you mean 'tuesday'?)" for a misspelt date word at `p`.
std::optional<ParseError> misspelt_word(char const* begin, char const* p, WordAt const& w) {
    if (w.closest.empty() || w.closest == w.word) {
        return std::nullopt;
    }
    return error_at(p, begin, "unknown word '" + w.word + "'" + claimcheck::text::did_you_mean(w.closest));
}

// Explains why no date starts at `p`: a misspelt date word is named as such.
ParseError explain_start(char const* begin, char const* p, char const* end) {
    if (p == end) {
        return error_at(p, begin, "expected a date, found an empty value");
    }
    auto const w = word_at(p, end);
    if (w.word.empty()) {
        return error_at(p, begin, "expected a date");
    }
    if (auto misspelt = misspelt_word(begin, p, w)) {
        return *misspelt;
    }
    if (!w.closest.empty()) {
        return error_at(p, begin, "expected a date after '" + w.word + "'");
    }
    return error_at(p, begin, "expected a date, found '" + w.word + "'");
}

// Names a misspelt word at or after a failed expectation, else the expectation.
ParseError explain_expectation(char const* begin, char const* where, char const* end, std::string const& which) {
    for (char const* p = where; p != end; ++p) {
        bool const starts_word = (p == where || !text::is_ascii_letter(p[-1])) && text::is_ascii_letter(*p);
        if (starts_word) {
            if (auto misspelt = misspelt_word(begin, p, word_at(p, end))) {
                return *misspelt;
            }
        }
    }
    return detail::expected(begin, where, end, which);
}

}  // namespace

namespace detail {

std::variant<DateValue, ParseError> to_date(ast::date const& tree, DateContext const& context, char const* begin) {
    return Converter{context, begin}(tree);
}

}  // namespace detail

std::variant<DateValue, ParseError> parse_date(std::string_view value, DateContext context) {
    return detail::parse_value<ast::date, DateValue>(
        value, parser::date_value(),
        [&](ast::date const& tree, char const* begin) { return detail::to_date(tree, context, begin); }, explain_start,
        explain_expectation);
}

}  // namespace claimcheck::grammar
