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

namespace claimcheck::grammar {

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

// What a quantity measures (spec §5 "Units"). Values compare only within one
// dimension, after conversion to the dimension's canonical unit.
enum class Dimension {
    count,        // things counted: "183 people" (unit words kept as written)
    money,        // in a currency: "$1.2bn" (canonical unit: the ISO 4217 code)
    length,       // metres
    area,         // square metres
    mass,         // kilograms
    volume,       // cubic metres
    speed,        // metres per second
    temperature,  // kelvin
    duration,     // days
    percent,      // a level or share in percent: "74%", "two-thirds", "one in three"
    points,       // percentage points: "3 percentage points", "50 basis points" (= 0.5)
    ratio,        // a multiplier: "doubled" (2), "up 40%" (1.4), "fell by a quarter" (0.75)
    magnitude,    // a named scale: "magnitude 6.4", "M6.4"
    age,          // years of age: "aged 71", "71-year-old"
    ordinal,      // a position: "fourth term", "5th"
};

// How an estimate's interval was given: "95% CI 20-87" (confidence), "range
// 20-87" or ", with a range of 20 to 87" (range), "± 200" or "margin of error
// ±3%" (margin).
enum class IntervalKind { none, confidence, range, margin };

// "a count", "money", "a length", ... for messages.
std::string_view dimension_name(Dimension dimension);

struct Quantity {
    // What the wording allows, in base units (durations in days, percentages
    // in percent). Bounds are open where the wording is ("more than 180"
    // → (180, +inf)). Infinite ends use +/-infinity.
    double low = 0;
    double high = 0;
    bool low_closed = true;
    bool high_closed = true;

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
};

std::variant<Quantity, ParseError> parse_quantity(std::string_view text, QuantityOptions options = {});

// The dimension a topic's `unit` names: "km" → length, "won" or "USD" →
// money, "%" → percent, "people" → count (any word no table knows).
Dimension unit_dimension(std::string_view unit);

// A unit figures are shown in: a topic's `unit` (story.toml), which its
// claims are converted into for display, or a quantity's written unit. A
// canonical figure x is `in_named_unit(unit, x)` in it (canonical = offset +
// scale * shown). `named_unit` reads a topic's unit: "km" → a length in km;
// "years" → a duration in years; "basis points" → points at 0.01; "KRW" or
// "won" → money shown as "won" after the number; "$" → money with the sign
// before it; "%" → percent; a word no table knows ("people") → a count.
struct NamedUnit {
    Dimension dimension = Dimension::count;
    std::string written;   // "km", "years", "won", "$", "%", "basis points"
    bool before = false;   // written before the number ("$")
    std::string currency;  // money: the ISO 4217 code
    double scale = 1;
    double offset = 0;
};
NamedUnit named_unit(std::string_view unit);
double in_named_unit(NamedUnit const& unit, double canonical);

// The ISO 4217 codes the currency table knows, sorted.
std::vector<std::string> currency_codes();

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
};

// The hemisphere a story declares; seasons are meteorological (docs/grammar.md).
enum class Hemisphere { none, north, south };

struct DateContext {
    std::optional<std::chrono::year_month_day> published;  // anchors "today", "Tuesday", "Jan. 13" (local date)
    std::optional<Instant> published_at;                   // the publication instant, when a time was given
    std::string timezone;                                  // IANA name of "local time" ("" = UTC)
    unsigned fiscal_year_start = 1;                        // month a fiscal year starts (1 = January)
    Hemisphere hemisphere = Hemisphere::none;              // where seasons are read ("winter 2025")
    // The story's own zone abbreviations ({"IST", "Asia/Jerusalem"}), read before
    // data/zone_abbreviations.tsv; owned by the caller, may be null.
    std::map<std::string, std::string, std::less<>> const* zone_abbreviations = nullptr;
};

std::variant<DateValue, ParseError> parse_date(std::string_view text, DateContext context = {});

// An IANA time zone name the tz database knows, or the reason it is not one
// ("unknown time zone 'Asia/Seol' (did you mean 'Asia/Seoul'?)").
std::optional<std::string> timezone_error(std::string_view name);

// An instant as the reader should see it: in `zone` and in UTC,
// "04:10 Asia/Seoul (19:10 UTC the day before)"; in UTC alone when `zone` is
// empty or UTC. `with_date` prefixes the local ISO date.
std::string describe_instant(Instant at, std::string_view zone, bool with_date = true);

// The instant a wall-clock time (given as if it were UTC) names in `zone`
// ("" = UTC), or why there is none: skipped or repeated by a summer-time
// change, or an unknown zone.
std::variant<Instant, std::string> instant_in_zone(std::string_view zone, Instant wall);

// The local calendar day of an instant in `zone` ("" = UTC).
Day local_day(std::string_view zone, Instant at);

// The offset of `zone` from UTC at `at` ("" = UTC), for explanations.
std::chrono::seconds zone_offset(std::string_view zone, Instant at);

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
