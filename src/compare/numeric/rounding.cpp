// §6.1 numeric: rounding and bounds. What each wording allows (a rounding
// window, an approximator's reach, a bound, a range) and the rule ladder
// that compares two amounts of one dimension and scope.
#include "compare/numeric/internal.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fmt/format.h>

namespace claimcheck::compare::numeric {

using grammar::Qualifier;
using grammar::Quantity;

// The place value of the last significant digit of an integer (180 -> 10).
double implied_step(double x) {
    if (x != std::floor(x) || x == 0 || std::fabs(x) > 1e15) {
        return 0;
    }
    double step = 1;
    auto n = static_cast<long long>(std::fabs(x));
    while (n % 10 == 0) {
        n /= 10;
        step *= 10;
    }
    return step > 1 ? step : 0;
}

// The place value of the last stated digit, for a percentage whose precision
// is its last decimal (74% -> 1, 74.3% -> 0.1).
double decimal_step(double x) {
    for (double step = 1; step >= 1e-6; step /= 10) {
        const double scaled = x / step;
        if (std::fabs(scaled - std::round(scaled)) < 1e-9) {
            return step;
        }
    }
    return 0;
}

Interval point_or_window(const Quantity& q) {
    if (q.step > 0) {
        double low = q.round_low;
        double high = q.round_high;
        if (low == high) {
            low = q.number - q.step / 2;
            high = q.number + q.step / 2;
        }
        return {low, high, true, false};
    }
    return Interval::point(q.number);
}

// What the wording allows: the rounding window of a plain number, the
// grammar's interval for an approximator, a bound or a range.
Interval allowed(const Quantity& q) {
    if (q.qualifier == Qualifier::none && q.vague.empty()) {
        return point_or_window(q);
    }
    return q.allows;
}

std::string step_name(double step) {
    static const std::pair<double, const char*> names[] = {
        {1, "units"},        {10, "tens"},           {100, "hundreds"},
        {1000, "thousands"}, {1e4, "ten thousands"}, {1e5, "hundred thousands"},
        {1e6, "millions"},   {1e7, "ten millions"},  {1e8, "hundred millions"},
        {1e9, "billions"},   {0.1, "one decimal"},   {0.01, "two decimals"},
    };
    for (const auto& [value, name] : names) {
        if (std::fabs(step - value) <= value * 1e-9) {
            return name;
        }
    }
    return "the nearest " + amount(step);
}

PairVerdict conflict(std::string explanation) {
    return {Verdict::numeric_conflict, std::move(explanation), "", ""};
}

namespace {

double representative(const Quantity& q) {
    if (q.qualifier == Qualifier::range) {
        return (q.number + q.number_high) / 2;
    }
    return q.number;
}

std::string percent_apart(double x, double y) {
    const double scale = std::max(std::fabs(x), std::fabs(y));
    if (scale == 0) {
        return "0%";
    }
    const double relative = std::fabs(x - y) / scale * 100;
    if (relative >= 1) {
        return fmt::format("{:.0f}%", relative);
    }
    return fmt::format("{:.1f}%", relative);
}

PairVerdict disjoint(const Side& a, const Side& b, const Interval& ia, const Interval& ib) {
    return conflict(fmt::format("{} vs {}: {} apart; the values they allow ({}; {}) do not overlap", a.text, b.text,
                                percent_apart(representative(*a.q), representative(*b.q)), describe(ia, a),
                                describe(ib, a)));
}

// The same number with different qualifiers: identical, opposite bounds, or
// a qualifier added or changed.
std::optional<PairVerdict> same_number(const Side& a, const Side& b, const Interval& ia, const Interval& ib) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    if (x.qualifier == y.qualifier) {
        return std::nullopt;  // identical
    }
    if (!ia.intersects(ib)) {
        return disjoint(a, b, ia, ib);  // opposite bounds: "more than 5" vs "fewer than 5"
    }
    const Side& plain = x.qualifier == Qualifier::none ? a : b;
    const Side& qualified = x.qualifier == Qualifier::none ? b : a;
    PairVerdict verdict{Verdict::precision_drift, "", "", ""};
    if (plain.q->qualifier == Qualifier::none) {
        verdict.explanation = fmt::format("same number {}; {} adds the qualifier {}", shown(a, x.number),
                                          in_quotes(qualified.text), in_quotes(qualified.q->qualifier_word));
        verdict.assumption =
            fmt::format("consistent if {} is read as {}", in_quotes(plain.text), in_quotes(qualified.text));
    } else {
        verdict.explanation = fmt::format("same number {}; the qualifier changes from {} to {}", shown(a, x.number),
                                          in_quotes(x.qualifier_word), in_quotes(y.qualifier_word));
        verdict.assumption = fmt::format("consistent if the figure is {}", describe(ia.intersection(ib), a));
    }
    return verdict;
}

// Two unqualified numbers: one is the other rounded at its stated precision
// (the coarser number's rounding window holds the finer number), or their
// windows overlap, or they conflict.
PairVerdict unqualified(const Side& a, const Side& b, const Interval& ia, const Interval& ib) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    const Side* rounded = nullptr;
    const Side* precise = nullptr;
    if (y.step > 0 && point_or_window(y).contains(x.number) && (x.step < y.step)) {
        rounded = &b;
        precise = &a;
    } else if (x.step > 0 && point_or_window(x).contains(y.number) && (y.step < x.step)) {
        rounded = &a;
        precise = &b;
    }
    if (rounded != nullptr) {
        const Interval window = point_or_window(*rounded->q);
        const int digits = digits_for(window, a);
        return PairVerdict{
            Verdict::compatible_rounding,
            fmt::format(
                "{} lies within the rounding window of {}", precise->text,
                allowing(*rounded, fmt::format("{}–{}", shown(a, window.low, digits), shown(a, window.high, digits)))),
            fmt::format("equal if {} was rounded to {}{}", precise->text,
                        step_name(rounded->display != nullptr ? rounded->q->written_step : rounded->q->step),
                        rounded->figure.empty() ? "" : " in " + rounded->written_unit),
            ""};
    }
    if (ia.intersects(ib)) {
        const Interval both = ia.intersection(ib);
        return PairVerdict{Verdict::compatible_rounding,
                           fmt::format("the rounding windows of {} and {} overlap", allowing(a, describe(ia, a)),
                                       allowing(b, describe(ib, a))),
                           fmt::format("equal if both were rounded from a figure in {}", describe(both, a)), ""};
    }
    return disjoint(a, b, ia, ib);
}

