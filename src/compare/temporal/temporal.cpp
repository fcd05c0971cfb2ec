// §6.2 temporal: date claims as sets of instants, the family's entry points.
// Two values written as whole days in one zone compare as sets of days
// (days.cpp); any other pair (a time of day, a part of a day, an open end, two
// zones) compares as instants (instants.cpp). Its verdicts are the temporal
// rows of `verdict_table` (src/model/verdict.hpp).
#include "compare/temporal/internal.hpp"

#include <fmt/format.h>

namespace claimcheck::compare {

namespace {

using grammar::DatePrecision;
using grammar::Instant;

// Written as whole days, with no open end unless both ends are open.
bool whole_days(const grammar::DateValue& d) {
    return d.precision == DatePrecision::day &&
           (d.bounded || (d.first == grammar::Day::min() && d.last == grammar::Day::max()));
}

}  // namespace

std::string temporal_key(const grammar::DateValue& date) {
    if (whole_days(date)) {
        const std::string days_key = temporal::describe_days(date);
        return date.zone.empty() ? days_key : days_key + " " + date.zone;
    }
    const auto point = [](Instant t) {
        if (t == Instant::min() || t == Instant::max()) {
            return std::string(t == Instant::min() ? "-inf" : "+inf");
        }
        return grammar::describe_instant(t, "");
    };
    // A time without its day keys as read: with a claim at that instant on that day.
    return fmt::format("{}/{}", point(date.begin), point(date.end));
}

std::string temporal_display(const grammar::DateValue& date, const std::string& zone) {
    if (date.precision == DatePrecision::day) {
        return date.canonical;
    }
    return temporal::describe_instants(date, zone);
}

std::optional<PairVerdict> compare_temporal(const ValueGroup& a, const ValueGroup& b, const Context& context) {
    const auto& da = std::get<grammar::DateValue>(a.first->value);
    const auto& db = std::get<grammar::DateValue>(b.first->value);
    if (whole_days(da) && whole_days(db) && da.zone == db.zone) {
        return temporal::compare_days(a, b);
    }
    return temporal::compare_instants(a, b, context);
}

}  // namespace claimcheck::compare
