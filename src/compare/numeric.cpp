// §6.1 numeric: quantity claims.
//
// Verdicts, worst first (see docs/engine.md):
//   conflict (error)  unit-mismatch (warning)  compatible-rounding (warning)
//   possible-mislabel (warning)
//   compatible-bound (note)  compatible-share (note)  scope-difference (note)
//   precision-drift (note)
#include "compare/engine.hpp"
#include "util/text.hpp"
#include "util/tsv.hpp"

#include <algorithm>
#include <set>
#include <cmath>
#include <fmt/format.h>
#include <limits>

namespace claimcheck::compare {

namespace {

using grammar::Dimension;
using grammar::Qualifier;
using grammar::Quantity;

struct Interval {
    double low = 0;
    double high = 0;
    bool low_closed = true;
    bool high_closed = true;
};

bool intersects(const Interval& a, const Interval& b) {
    if (a.high < b.low || b.high < a.low) {
        return false;
    }
    if (a.high == b.low) {
        return a.high_closed && b.low_closed;
    }
    if (b.high == a.low) {
        return b.high_closed && a.low_closed;
    }
    return true;
}

bool contains(const Interval& outer, const Interval& inner) {
    const bool low_ok = outer.low < inner.low || (outer.low == inner.low && (outer.low_closed || !inner.low_closed));
    const bool high_ok =
        inner.high < outer.high || (outer.high == inner.high && (outer.high_closed || !inner.high_closed));
    return low_ok && high_ok;
}

bool contains(const Interval& outer, double x) {
    return contains(outer, Interval{x, x, true, true});
}

Interval intersection(const Interval& a, const Interval& b) {
    Interval out;
    if (a.low > b.low || (a.low == b.low && !a.low_closed)) {
        out.low = a.low;
        out.low_closed = a.low_closed;
    } else {
        out.low = b.low;
        out.low_closed = b.low_closed;
    }
    if (a.high < b.high || (a.high == b.high && !a.high_closed)) {
        out.high = a.high;
        out.high_closed = a.high_closed;
    } else {
        out.high = b.high;
        out.high_closed = b.high_closed;
    }
    return out;
}

// 1300 -> "1,300"; fractions keep up to six significant digits.
std::string amount(double value) {
    std::string plain = format_number(value);
    if (std::isinf(value) || plain.find_first_of(".e") != std::string::npos) {
        return plain;
    }
    const bool negative = !plain.empty() && plain.front() == '-';
    std::string digits = negative ? plain.substr(1) : plain;
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += ',';
        }
        out += digits[i];
    }
    return negative ? "-" + out : out;
}

// `shown` writes one figure (amount(), or a figure in a written unit).
template <typename Shown>
std::string describe_with(const Interval& interval, Shown shown) {
    if (std::isinf(interval.high) && interval.high > 0) {
        return fmt::format("{} {}", interval.low_closed ? "at least" : "more than", shown(interval.low));
    }
    if (std::isinf(interval.low) && interval.low < 0) {
        return fmt::format("{} {}", interval.high_closed ? "at most" : "less than", shown(interval.high));
    }
    if (interval.low == interval.high) {
        return shown(interval.low);
    }
    return fmt::format("{}–{}", shown(interval.low), shown(interval.high));
}

std::string describe(const Interval& interval) {
    return describe_with(interval, [](double v) { return amount(v); });
}

// "136 of 183": a count out of a whole (a percentage "of" something is a percentage).
bool counted_of(const Quantity& q) {
    return q.of.has_value() && !q.percent;
}

bool is_share(const Quantity& q) {
    return q.percent || !q.vague.empty() || counted_of(q);
}

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

struct Side {
    const Quantity* q = nullptr;
    std::string scope;
    bool total = false;          // counts the topic's own scope
    std::string text;            // how explanations name it: the source's words, then its figure in the shown unit
    std::string words{};         // the source's words alone
    std::string figure{};        // the figure in the shown unit when written in another ("24.9 miles"), else ""
    std::string written_unit{};  // with a figure: the unit the source wrote ("USD", "miles")
    // Numbers in explanations are shown in this unit: the topic's, else the
    // first value's written unit (nullptr: counts and percentages, shown as
    // they are).
    const grammar::NamedUnit* display = nullptr;
};

// Dimensions whose numbers are shown in a written unit, not as stored.
bool shown_in_unit(const Quantity& q) {
    switch (q.dimension) {
        case Dimension::count:
        case Dimension::percent:
        case Dimension::duration:
            return false;
        default:
            return true;
    }
}

// The unit a quantity is written in, as figures can be shown in it.
grammar::NamedUnit unit_of(const Quantity& q) {
    return {q.dimension, q.written_unit, q.unit_before, q.currency, q.scale, q.offset};
}

