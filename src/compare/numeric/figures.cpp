// §6.1 numeric: how figures read in a unit. The sides of a pair, named by
// the source's words and, where a unit is shown, their figures in it.
#include "compare/numeric/internal.hpp"
#include "units/units.hpp"

#include <algorithm>
#include <cmath>
#include <fmt/format.h>

namespace claimcheck::compare::numeric {

using grammar::Qualifier;
using grammar::Quantity;
using units::Dimension;

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

std::string describe(const Interval& interval) {
    return describe_with(interval, [](double v) { return amount(v); });
}

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

units::NamedUnit unit_of(const Quantity& q) {
    return {q.dimension, q.written_unit, q.unit_before, q.currency, q.scale, q.offset};
}

std::string in_unit(double value, const units::NamedUnit& unit, int digits) {
    double written = units::in_named_unit(unit, value);
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
    if (unit.before) {
        return units::glued_sign(u) ? u + number : u + " " + number;
    }
    return u == "%" ? number + u : number + " " + u;
}

std::string shown(const Side& side, double value, int digits) {
    return side.display != nullptr ? in_unit(value, *side.display, digits) : amount(value);
}

int digits_for(const Interval& interval, const Side& side) {
    if (side.display == nullptr || !std::isfinite(interval.low) || !std::isfinite(interval.high)) {
        return 3;
    }
    const double low = units::in_named_unit(*side.display, interval.low);
    const double high = units::in_named_unit(*side.display, interval.high);
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
        return describe_with(interval.mirrored(), [&](double v) { return shown(side, v, digits); });
    }
    return describe_with(interval, [&](double v) { return shown(side, v, digits); });
}

namespace {

// The source's words for a value: its canonical text, else its figures as
// amount() writes them ("about 180", "136 of 183").
std::string short_text(const Quantity& q) {
    if (shown_in_unit(q) || q.change || !q.rough.empty()) {
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

}  // namespace

Side side_of(const ValueGroup& group, const Context& context) {
    Side side;
    side.q = &std::get<Quantity>(group.first->value);
    const Topic* topic = context.group != nullptr ? context.group->declared : nullptr;
    side.scope = effective_scope(*group.first, topic);
    side.total = side.scope == (topic != nullptr ? topic->scope : std::string());
    side.text = side.words = short_text(*side.q);
    return side;
}

void face_with_conversion(Side& side, const Quantity& other) {
    if (side.q->conversions.empty()) {
        return;  // the common case: no unit to build for the other side
    }
    const units::NamedUnit unit = unit_of(other);
    if (written_in(*side.q, unit)) {
        return;
    }
    for (const Quantity& conversion : side.q->conversions) {
        if (written_in(conversion, unit)) {
            side.q = &conversion;  // the source's own figure in the other's unit
            side.conversion = true;
            return;
        }
    }
}

std::string value_in(const Quantity& q, const units::NamedUnit& unit) {
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

bool written_in(const Quantity& q, const units::NamedUnit& unit) {
    const auto close = [](double a, double b) { return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), 1.0); };
    // A fall has a negative scale ("down 50 basis points": -0.01).
    return q.currency == unit.currency && close(std::fabs(q.scale), unit.scale) && close(q.offset, unit.offset);
}

void show_in(Side& side, const Quantity& original, const units::NamedUnit& unit, bool named) {
    side.display = &unit;
    if (named && !written_in(original, unit)) {
        side.figure = value_in(*side.q, unit);
        side.written_unit = original.dimension == Dimension::money ? original.currency : original.written_unit;
    }
    if (!side.figure.empty()) {
        side.text = fmt::format("{} ({})", side.words, side.figure);
    }
}

std::string allowing(const Side& side, const std::string& figures) {
    if (side.figure == figures) {  // a range allows its own figures
        return side.text;
    }
    if (side.figure.empty()) {
        return fmt::format("{} ({})", side.text, figures);
    }
    return fmt::format("{} ({}; {})", side.words, side.figure, figures);
}

}  // namespace claimcheck::compare::numeric
