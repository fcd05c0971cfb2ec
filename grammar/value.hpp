// The value language of claimcheck (spec §5): the facade.
//
// Callers see plain structs and std::variant results; no Spirit type crosses
// this header. Only the grammar's own .cpp files include Boost.Spirit X3.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "util/interval.hpp"
#include "units/units.hpp"
#include "zones/zones.hpp"

namespace claimcheck::grammar {

// Dimensions and the units figures are shown in belong to the units service
// (src/units); time-zone lookups to the zones service (src/zones). Values
// name them here too.
using units::currency_codes;
using units::Dimension;
using units::dimension_name;
using units::in_named_unit;
using units::named_unit;
using units::NamedUnit;
using units::unit_dimension;
using zones::describe_instant;
using zones::instant_in_zone;
using zones::local_day;
using zones::timezone_error;
using zones::zone_offset;

// A value that did not parse. `offset` is the byte offset into the parsed
// text of the character the problem is at; `message` reads as a sentence
// fragment after "error: " ("expected a number or number word",
// "unknown qualifier 'aproximately'"), never a C++ type name.
struct ParseError {
    std::size_t offset = 0;
    std::string message;
};

// ---------------------------------------------------------------- quantity

enum class Qualifier {
    none,        // "183"
    approx,      // about, approximately, around, roughly, some, close to, nearly, almost, ~
    more_than,   // more than, over, >
    at_least,    // at least, >=, ≥
    fewer_than,  // fewer than, less than, under, <
    at_most,     // up to, at most, <=, ≤
    range,       // 180-185, 180 to 185, between 180 and 185
};

// How an estimate's interval was given: "95% CI 20-87" (confidence), "range
// 20-87" or ", with a range of 20 to 87" (range), "± 200" or "margin of error
// ±3%" (margin).
enum class IntervalKind { none, confidence, range, margin };

struct Quantity {
    // What the wording allows, in base units (durations in days, percentages
    // in percent). Bounds are open where the wording is ("more than 180"
    // → (180, +inf)). Infinite ends use +/-infinity.
    Interval allows;

    // The number as stated, in base units (range: `number` is the low end,
    // `number_high` the high end; otherwise both are equal).
    double number = 0;
    double number_high = 0;

    // Stated precision. `step` is the place value of the last significant
    // digit of a round number (180 → 10, 1,300 → 100, 1.08 million →
    // 10,000), or 0 when the number is not round (183, 6.5, 4). The
    // rounding window is [number - step/2, number + step/2) when step > 0,
    // else [number, number].
    double step = 0;
    double round_low = 0;
    double round_high = 0;

    Qualifier qualifier = Qualifier::none;
    std::string qualifier_word;  // as written, lower-cased: "about", "more than", "~"
    double tolerance = 0;        // the approximator's relative reach that was applied (0 when none)

    std::string unit;       // unit words as written, lower-cased ("people", "miners", "years")
    bool duration = false;  // unit was a time unit; numbers are in days
    bool percent = false;   // "74%"

    // Proportions: "136 of 183" → number 136, of = 183. Vague proportions
    // ("most", "majority", "predominantly") have `vague` set to the word,
    // and [low, high] is the share of the whole in percent: (50, 100].
    std::optional<double> of;
    std::string vague;

    // A level of a named scale ("Category 4", "Phase 3"): an ordinal, and the
    // scale's kind ("category"); levels of two kinds do not compare.
    std::string level;

    // A rough amount ("hundreds", "tens of thousands", "several hundred"):
    // its words, lower-cased; [low, high) is the range they name.
    std::string rough;

    // Canonical text: parses back to an equal Quantity.
    std::string canonical;

    // The dimension; numbers and bounds above are in its canonical unit
    // (percent stays in percent, durations in days, money in its currency).
    Dimension dimension = Dimension::count;
    bool change = false;   // a change of a level: "up 3%", "doubled", "+0.5 points", "fell 2 km"
    std::string currency;  // money: ISO 4217 code ("USD", "KRW")
    // The unit as the source wrote it, for explanations in the reader's
    // units ("km", "won", "years", "%"), and the written number in it.
    std::string written_unit;
    bool unit_before = false;  // the unit is written before the number ("$", "USD")
    double written = 0;
    double written_high = 0;
    double written_step = 0;
    // canonical = offset + scale * written (every conversion is affine), so a
    // canonical figure can be shown in the written unit again.
    double scale = 1;
    double offset = 0;

    // Estimates (docs/grammar.md "Estimates"): "an estimated 52", "52 (95% CI
    // 20-87)", "an estimated 52, with a range of 20 to 87", "4,600 ± 200".
    // `number` is the point estimate. An estimate with an interval has
    // `interval` set, its bounds in canonical units, and [low, high] is that
    // interval (closed), under the qualifier `approx` with no tolerance; an
    // estimate without one ("an estimated 52") keeps the approximator's reach.
    // A conversion written beside the figure, in parentheses ("230 km/h (125
    // knots)", "$5.1 billion (7.06 trillion won)"): the same claim in another
    // unit or currency, compared with a source that writes in that one.
    std::vector<Quantity> conversions;