// A canonical figure in `unit`: "64.4 km", "7.1 trillion won"; fractions
// and scaled figures keep `digits` significant digits.
std::string in_unit(double value, const grammar::NamedUnit& unit, int digits = 3) {
    double written = grammar::in_named_unit(unit, value);
    if (std::fabs(written - std::round(written)) < 1e-9 * std::max(1.0, std::fabs(written))) {
        written = std::round(written);  // 14 days in weeks: 2, not 1.9999999999999998
    }
    std::string number;
    const double magnitude = std::fabs(written);
    if (std::isinf(written)) {
        number = format_number(written);
    } else if (magnitude >= 1e12) {
        number = fmt::format("{:.{}g} trillion", written / 1e12, digits);
    } else if (magnitude >= 1e9) {
        number = fmt::format("{:.{}g} billion", written / 1e9, digits);
    } else if (magnitude >= 1e6) {
        number = fmt::format("{:.{}g} million", written / 1e6, digits);
    } else if (magnitude >= 1000 || written == std::round(written)) {
        number = amount(std::round(written));
    } else {
        number = fmt::format("{:.{}g}", written, digits);
    }
    const std::string& u = unit.written;
    if (u.empty()) {
        return number;
    }
    const bool glued = u == "%" || u == "$" || u == "€" || u == "£" || u == "¥" || u == "₩";
    if (unit.before) {
        return glued ? u + number : u + " " + number;
    }
    return u == "%" ? number + u : number + " " + u;
}

// A figure as the side's explanations show it.
std::string shown(const Side& side, double value, int digits = 3) {
    return side.display != nullptr ? in_unit(value, *side.display, digits) : amount(value);
}

// Enough significant digits (3 to 6) to tell a window's ends apart from a
// figure inside it: $16.65–16.75 billion in won is 23.06–23.2 trillion, not
// 23.1–23.2 around a figure of 23.1.
int digits_for(const Interval& interval, const Side& side) {
    if (side.display == nullptr || !std::isfinite(interval.low) || !std::isfinite(interval.high)) {
        return 3;
    }
    const double low = grammar::in_named_unit(*side.display, interval.low);
    const double high = grammar::in_named_unit(*side.display, interval.high);
    const double width = std::fabs(high - low);
    if (width == 0) {
        return 3;
    }
    const double needed = std::ceil(std::log10(std::max(std::fabs(low), std::fabs(high)) / width)) + 1;
    return static_cast<int>(std::clamp(needed, 3.0, 6.0));
}

std::string describe(const Interval& interval, const Side& side) {
    const int digits = digits_for(interval, side);
    if (side.display != nullptr && side.display->scale < 0) {  // "down 0.5%": larger factors are smaller falls
        const Interval mirrored{interval.high, interval.low, interval.high_closed, interval.low_closed};
        return describe_with(mirrored, [&](double v) { return shown(side, v, digits); });
    }
    return describe_with(interval, [&](double v) { return shown(side, v, digits); });
}

std::string short_text(const Quantity& q) {
    if (shown_in_unit(q) || q.change) {
        return q.canonical;
    }
    if (q.interval_low) {  // an estimate shows its interval: "52 (95% CI 20 to 87)"
        return q.canonical;
    }
    if (q.duration) {
        return !q.canonical.empty() ? q.canonical : format_number(q.number) + " days";
    }
    if (!q.vague.empty()) {
        return q.vague;
    }
    const std::string suffix = q.percent ? "%" : "";
    std::string out;
    if (q.qualifier == Qualifier::range) {
        out = fmt::format("{}–{}{}", amount(q.number), amount(q.number_high), suffix);
    } else {
        out = amount(q.number) + suffix;
        if (q.qualifier != Qualifier::none) {
            out = fmt::format("{} {}", q.qualifier_word.empty() ? std::string("about") : q.qualifier_word, out);
        }
    }
    if (q.of) {
        out += " of " + amount(*q.of);
    }
    return out;
}

Side side_of(const ValueGroup& group, const Context& context) {
    Side side;
    side.q = &std::get<Quantity>(group.first->value);
    const Topic* topic = context.group != nullptr ? context.group->declared : nullptr;
    side.scope = effective_scope(*group.first, topic);
    side.total = side.scope == (topic != nullptr ? topic->scope : std::string());
    side.text = side.words = short_text(*side.q);
    return side;
}

