// §6.2 temporal, instants: a DateValue allows the instants of [begin, end)
// on the UTC time line, intersected with the local days of a weekday when one
// is named. Every pair that is not two whole-day values in one zone (a time
// of day, a part of a day, an open end, two zones) compares here.
#include "compare/temporal/internal.hpp"

#include <fmt/format.h>

#include "util/calendar.hpp"

namespace claimcheck::compare::temporal {

namespace {

using grammar::DatePrecision;
using grammar::Instant;
using std::chrono::days;
using std::chrono::sys_days;
using std::chrono::weekday;

std::string story_zone(const Context& context) {
    return context.story != nullptr ? context.story->timezone : std::string{};
}

}  // namespace

// "2025-04-10 04:10 Asia/Seoul (19:10 UTC the day before)", "2025-04-01/2025-06-30", "since 1999-01-01"
std::string describe_instants(const grammar::DateValue& d, const std::string& zone) {
    const std::string shown = zone.empty() ? d.zone : zone;
    if (d.day_unstated) {  // "10:30 UTC, day not written"
        const std::string from = grammar::describe_instant(d.begin, shown, false);
        if (d.end - d.begin <= std::chrono::minutes{1}) {
            return from + ", day not written";
        }
        return fmt::format("{} to {}, day not written", from, grammar::describe_instant(d.end, shown, false));
    }
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

namespace {

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

// "9 hours", "45 minutes", "2 h 05 min"
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

// Two values on the time line, as `ta` and `tb` name them to the reader.
std::optional<PairVerdict> compare_values(const grammar::DateValue& a, const grammar::DateValue& b,
                                          const std::string& ta, const std::string& tb, const std::string& zone) {
    if (a.begin == b.begin && a.end == b.end && residual_weekday(a) == residual_weekday(b)) {
        return std::nullopt;
    }
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

// How far apart two intervals are (zero when they meet or overlap).
std::chrono::seconds distance(const grammar::DateValue& a, const grammar::DateValue& b) {
    if (a.end <= b.begin) {
        return b.begin - a.end;
    }
    if (b.end <= a.begin) {
        return a.begin - b.end;
    }
    return std::chrono::seconds{0};
}

// A placement of a time written without its day, for the reader, with the
// day it was taken as: "10:30 UTC, day not written, taken as 2025-04-08".
std::string placed_text(const grammar::DateValue& placed, const std::string& zone) {
    const std::string shown = zone.empty() ? placed.zone : zone;
    grammar::DateValue unstated = placed;
    unstated.day_unstated = true;
    return fmt::format("{}, taken as {}", describe_instants(unstated, zone),
                       calendar::iso_date(grammar::local_day(shown, placed.begin)));
}

// A time written without its day agrees with any claim at that instant on a
// day near the story: each placement is compared, and the closest reading
// is the finding (none when one agrees).
std::optional<PairVerdict> compare_placed(const ValueGroup& ga, const ValueGroup& gb, const std::string& zone) {
    const auto& a = std::get<grammar::DateValue>(ga.first->value);
    const auto& b = std::get<grammar::DateValue>(gb.first->value);
    const auto rank = [](const std::optional<PairVerdict>& v) {
        if (!v) {
            return 0;
        }
        return v->verdict == Verdict::compatible_precision ? 1 : (v->verdict == Verdict::partial_overlap ? 2 : 3);
    };
    std::optional<PairVerdict> best;
    int best_rank = 4;
    std::chrono::seconds best_gap{0};
    for (const auto& pa : grammar::placements(a)) {
        const std::string ta = a.day_unstated ? placed_text(pa, zone) : instant_text(ga, zone);
        for (const auto& pb : grammar::placements(b)) {
            const std::string tb = b.day_unstated ? placed_text(pb, zone) : instant_text(gb, zone);
            auto verdict = compare_values(pa, pb, ta, tb, zone);
            const int r = rank(verdict);
            if (r == 0) {
                return std::nullopt;
            }
            const auto gap = distance(pa, pb);
            if (r < best_rank || (r == best_rank && gap < best_gap)) {
                best = std::move(verdict);
                best_rank = r;
                best_gap = gap;
            }
        }
    }
    return best;
}

}  // namespace

std::optional<PairVerdict> compare_instants(const ValueGroup& ga, const ValueGroup& gb, const Context& context) {
    const auto& a = std::get<grammar::DateValue>(ga.first->value);
    const auto& b = std::get<grammar::DateValue>(gb.first->value);
    const std::string zone = story_zone(context);
    if (a.day_unstated || b.day_unstated) {
        return compare_placed(ga, gb, zone);
    }
    return compare_values(a, b, instant_text(ga, zone), instant_text(gb, zone), zone);
}

}  // namespace claimcheck::compare::temporal