// At least one qualified: a bound or approximator covers the other, or not.
PairVerdict qualified(const Side& a, const Side& b, const Interval& ia, const Interval& ib) {
    if (!ia.intersects(ib)) {
        return disjoint(a, b, ia, ib);
    }
    const Interval both = ia.intersection(ib);
    std::string explanation;
    if (ia.contains(ib)) {
        explanation = fmt::format("{} covers {}", allowing(a, describe(ia, a)), b.text);
    } else if (ib.contains(ia)) {
        explanation = fmt::format("{} covers {}", allowing(b, describe(ib, a)), a.text);
    } else {
        explanation = fmt::format("{} and {} overlap", allowing(a, describe(ia, a)), allowing(b, describe(ib, a)));
    }
    return PairVerdict{Verdict::compatible_bound, std::move(explanation),
                       fmt::format("consistent if the figure is {}", describe(both, a)), ""};
}

// How many canonical units one written unit is worth (the unit's scale, and
// for money converted at a rate, the rate too); 0 when it cannot be told.
double per_written_unit(const Quantity& q) {
    if (q.written != 0) {
        return (q.number - q.offset) / q.written;
    }
    return q.scale;
}

// Two figures written in units of different sizes ("125 knots", "145 mph";
// "$5.1 billion", "7.06 trillion won" at a rate): a conversion, not one
// figure rounded twice.
bool written_as_conversion(const Quantity& x, const Quantity& y) {
    if (!shown_in_unit(x) || x.change || y.change) {
        return false;
    }
    const double fx = per_written_unit(x);
    const double fy = per_written_unit(y);
    const bool same_size = std::fabs(fx - fy) <= 1e-9 * std::max(std::fabs(fx), std::fabs(fy)) && x.offset == y.offset;
    return !same_size && fx != 0 && fy != 0;
}