// A value in `unit` as the reader sees it: "about 24.9 miles", "112
// miles–115 miles", "down 25 basis points"; "" for a vague share or a
// proportion, which have no figure of their own to convert.
std::string value_in(const Quantity& q, const grammar::NamedUnit& unit) {
    if (!q.vague.empty() || q.of) {
        return "";
    }
    if (q.qualifier == Qualifier::range) {
        return fmt::format("{}–{}", in_unit(q.number, unit), in_unit(q.number_high, unit));
    }
    // A fall keeps its direction; points are always a change, a rise of them reads as their size.
    std::string figure = in_unit(q.change ? std::fabs(q.number) : q.number, unit);
    if (q.change && (q.number < 0 || q.dimension != Dimension::points)) {
        figure = fmt::format("{} {}", q.number < 0 ? "down" : "up", figure);
    }
    if (q.qualifier == Qualifier::none || q.qualifier_word.empty()) {
        return figure;
    }
    const char first = q.qualifier_word.front();
    return first >= 'a' && first <= 'z' ? q.qualifier_word + " " + figure : q.qualifier_word + figure;
}

// Whether `q` is written in `unit` (or one of the same size: "kilometres" and "km").
bool written_in(const Quantity& q, const grammar::NamedUnit& unit) {
    const auto close = [](double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), 1.0); };
    // A fall has a negative scale ("down 50 basis points": -0.01).
    return q.currency == unit.currency && close(std::fabs(q.scale), unit.scale) && close(q.offset, unit.offset);
}

// Shows the side's figures in `unit`; `original` is the value as written
// (before any conversion into another currency). With `named`, a value
// written in another unit is named with its figure in `unit` too:
// "40 km (24.9 miles)".
void show_in(Side& side, const Quantity& original, const grammar::NamedUnit& unit, bool named) {
    side.display = &unit;
    if (named && !written_in(original, unit)) {
        side.figure = value_in(*side.q, unit);
        side.written_unit = original.dimension == Dimension::money ? original.currency : original.written_unit;
    }
    if (!side.figure.empty()) {
        side.text = fmt::format("{} ({})", side.words, side.figure);
    }
}

// A side named with the figures it allows: "about 40 km (35 km–45 km)"; a
// side named with its figure in another unit puts both in one parenthesis:
// "about 40 km (about 24.9 miles; 21.7 miles–28 miles)".
std::string allowing(const Side& side, const std::string& figures) {
    if (side.figure == figures) {  // a range allows its own figures
        return side.text;
    }
    if (side.figure.empty()) {
        return fmt::format("{} ({})", side.text, figures);
    }
    return fmt::format("{} ({}; {})", side.words, side.figure, figures);
}

const Rate* rate_between(const Story* story, const std::string& from, const std::string& to, bool& inverse) {
    if (story == nullptr) {
        return nullptr;
    }
    for (const Rate& rate : story->rates) {
        if (rate.from == from && rate.to == to) {
            inverse = false;
            return &rate;
        }
        if (rate.from == to && rate.to == from) {
            inverse = true;
            return &rate;
        }
    }
    return nullptr;
}

// `q` in `currency` at `factor` units of it per unit of q's.
Quantity converted(const Quantity& q, double factor, const std::string& currency) {
    Quantity out = q;
    for (double* v : {&out.number, &out.number_high, &out.low, &out.high, &out.round_low, &out.round_high, &out.step}) {
        *v *= factor;
    }
    out.currency = currency;
    return out;
}

}  // namespace

const Quantity* in_currency(const Quantity& q, const std::string& currency, const Story* story, Quantity& storage) {
    if (q.currency == currency) {
        return &q;
    }
    bool inverse = false;
    const Rate* rate = rate_between(story, q.currency, currency, inverse);
    if (rate == nullptr) {
        return nullptr;
    }
    storage = converted(q, inverse ? 1 / rate->rate : rate->rate, currency);
    return &storage;
}

namespace {

// What a pair's comparison converts: amounts in another currency, and the
// unit explanations show figures in when it is the first value's.
struct Converted {
    Quantity a;
    Quantity b;
    grammar::NamedUnit unit;
};

PairVerdict unit_mismatch(std::string explanation, std::string assumption = "") {
    return {Verdict::unit_mismatch, std::move(explanation), std::move(assumption), ""};
}

// Whether two written figures are the same digits ("40 km" and "40 miles").
bool same_digits(const Quantity& x, const Quantity& y) {
    return x.written == y.written && x.written_high == y.written_high;
}

// Dimensions the count rules of §6.1 handle among themselves: counts,
// shares and durations (a duration against a count says so itself).
bool count_rules(const Quantity& q) {
    return !shown_in_unit(q) && !q.change;
}

// Money in two currencies: both converted into the topic's currency where
// declared rates reach it, else `b` into `a`'s; a mismatch without a rate.
std::optional<PairVerdict> currencies(Side& a, Side& b, const Story* story, const grammar::NamedUnit* topic,
                                      Converted& storage) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    if (topic != nullptr && (x.currency != topic->currency || y.currency != topic->currency)) {
        const Quantity* cx = in_currency(x, topic->currency, story, storage.a);
        const Quantity* cy = in_currency(y, topic->currency, story, storage.b);
        if (cx != nullptr && cy != nullptr) {
            a.q = cx;
            b.q = cy;
            return std::nullopt;
        }
    }
    if (x.currency == y.currency) {
        return std::nullopt;
    }
    if (const Quantity* cy = in_currency(y, x.currency, story, storage.b)) {
        b.q = cy;
        return std::nullopt;
    }
    if (same_digits(x, y)) {
        return unit_mismatch(
            fmt::format("{} vs {}: the same digits in {} and {}", a.text, b.text, x.currency, y.currency),
            fmt::format("consistent only if one source wrote the wrong currency"));
    }
    return unit_mismatch(
        fmt::format("{} is in {} and {} in {}: amounts in two currencies compare only at a declared "
                    "exchange rate ([[rate]] in story.toml)",
                    a.text, x.currency, b.text, y.currency));
}

