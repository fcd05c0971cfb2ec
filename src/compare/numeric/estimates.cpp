// §6.1 numeric with estimates (docs/engine.md "Estimates"): an estimate with
// an interval against another figure: the point reported as a plain count, a
// bound of the interval reported as the figure, or the same point with
// another interval. Only values the grammar marked as estimates come here.
#include "compare/numeric/internal.hpp"

#include <fmt/format.h>

namespace claimcheck::compare::numeric {

using grammar::Qualifier;
using grammar::Quantity;

namespace {

// A figure of `q` in `side`'s unit, with "%" for a percentage: "52", "48%", "$20 million".
std::string figure(const Quantity& q, const Side& side, double value) {
    return shown(side, value) + (side.display == nullptr && q.percent ? "%" : "");
}

// "95% CI 20–87", "range 20–87", "±200 (4,400–4,800)", in `side`'s unit.
std::string interval_text(const Quantity& q, const Side& side) {
    const Interval interval{*q.interval_low, *q.interval_high, true, true};
    const std::string span = describe_with(interval, [&](double v) { return figure(q, side, v); });
    switch (q.interval) {
        case grammar::IntervalKind::confidence:
            return fmt::format("{}CI {}", q.confidence > 0 ? format_number(q.confidence) + "% " : "", span);
        case grammar::IntervalKind::range:
            return "range " + span;
        default:
            break;
    }
    if (q.margin_relative > 0) {
        return fmt::format("\xC2\xB1{}%: {}", format_number(q.margin_relative), span);
    }
    const std::string margin =
        q.percent
            ? format_number(q.margin) + " percentage points"
            : (side.display != nullptr ? in_unit(q.margin + side.display->offset, *side.display) : amount(q.margin));
    return fmt::format("\xC2\xB1{}: {}", margin, span);
}

PairVerdict interval_mismatch(const Side& a, const Side& b) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    const bool levels = x.confidence > 0 && y.confidence > 0 && x.confidence != y.confidence;
    return PairVerdict{Verdict::interval_mismatch,
                       fmt::format("the same estimate {} with different intervals: {} vs {}", figure(x, a, x.number),
                                   interval_text(x, a), interval_text(y, a)),
                       levels
                           ? fmt::format("consistent if both are intervals of one estimate, at {}% and {}% confidence",
                                         format_number(x.confidence), format_number(y.confidence))
                           : std::string(),
                       ""};
}

// `plain`, an unqualified figure, against the estimate `estimate`: its point
// or one of its bounds within `plain`'s rounding window. A figure rounded
// more coarsely than the interval is wide ("100" against 20–87) tells
// neither apart and keeps the usual rules; so does a figure outside the
// interval that rounds to the point ("5,000" against 4,600 ± 200).
std::optional<PairVerdict> plain_against_estimate(const Side& estimate, const Side& plain, const Side& a) {
    const Quantity& e = *estimate.q;
    const Interval window = point_or_window(*plain.q);
    if (!(window.high - window.low < *e.interval_high - *e.interval_low)) {
        return std::nullopt;
    }
    const Interval interval{*e.interval_low, *e.interval_high, true, true};
    if (window.contains(e.number) && interval.contains(plain.q->number)) {
        return PairVerdict{Verdict::estimate_as_count,
                           fmt::format("{} is an estimate ({}); {} gives it as a plain count", figure(e, a, e.number),
                                       interval_text(e, a), plain.text),
                           fmt::format("consistent if {} is read as the estimate, not a count", plain.text), ""};
    }
    for (const bool upper : {false, true}) {
        if (window.contains(upper ? *e.interval_high : *e.interval_low)) {
            return PairVerdict{Verdict::bound_as_estimate,
                               fmt::format("{} is the {} bound of {}, given as the figure", plain.text,
                                           upper ? "upper" : "lower", estimate.text),
                               fmt::format("consistent only if {} is read as '{} {}'", plain.text,
                                           upper ? "up to" : "at least", plain.text),
                               ""};
        }
    }
    return std::nullopt;
}

}  // namespace

std::optional<PairVerdict> compare_estimates(const Side& a, const Side& b) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    if (x.interval_low && y.interval_low) {
        const bool same = *x.interval_low == *y.interval_low && *x.interval_high == *y.interval_high &&
                          (x.confidence == y.confidence || x.confidence == 0 || y.confidence == 0);
        return x.number == y.number && !same ? std::optional(interval_mismatch(a, b)) : std::nullopt;
    }
    const Side& estimate = x.interval_low ? a : b;
    const Side& other = x.interval_low ? b : a;
    if (!estimate.q->interval_low || other.q->qualifier != Qualifier::none || !other.q->vague.empty()) {
        return std::nullopt;  // "an estimated 52", "about 52", "up to 87": the usual rules
    }
    return plain_against_estimate(estimate, other, a);
}
}  // namespace claimcheck::compare::numeric
