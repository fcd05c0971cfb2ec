// §6.2 temporal: date claims as sets of instants.
//
// A DateValue allows the instants of [begin, end) on the UTC time line,
// intersected with the local days of a weekday when one is named. Two values
// written as whole days in one zone compare as sets of days (first, last);
// any other pair (a time of day, a part of a day, an open end, two zones)
// compares as instants. Verdicts, worst first (see docs/engine.md):
//   conflict (error)  partial-overlap (warning)  compatible-precision (note)
#include "util/calendar.hpp"
#include "compare/engine.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace claimcheck::compare {

namespace {

using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::weekday;

// Days since 1970-01-01; unbounded ends are clamped far away (about ±27,000
// years), which keeps weekday arithmetic in range.
using DayNumber = long long;
constexpr DayNumber far_past = -10'000'000;
constexpr DayNumber far_future = 10'000'000;

DayNumber day_number(sys_days day) {
    return std::clamp<DayNumber>(day.time_since_epoch().count(), far_past, far_future);
}

sys_days to_day(DayNumber n) {
    return sys_days{days{n}};
}

unsigned weekday_of(DayNumber n) {
    return weekday{to_day(n)}.c_encoding();
}

std::string weekday_name(unsigned encoding) {
    return std::string(calendar::weekday_name(weekday{encoding}));
}

std::string iso(DayNumber n) {
    return calendar::iso_date(to_day(n));
}

// A day set in normal form: when a weekday is named, both ends fall on it;
// a single day carries no weekday; first > last is the empty set.
struct DaySet {
    DayNumber first = 0;
    DayNumber last = -1;
    std::optional<unsigned> weekday;  // c_encoding: 0 = Sunday