// The unit explanations show figures in: the topic's when it names the
// pair's dimension and, for money, their common currency; else the first
// value's written unit (a duration: the unit the source used, not days).
void choose_display(Side& a, Side& b, const Quantity& x, const Quantity& y, const grammar::NamedUnit* topic,
                    Converted& storage) {
    const bool in_topic = topic != nullptr && topic->dimension == a.q->dimension &&
                          (a.q->dimension != Dimension::money || a.q->currency == topic->currency);
    if (in_topic) {
        show_in(a, x, *topic, true);
        show_in(b, y, *topic, true);
        return;
    }
    storage.unit = unit_of(x);
    show_in(a, x, storage.unit, false);
    show_in(b, y, storage.unit, b.q->currency != y.currency);  // converted at a rate: say so
}

// Values that do not compare as they stand: different dimensions, a change
// against a level, amounts in two currencies without a rate. Money in two
// currencies with a rate is converted (`storage`), into the topic's
// currency where rates reach it, else into `a`'s.
std::optional<PairVerdict> dimension_check(Side& a, Side& b, const Context& context, Converted& storage) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    const grammar::NamedUnit* topic = context.group != nullptr && context.group->unit ? &*context.group->unit : nullptr;
    if (count_rules(x) && count_rules(y)) {
        if (x.duration && y.duration) {
            choose_display(a, b, x, y, topic, storage);
        }
        return std::nullopt;
    }
    const bool points_vs_percent = (x.dimension == Dimension::points && y.dimension == Dimension::percent) ||
                                   (y.dimension == Dimension::points && x.dimension == Dimension::percent);
    if (points_vs_percent) {
        const Side& points = x.dimension == Dimension::points ? a : b;
        const Side& percent = x.dimension == Dimension::points ? b : a;
        return unit_mismatch(
            fmt::format("{} is a level in percent and {} a change in percentage points: percent and percentage "
                        "points do not compare",
                        percent.text, points.text),
            fmt::format("consistent only if {} is the change that {} describes", points.text, percent.text));
    }
    const bool x_ratio_like = x.dimension == Dimension::ratio;
    const bool y_ratio_like = y.dimension == Dimension::ratio;
    if (x.dimension != y.dimension || x_ratio_like != y_ratio_like) {
        return unit_mismatch(fmt::format("{} is {} and {} is {}: they do not compare", a.text,
                                         grammar::dimension_name(x.dimension), b.text,
                                         grammar::dimension_name(y.dimension)));
    }
    if (x.change != y.change) {
        const Side& change = x.change ? a : b;
        const Side& level = x.change ? b : a;
        return unit_mismatch(
            fmt::format("{} is a change and {} a level: they do not compare", change.text, level.text));
    }
    if (x.dimension == Dimension::money) {
        if (auto mismatch = currencies(a, b, context.story, topic, storage)) {
            return mismatch;
        }
    }
    choose_display(a, b, x, y, topic, storage);
    return std::nullopt;
}

// The rounding window of an unqualified number, else [number, number].
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
    return {q.number, q.number, true, true};
}

