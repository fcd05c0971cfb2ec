// The quantity AST turned into a Quantity: counts, multiples and shares.
#include "grammar/quantity/convert.hpp"

namespace claimcheck::grammar::quantities {

std::variant<Quantity, ParseError> Converter::operator()(const ast::count& written) const {
    if (auto e = marked_ends(written, begin)) {
        return *e;
    }
    if (names_degrees(written)) {  // "70 degrees F", "86 degrees", "2 below zero"
        auto scaled = with_degree_scale(written, options.degree_unit, begin);
        if (const auto* e = std::get_if<ParseError>(&scaled)) {
            return *e;
        }
        return convert(std::get<ast::count>(scaled));
    }
    if (!needs_range_ends(written)) {
        return convert(written);
    }
    auto priced_or = with_range_ends(written, begin);
    if (const auto* e = std::get_if<ParseError>(&priced_or)) {
        return *e;
    }
    return convert(std::get<ast::count>(priced_or));
}

std::variant<Quantity, ParseError> Converter::convert(const ast::count& written) const {
    if (!written.parts.empty()) {
        return compound(written, options, begin, library);
    }
    auto subunit_or = in_subunit(written, options.currency, library, begin);
    if (const auto* e = std::get_if<ParseError>(&subunit_or)) {
        return *e;
    }
    const auto& subunit = std::get<std::optional<InSubunit>>(subunit_or);
    const ast::count& c = subunit ? subunit->count : written;
    auto sense_or = sense_of(c, library, begin);
    if (const auto* e = std::get_if<ParseError>(&sense_or)) {
        return *e;
    }
    auto& sense = std::get<CountSense>(sense_or);
    if (const auto changed = subunit ? std::nullopt : with_change_after_unit(c, sense.reading)) {
        return convert(*changed);
    }
    if (subunit) {  // "10 cents" is 0.10 of the currency
        sense.scaling.map = [inner = sense.scaling.map, f = subunit->fraction](double x) { return inner(x) * f; };
    }
    Quantity q = described(c, sense);
    if (auto e = mismatched_words(c, sense.reading, begin)) {
        return *e;
    }
    set_first_number(q, c);
    CountText text = count_text(c, q);
    if (auto e = out_of_range(c, q, begin)) {
        return *e;
    }
    if (c.joiner == ast::Joiner::in && sense.reading.unit) {  // "11 in 5 ft"
        return error_at(c.unit_at, begin,
                        "'in' between two numbers makes a share ('one in three'), which has no unit: write a "
                        "compound amount from its largest unit ('5 ft 11 in')");
    }
    if ((c.joiner == ast::Joiner::in || c.joiner == ast::Joiner::per) && c.direction != ast::Direction::none) {
        return error_at(c.first.at, begin,
                        "a change ('fell', 'up') is not read of a share ('1 in 5', '2 per 100'): write the change in "
                        "percent or points ('fell 20%', 'down 2 points')");
    }
    if (c.joiner == ast::Joiner::in || c.joiner == ast::Joiner::per) {
        return part_per_whole(std::move(q), c, options.tolerance, begin);
    }
    if (c.first.fraction && q.dimension == Dimension::percent && c.mark == ast::Mark::none) {  // "two-thirds"
        return fraction_percent(std::move(q), c, options.tolerance);
    }
    if (auto e = set_interval(q, text, c, sense.scaling, options.tolerance, begin)) {
        return *e;
    }
    set_canonical(q, c, text, sense.reading.ordinal_suffix);
    return in_canonical_unit(std::move(q), c, sense, text, begin);
}

std::variant<Quantity, ParseError> Converter::operator()(const ast::multiple& m) const {
    if (auto e = unrepresentable(m.factor, begin)) {
        return *e;
    }
    Quantity q;
    q.dimension = Dimension::ratio;
    q.change = true;
    q.qualifier = m.qual.kind;
    q.qualifier_word = m.qual.word;
    q.number = q.number_high = value_of(m.factor);
    q.step = step_of(m.factor);
    q.round_low = q.number - q.step / 2;
    q.round_high = q.number + q.step / 2;
    if (q.number <= 0) {
        return error_at(m.factor.at ? m.factor.at : begin, begin, "a multiple is more than 0");
    }
    if (m.noun == ast::Direction::down) {  // "a three-fold reduction": to a third, or by 300%?
        return error_at(m.factor.at ? m.factor.at : begin, begin,
                        "a multiple of a fall ('" + m.noun_word +
                            "') can be read two ways: write the factor ('a third of') or the percentage ('down 67%')");
    }
    apply_qualifier(q, options.tolerance, 0, infinity);
    q.written = q.written_high = q.number;
    q.written_step = q.step;
    q.written_unit = "times";
    const bool one_word = m.word != "times" && m.word != "fold" && m.word != "-fold";
    q.canonical = qualifier_prefix(m.qual) + (one_word ? m.word : number_text(q.number, q.step) + " times");
    return q;
}

namespace {

// The shares of the whole, in percent, a vague share allows: more than half,
// less than half (but some), or not more than half.
Interval vague_share(ast::Share word) {
    switch (word) {
        case ast::Share::minority:
            return {0, 50, false, false};
        case ast::Share::no_majority:
            return {0, 50, true, true};
        default:
            return {50, 100, false, true};
    }
}

}  // namespace

std::variant<Quantity, ParseError> Converter::operator()(const ast::share& s) const {
    static constexpr std::array<const char*, 6> keys{"most", "majority", "predominantly",
                                                     "half", "minority", "no majority"};
    Quantity q;
    q.dimension = Dimension::percent;
    q.percent = true;
    q.vague = keys[static_cast<std::size_t>(s.word)];
    q.unit = text::lower_words(s.unit);
    q.qualifier = s.qual.kind;
    q.qualifier_word = s.qual.word;
    if (s.word == ast::Share::half) {
        q.number = q.number_high = q.round_low = q.round_high = 50;
        apply_qualifier(q, options.tolerance, 0, 100);
    } else {
        if (s.qual.kind != Qualifier::none) {
            return error_at(begin, begin, "'" + s.written + "' takes no qualifier ('" + s.qual.word + "')");
        }
        q.allows = vague_share(s.word);
        q.number = q.round_low = q.allows.low;
        q.number_high = q.round_high = q.allows.high;
    }
    q.written = q.number;
    q.written_high = q.number_high;
    q.written_unit = "%";
    q.canonical = qualifier_prefix(s.qual) + s.written + (q.unit.empty() ? "" : " " + q.unit);
    return q;
}

}  // namespace claimcheck::grammar::quantities