    bool empty() const { return first > last; }
    bool single() const { return first == last; }
    bool unbounded() const { return first <= far_past || last >= far_future; }
    DayNumber size() const {
        if (empty()) {
            return 0;
        }
        return weekday ? (last - first) / 7 + 1 : last - first + 1;
    }
};

DaySet normalise(DayNumber first, DayNumber last, std::optional<unsigned> day_of_week) {
    DaySet out{first, last, day_of_week};
    if (day_of_week) {
        while (out.first <= out.last && weekday_of(out.first) != *day_of_week) {
            ++out.first;
        }
        while (out.last >= out.first && weekday_of(out.last) != *day_of_week) {
            --out.last;
        }
    }
    if (out.single()) {
        out.weekday.reset();
    }
    return out;
}

DaySet day_set(const grammar::DateValue& date) {
    DayNumber first = day_number(date.first);
    DayNumber last = day_number(date.last);
    if (!date.bounded) {
        first = far_past;
        last = far_future;
    }
    std::optional<unsigned> day_of_week;
    if (date.weekday) {
        day_of_week = date.weekday->c_encoding();
    }
    return normalise(first, last, day_of_week);
}

DaySet intersect(const DaySet& a, const DaySet& b) {
    if (a.empty() || b.empty()) {
        return {};
    }
    const DayNumber first = std::max(a.first, b.first);
    const DayNumber last = std::min(a.last, b.last);
    std::optional<unsigned> day_of_week = a.weekday ? a.weekday : b.weekday;
    if (a.weekday && b.weekday && *a.weekday != *b.weekday) {
        return {};
    }
    // A single day keeps its own weekday in mind through its position.
    if (a.single() && b.weekday && weekday_of(a.first) != *b.weekday) {
        return {};
    }
    if (b.single() && a.weekday && weekday_of(b.first) != *a.weekday) {
        return {};
    }
    return normalise(first, last, day_of_week);
}

bool equal(const DaySet& a, const DaySet& b) {
    return a.first == b.first && a.last == b.last && a.weekday == b.weekday;
}

bool subset(const DaySet& inner, const DaySet& outer) {
    const DaySet both = intersect(inner, outer);
    return both.size() == inner.size();
}

std::string describe(const DaySet& set) {
    if (set.empty()) {
        return "no day";
    }
    std::string range;
    if (set.unbounded()) {
        range = "";
    } else if (set.single()) {
        return iso(set.first);
    } else {
        range = fmt::format("{}/{}", iso(set.first), iso(set.last));
    }
    if (set.weekday) {
        return range.empty() ? weekday_name(*set.weekday)
                             : fmt::format("a {} in {}", weekday_name(*set.weekday), range);
    }
    return range.empty() ? "any day" : range;
}

std::string text_of(const ValueGroup& group) {
    const auto& date = std::get<grammar::DateValue>(group.first->value);
    if (!date.zone.empty()) {
        return date.canonical;
    }
    const std::string& text = !date.canonical.empty() ? date.canonical : group.first->value_text;
    const std::string normal = describe(day_set(date));
    if (text.empty()) {
        return normal;
    }
    if (text.find(normal) != std::string::npos) {
        return text;
    }
    return fmt::format("{} ({})", text, normal);
}

// "2026-01-19 is a Monday": why a weekday and a date (or range) miss each other.
// `named` is the weekday the wording names (also when it pins down one day).
std::string weekday_reason(std::optional<unsigned> named, const DaySet& other) {
    if (!named || other.empty()) {
        return {};
    }
    if (other.single()) {
        if (weekday_of(other.first) == *named) {
            return {};
        }
        return fmt::format("{} is a {}, not a {}", iso(other.first), weekday_name(weekday_of(other.first)),
                           weekday_name(*named));
    }
    if (!other.weekday && other.size() < 7 && !other.unbounded()) {
        for (DayNumber n = other.first; n <= other.last; ++n) {
            if (weekday_of(n) == *named) {
                return {};
            }
        }
        return fmt::format("{} has no {}", describe(other), weekday_name(*named));
    }
    return {};
}

std::optional<unsigned> named_weekday(const ValueGroup& group) {
    const auto& date = std::get<grammar::DateValue>(group.first->value);
    if (!date.weekday) {
        return std::nullopt;
    }
    return date.weekday->c_encoding();
}

// ---------------------------------------------------------------- instants

using grammar::DatePrecision;
using grammar::Instant;

// Whole days in one zone, no open end: the day-set rules above apply.
bool whole_days(const grammar::DateValue& a, const grammar::DateValue& b) {
    const auto closed = [](const grammar::DateValue& d) {
        return d.precision == DatePrecision::day &&
               (d.bounded || (d.first == grammar::Day::min() && d.last == grammar::Day::max()));
    };
    return closed(a) && closed(b) && a.zone == b.zone;
}

std::string story_zone(const Context& context) {
    return context.story != nullptr ? context.story->timezone : std::string{};
}

// "2025-04-10 04:10 Asia/Seoul (19:10 UTC the day before)", "2025-04-01/2025-06-30", "since 1999-01-01"
std::string describe_instants(const grammar::DateValue& d, const std::string& zone) {
    const std::string shown = zone.empty() ? d.zone : zone;
    if (d.begin == Instant::min() && d.end == Instant::max()) {
        return d.weekday ? weekday_name(d.weekday->c_encoding()) : "any time";
    }
    if (d.begin == Instant::min()) {
        return "until " + grammar::describe_instant(d.end, shown);
    }
    if (d.end == Instant::max()) {
        return "since " + grammar::describe_instant(d.begin, shown);
    }
    if (d.end - d.begin <= std::chrono::minutes{1}) {
        return grammar::describe_instant(d.begin, shown);
    }
    return fmt::format("{} to {}", grammar::describe_instant(d.begin, shown), grammar::describe_instant(d.end, shown));
}

std::string instant_text(const ValueGroup& group, const std::string& zone) {
    const auto& date = std::get<grammar::DateValue>(group.first->value);
    const std::string& text = !date.canonical.empty() ? date.canonical : group.first->value_text;
    if (text.empty() || date.precision != DatePrecision::day) {
        return describe_instants(date, zone);
    }
    return text;
}

// Does [begin, end) hold an instant on `named` in `zone`'s local days?
bool holds_weekday(Instant begin, Instant end, unsigned named, const std::string& zone) {
    if (begin == Instant::min() || end == Instant::max() || end - begin >= std::chrono::days{7}) {
        return true;
    }
    const auto local_day = [&](Instant t) { return std::chrono::floor<days>(t + grammar::zone_offset(zone, t)); };
    for (sys_days day = local_day(begin); day <= local_day(end - std::chrono::seconds{1}); day += days{1}) {
        if (weekday{day}.c_encoding() == named) {
            return true;
        }
    }
    return false;
}

// "9 hours", "45 minutes", "2 h 05 min"
// Does every instant of [begin, end) fall on `named` in `zone`'s local days?
bool all_on_weekday(Instant begin, Instant end, unsigned named, const std::string& zone) {
    if (begin == Instant::min() || end == Instant::max() || end - begin > std::chrono::days{1}) {
        return false;
    }
    const auto local_day = [&](Instant t) { return std::chrono::floor<days>(t + grammar::zone_offset(zone, t)); };
    return weekday{local_day(begin)}.c_encoding() == named &&
           weekday{local_day(end - std::chrono::seconds{1})}.c_encoding() == named;
}

// The weekday that narrows a value spanning several days (one day carries its own).
std::optional<unsigned> residual_weekday(const grammar::DateValue& d) {
    if (!d.weekday || (d.bounded && d.first == d.last)) {
        return std::nullopt;
    }
    return d.weekday->c_encoding();
}

// Is `inner` inside `outer`, weekday included?
bool inside(const grammar::DateValue& inner, const grammar::DateValue& outer) {
    if (inner.begin < outer.begin || inner.end > outer.end) {
        return false;
    }
    const auto wd = residual_weekday(outer);
    return !wd || residual_weekday(inner) == wd || all_on_weekday(inner.begin, inner.end, *wd, outer.zone);
}

std::string hours_text(std::chrono::seconds gap) {
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(gap).count();
    if (minutes < 60) {
        return fmt::format("{} minute{}", minutes, minutes == 1 ? "" : "s");
    }
    if (minutes % 60 == 0) {
        return fmt::format("{} hour{}", minutes / 60, minutes == 60 ? "" : "s");
    }
    return fmt::format("{} h {:02} min", minutes / 60, minutes % 60);
}

struct Gap {
    std::string reason;   // "9 hours apart: the offset of Asia/Tokyo from UTC (+9) — was it applied twice?"
    bool offset = false;  // the gap is a zone's offset or the difference of two zones
};

Gap gap_reason(const grammar::DateValue& a, const grammar::DateValue& b, const std::string& story) {
    const auto minute = std::chrono::minutes{1};
    // begin + 1 min, not end - begin: an unbounded begin is the time line's minimum.
    const bool points = a.begin + minute == a.end && b.begin + minute == b.end;
    const std::chrono::seconds gap = points ? (a.begin < b.begin ? b.begin - a.begin : a.begin - b.begin)
                                            : (a.end <= b.begin ? b.begin - a.end : a.begin - b.end);
    if (gap >= std::chrono::hours{48}) {
        const auto n = std::chrono::duration_cast<days>(gap).count();
        return Gap{fmt::format("they are {} day{} apart", n, n == 1 ? "" : "s")};
    }
    std::string out = fmt::format("{} apart", hours_text(gap));
    if (gap.count() == 0 || gap.count() % 3600 != 0) {
        return Gap{out};
    }
    for (const std::string& zone : {a.zone, b.zone, story}) {
        const auto offset = grammar::zone_offset(zone, a.begin);
        if (!zone.empty() && (offset == gap || -offset == gap)) {
            return Gap{out + fmt::format(": the offset of {} from UTC ({:+}) — was it applied twice?", zone,
                                         std::chrono::duration_cast<std::chrono::hours>(offset).count()),
                       true};
        }
    }
    const auto between = grammar::zone_offset(a.zone, a.begin) - grammar::zone_offset(b.zone, b.begin);
    if (!a.zone.empty() && !b.zone.empty() && (between == gap || -between == gap)) {
        return Gap{
            out + fmt::format(": the difference between {} and {} — was one read in the other's zone?", a.zone, b.zone),
            true};
    }
    return Gap{out};
}

// A value whose edges are a convention, not a fact: a part of a day ("late
// Monday", "early Tuesday") or an approximate time ("about 9 a.m.", "just
// after midnight": a window wider than its minute).
bool vague_edges(const grammar::DateValue& d) {
    return d.precision == DatePrecision::part_of_day ||
           (d.precision == DatePrecision::minute && d.end - d.begin > std::chrono::minutes{1});
}

// Two values that meet end to start ("late Monday" and "early Tuesday" at
// midnight) where one has vague edges: adjacent, never "0 minutes apart".
std::optional<PairVerdict> adjacent(const grammar::DateValue& a, const grammar::DateValue& b, const std::string& ta,
                                    const std::string& tb, const std::string& zone) {
    const bool meet = a.end == b.begin || b.end == a.begin;
    if (!meet || !(vague_edges(a) || vague_edges(b)) || residual_weekday(a) || residual_weekday(b)) {
        return std::nullopt;
    }
    const std::string at = grammar::describe_instant(a.end == b.begin ? a.end : b.end, zone);
    return PairVerdict{Verdict::compatible_precision,
                       fmt::format("{} and {} are adjacent: they meet at {}, and parts of a day and approximate "
                                   "times have no sharp edges",
                                   ta, tb, at),
                       fmt::format("consistent if it happened at about {}", at), ""};
}

std::optional<PairVerdict> compare_instants(const ValueGroup& ga, const ValueGroup& gb, const Context& context) {
    const auto& a = std::get<grammar::DateValue>(ga.first->value);
    const auto& b = std::get<grammar::DateValue>(gb.first->value);
    if (a.begin == b.begin && a.end == b.end && residual_weekday(a) == residual_weekday(b)) {
        return std::nullopt;
    }
    const std::string zone = story_zone(context);
    const std::string ta = instant_text(ga, zone);
    const std::string tb = instant_text(gb, zone);
    const Instant begin = std::max(a.begin, b.begin);
    const Instant end = std::min(a.end, b.end);
    std::string reason;
    if (begin < end) {
        for (const auto* d : {&a, &b}) {
            if (const auto wd = residual_weekday(*d); wd && !holds_weekday(begin, end, *wd, d->zone)) {
                reason = fmt::format("no instant of it falls on a {}", weekday_name(*wd));
            }
        }
    }
    if (begin >= end && reason.empty()) {
        if (auto touching = adjacent(a, b, ta, tb, zone)) {
            return touching;
        }
    }
    if (begin >= end || !reason.empty()) {
        Gap gap{reason};
        if (reason.empty()) {
            gap = gap_reason(a, b, zone);
        }
        return PairVerdict{gap.offset ? Verdict::offset_twice : Verdict::temporal_conflict,
                           fmt::format("{} and {} share no instant: {}", ta, tb, gap.reason), "", ""};
    }
    const bool a_inside = inside(a, b);
    const bool b_inside = inside(b, a);
    if (a_inside || b_inside) {
        const std::string& precise = a_inside ? ta : tb;
        const std::string& broad = a_inside ? tb : ta;
        return PairVerdict{Verdict::compatible_precision, fmt::format("{} lies within {}", precise, broad),
                           fmt::format("same time if {} is the less precise wording", broad), ""};
    }
    grammar::DateValue common = a;
    common.begin = begin;
    common.end = end;
    return PairVerdict{
        Verdict::partial_overlap,
        fmt::format("{} and {} overlap only in part (common: {})", ta, tb, describe_instants(common, zone)),
        fmt::format("consistent if the event fell in {}", describe_instants(common, zone)), ""};
}

}  // namespace

