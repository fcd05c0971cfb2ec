// A count's interval: qualifiers, ranges, bounds, proportions and the canonical text.
#include "grammar/quantity/convert.hpp"

namespace claimcheck::grammar::quantities {

namespace {

ParseError part_above_whole(const ast::count& c, double part, double whole, const char* begin) {
    return error_at(c.second.at, begin,
                    "the part (" + text::shortest(part) + ") is larger than the whole (" + text::shortest(whole) + ")");
}

// Sets an exact share of a whole, in percent, under the qualifier.
void set_percent(Quantity& q, double percent, double tolerance) {
    q.number = q.number_high = q.round_low = q.round_high = percent;
    q.step = 0;
    apply_qualifier(q, tolerance, 0, 100);
    q.written_unit = "%";
    q.written = q.written_high = q.number;
}

// "136 of 183": the part under its qualifier, and the whole.
std::optional<ParseError> set_whole(Quantity& q, CountText& t, const ast::count& c, const Scaling& scaling,
                                    double tolerance, const char* begin) {
    const double whole = value_of(c.second);
    if (c.first.fraction) {  // "three-quarters of the 12 missiles" is 9 of them
        q.number = q.number_high = q.number * whole;
        q.step = 0;
        q.round_low = q.round_high = q.number;
    }
    if (q.number > whole) {
        return part_above_whole(c, q.number, whole, begin);
    }
    q.of = whole;
    t.first += " of " + number_text(whole, step_of(c.second));
    apply_qualifier(q, tolerance, scaling.floor, scaling.top);
    return std::nullopt;
}

// What an approximator allows ("about 3", "about 3-5"): each end of the
// number or range `tolerance` of itself further out, never nearer than its
// rounding allows, within [floor, top].
void widen_approx(Quantity& q, double tolerance, double floor, double top) {
    const double low = q.number;
    const double high = q.qualifier == Qualifier::range ? q.number_high : q.number;
    q.tolerance = tolerance;
    q.allows.low = std::max(std::min(low - std::fabs(low) * tolerance, q.round_low), floor);
    q.allows.high = std::min(std::max(high + std::fabs(high) * tolerance, q.round_high), top);
}

// "180-185", "180 to 185", "between 180 and 185": both ends; "about 3-5 km":
// both ends as far out as an approximator reaches. A comparative before a
// range ("more than 3-5") says nothing one can compare.
std::optional<ParseError> set_range(Quantity& q, CountText& t, const ast::count& c, const Scaling& scaling,
                                    double tolerance, const char* begin) {
    if (c.qual.kind != Qualifier::none && (c.qual.kind != Qualifier::approx || !c.rough.empty())) {
        const char* at = begin;
        while (is_space(*at)) {
            ++at;
        }
        return error_at(at, begin,
                        !c.rough.empty() ? "'" + c.rough + "' takes no qualifier ('" + c.qual.word + "')"
                                         : "a range takes no comparative ('" + c.qual.word +
                                               "'): write its ends ('between 3 and 5')");
    }
    const double high = value_of(c.second);
    if (high < q.number) {
        return error_at(c.second.at, begin, "the range's high end is below its low end");
    }
    const std::string second_text = number_text(high, step_of(c.second)) + t.mark;
    q.number_high = high;
    q.step = 0;
    q.round_low = q.allows.low = q.number;
    q.round_high = q.allows.high = q.number_high;
    q.qualifier = Qualifier::range;
    if (c.qual.kind == Qualifier::approx) {
        widen_approx(q, tolerance, scaling.floor, scaling.top);
    }
    if (!c.rough.empty()) {  // "hundreds": [200, 1,000), written as the words
        q.allows.high_closed = false;
        q.rough = c.rough;
        q.qualifier_word = c.rough;
        t.first = c.rough;
        return std::nullopt;
    }
    switch (c.joiner) {
        case ast::Joiner::between:
            q.qualifier_word = "between";
            t.first = "between " + t.first + " and " + t.currency_prefix + second_text;
            break;
        case ast::Joiner::to:
            q.qualifier_word = "to";
            t.first += " to " + t.currency_prefix + second_text;
            break;
        default:
            q.qualifier_word = "-";
            t.first += "-" + second_text;
            break;
    }
    return std::nullopt;
}

// "more than 20 and at most 35": the ends open or closed as the comparatives
// say. A lower bound comes first, an upper one second, and some number lies
// between them.
std::optional<ParseError> set_bounds(Quantity& q, CountText& t, const ast::count& c, const char* begin) {
    const auto lower = c.qual.kind;
    const auto upper = c.upper.kind;
    const char* at = begin;
    while (is_space(*at)) {
        ++at;
    }
    if (lower != Qualifier::more_than && lower != Qualifier::at_least) {
        return error_at(at, begin,
                        "a range of comparatives starts with a lower bound ('more than', 'at least', 'over')" +
                            (c.qual.word.empty() ? std::string() : ", not '" + c.qual.word + "'"));
    }
    if (upper != Qualifier::fewer_than && upper != Qualifier::at_most) {
        return error_at(c.second.at, begin,
                        "a range of comparatives ends with an upper bound ('fewer than', 'at most', 'under'), not '" +
                            c.upper.word + "'");
    }
    const double high = value_of(c.second);
    const bool low_closed = lower == Qualifier::at_least;
    const bool high_closed = upper == Qualifier::at_most;
    const std::string second_text = number_text(high, step_of(c.second)) + t.mark;
    if (high < q.number || (high == q.number && !(low_closed && high_closed))) {
        return error_at(c.second.at, begin,
                        "the range is empty: no number is " + c.qual.word + " " + t.first + " and " + c.upper.word +
                            " " + t.currency_prefix + second_text);
    }
    q.number_high = high;
    q.step = 0;
    q.round_low = q.allows.low = q.number;
    q.round_high = q.allows.high = high;
    q.allows.low_closed = low_closed;
    q.allows.high_closed = high_closed;
    q.qualifier = Qualifier::range;
    t.first += " and " + c.upper.word + " " + t.currency_prefix + second_text;
    return std::nullopt;
}

}  // namespace

// The interval a single number allows under its qualifier. `floor` is the
// least value the dimension allows (0, or -inf where negatives make sense),
// `top` the greatest (100 for a percentage).
void apply_qualifier(Quantity& q, double tolerance, double floor, double top) {
    const double n = q.number;
    switch (q.qualifier) {
        case Qualifier::none:
            q.allows.low = q.round_low;
            q.allows.high = q.round_high;
            q.allows.low_closed = true;
            q.allows.high_closed = q.step == 0;
            break;
        case Qualifier::approx:
            widen_approx(q, tolerance, floor, top);
            break;
        case Qualifier::more_than:
            q.allows.low = n;
            q.allows.low_closed = false;
            q.allows.high = top;
            q.allows.high_closed = std::isfinite(top);
            break;
        case Qualifier::at_least:
            q.allows.low = n;
            q.allows.high = top;
            q.allows.high_closed = std::isfinite(top);
            break;
        case Qualifier::fewer_than:
            q.allows.low = floor;
            q.allows.low_closed = std::isfinite(floor);
            q.allows.high = n;
            q.allows.high_closed = false;
            break;
        case Qualifier::at_most:
            q.allows.low = floor;
            q.allows.low_closed = std::isfinite(floor);
            q.allows.high = n;
            break;
        case Qualifier::range:
            break;
    }
}

// A quantity with what a count's words say and no number yet: dimension,
// currency, unit words and qualifier.
Quantity described(const ast::count& c, const CountSense& sense) {
    const Dimension d = sense.dimension;
    Quantity q;
    q.dimension = d;
    q.change = c.direction != ast::Direction::none || d == Dimension::ratio || d == Dimension::points;
    q.currency = c.currency;
    q.unit = text::lower_words(c.unit);
    if (sense.reading.unit) {  // the unit as the newsroom table spells it ("°C", "C"), then the other words
        const auto words = words_of(q.unit);
        q.unit = sense.reading.unit->written;
        for (std::size_t i = sense.reading.words; i < words.size(); ++i) {
            q.unit += " " + words[i];
        }
    }
    q.duration = d == Dimension::duration;
    q.percent = d == Dimension::percent;
    q.level = c.level;
    q.qualifier = c.qual.kind;
    q.qualifier_word = c.qual.word;
    return q;
}

// Sets the first number, as written, and its rounding window. A measurement
// written as a whole number is rounded at its units digit ("40 km" → [39.5,
// 40.5) km); counts, money, ages and ordinals are exact.
void set_first_number(Quantity& q, const ast::count& c) {
    const Dimension d = q.dimension;
    double v1 = value_of(c.first) * (c.first.fraction && d == Dimension::ratio ? 100 : 1);
    double s1 =
        step_of(c.first) > 0 || c.first.fraction || c.first.of_unit || !units::measured(d) ? step_of(c.first) : 1;
    if ((d == Dimension::ratio || d == Dimension::points) && c.first.scale == 1 && c.first.decimals == 0 &&
        !c.first.fraction) {
        s1 = 1;  // "up 40%", "2 percentage points": rounded at the units digit
    }
    if ((d == Dimension::age || d == Dimension::ordinal || c.kind == ast::Kind::level) && c.first.scale == 1 &&
        c.first.decimals == 0) {
        s1 = 0;  // "aged 70", "Level 10", "40th": whole years, levels and positions, not rounded to tens
    }
    if (c.qual.exact) {
        s1 = 0;  // "exactly 180"
    }
    v1 = c.minus && units::arbitrary_zero(d) ? -v1 : v1;
    q.number = q.number_high = v1;
    q.step = s1;
    q.round_low = q.number - q.step / 2;
    q.round_high = q.number + q.step / 2;
}

CountText count_text(const ast::count& c, const Quantity& q) {
    const Dimension d = q.dimension;
    CountText t;
    if (c.first.fraction || c.first.of_unit) {
        t.number = c.first.written;  // "two-thirds", "half an"
    } else if (c.kind == ast::Kind::level) {
        t.number = text::group_thousands(digits_of(q.number));  // "level 10": exact, with no ".0" nor "th"
    } else if (c.kind == ast::Kind::p_value) {
        t.number = number_text(q.number, q.step);
    } else if (c.first.denominator > 0) {
        t.number = numeral_text(c.first);  // "10 1/2"
    } else if ((d == Dimension::age || d == Dimension::ordinal) && q.step == 0 && is_integer(q.number)) {
        // "aged 70", "40th": exact, with no ".0"
        t.number =
            text::group_thousands(digits_of(q.number)) + (d == Dimension::ordinal ? ordinal_suffix(q.number) : "");
    } else {
        t.number = number_text(q.number, q.step) + (d == Dimension::ordinal ? ordinal_suffix(q.number) : "");
    }
    t.prefix = qualifier_prefix(c.qual) + std::string(direction_word(c.direction));
    if (c.kind == ast::Kind::age) {
        t.prefix += "aged ";
    } else if (c.kind == ast::Kind::magnitude) {
        t.prefix += "magnitude ";
    } else if (c.kind == ast::Kind::level) {
        t.prefix += c.level + " ";
    } else if (c.kind == ast::Kind::p_value) {  // "p < 0.001", "p = 0.03"
        t.prefix = "p " + (c.qual.kind == Qualifier::none ? std::string("=") : c.qual.word) + " ";
    }
    t.currency_before = !c.currency_written.empty() && c.currency_at == ast::Place::before;
    const bool sign_before = t.currency_before && units::glued_sign(c.currency_written);
    t.currency_prefix = t.currency_before ? c.currency_written + (sign_before ? "" : " ") : std::string();
    t.currency_suffix = c.currency_at == ast::Place::after ? " " + c.currency_written : std::string();
    t.mark = std::string(mark_text(c.mark));
    if (c.first.fraction && c.mark == ast::Mark::percent) {
        t.mark = " percent";  // "half a percent", not "half a%"
    }
    t.first = t.currency_prefix + (c.minus && !units::arbitrary_zero(d) ? "-" : "") + t.number + t.mark;
    return t;
}

// A first number its dimension cannot hold: a percentage above 100%, an
// ordinal that is not a whole number from 1.
std::optional<ParseError> out_of_range(const ast::count& c, const Quantity& q, const char* begin) {
    if (q.dimension == Dimension::percent && !q.change && q.number > 100 && c.joiner == ast::Joiner::none) {
        return error_at(c.first.at, begin, "a percentage is at most 100%");
    }
    const bool range = c.joiner == ast::Joiner::dash || c.joiner == ast::Joiner::to || c.joiner == ast::Joiner::between;
    if (q.dimension == Dimension::percent && !q.change && range && value_of(c.second) > 100) {
        return error_at(c.second.at ? c.second.at : c.first.at, begin, "a percentage is at most 100%");
    }
    if (c.kind == ast::Kind::level && (!is_integer(q.number) || q.number < 0)) {
        return error_at(c.first.at, begin, "a level of a named scale is a whole number ('" + c.level + " 4')");
    }
    if (q.dimension == Dimension::ordinal && c.kind != ast::Kind::level && (!is_integer(q.number) || q.number < 1)) {
        return error_at(c.first.at, begin, "an ordinal is a whole number from 1");
    }
    if (q.dimension == Dimension::probability && q.number > 1) {
        return error_at(c.first.at, begin, "a p-value is a probability from 0 to 1");
    }
    return std::nullopt;
}

// "one in three", "15 per 100,000": the part as a percentage of the whole.
std::variant<Quantity, ParseError> part_per_whole(Quantity q, const ast::count& c, double tolerance,
                                                  const char* begin) {
    const double part = q.number;
    const double whole = value_of(c.second);
    if (whole == 0 || part > whole) {
        return part_above_whole(c, part, whole, begin);
    }
    set_percent(q, part / whole * 100, tolerance);
    q.canonical = qualifier_prefix(c.qual) + text::shortest(part) + (c.joiner == ast::Joiner::in ? " in " : " per ") +
                  text::group_thousands(digits_of(whole));
    return q;
}

// "two-thirds": the fraction as a percentage.
Quantity fraction_percent(Quantity q, const ast::count& c, double tolerance) {
    set_percent(q, q.number * 100, tolerance);
    q.canonical = qualifier_prefix(c.qual) + c.first.written + (q.unit.empty() ? "" : " " + q.unit);
    return q;
}

// The interval a count allows: a part of a whole, a range, or one number
// under its qualifier.
std::optional<ParseError> set_interval(Quantity& q, CountText& t, const ast::count& c, const Scaling& scaling,
                                       double tolerance, const char* begin) {
    if (c.joiner == ast::Joiner::bounds) {
        return set_bounds(q, t, c, begin);
    }
    if (c.joiner == ast::Joiner::of) {
        return set_whole(q, t, c, scaling, tolerance, begin);
    }
    if (c.joiner != ast::Joiner::none) {
        return set_range(q, t, c, scaling, tolerance, begin);
    }
    apply_qualifier(q, tolerance, scaling.floor, scaling.top);
    return std::nullopt;
}

// Sets the canonical text: the words before the number, the number with its
// currency, and the unit words. An ordinal suffix ("4th term") is not a unit
// word, and is dropped from the unit.
void set_canonical(Quantity& q, const ast::count& c, const CountText& t, bool ordinal_suffix) {
    const bool unit_words = (c.kind == ast::Kind::plain || c.kind == ast::Kind::level) && !q.unit.empty();
    // "hundreds of people", "hundreds of millions of dollars"; "several hundred people"
    const bool rough_of = c.rough_plural && (unit_words || !t.currency_suffix.empty());
    std::string canonical = t.prefix + t.first + (rough_of ? " of" : "") + t.currency_suffix;
    if (unit_words) {
        canonical += (c.hyphen_unit ? "-" : " ") + q.unit;
    }
    if (ordinal_suffix) {
        const auto space = q.unit.find(' ');
        q.unit = space == std::string::npos ? std::string() : q.unit.substr(space + 1);
        canonical = t.prefix + t.number + (q.unit.empty() ? "" : " " + q.unit);
    }
    q.canonical = canonical;
}

// The quantity in its dimension's canonical unit, with the unit as written
// for explanations; a conversion that ends in NaN is refused.
std::variant<Quantity, ParseError> in_canonical_unit(Quantity q, const ast::count& c, const CountSense& sense,
                                                     const CountText& t, const char* begin) {
    map_quantity(q, sense.scaling.map, sense.scaling.decreasing);
    q.unit_before = (q.dimension == Dimension::money && t.currency_before) || c.kind == ast::Kind::level;
    q.written_unit = q.dimension == Dimension::money ? c.currency_written
                     : c.kind == ast::Kind::level    ? c.level  // shown "category 4"
                     : c.kind == ast::Kind::p_value  ? std::string()
                     : c.mark != ast::Mark::none     ? std::string(t.mark.substr(t.mark.front() == ' ' ? 1 : 0))
                     : sense.reading.unit            ? sense.reading.unit->written
                                                     : q.unit;
    for (double v : {q.number, q.number_high, q.allows.low, q.allows.high}) {
        if (std::isnan(v)) {
            return error_at(c.first.at, begin, "the number is too large");
        }
    }
    if (units::arbitrary_zero(q.dimension) && !q.change && std::min(q.number, q.number_high) < 0) {
        return error_at(c.first.at, begin, "the temperature is below absolute zero (-273.15 °C, -459.67 °F)");
    }
    return q;
}

}  // namespace claimcheck::grammar::quantities
