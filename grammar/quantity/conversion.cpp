// A figure with its conversion beside it, in parentheses: "230 km/h (125
// knots)", "15.8 inches (401 mm)", "$5.1 billion (7.06 trillion won)" (spec
// §11, docs/grammar.md "Conversions"). One claim said twice: the value is the
// first figure, and the conversion is kept (Quantity::conversions) so that a
// source writing in the other unit or currency compares with it.
#include "grammar/quantity/estimate.hpp"

#include <cstddef>
#include <string>

#include "grammar/parse_value.hpp"

namespace claimcheck::grammar::detail {

namespace {

// The '(' that opens the parenthesis closing `value` at its end, with a space
// before it and none inside: its offset, else npos.
std::size_t opening_of_last_parenthesis(std::string_view value) {
    if (value.empty() || value.back() != ')') {
        return std::string_view::npos;
    }
    const std::size_t open = value.rfind('(');
    if (open == std::string_view::npos || open == 0 || !is_space(value[open - 1]) ||
        value.find(')', open) != value.size() - 1) {
        return std::string_view::npos;
    }
    return open;
}

// Whether `b` can be `a` written in another unit: one dimension, and for
// money any currency (the point of writing one).
bool same_amount_kind(const Quantity& a, const Quantity& b) {
    return a.dimension == b.dimension && a.change == b.change && a.percent == b.percent && !b.estimate &&
           b.conversions.empty();
}

// "forty-five (45)", "45 (forty-five)": a count with its figure restated in
// parentheses, as legal and official copy writes it. The same number is the
// count once; another number is an error, never a guess at which is meant.
std::optional<std::variant<Quantity, ParseError>> restated(Quantity q, std::string_view inner, std::size_t open,
                                                           const QuantityOptions& options) {
    auto again = parse_plain_quantity(inner, options);
    const auto* r = std::get_if<Quantity>(&again);
    if (r == nullptr || r->dimension != units::Dimension::count || !r->unit.empty() ||
        r->qualifier != Qualifier::none) {
        return std::nullopt;  // not a bare figure: the value's own error says why
    }
    if (r->number != q.number || q.qualifier == Qualifier::range) {
        return ParseError{open, "'(" + std::string(inner) + ")' is not the figure " + q.canonical +
                                    " restated: a figure in parentheses after a count restates it; give each "
                                    "figure its own claim"};
    }
    return q;
}

}  // namespace

std::optional<std::variant<Quantity, ParseError>> parse_conversion(std::string_view value, QuantityOptions options) {
    const std::size_t open = opening_of_last_parenthesis(value);
    if (open == std::string_view::npos) {
        return std::nullopt;
    }
    const std::string_view first = value.substr(0, open);
    const std::string_view inner = value.substr(open + 1, value.size() - open - 2);
    auto primary = parse_plain_quantity(first, options);
    auto* q = std::get_if<Quantity>(&primary);
    if (q == nullptr) {
        return std::nullopt;  // the value's own error says why
    }
    if (q->dimension == units::Dimension::count) {
        return restated(std::move(*q), inner, open, options);
    }
    // A conversion shares the figure's qualifier: "about 230 km/h (140 mph)".
    const bool inherit = q->qualifier != Qualifier::none && !q->qualifier_word.empty();
    auto second =
        parse_plain_quantity(inherit ? q->qualifier_word + " " + std::string(inner) : std::string(inner), options);
    auto* c = std::get_if<Quantity>(&second);
    if (c == nullptr) {
        return std::nullopt;
    }
    if (!same_amount_kind(*q, *c)) {
        return ParseError{open, "'(" + std::string(inner) + ")' is not " + q->canonical +
                                    " in another unit: a figure in parentheses after a value is read as its "
                                    "conversion; give each figure its own claim"};
    }
    q->canonical += " (" + std::string(inner) + ")";
    q->conversions.push_back(std::move(*c));
    return std::move(*q);
}

}  // namespace claimcheck::grammar::detail