// The last digit of the figure as the source wrote it ("145 mph" -> '5',
// "150 knots" -> '0', "1.75 trillion won" -> '5', "5 ft 11 in" -> '1'): of
// the last number in its words that does not end a unit ("km2"), before any
// conversion in parentheses.
char last_written_digit(const Quantity& q) {
    std::string_view words = q.canonical;
    if (!q.conversions.empty()) {
        words = words.substr(0, words.find(" ("));
    }
    char last = '\0';
    for (std::size_t k = 0; k < words.size(); ++k) {
        const bool starts = std::isdigit(static_cast<unsigned char>(words[k])) != 0 &&
                            (k == 0 || std::isalnum(static_cast<unsigned char>(words[k - 1])) == 0);
        if (!starts) {
            continue;
        }
        for (; k < words.size() &&
               (std::isdigit(static_cast<unsigned char>(words[k])) != 0 || words[k] == ',' || words[k] == '.');
             ++k) {
            if (std::isdigit(static_cast<unsigned char>(words[k])) != 0) {
                last = words[k];
            }
        }
    }
    return last;
}

// The window a conversion written as `q` allows: its last written digit (a
// round figure's as the grammar reads it: 230 to the nearest 10), and a step
// of 5 of that place for a figure ending in 5 (forecasters and wires round
// conversions so: 125 knots = 145 mph = 230 km/h), in canonical units.
Interval conversion_window(const Quantity& q) {
    const double written = std::fabs(q.written);
    double step = q.written_step > 0 ? q.written_step : decimal_step(written);  // 230 -> 10, 15.8 -> 0.1
    if (last_written_digit(q) == '5') {
        step *= 5;  // 125 -> 5, 1.75 trillion -> 0.05 trillion
    }
    const double half = step / 2 * std::fabs(per_written_unit(q));
    return {q.number - half, q.number + half, true, false};
}

// Two unqualified figures in units of different sizes agree when their
// conversion windows meet; else they conflict, and the explanation says how
// the windows were taken (once, for the pair).
std::optional<PairVerdict> conversion(const Side& a, const Side& b) {
    const Interval ia = conversion_window(*a.q);
    const Interval ib = conversion_window(*b.q);
    if (ia.intersects(ib) && a.q->written != b.q->written) {
        return std::nullopt;  // the same digits in two units stay a finding (same_digits_in_two_units)
    }
    // Four significant digits show a window's ends as written: "122.5 knots".
    const auto in_four = [&a](double value) { return shown(a, value, 4); };
    // A percentage of a temperature on an affine scale says nothing.
    const std::string apart = a.q->offset != 0 || b.q->offset != 0
                                  ? std::string()
                                  : fmt::format(": {} apart", percent_apart(a.q->number, b.q->number));
    return conflict(
        fmt::format("{} vs {}{}; as conversions (each figure to its last written digit, one ending in 5 "
                    "to the nearest 5 and one ending in 0 to the nearest 10) they allow {} and {}, which "
                    "do not overlap",
                    a.text, b.text, apart, describe_with(ia, in_four), describe_with(ib, in_four)));
}

}  // namespace

std::optional<PairVerdict> compare_amounts(const Side& a, const Side& b) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    if (x.estimate || y.estimate) {
        if (auto verdict = compare_estimates(a, b)) {
            return verdict;
        }
    }
    const Interval ia = allowed(x);
    const Interval ib = allowed(y);
    if (x.number == y.number && x.number_high == y.number_high) {
        return same_number(a, b, ia, ib);
    }
    if (x.qualifier == Qualifier::none && y.qualifier == Qualifier::none) {
        if (a.conversion || b.conversion || written_as_conversion(x, y)) {
            return conversion(a, b);
        }
        return unqualified(a, b, ia, ib);
    }
    return qualified(a, b, ia, ib);
}
}  // namespace claimcheck::compare::numeric