namespace claimcheck::grammar {

namespace detail {

std::variant<Quantity, ParseError> to_quantity(const ast::quantity& tree, const QuantityOptions& options,
                                               const char* begin, bool in_text) {
    auto result = boost::apply_visitor(quantities::Converter{options, begin, !in_text}, tree);
    if (auto* q = std::get_if<Quantity>(&result)) {
        mark_estimate(*q);
    }
    return result;
}

std::variant<Quantity, ParseError> parse_plain_quantity(std::string_view value, QuantityOptions options) {
    return detail::parse_value<ast::quantity, Quantity>(
        value, parser::quantity_value(),
        [&](const ast::quantity& tree, const char* begin) { return detail::to_quantity(tree, options, begin, false); },
        quantities::explain_start, quantities::explain_expectation);
}

}  // namespace detail

std::variant<Quantity, ParseError> parse_quantity(std::string_view value, QuantityOptions options) {
    if (auto estimate = detail::parse_estimate(value, options)) {  // "52 (95% CI 20-87)", "4,600 ± 200"
        return *std::move(estimate);
    }
    if (auto conversion = detail::parse_conversion(value, options)) {  // "230 km/h (125 knots)"
        return *std::move(conversion);
    }
    return detail::parse_plain_quantity(value, options);
}

}  // namespace claimcheck::grammar
