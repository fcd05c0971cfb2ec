// §6.1 numeric: currencies and the dimension check. Values compare only
// within a dimension; money in two currencies only at a declared rate.
#include "compare/numeric/internal.hpp"

#include <fmt/format.h>

namespace claimcheck::compare {

using grammar::Quantity;

namespace {

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
    for (double* v : {&out.number, &out.number_high, &out.allows.low, &out.allows.high, &out.round_low, &out.round_high,
                      &out.step}) {
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

}  // namespace claimcheck::compare

namespace claimcheck::compare::numeric {

using grammar::Quantity;
using units::Dimension;

namespace {

PairVerdict unit_mismatch(std::string explanation, std::string assumption = "") {
    return {Verdict::unit_mismatch, std::move(explanation), std::move(assumption), ""};
}

// Whether two written figures are the same digits ("40 km" and "40 miles").
bool same_digits(const Quantity& x, const Quantity& y) {
    return x.written == y.written && x.written_high == y.written_high;
}

}  // namespace

bool count_rules(const Quantity& q) {
    return !shown_in_unit(q) && !q.change;
}

namespace {

// Money in two currencies: both converted into the topic's currency where
// declared rates reach it, else `b` into `a`'s; a mismatch without a rate.
std::optional<PairVerdict> currencies(Side& a, Side& b, const Story* story, const units::NamedUnit* topic,
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
void choose_display(Side& a, Side& b, const Quantity& x, const Quantity& y, const units::NamedUnit* topic,
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

}  // namespace

std::optional<PairVerdict> dimension_check(Side& a, Side& b, const Context& context, Converted& storage) {
    const Quantity& x = *a.q;
    const Quantity& y = *b.q;
    const units::NamedUnit* topic = context.group != nullptr && context.group->unit ? &*context.group->unit : nullptr;
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
                                         units::dimension_name(x.dimension), b.text,
                                         units::dimension_name(y.dimension)));
    }
    if (x.dimension == Dimension::ordinal && !x.level.empty() && !y.level.empty() && x.level != y.level) {
        return unit_mismatch(
            fmt::format("{} is a level of the {} scale and {} of the {} scale: levels of two "
                        "scales do not compare",
                        a.text, x.level, b.text, y.level));
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

}  // namespace claimcheck::compare::numeric
