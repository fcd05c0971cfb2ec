// §6.1 numeric: quantity claims. Its verdicts are the numeric rows of
// `verdict_table` (src/model/verdict.hpp); the rules are in the other files of
// this folder, one part each (internal.hpp).
#include "compare/numeric/internal.hpp"

#include <fmt/format.h>

namespace claimcheck::compare {

using grammar::Qualifier;
using grammar::Quantity;
using units::Dimension;

std::optional<units::NamedUnit> numeric_unit(const Topic* topic) {
    if (topic == nullptr || topic->unit.empty()) {
        return std::nullopt;
    }
    units::NamedUnit unit = units::remembered_named_unit(topic->unit);
    if (unit.dimension == Dimension::count) {
        return std::nullopt;  // a count label: "people"
    }
    return unit;
}

std::string numeric_display(const Quantity& q, const units::NamedUnit& unit, const Story& story) {
    if (q.dimension != unit.dimension || numeric::written_in(q, unit)) {
        return "";
    }
    Quantity storage;
    const Quantity* in = unit.dimension == Dimension::money ? in_currency(q, unit.currency, &story, storage) : &q;
    return in != nullptr ? numeric::value_in(*in, unit) : "";
}

std::string numeric_key(const Quantity& q, std::string_view scope) {
    if (numeric::shown_in_unit(q) || q.change) {
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

std::optional<PairVerdict> compare_numeric(const ValueGroup& a, const ValueGroup& b, const Context& context) {
    using namespace numeric;
    Side x = side_of(a, context);
    Side y = side_of(b, context);
    face_with_conversion(x, *y.q);
    face_with_conversion(y, *x.q);
    Converted storage;
    if (auto mismatch = dimension_check(x, y, context, storage)) {
        return mismatch;
    }
    if (x.scope != y.scope) {
        return compare_scopes(x, y);
    }
    if (!count_rules(*x.q)) {
        return same_digits_in_two_units(x, y, compare_amounts(x, y));
    }
    return compare_same_scope(x, y);
}

}  // namespace claimcheck::compare