    bool estimate = false;
    IntervalKind interval = IntervalKind::none;
    std::optional<double> interval_low;
    std::optional<double> interval_high;
    double confidence = 0;       // the stated confidence level in percent ("95% CI": 95); 0 when none
    double margin = 0;           // a margin of error in canonical units (percentages: percentage points)
    double margin_relative = 0;  // a margin written as a share of the estimate ("±3%" of 4,600: 3), else 0
};

struct QuantityOptions {
    double tolerance = 0.10;  // relative reach of approximators (topic `tolerance`)
    // The unit a degree written without its scale stands for ("86 degrees"
    // under a topic in °F: "°F"); empty: such a degree is an error.
    std::string degree_unit;
    std::string currency;  // the topic's currency (ISO 4217), if its unit is one: "10 cents" is read in it
};

// The options a claim is read with under a topic whose `unit` is `topic_unit`
// (empty: none) and whose `tolerance` is `tolerance`: its temperature unit for
// a degree written without a scale, its currency for an amount in a subunit
// alone.
QuantityOptions options_under(std::string_view topic_unit, double tolerance = 0.10);

// The kind of named scale `word` names ("category" for "Cat"), as a topic's
// `unit` may name it; empty when it names none.
std::string level_kind(std::string_view word);

std::variant<Quantity, ParseError> parse_quantity(std::string_view text, QuantityOptions options = {});

// ---------------------------------------------------------------- date

using Day = std::chrono::sys_days;
using Instant = std::chrono::sys_seconds;

// How precisely the source wrote the time: a day (or a longer period), a
// named part of a day ("Tuesday morning"), or a clock time to the minute.
enum class DatePrecision { day, part_of_day, minute };

// The set of instants a date value allows: the half-open interval
// [begin, end) on the UTC time line, intersected with the local days of
// `weekday` (in `zone`) when one is named and the interval spans several
// days. Open ends ("since 1999") are Instant::min() / Instant::max().
// `first`/`last` are the local calendar days (in `zone`) the interval
// touches; a weekday without an anchor date is unbounded (first = Day::min(),
// last = Day::max(), bounded = false).
//
// A time of day written without its day ("10:30 a.m.", "0350 GMT") has
// `day_unstated`: [begin, end) holds it on the latest day it may be (the most
// recent such time at or before publication), and the value allows the same
// wall-clock time in `zone` on any day from `near_first` to `near_last` (a
// week before publication to the day after): an unstated day near the story.
// `placements` lists those readings.
struct DateValue {
    Instant begin{};
    Instant end{};
    Day first{};
    Day last{};
    std::optional<std::chrono::weekday> weekday;
    bool bounded = true;
    DatePrecision precision = DatePrecision::day;
    std::string zone;       // the IANA zone or fixed offset the value was read in ("" = UTC)
    std::string canonical;  // parses back to an equal DateValue given the same context
    bool day_unstated = false;
    Day near_first{};
    Day near_last{};
};

// The value on each day it may be: itself when its day is written; for a
// time without a day, the same wall-clock time on each day from near_first
// to near_last, each with its day written (day_unstated false): the day it
// was read on first, then the others, nearest first.
std::vector<DateValue> placements(const DateValue& value);

// The hemisphere a story declares; seasons are meteorological (docs/grammar.md).
enum class Hemisphere { none, north, south };

// The event a topic counts from (its `event`): "two weeks after" and "the day
// before the verdict" count from `day`. Words after "after" or "before" must
// share one with the event topic's id or label ("verdict.date", "Date of the
// verdict"), so "the day before the election" under a topic that counts from
// the verdict is an error.
struct DateEvent {
    std::string topic;
    std::string label;
    Day day{};
    bool dated = false;  // the source dates the event as one day (else `day` is unset: an error)
};

struct DateContext {
    std::optional<std::chrono::year_month_day> published;  // anchors "today", "Tuesday", "Jan. 13" (local date)
    std::optional<Instant> published_at;                   // the publication instant, when a time was given
    std::string timezone;                                  // IANA name of "local time" ("" = UTC)
    bool timezone_declared = false;  // `timezone` was written (also as "UTC"): "local time" needs it or a name
    unsigned fiscal_year_start = 1;  // month a fiscal year starts (1 = January)
    Hemisphere hemisphere = Hemisphere::none;  // where seasons are read ("winter 2025")
    // The story's own zone abbreviations ({"IST", "Asia/Jerusalem"}), read before
    // data/zone_abbreviations.tsv; owned by the caller, may be null.
    const std::map<std::string, std::string, std::less<>>* zone_abbreviations = nullptr;
    const DateEvent* event = nullptr;  // owned by the caller; null: the value counts from no named event
    // Set while the words after "after"/"before" are read as a date: they may
    // not count from an event in turn (no nesting, whatever the input).
    bool within_event = false;
};

std::variant<DateValue, ParseError> parse_date(std::string_view text, DateContext context = {});

// ---------------------------------------------------------------- scanning

// Every quantity or date found in running text (an article, a quote), in
// order of offset, not overlapping. Used to read a claim's value from its
// quote and by `claimcheck suggest`.
template <typename T>
struct Found {
    std::size_t offset = 0;  // bytes
    std::size_t length = 0;  // bytes
    std::string text;        // the matched words
    T value;
};

std::vector<Found<Quantity>> find_quantities(std::string_view text, QuantityOptions options = {});
std::vector<Found<DateValue>> find_dates(std::string_view text, DateContext context = {});

}  // namespace claimcheck::grammar