// What the wording allows: the rounding window of a plain number, the
// grammar's interval for an approximator, a bound or a range.
Interval allowed(const Quantity& q) {
    if (q.qualifier == Qualifier::none && q.vague.empty()) {
        return point_or_window(q);
    }
    return {q.low, q.high, q.low_closed, q.high_closed};
}

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
    if (!intersects(ia, ib)) {
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
        verdict.assumption = fmt::format("consistent if the figure is {}", describe(intersection(ia, ib), a));
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
    if (y.step > 0 && contains(point_or_window(y), x.number) && (x.step < y.step)) {
        rounded = &b;
        precise = &a;
    } else if (x.step > 0 && contains(point_or_window(x), y.number) && (y.step < x.step)) {
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
    if (intersects(ia, ib)) {
        const Interval both = intersection(ia, ib);
        return PairVerdict{Verdict::compatible_rounding,
                           fmt::format("the rounding windows of {} and {} overlap", allowing(a, describe(ia, a)),
                                       allowing(b, describe(ib, a))),
                           fmt::format("equal if both were rounded from a figure in {}", describe(both, a)), ""};
    }
    return disjoint(a, b, ia, ib);
}

// At least one qualified: a bound or approximator covers the other, or not.
PairVerdict qualified(const Side& a, const Side& b, const Interval& ia, const Interval& ib) {
    if (!intersects(ia, ib)) {
        return disjoint(a, b, ia, ib);
    }
    const Interval both = intersection(ia, ib);
    std::string explanation;
    if (contains(ia, ib)) {
        explanation = fmt::format("{} covers {}", allowing(a, describe(ia, a)), b.text);
    } else if (contains(ib, ia)) {
        explanation = fmt::format("{} covers {}", allowing(b, describe(ib, a)), a.text);
    } else {
        explanation = fmt::format("{} and {} overlap", allowing(a, describe(ia, a)), allowing(b, describe(ib, a)));
    }
    return PairVerdict{Verdict::compatible_bound, std::move(explanation),
                       fmt::format("consistent if the figure is {}", describe(both, a)), ""};
}

// ---------------------------------------------------------------- estimates
//
// An estimate with an interval against another figure (docs/engine.md
// "Estimates"): the point reported as a plain count, a bound of the interval
// reported as the figure, or the same point with another interval. Only
// values the grammar marked as estimates come here.

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
    if (contains(window, e.number) && contains(interval, plain.q->number)) {
        return PairVerdict{Verdict::estimate_as_count,
                           fmt::format("{} is an estimate ({}); {} gives it as a plain count", figure(e, a, e.number),
                                       interval_text(e, a), plain.text),
                           fmt::format("consistent if {} is read as the estimate, not a count", plain.text), ""};
    }
    for (const bool upper : {false, true}) {
        if (contains(window, upper ? *e.interval_high : *e.interval_low)) {
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

// Same dimension, same scope, neither a share: the rule ladder of §6.1.
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
        return unqualified(a, b, ia, ib);
    }
    return qualified(a, b, ia, ib);
}

// A plain percentage written without decimals stands for the window of its
// last digit (12% → [11.5, 12.5)); the grammar keeps it exact for shares.
Quantity at_written_precision(const Quantity& q) {
    Quantity out = q;
    if (q.qualifier == Qualifier::none && q.step == 0 && !q.of && q.number != 0) {
        out.step = decimal_step(q.number);
        out.round_low = out.low = q.number - out.step / 2;
        out.round_high = out.high = q.number + out.step / 2;
        out.high_closed = false;
    }
    return out;
}

// A proportion as a share of its whole, in percent.
Interval share_of(const Quantity& q) {
    if (counted_of(q)) {
        if (*q.of == 0) {
            return {0, 0, true, true};
        }
        const Interval count = allowed(q);
        if (q.qualifier == Qualifier::none) {
            const double share = q.number / *q.of * 100;
            return {share, share, true, true};
        }
        return {count.low / *q.of * 100, count.high / *q.of * 100, count.low_closed, count.high_closed};
    }
    if (!q.vague.empty()) {
        return {q.low, q.high, q.low_closed, q.high_closed};
    }
    if (q.percent && q.qualifier == Qualifier::none && q.step <= 0) {
        const double step = decimal_step(q.number);
        return {q.number - step / 2, q.number + step / 2, true, false};
    }
    return allowed(q);
}

std::string share_text(const Side& side) {
    if (counted_of(*side.q) && *side.q->of != 0) {
        return fmt::format("{} ({:.1f}%)", side.text, side.q->number / *side.q->of * 100);
    }
    if (!side.q->vague.empty()) {
        return fmt::format("{} ({}%)", side.text, describe(share_of(*side.q)));
    }
    return side.text;
}

// Both are shares and at least one is a percentage or a vague proportion.
std::optional<PairVerdict> compare_shares(const Side& a, const Side& b) {
    const Interval ia = share_of(*a.q);
    const Interval ib = share_of(*b.q);
    const bool a_point = ia.low == ia.high;
    const bool b_point = ib.low == ib.high;
    if (ia.low == ib.low && ia.high == ib.high && ia.low_closed == ib.low_closed && ia.high_closed == ib.high_closed) {
        return std::nullopt;  // the same share ("most" and "predominantly": more than half)
    }
    // Every exact share is part / whole * 100, so "1 in 3" and "8 of 24" meet
    // exactly. Shares that only touch (an open end at the other's closed
    // one) are no conflict either: there is no gap to report.
    const double gap = ia.high < ib.low ? ib.low - ia.high : (ib.high < ia.low ? ia.low - ib.high : 0);
    if (!intersects(ia, ib) && gap > 0) {
        return conflict(fmt::format("{} vs {}: at least {} percentage points apart", share_text(a), share_text(b),
                                    format_number(std::round(gap * 10) / 10)));
    }
    // A proportion against the percentage it rounds to.
    const Side* point = counted_of(*a.q) ? &a : (counted_of(*b.q) ? &b : nullptr);
    const Side* percent = point == &a ? &b : &a;
    const bool plain_percent =
        percent->q->percent && percent->q->vague.empty() && percent->q->qualifier == Qualifier::none;
    if (point != nullptr && plain_percent && (point == &a ? a_point : b_point)) {
        // The share itself ("9 of 12" and "75%" or "three-quarters"): nothing was rounded.
        const double share = (point == &a ? ia : ib).low;
        if (std::fabs(share - percent->q->number) <= 1e-9 * std::max(1.0, std::fabs(share))) {
            return std::nullopt;
        }
        // Rounded more coarsely than its last digit ("70%"): a rounding. At
        // its own last digit ("82.5%" against "118 of 143"): the share itself.
        if (percent->q->step > decimal_step(percent->q->number) * (1 + 1e-9)) {
            const Interval window = point_or_window(*percent->q);
            return PairVerdict{Verdict::compatible_rounding,
                               fmt::format("{} lies within the rounding window of {} ({}–{}%)", share_text(*point),
                                           percent->text, amount(window.low), amount(window.high)),
                               fmt::format("equal if the share was rounded to {}", step_name(percent->q->step)), ""};
        }
        return PairVerdict{Verdict::compatible_share,
                           fmt::format("{} is {} at the stated precision", share_text(*point), percent->text),
                           fmt::format("equal if {} is the share {} rounded", percent->text, point->text), ""};
    }
    std::string explanation;
    if (contains(ia, ib)) {
        explanation = fmt::format("{} covers {}", share_text(a), share_text(b));
    } else if (contains(ib, ia)) {
        explanation = fmt::format("{} covers {}", share_text(b), share_text(a));
    } else {
        explanation = fmt::format("{} and {} overlap", share_text(a), share_text(b));
    }
    const Interval both = intersection(ia, ib);
    const Interval rounded{std::round(both.low * 10) / 10, std::round(both.high * 10) / 10, both.low_closed,
                           both.high_closed};
    return PairVerdict{Verdict::compatible_bound, std::move(explanation),
                       fmt::format("consistent if the share is {}%", describe(rounded)), ""};
}

Quantity total_of(const Quantity& q) {
    Quantity total;
    total.number = total.number_high = total.low = total.high = *q.of;
    total.step = implied_step(*q.of);
    return total;
}

Quantity count_of(const Quantity& q) {
    Quantity count = q;
    count.of.reset();
    return count;
}

std::optional<PairVerdict> prefixed(std::optional<PairVerdict> verdict, std::string_view prefix) {
    if (verdict) {
        verdict->explanation = fmt::format("{}: {}", prefix, verdict->explanation);
    }
    return verdict;
}

// Two shares: counts and totals of "N of M" separately, percentages at
// their written precision, else as shares.
std::optional<PairVerdict> compare_two_shares(const Side& a, const Side& b) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    if (counted_of(x) && counted_of(y)) {
        // "136 of 183" vs "136 of 180": the counts and the totals separately.
        std::optional<PairVerdict> counts =
            prefixed(compare_amounts({&x, a.scope, a.total, a.text}, {&y, b.scope, b.total, b.text}), "counts");
        const Quantity tx = total_of(x);
        const Quantity ty = total_of(y);
        std::optional<PairVerdict> totals = prefixed(
            compare_amounts({&tx, a.scope, a.total, amount(*x.of)}, {&ty, b.scope, b.total, amount(*y.of)}), "totals");
        if (counts && totals) {
            return worse(*counts, *totals) ? counts : totals;
        }
        return counts ? counts : totals;
    }
    if (x.percent && y.percent && x.vague.empty() && y.vague.empty()) {
        // A percentage is rounded at its last written digit: 12% stands for [11.5, 12.5).
        const Quantity px = at_written_precision(x);
        const Quantity py = at_written_precision(y);
        return compare_amounts({&px, a.scope, a.total, a.text}, {&py, b.scope, b.total, b.text});
    }
    return compare_shares(a, b);
}

