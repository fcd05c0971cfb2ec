// What the numeric rule family's files share (numeric.cpp is the entry point,
// declared in compare/engine.hpp). One section a file.
#pragma once

#include "compare/engine.hpp"
#include "util/interval.hpp"
#include "compare/numeric/side.hpp"

#include <cmath>
#include <fmt/format.h>
#include <optional>
#include <string>

namespace claimcheck::compare::numeric {

// ---------------------------------------------------------------- figures.cpp: how figures read in a unit

// 1300 -> "1,300"; fractions keep up to six significant digits.
std::string amount(double value);

// An interval as its figures: "at least 5", "less than 3", "20–87"; `shown`
// writes one figure (amount(), or a figure in a written unit).
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

// An interval's figures as amount() writes them.
std::string describe(const Interval& interval);
// An interval's figures in the side's shown unit.
std::string describe(const Interval& interval, const Side& side);

// Dimensions whose numbers are shown in a written unit, not as stored.
bool shown_in_unit(const grammar::Quantity& q);
// The unit a quantity is written in, as figures can be shown in it.
units::NamedUnit unit_of(const grammar::Quantity& q);
// A canonical figure in `unit`: "64.4 km", "7.1 trillion won"; fractions
// and scaled figures keep `digits` significant digits.
std::string in_unit(double value, const units::NamedUnit& unit, int digits = 3);
// A figure as the side's explanations show it.
std::string shown(const Side& side, double value, int digits = 3);
// Enough significant digits (3 to 6) to tell a window's ends apart from a
// figure inside it.
int digits_for(const Interval& interval, const Side& side);

// The side of a pair a value group is, named by the source's words.
Side side_of(const ValueGroup& group, const Context& context);
// A side whose value has a conversion beside it ("230 km/h (125 knots)")
// written in `other`'s unit compares that conversion: one claim said twice.
void face_with_conversion(Side& side, const grammar::Quantity& other);
// A value in `unit` as the reader sees it: "about 24.9 miles", "112
// miles–115 miles", "down 25 basis points"; "" for a vague share or a
// proportion, which have no figure of their own to convert.
std::string value_in(const grammar::Quantity& q, const units::NamedUnit& unit);
// Whether `q` is written in `unit` (or one of the same size: "kilometres" and "km").
bool written_in(const grammar::Quantity& q, const units::NamedUnit& unit);
// Shows the side's figures in `unit`; `original` is the value as written
// (before any conversion into another currency). With `named`, a value
// written in another unit is named with its figure in `unit` too:
// "40 km (24.9 miles)".
void show_in(Side& side, const grammar::Quantity& original, const units::NamedUnit& unit, bool named);
// A side named with the figures it allows: "about 40 km (35 km–45 km)".
std::string allowing(const Side& side, const std::string& figures);

// ---------------------------------------------------------------- units.cpp: currencies and the dimension check

// What a pair's comparison converts: amounts in another currency, and the
// unit explanations show figures in when it is the first value's.
struct Converted {
    grammar::Quantity a;
    grammar::Quantity b;
    units::NamedUnit unit;
};

// Dimensions the count rules of §6.1 handle among themselves: counts,
// shares and durations (a duration against a count says so itself).
bool count_rules(const grammar::Quantity& q);
// Values that do not compare as they stand: different dimensions, a change
// against a level, amounts in two currencies without a rate. Money in two
// currencies with a rate is converted (`storage`).
std::optional<PairVerdict> dimension_check(Side& a, Side& b, const Context& context, Converted& storage);
// Two figures in different units of one dimension whose digits are the
// same and which do not agree ("40 km" vs "40 miles"): a unit mismatch
// instead of `verdict`.
std::optional<PairVerdict> same_digits_in_two_units(const Side& a, const Side& b,
                                                    const std::optional<PairVerdict>& verdict);

// ---------------------------------------------------------------- rounding.cpp: rounding and bounds

// The place value of the last significant digit of an integer (180 -> 10).
double implied_step(double x);
// The place value of the last stated digit (74 -> 1, 74.3 -> 0.1).
double decimal_step(double x);
// The rounding window of an unqualified number, else [number, number].
Interval point_or_window(const grammar::Quantity& q);
// What the wording allows: the rounding window of a plain number, the
// grammar's interval for an approximator, a bound or a range.
Interval allowed(const grammar::Quantity& q);
// "tens", "one decimal": the precision a figure was rounded to.
std::string step_name(double step);
PairVerdict conflict(std::string explanation);
// Same dimension, same scope, neither a share: the rule ladder of §6.1.
std::optional<PairVerdict> compare_amounts(const Side& a, const Side& b);

// ---------------------------------------------------------------- estimates.cpp

// An estimate with an interval against another figure; nullopt leaves the
// pair to the usual rules.
std::optional<PairVerdict> compare_estimates(const Side& a, const Side& b);

// ---------------------------------------------------------------- shares.cpp

// A percentage, a vague proportion or a count out of a whole.
bool is_share(const grammar::Quantity& q);
// Same scope: durations, shares and counts.
std::optional<PairVerdict> compare_same_scope(const Side& a, const Side& b);

// ---------------------------------------------------------------- scope.cpp

// Two values that count different scopes: a subgroup against the wider
// group, else not compared.
PairVerdict compare_scopes(const Side& a, const Side& b);

}  // namespace claimcheck::compare::numeric
