// with_interval (estimate.hpp): a point and the tail read after it made one
// estimate, its interval in canonical units, its canonical text; or why the
// two do not go together (docs/grammar.md "Estimates").
#include <algorithm>
#include <cmath>
#include <string>

#include "grammar/quantity/estimate.hpp"
#include "grammar/parse_value.hpp"
#include "grammar/text.hpp"

namespace claimcheck::grammar::detail {

namespace {

std::string quoted(std::string_view s) {
    return "'" + std::string(s) + "'";
}

// `text` (the part of the parsed text at offset `at`, or a copy of it with a
// unit added) read as a value of its own; errors count from the parsed text's start.
std::variant<Quantity, ParseError> part(std::string_view text, std::size_t at) {
    auto result = parse_plain_quantity(text, {});
    if (auto* error = std::get_if<ParseError>(&result)) {
        error->offset = std::min(error->offset, text.size()) + at;
    }
    return result;
}

std::size_t offset_in(std::string_view s, const char* begin) {
    return static_cast<std::size_t>(s.data() - begin);
}

// A number without unit, currency or mark: "20".
bool bare(const Quantity& q) {
    return q.dimension == Dimension::count && q.unit.empty() && q.currency.empty();
}

// Why `point` cannot carry an interval, if it cannot: a qualifier other than
// "estimated", a range, a share of a whole or a change.
std::optional<ParseError> point_error(const Quantity& point, std::string_view text, const char* begin) {
    const std::size_t at = offset_in(text, begin);
    if (point.qualifier == Qualifier::range) {
        return ParseError{at, "an estimate is one number, not a range (" + quoted(text) + ")"};
    }
    if (point.qualifier != Qualifier::none && !point.estimate) {
        return ParseError{at, "an estimate with an interval takes no qualifier (" + quoted(point.qualifier_word) +
                                  "): write 'an estimated' or none"};
    }
    if (point.of || !point.vague.empty() || point.change) {
        return ParseError{at,
                          "an interval goes with one level, not a share of a whole or a change (" + quoted(text) + ")"};
    }
    return std::nullopt;
}

// A bound or margin without a unit, read in the estimate's unit: "48% (95%
// CI 45-51)" is 45%-51%, "12 km (range 10-14)" 10-14 km. A bare number after
// money or another unit written before the number is refused.
std::variant<Quantity, ParseError> in_point_unit(std::string_view text, const Quantity& point, const char* begin,
                                                 std::string_view what) {
    const std::size_t at = offset_in(text, begin);
    auto read = part(text, at);
    const auto* q = std::get_if<Quantity>(&read);
    if (q == nullptr || !bare(*q) || point.dimension == Dimension::count) {
        return read;
    }
    if (point.dimension == Dimension::percent) {
        return part(std::string(text) + "%", at);
    }
    if (point.dimension == Dimension::money || point.written_unit.empty() || point.unit_before) {
        return ParseError{at, "the " + std::string(what) + " " + quoted(text) +
                                  " needs a unit, as the estimate has one (" + quoted(point.canonical) + ")"};
    }
    return part(std::string(text) + " " + point.written_unit, at);
}

// A bound as a figure in the estimate's dimension.
std::variant<Quantity, ParseError> bound(std::string_view text, const Quantity& point, const char* begin) {
    const std::size_t at = offset_in(text, begin);
    auto read = in_point_unit(text, point, begin, "bound");
    const auto* q = std::get_if<Quantity>(&read);
    if (q == nullptr) {
        return read;
    }
    if (q->qualifier != Qualifier::none || q->of || !q->vague.empty() || q->estimate) {
        return ParseError{at, "a bound of the interval is one number, without qualifier (" + quoted(text) + ")"};
    }
    if (q->dimension != point.dimension || q->change != point.change || q->currency != point.currency) {
        const std::string what = q->currency != point.currency && q->dimension == point.dimension
                                     ? q->currency
                                     : std::string(dimension_name(q->dimension));
        const std::string estimate = q->currency != point.currency && q->dimension == point.dimension
                                         ? point.currency
                                         : std::string(dimension_name(point.dimension));
        return ParseError{at, "the bound " + quoted(text) + " is " + what + " and the estimate " + estimate};
    }
    return read;
}

// Where a confidence interval or range splits into its bounds: " to ", or a
// dash (-, –, —) after the low bound.
std::optional<std::pair<std::string_view, std::string_view>> split_bounds(std::string_view s) {
    for (std::size_t i = 1; i + 3 < s.size(); ++i) {
        if (is_space(s[i - 1]) && (s[i] == 't' || s[i] == 'T') && (s[i + 1] == 'o' || s[i + 1] == 'O') &&
            is_space(s[i + 2])) {
            return std::pair{s.substr(0, i), s.substr(i + 2)};
        }
    }
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::size_t width = s[i] == '-'                                                              ? 1
                                  : (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94") ? 3
                                                                                                           : 0;
        if (width > 0 && !trimmed(s.substr(0, i)).empty()) {
            return std::pair{s.substr(0, i), s.substr(i + width)};
        }
    }
    return std::nullopt;
}

// An estimate's stated interval, and the tail as canonical text writes it.
struct StatedInterval {
    Interval bounds;
    std::string canonical;
};

ParseError two_bounds(const EstimateTail& tail, const char* begin) {
    const std::string found = tail.bounds.empty() ? std::string("nothing") : quoted(tail.bounds);
    const std::size_t at =
        tail.bounds.empty() ? static_cast<std::size_t>(tail.end - 1 - begin) : offset_in(tail.bounds, begin);
    return ParseError{at, "the interval needs two bounds ('20 to 87'), found " + found};
}

std::variant<StatedInterval, ParseError> bounds_of(const Quantity& point, const EstimateTail& tail, const char* begin) {
    const auto split = split_bounds(tail.bounds);
    if (!split || trimmed(split->first).empty() || trimmed(split->second).empty()) {
        return two_bounds(tail, begin);
    }
    auto low = bound(trimmed(split->first), point, begin);
    if (const auto* e = std::get_if<ParseError>(&low)) {
        return *e;
    }
    auto high = bound(trimmed(split->second), point, begin);
    if (const auto* e = std::get_if<ParseError>(&high)) {
        return *e;
    }
    const auto& l = std::get<Quantity>(low);
    const auto& h = std::get<Quantity>(high);
    if (h.number < l.number) {
        return ParseError{offset_in(trimmed(split->second), begin), "the interval's high end is below its low end"};
    }
    StatedInterval out{Interval{l.number, h.number}, ""};
    const std::string words = tail.kind == IntervalKind::range
                                  ? "range "
                                  : (tail.confidence > 0 ? text::shortest(tail.confidence) + "% " : "") + "CI ";
    out.canonical = " (" + words + l.canonical + " to " + h.canonical + ")";
    return out;
}

// "± 200", "±3%" (of the estimate), "±3 percentage points" (of a percentage).
std::variant<StatedInterval, ParseError> margin_of(const Quantity& point, const EstimateTail& tail, const char* begin,
                                                   double& margin, double& relative) {
    if (tail.margin.empty()) {
        return ParseError{static_cast<std::size_t>(tail.end - begin), "expected the margin after '\xC2\xB1'"};
    }
    const std::size_t at = offset_in(tail.margin, begin);
    const std::string text = quoted(tail.margin);
    auto read = part(tail.margin, at);
    const auto* q = std::get_if<Quantity>(&read);
    if (q == nullptr) {
        return std::get<ParseError>(read);
    }
    if (q->qualifier != Qualifier::none || q->of || !q->vague.empty()) {
        return ParseError{at, "a margin of error is one number, without qualifier (" + text + ")"};
    }
    if (q->dimension == Dimension::percent && point.dimension == Dimension::percent) {
        return ParseError{at, "the margin " + text +
                                  " on a percentage is ambiguous: write it in percentage points ('3 percentage "
                                  "points') or as the interval"};
    }
    if (q->dimension == Dimension::percent) {
        relative = q->number;
        margin = std::fabs(point.number) * q->number / 100;
    } else if (q->dimension == Dimension::points && point.dimension == Dimension::percent) {
        margin = q->number;
    } else if (bare(*q) && point.dimension != Dimension::count) {
        const std::string hint = point.dimension == Dimension::percent
                                     ? ": write '\xC2\xB1" + std::string(tail.margin) + " percentage points'"
                                     : ", as the estimate has one (" + quoted(point.canonical) + ")";
        return ParseError{at, "the margin " + text + " needs a unit" + hint};
    } else if (q->dimension != point.dimension || q->change || q->currency != point.currency) {
        return ParseError{
            at, "the margin " + text + " is " + std::string(dimension_name(q->dimension)) +
                    (q->dimension == point.dimension ? " in " + q->currency : std::string()) + " and the estimate " +
                    (q->dimension == point.dimension ? point.currency : std::string(dimension_name(point.dimension)))};
    } else {
        margin = q->number - q->offset;  // a difference: no offset ("±2 °F")
    }
    if (!(margin > 0)) {
        return ParseError{at, "a margin of error is more than 0"};
    }
    return StatedInterval{Interval{point.number - margin, point.number + margin}, " \xC2\xB1 " + q->canonical};
}

}  // namespace

std::variant<Quantity, ParseError> with_interval(Quantity point, const EstimateTail& tail, const char* begin,
                                                 std::string_view point_text) {
    std::string_view text = trimmed(point_text);
    if (auto e = point_error(point, text, begin)) {
        return *e;
    }
    double margin = 0;
    double relative = 0;
    auto interval_or = tail.kind == IntervalKind::margin ? margin_of(point, tail, begin, margin, relative)
                                                         : bounds_of(point, tail, begin);
    if (const auto* e = std::get_if<ParseError>(&interval_or)) {
        return *e;
    }
    const auto& stated = std::get<StatedInterval>(interval_or);
    if (!stated.bounds.contains(point.number)) {
        if (point.estimate) {  // "an estimated 52": the estimate is 52
            text = trimmed(text.substr(point.qualifier_word.size()));
        }
        return ParseError{offset_in(tail.bounds, begin), "the interval " + std::string(tail.bounds) +
                                                             " does not contain the estimate " + std::string(text)};
    }
    point.estimate = true;
    point.interval = tail.kind;
    point.interval_low = stated.bounds.low;
    point.interval_high = stated.bounds.high;
    point.confidence = tail.confidence;
    point.margin = margin;
    point.margin_relative = relative;
    point.qualifier = Qualifier::approx;
    point.tolerance = 0;
    point.allows = stated.bounds;
    point.canonical += stated.canonical;
    return point;
}

}  // namespace claimcheck::grammar::detail
