// Estimates with an interval (docs/grammar.md "Estimates"): the point read by
// the quantity grammar, then a tail that gives its interval: "(95% CI
// 20-87)", "(range 20-87)", ", with a range of 20 to 87", "(margin of error
// ±3%)", "± 200". Grammar-internal: used by parse_quantity and the scanner.
#pragma once

#include <optional>
#include <string_view>
#include <variant>

#include "grammar/value.hpp"

namespace claimcheck::grammar::detail {

// An estimate's tail as written: how the interval is given, and the texts of
// its bounds or margin. Pointers are into the parsed text.
struct EstimateTail {
    IntervalKind kind = IntervalKind::none;
    double confidence = 0;        // "95% CI": 95
    const char* start = nullptr;  // the tail's first character ("(", "±", ",")
    const char* end = nullptr;    // one past its last
    std::string_view bounds;      // confidence, range: "20-87", "$20m to $87m"
    std::string_view margin;      // margin: "3%", "200", "3 percentage points"
};

// Whether an estimate's tail may start at the first non-space character from
// `p`: '(', '±', "+/-", ',' or "plus or minus". A cheap test for the scanner.
bool may_follow_estimate(const char* p, const char* end);

// In running text, an interval in parentheses may follow a count's words:
// "52 people (95% CI 20-87)", "52 died (range 20-87)". Where the '(' is when
// at most two words of letters come first, else nullptr.
const char* parenthesis_after_words(const char* p, const char* end);

// The tail starting at the first non-space character from `p`, an error in
// it, or nullopt when none starts there. In a whole value (`whole`) the tail
// runs to `end`; in running text a tail without parentheses ends after its
// number.
std::optional<std::variant<EstimateTail, ParseError>> read_estimate_tail(const char* begin, const char* p,
                                                                         const char* end, bool whole);

// The point (written as `point_text`, a part of the text starting at
// `begin`) made an estimate with the tail's interval, or why the two do not go
// together.
std::variant<Quantity, ParseError> with_interval(Quantity point, const EstimateTail& tail, const char* begin,
                                                 std::string_view point_text);

// Marks "an estimated 52", "estimated at 52" as an estimate (the
// approximator's reach stays its interval).
void mark_estimate(Quantity& q);

// parse_quantity for a value that holds an estimate's tail; nullopt when it
// holds none (the value is read as any other).
std::optional<std::variant<Quantity, ParseError>> parse_estimate(std::string_view value, QuantityOptions options);

// parse_quantity for a figure with its conversion in parentheses ("230 km/h
// (125 knots)", conversion.cpp); nullopt when the value holds none.
std::optional<std::variant<Quantity, ParseError>> parse_conversion(std::string_view value, QuantityOptions options);

// parse_quantity without estimates' tails.
std::variant<Quantity, ParseError> parse_plain_quantity(std::string_view value, QuantityOptions options);

}  // namespace claimcheck::grammar::detail
