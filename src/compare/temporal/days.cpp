// §6.2 temporal, whole days: a DateValue written as whole days in one zone
// allows the days [first, last], intersected with a weekday when one is
// named; two such values compare as sets of days.
#include "compare/temporal/internal.hpp"

#include "util/calendar.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace claimcheck::compare::temporal {

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

}  // namespace

std::string weekday_name(unsigned encoding) {
    return std::string(calendar::weekday_name(weekday{encoding}));
}

std::string describe_days(const grammar::DateValue& date) {
    return describe(day_set(date));
}

std::optional<PairVerdict> compare_days(const ValueGroup& a, const ValueGroup& b) {
    const DaySet x = day_set(std::get<grammar::DateValue>(a.first->value));
    const DaySet y = day_set(std::get<grammar::DateValue>(b.first->value));
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

}  // namespace claimcheck::compare::temporal
