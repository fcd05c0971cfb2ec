#include "judge.hpp"

#include <chrono>
#include <cmath>
#include <fmt/format.h>

namespace claimcheck::peer {

namespace {

using grammar::Qualifier;
using namespace std::chrono;

bool near(double got, double want, double tolerance) {
    return std::fabs(got - want) <= tolerance * std::max(1.0, std::fabs(want));
}

bool in_reading(const grammar::Quantity& q, const Expected& e, const UnitReading& u) {
    if (q.dimension != u.dimension || (!u.currency.empty() && q.currency != u.currency)) {
        return false;
    }
    const double low = u.offset + u.factor * e.low;
    const double high = u.offset + u.factor * e.high;
    switch (e.shape) {
        case Shape::point:
            return (q.qualifier == Qualifier::none || q.qualifier == Qualifier::approx) &&
                   near(q.number, low, e.tolerance);
        case Shape::range:
            return q.qualifier == Qualifier::range && near(q.number, low, e.tolerance) &&
                   near(q.number_high, high, e.tolerance);
        case Shape::below:
            return (q.qualifier == Qualifier::fewer_than || q.qualifier == Qualifier::at_most) &&
                   near(q.number, low, e.tolerance);
        case Shape::above:
            return (q.qualifier == Qualifier::more_than || q.qualifier == Qualifier::at_least) &&
                   near(q.number, low, e.tolerance);
        default:
            return false;
    }
}

std::string shown(grammar::Instant at) {
    if (at == grammar::Instant::min()) {
        return "-inf";
    }
    if (at == grammar::Instant::max()) {
        return "+inf";
    }
    // From the day and the seconds in it: fmt's chrono formatting goes through
    // nanoseconds, which overflow before the year 1678 ("in 14 a.d.").
    const auto day = std::chrono::floor<std::chrono::days>(at);
    const std::chrono::year_month_day ymd{day};
    const std::chrono::hh_mm_ss time{at - day};
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", int{ymd.year()}, unsigned{ymd.month()},
                       unsigned{ymd.day()}, time.hours().count(), time.minutes().count(), time.seconds().count());
}

// A clock time is right when it lies in the expected grain and starts it
// ("3pm" is 15:00-15:01, Duckling's hour is 15:00-16:00).
bool date_right(const grammar::DateValue& d, const Expected& e) {
    switch (e.shape) {
        case Shape::instant:
            return e.clock ? d.begin <= e.begin && e.begin < d.end && d.end <= e.end
                           : d.begin == e.begin && d.end == e.end;
        case Shape::interval:
            return d.begin == e.begin &&
                   (d.end == e.end || (e.clock && d.end > e.begin && d.end <= e.end && e.end - d.end <= hours{1}));
        case Shape::after:
            return d.begin == e.begin && d.end == grammar::Instant::max();
        case Shape::before:
            return d.end == e.begin && d.begin == grammar::Instant::min();
        default:
            return false;
    }
}

// The phrase read under a topic in `topic_unit` (empty: none), judged
// against the readings that `topic_unit` is right for.
Judged judge_under(const std::string& phrase, const Expected& expected, const std::string& topic_unit) {
    auto read = grammar::parse_quantity(phrase, grammar::options_under(topic_unit));
    if (const auto* error = std::get_if<grammar::ParseError>(&read)) {
        return {Outcome::refused, error->message};
    }
    const auto& q = std::get<grammar::Quantity>(read);
    const std::string got = fmt::format("{} ({}{})", q.canonical, grammar::dimension_name(q.dimension),
                                        q.currency.empty() ? "" : " " + q.currency);
    for (const auto& reading : expected.readings) {
        if (reading.topic == topic_unit && in_reading(q, expected, reading)) {
            return {Outcome::right, got};
        }
    }
    return {Outcome::misread, got};
}

}  // namespace

// Read as a claim without a topic; where Duckling's unit names no scale or
// currency ("45 degrees", "10 cents"), as a claim under a topic that gives
// one, which is how claimcheck reads them (tests/peer/duckling_units.tsv).
Judged judge_quantity(const std::string& phrase, const Expected& expected) {
    Judged judged = judge_under(phrase, expected, {});
    for (const auto& reading : expected.readings) {
        if (judged.outcome != Outcome::right && !reading.topic.empty()) {
            Judged under = judge_under(phrase, expected, reading.topic);
            if (under.outcome != Outcome::refused || judged.outcome == Outcome::refused) {
                judged = std::move(under);
            }
        }
    }
    return judged;
}

Judged judge_date(const std::string& phrase, const Expected& expected) {
    grammar::DateContext context;
    context.published = year_month_day{2013y / February / 12d};
    context.published_at = grammar::Instant{sys_days{2013y / February / 12d}} + hours{6} + minutes{30};
    context.timezone = "Etc/GMT+2";  // UTC-02:00, Duckling's reference offset
    auto read = grammar::parse_date(phrase, context);
    if (const auto* error = std::get_if<grammar::ParseError>(&read)) {
        return {Outcome::refused, error->message};
    }
    const auto& d = std::get<grammar::DateValue>(read);
    const std::string got = fmt::format("{} [{}, {})", d.canonical, shown(d.begin), shown(d.end));
    // A time without its day is that time on any day near the story
    // (docs/grammar.md, "Times without a day"): right when one of its
    // placements is Duckling's.
    for (const auto& placed : grammar::placements(d)) {
        if (date_right(placed, expected)) {
            return {Outcome::right, got};
        }
    }
    return {Outcome::misread, got};
}

bool scanned_right(const grammar::Quantity& found, double value, std::optional<grammar::Dimension> dimension,
                   std::optional<double> uncertainty) {
    if (dimension && found.dimension != *dimension) {
        return false;
    }
    if (uncertainty) {
        return found.qualifier == Qualifier::range && (near((found.written + found.written_high) / 2, value, 1e-6) ||
                                                       near((found.number + found.number_high) / 2, value, 1e-6));
    }
    // A dimensionless fraction ("two thirds", 0.667) is a share in percent.
    const bool share = !dimension.has_value() || *dimension == grammar::Dimension::count;
    return near(found.written, value, 1e-6) || near(found.number, value, 1e-6) ||
           (share && found.dimension == grammar::Dimension::percent && near(found.number, 100 * value, 1e-6));
}

}  // namespace claimcheck::peer
