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
    const double step_end = map(q.number + q.step);
    q.number = map(q.number);
    q.number_high = map(q.number_high);
    q.step = std::fabs(step_end - q.number);
    q.round_low = map(q.round_low);
    q.round_high = map(q.round_high);
    q.allows.low = map(q.allows.low);
    q.allows.high = map(q.allows.high);
    if (decreasing) {
        q.allows = q.allows.mirrored();
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
    const QuantityOptions& options;
    const char* begin;
    bool library;  // a `value`: unit words UDUNITS-2 reads are units too

    std::variant<Quantity, ParseError> operator()(const ast::count& c) const;
    std::variant<Quantity, ParseError> convert(const ast::count& c) const;  // a count whose range ends are read
    std::variant<Quantity, ParseError> operator()(const ast::multiple& m) const;
    std::variant<Quantity, ParseError> operator()(const ast::share& s) const;
};

// number_text.cpp: numbers as written: their value, stated precision and canonical text.

bool is_integer(double v);

double value_of(const ast::numeral& n);

double step_of(const ast::numeral& n);

std::string digits_of(double v);

std::string number_text(double v, double step);

std::string numeral_text(const ast::numeral& n);

std::string qualifier_prefix(const ast::qualifier& qual);

std::optional<ParseError> unrepresentable(const ast::numeral& n, const char* begin);

std::string ordinal_suffix(double v);

std::string_view direction_word(ast::Direction d);

std::string_view mark_text(ast::Mark m);

// unit_reading.cpp: a count's unit words read as a dimension and a map into its canonical unit.

std::vector<std::string> words_of(std::string_view s);

Dimension dimension_of(const ast::count& c, const UnitReading& reading);

std::variant<Scaling, ParseError> scaling_of(const ast::count& c, Dimension d, const UnitReading& reading,
                                             const char* begin);

std::variant<CountSense, ParseError> sense_of(const ast::count& c, bool library, const char* begin);

std::optional<ParseError> mismatched_words(const ast::count& c, const UnitReading& reading, const char* begin);

// "a 2 °C rise", "5 cm higher": a change noun (data/words/quantity.tsv)
// right after a unit makes the count a change; the count with its direction
// set and the noun out of its unit words, or none.
std::optional<ast::count> with_change_after_unit(const ast::count& c, const UnitReading& reading);

// interval.cpp: a count's interval: qualifiers, ranges, bounds, proportions and the canonical text.

void apply_qualifier(Quantity& q, double tolerance, double floor, double top);

Quantity described(const ast::count& c, const CountSense& sense);

void set_first_number(Quantity& q, const ast::count& c);

CountText count_text(const ast::count& c, const Quantity& q);

std::optional<ParseError> out_of_range(const ast::count& c, const Quantity& q, const char* begin);

std::variant<Quantity, ParseError> part_per_whole(Quantity q, const ast::count& c, double tolerance, const char* begin);

Quantity fraction_percent(Quantity q, const ast::count& c, double tolerance);

std::optional<ParseError> set_interval(Quantity& q, CountText& t, const ast::count& c, const Scaling& scaling,
                                       double tolerance, const char* begin);

void set_canonical(Quantity& q, const ast::count& c, const CountText& t, bool ordinal_suffix);

std::variant<Quantity, ParseError> in_canonical_unit(Quantity q, const ast::count& c, const CountSense& sense,
                                                     const CountText& t, const char* begin);

// compound.cpp: compound amounts: "5 ft 11 in", "$3 and 50 cents".

double unit_size(const units::Unit& u);

// "10 cents", "ten pennies": an amount in a currency's subunit with no
// currency written, as an amount in `currency` (the topic's) in the subunit,
// or an error naming the currencies the subunit divides: never a count.
// nullopt when the count's first unit word is no subunit (or a unit: "10 C").
struct InSubunit {
    ast::count count;  // in the currency, written with its subunit ("10 cents")
    double fraction;   // of one main unit
};
std::variant<std::optional<InSubunit>, ParseError> in_subunit(const ast::count& c, const std::string& currency,
                                                              bool library, const char* begin);

std::variant<Quantity, ParseError> compound(const ast::count& c, const QuantityOptions& options, const char* begin,
                                            bool library);

// range_ends.cpp: range ends that carry their own unit or scale: "between 24 feet and 28 feet", "1-2 million".

bool needs_range_ends(const ast::count& c);
// A marked figure followed by a bare level ("up 1.2% to 4,512") or by a
// figure with another mark ("up 3 points to 45%"): an error, never a range.
std::optional<ParseError> marked_ends(const ast::count& c, const char* begin);

std::variant<ast::count, ParseError> with_range_ends(ast::count c, const char* begin);

// scales.cpp: degrees written apart from their scale ("70 degrees F", "86 degrees", "2 below zero").

bool names_degrees(const ast::count& c);

std::variant<ast::count, ParseError> with_degree_scale(ast::count c, const std::string& degree_unit, const char* begin);

// explain.cpp: why a text is not a quantity: the messages of parse errors.

ParseError explain_start(const char* begin, const char* p, const char* end);

ParseError explain_expectation(const char* begin, const char* where, const char* end, const std::string& which);

}  // namespace claimcheck::grammar::quantities