// A share against a count: "136 of 183" vs "136" compares the counts;
// failing that, the plain figure may be the total.
std::optional<PairVerdict> share_against_count(const Side& share, const Side& count) {
    if (!counted_of(*share.q)) {
        return PairVerdict{
            Verdict::unit_mismatch,
            fmt::format("{} is a share and {} a count: without a total they do not compare", share.text, count.text),
            "", ""};
    }
    const Quantity part = count_of(*share.q);
    const Side part_side{&part, share.scope, share.total, share.text};
    std::optional<PairVerdict> counts = compare_amounts(part_side, count);
    if (counts && severity_of(counts->verdict) == Severity::error) {
        const Quantity total = total_of(*share.q);
        const Side total_side{&total, share.scope, share.total, amount(*share.q->of)};
        std::optional<PairVerdict> totals = compare_amounts(total_side, count);
        if (!totals || severity_of(totals->verdict) != Severity::error) {
            return PairVerdict{
                Verdict::scope_difference,
                fmt::format("{} counts a part of the total {}, which matches {}", share.text, amount(*share.q->of),
                            count.text),
                fmt::format("consistent if {} counts the whole and {} a part of it", count.text, share.text), ""};
        }
    }
    return counts;
}

// Same scope: dimensions, shares and counts.
std::optional<PairVerdict> compare_same_scope(const Side& a, const Side& b) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    if (x.duration != y.duration) {
        const Side& duration = x.duration ? a : b;
        const Side& other = x.duration ? b : a;
        return PairVerdict{
            Verdict::unit_mismatch,
            fmt::format("{} is a duration and {} is not: the units do not convert", duration.text, other.text), "", ""};
    }
    const bool share_x = is_share(x);
    const bool share_y = is_share(y);
    if (share_x && share_y) {
        return compare_two_shares(a, b);
    }
    if (share_x != share_y) {
        return share_x ? share_against_count(a, b) : share_against_count(b, a);
    }
    return compare_amounts(a, b);
}

}  // namespace

