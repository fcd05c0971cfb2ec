// The quantity converters' shared parts (grammar-internal): each file of
// grammar/quantity/ that turns the AST into a Quantity declares here what
// the others use.
#pragma once

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>
#include <unordered_map>
#include <functional>
#include <optional>
#include "grammar/convert.hpp"
#include "grammar/quantity/estimate.hpp"
#include "grammar/parse_value.hpp"
#include "units/units.hpp"
#include "grammar/quantity/quantity.hpp"
#include "grammar/text.hpp"
#include "util/text.hpp"

namespace claimcheck::grammar::quantities {

namespace x3 = boost::spirit::x3;

using detail::error_at;
using detail::is_space;

inline constexpr double infinity = std::numeric_limits<double>::infinity();

// Maps a quantity read in written units into canonical units with an
// increasing (or, `decreasing`, a decreasing) map.
template <typename Map>
void map_quantity(Quantity& q, Map map, bool decreasing) {
    q.written = q.number;
    q.written_high = q.number_high;
    q.written_step = q.step;
    q.offset = map(0);
    q.scale = map(1) - q.offset;
    double const step_end = map(q.number + q.step);
    q.number = map(q.number);
    q.number_high = map(q.number_high);
    q.step = std::fabs(step_end - q.number);
    q.round_low = map(q.round_low);
    q.round_high = map(q.round_high);
    q.low = map(q.low);
    q.high = map(q.high);
    if (decreasing) {
        std::swap(q.low, q.high);
        std::swap(q.low_closed, q.high_closed);
        std::swap(q.round_low, q.round_high);
        if (q.qualifier == Qualifier::range) {
            std::swap(q.number, q.number_high);
        }
    }
    if (q.of) {
        *q.of = map(*q.of);
    }
}

// What the words after a number say: a unit (the longest run of up to
// three words the unit tables know), an ordinal suffix ("4th"), or words of a
// count ("people").
struct UnitReading {
    std::optional<units::Unit> unit;
    std::size_t words = 0;  // how many of the unit words make the unit
    bool ordinal_suffix = false;
};

// The map from the number as written to the dimension's canonical unit.
struct Scaling {
    std::function<double(double)> map = [](double x) { return x; };
    bool decreasing = false;
    double floor = 0;
    double top = std::numeric_limits<double>::infinity();
};

// What a count's words mean: the unit they name, the dimension, and the map
// into the dimension's canonical unit.
struct CountSense {
    UnitReading reading;
    Dimension dimension = Dimension::count;
    Scaling scaling;
};

// A count written back, in pieces: the number as written, the words before
// it (qualifier, direction, "aged", "magnitude"), the currency around it, the
// mark after it, and the first number with its currency, sign and mark.
struct CountText {
    std::string number;
    std::string prefix;
    bool currency_before = false;
    std::string currency_prefix;
    std::string currency_suffix;
    std::string mark;
    std::string first;
};

struct Converter {
    QuantityOptions const& options;
    char const* begin;
    bool library;  // a `value`: unit words UDUNITS-2 reads are units too

    std::variant<Quantity, ParseError> operator()(ast::count const& c) const;
    std::variant<Quantity, ParseError> convert(ast::count const& c) const;  // a count whose range ends are read
    std::variant<Quantity, ParseError> operator()(ast::multiple const& m) const;
    std::variant<Quantity, ParseError> operator()(ast::share const& s) const;
};

// number_text.cpp: numbers as written: their value, stated precision and canonical text.

bool is_integer(double v);

double value_of(ast::numeral const& n);

double step_of(ast::numeral const& n);

std::string digits_of(double v);

std::string number_text(double v, double step);

std::string numeral_text(ast::numeral const& n);

std::string qualifier_prefix(ast::qualifier const& qual);

std::optional<ParseError> unrepresentable(ast::numeral const& n, char const* begin);

std::string ordinal_suffix(double v);

std::string_view direction_word(ast::Direction d);

std::string_view mark_text(ast::Mark m);

// unit_reading.cpp: a count's unit words read as a dimension and a map into its canonical unit.

std::vector<std::string> words_of(std::string_view s);

Dimension dimension_of(ast::count const& c, UnitReading const& reading);

std::variant<Scaling, ParseError> scaling_of(ast::count const& c, Dimension d, UnitReading const& reading,
                                             char const* begin);

std::variant<CountSense, ParseError> sense_of(ast::count const& c, bool library, char const* begin);

std::optional<ParseError> mismatched_words(ast::count const& c, UnitReading const& reading, char const* begin);

// interval.cpp: a count's interval: qualifiers, ranges, bounds, proportions and the canonical text.

void apply_qualifier(Quantity& q, double tolerance, double floor, double top);

Quantity described(ast::count const& c, CountSense const& sense);

void set_first_number(Quantity& q, ast::count const& c);

CountText count_text(ast::count const& c, Quantity const& q);

std::optional<ParseError> out_of_range(ast::count const& c, Quantity const& q, char const* begin);

std::variant<Quantity, ParseError> part_per_whole(Quantity q, ast::count const& c, double tolerance, char const* begin);

Quantity fraction_percent(Quantity q, ast::count const& c, double tolerance);

std::optional<ParseError> set_interval(Quantity& q, CountText& t, ast::count const& c, Scaling const& scaling,
                                       double tolerance, char const* begin);

void set_canonical(Quantity& q, ast::count const& c, CountText const& t, bool ordinal_suffix);

std::variant<Quantity, ParseError> in_canonical_unit(Quantity q, ast::count const& c, CountSense const& sense,
                                                     CountText const& t, char const* begin);

// compound.cpp: compound amounts: "5 ft 11 in", "$3 and 50 cents".

std::optional<ParseError> worded_part(ast::count const& c, UnitReading const& reading, char const* begin);

double unit_size(units::Unit const& u);

// "10 cents", "ten pennies": an amount in a currency's subunit with no
// currency written, as an amount in `currency` (the topic's) in the subunit,
// or an error naming the currencies the subunit divides: never a count.
// nullopt when the count's first unit word is no subunit (or a unit: "10 C").
struct InSubunit {
    ast::count count;  // in the currency, written with its subunit ("10 cents")
    double fraction;   // of one main unit
};
std::variant<std::optional<InSubunit>, ParseError> in_subunit(ast::count const& c, std::string const& currency,
                                                              bool library, char const* begin);

std::variant<Quantity, ParseError> compound(ast::count const& c, QuantityOptions const& options, char const* begin,
                                            bool library);

// range_ends.cpp: range ends that carry their own unit or scale: "between 24 feet and 28 feet", "1-2 million".

bool needs_range_ends(ast::count const& c);

std::variant<ast::count, ParseError> with_range_ends(ast::count c, char const* begin);

// scales.cpp: degrees written apart from their scale ("70 degrees F", "86 degrees", "2 below zero").

bool names_degrees(ast::count const& c);

std::variant<ast::count, ParseError> with_degree_scale(ast::count c, std::string const& degree_unit, char const* begin);

// explain.cpp: why a text is not a quantity: the messages of parse errors.

ParseError explain_start(char const* begin, char const* p, char const* end);

ParseError explain_expectation(char const* begin, char const* where, char const* end, std::string const& which);

}  // namespace claimcheck::grammar::quantities