std::string temporal_key(const grammar::DateValue& date) {
    const bool whole = date.precision == DatePrecision::day &&
                       (date.bounded || (date.first == grammar::Day::min() && date.last == grammar::Day::max()));
    if (whole) {
        const std::string days_key = describe(day_set(date));
        return date.zone.empty() ? days_key : days_key + " " + date.zone;
    }
    const auto point = [](Instant t) {
        if (t == Instant::min() || t == Instant::max()) {
            return std::string(t == Instant::min() ? "-inf" : "+inf");
        }
        return grammar::describe_instant(t, "");
    };
    return fmt::format("{}/{}", point(date.begin), point(date.end));
}

std::string temporal_display(const grammar::DateValue& date, const std::string& zone) {
    if (date.precision == DatePrecision::day) {
        return date.canonical;
    }
    return describe_instants(date, zone);
}

std::optional<PairVerdict> compare_temporal(const ValueGroup& a, const ValueGroup& b, const Context& context) {
    const auto& da = std::get<grammar::DateValue>(a.first->value);
    const auto& db = std::get<grammar::DateValue>(b.first->value);
    if (!whole_days(da, db)) {
        return compare_instants(a, b, context);
    }
    const DaySet x = day_set(da);
    const DaySet y = day_set(db);
    if (equal(x, y)) {
        return std::nullopt;
    }
    const std::string tx = text_of(a);
    const std::string ty = text_of(b);
    const DaySet both = intersect(x, y);
    if (both.empty()) {
        std::string reason = weekday_reason(named_weekday(a), y);
        if (reason.empty()) {
            reason = weekday_reason(named_weekday(b), x);
        }
        if (reason.empty() && x.weekday && y.weekday) {
            reason = fmt::format("a {} is never a {}", weekday_name(*x.weekday), weekday_name(*y.weekday));
        }
        if (reason.empty() && !x.unbounded() && !y.unbounded()) {
            const DayNumber gap = x.last < y.first ? y.first - x.last : x.first - y.last;
            reason = fmt::format("they are {} day{} apart", gap, gap == 1 ? "" : "s");
        }
        return PairVerdict{Verdict::temporal_conflict,
                           fmt::format("{} and {} share no day{}{}", tx, ty, reason.empty() ? "" : ": ", reason), "",
                           ""};
    }
    if (subset(x, y) || subset(y, x)) {
        const bool x_inside = subset(x, y);
        const std::string& precise = x_inside ? tx : ty;
        const std::string& broad = x_inside ? ty : tx;
        return PairVerdict{Verdict::compatible_precision, fmt::format("{} lies within {}", precise, broad),
                           fmt::format("same date if {} is the less precise wording of {}", broad, describe(both)), ""};
    }
    return PairVerdict{Verdict::partial_overlap,
                       fmt::format("{} and {} overlap only in part (common: {})", tx, ty, describe(both)),
                       fmt::format("consistent if the event fell on {}", describe(both)), ""};
}

}  // namespace claimcheck::compare