std::optional<grammar::NamedUnit> numeric_unit(const Topic* topic) {
    if (topic == nullptr || topic->unit.empty()) {
        return std::nullopt;
    }
    grammar::NamedUnit unit = grammar::named_unit(topic->unit);
    if (unit.dimension == Dimension::count) {
        return std::nullopt;  // a count label: "people"
    }
    return unit;
}

std::string numeric_display(const Quantity& q, const grammar::NamedUnit& unit, const Story& story) {
    if (q.dimension != unit.dimension || written_in(q, unit)) {
        return "";
    }
    Quantity storage;
    const Quantity* in = unit.dimension == Dimension::money ? in_currency(q, unit.currency, &story, storage) : &q;
    return in != nullptr ? value_in(*in, unit) : "";
}

std::string numeric_key(const Quantity& q, std::string_view scope) {
    if (shown_in_unit(q) || q.change) {
        return q.canonical + (scope.empty() ? std::string() : fmt::format(" [{}]", scope));
    }
    std::string out;
    switch (q.qualifier) {
        case Qualifier::none:
            break;
        case Qualifier::approx:
            out = "~";
            break;
        case Qualifier::more_than:
            out = ">";
            break;
        case Qualifier::at_least:
            out = ">=";
            break;
        case Qualifier::fewer_than:
            out = "<";
            break;
        case Qualifier::at_most:
            out = "<=";
            break;
        case Qualifier::range:
            break;
    }
    if (!q.vague.empty()) {
        out += q.vague;
    } else {
        out += format_number(q.number);
        if (q.qualifier == Qualifier::range) {
            out += "-" + format_number(q.number_high);
        }
        if (q.percent) {
            out += "%";
        } else if (q.duration) {
            out += " days";
        }
        if (q.of) {
            out += " of " + format_number(*q.of);
        }
    }
    if (q.interval_low) {  // an estimate's interval: "~52 (95% CI 20-87)"
        const std::string words = q.interval == grammar::IntervalKind::confidence
                                      ? (q.confidence > 0 ? format_number(q.confidence) + "% " : "") + "CI "
                                      : (q.interval == grammar::IntervalKind::range ? "range " : "margin ");
        out += fmt::format(" ({}{}-{})", words, format_number(*q.interval_low), format_number(*q.interval_high));
    }
    if (!scope.empty()) {
        out += fmt::format(" [{}]", scope);
    }
    return out;
}

// Two figures in different units of one dimension whose digits are the
// same and which do not agree: "40 km" vs "40 miles".
std::optional<PairVerdict> same_digits_in_two_units(const Side& a, const Side& b,
                                                    const std::optional<PairVerdict>& verdict) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    if (!verdict || severity_of(verdict->verdict) != Severity::error || count_rules(x) ||
        x.dimension == Dimension::money || x.written_unit == y.written_unit || !same_digits(x, y)) {
        return verdict;
    }
    // Sides named with their figures in the topic's unit show them already.
    const std::string one_unit = !a.figure.empty() || !b.figure.empty()
                                     ? std::string()
                                     : fmt::format(" ({} is {})", b.text, in_unit(y.number, unit_of(x)));
    return unit_mismatch(fmt::format("{} vs {}: the same digits in two units{}", a.text, b.text, one_unit),
                         "consistent only if one source wrote the wrong unit");
}

namespace {

// The groups a scope names: "dead or missing" -> {dead, missing}. Split at
// " or ", " and ", ",", "/" and "+", case-folded.
std::set<std::string> scope_parts(const std::string& scope) {
    std::string s = text::fold_case(scope);
    for (std::string_view separator : {" or ", " and ", ",", "/", "+"}) {
        std::size_t at = 0;
        while ((at = s.find(separator, at)) != std::string::npos) {
            s.replace(at, separator.size(), "|");
        }
    }
    std::set<std::string> out;
    for (auto part : text::split(s, '|')) {
        while (!part.empty() && part.front() == ' ') {
            part.remove_prefix(1);
        }
        while (!part.empty() && part.back() == ' ') {
            part.remove_suffix(1);
        }
        if (!part.empty()) {
            out.emplace(part);
        }
    }
    return out;
}

// 1 when `a` names a strictly wider group than `b` ("dead or missing" and
// "missing"), -1 when `b` does, 0 otherwise.
int wider_scope(const std::string& a, const std::string& b) {
    const auto pa = scope_parts(a);
    const auto pb = scope_parts(b);
    if (pa.empty() || pb.empty()) {
        return 0;  // an unlabelled figure: the topic's scope decides
    }
    if (pa.size() > pb.size() && std::includes(pa.begin(), pa.end(), pb.begin(), pb.end())) {
        return 1;
    }
    if (pb.size() > pa.size() && std::includes(pb.begin(), pb.end(), pa.begin(), pa.end())) {
        return -1;
    }
    return 0;
}

bool same_interval(const Interval& a, const Interval& b) {
    return a.low == b.low && a.high == b.high && a.low_closed == b.low_closed && a.high_closed == b.high_closed;
}

// The subgroup `part` against the wider group `total`.
PairVerdict subgroup_against(const Side& part, const Side& total) {
    const Interval total_allows = allowed(*total.q);
    const Interval part_allows = allowed(*part.q);
    const std::string total_scope = total.scope.empty() ? "the total" : total.scope;
    if (part_allows.low > total_allows.high ||
        (part_allows.low == total_allows.high && !(part_allows.low_closed && total_allows.high_closed))) {
        return conflict(fmt::format("the subgroup {} ({}) exceeds the total {} ({})", part.text, part.scope, total.text,
                                    total_scope));
    }
    // A subgroup equal to its whole is evidence of a wrong label, not reassurance.
    if (same_interval(part_allows, total_allows)) {
        return PairVerdict{
            Verdict::possible_mislabel,
            fmt::format("possible mislabel: {} {} and equals the subgroup {} ({}): the subgroup's figure may "
                        "have been given as the total, or the total labelled as the subgroup",
                        total.text, total.scope.empty() ? "has no scope" : "counts " + total.scope, part.text,
                        part.scope),
            fmt::format("both correct if every one counted is {}", part.scope), ""};
    }
    return PairVerdict{Verdict::scope_difference,
                       fmt::format("different scope: {} counts {}, a subgroup of {} ({}), and is no larger", part.text,
                                   part.scope, total.text, total_scope),
                       fmt::format("both correct if {} counts only {}", part.text, part.scope), ""};
}

}  // namespace

std::optional<PairVerdict> compare_numeric(const ValueGroup& a, const ValueGroup& b, const Context& context) {
    Side x = side_of(a, context);
    Side y = side_of(b, context);
    Converted storage;
    if (auto mismatch = dimension_check(x, y, context, storage)) {
        return mismatch;
    }
    if (!count_rules(*x.q) && x.scope == y.scope) {
        return same_digits_in_two_units(x, y, compare_amounts(x, y));
    }
    if (x.scope == y.scope) {
        return compare_same_scope(x, y);
    }
    const bool comparable = x.q->duration == y.q->duration && !is_share(*x.q) && !is_share(*y.q);
    // A scope whose groups include the other's is the wider one, whatever
    // the topic's own scope ("dead or missing" against "missing").
    if (const int wider = wider_scope(x.scope, y.scope); wider != 0 && comparable) {
        return wider > 0 ? subgroup_against(y, x) : subgroup_against(x, y);
    }
    // Otherwise a subgroup against the total is consistent when the subgroup
    // is no larger; two subgroups are not compared.
    if (x.total == y.total || !comparable) {
        return PairVerdict{
            Verdict::scope_difference,
            fmt::format("different scopes: {} counts {} and {} counts {}; they are not compared", x.text,
                        x.scope.empty() ? "the whole" : x.scope, y.text, y.scope.empty() ? "the whole" : y.scope),
            fmt::format("consistent if {} and {} count different things", in_quotes(x.scope), in_quotes(y.scope)), ""};
    }
    return x.total ? subgroup_against(y, x) : subgroup_against(x, y);
}

}  // namespace claimcheck::compare
