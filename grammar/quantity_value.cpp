// parse_quantity (value.hpp): the quantity grammar's AST turned into an
// interval with its stated precision, qualifier and unit.
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
#include "grammar/estimate.hpp"
#include "grammar/parse_value.hpp"
#include "units/units.hpp"
#include "grammar/quantity.hpp"
#include "grammar/text.hpp"
#include "util/text.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

namespace {

double const infinity = std::numeric_limits<double>::infinity();

double pow10(int n) {
    double p = 1;
    for (int i = 0; i < n; ++i) {
        p *= 10;
    }
    return p;
}

bool is_integer(double v) {
    return std::isfinite(v) && std::floor(v) == v;
}

// 10^z for the z trailing zeros of a positive integer (1 when none).
double trailing_place(double v) {
    double place = 1;
    if (!is_integer(v) || v < 10) {
        return place;
    }
    while (v >= 10 && std::fmod(v, 10) == 0) {
        v /= 10;
        place *= 10;
    }
    return place;
}

double value_of(ast::numeral const& n) {
    return n.mantissa * n.scale / pow10(n.decimals);
}

// The place value of the last written digit: 180 → 10, 1.08 million →
// 10,000, 12.3 → 0.1; 0 for an exact number (183, 4, a fraction, an ordinal).
double step_of(ast::numeral const& n) {
    if (n.denominator > 0) {
        return 1.0 / n.denominator;  // "10 1/2": to the half
    }
    if (n.fraction || n.ordinal) {
        return 0;
    }
    if (n.decimals > 0) {
        return n.scale / pow10(n.decimals);
    }
    if (n.words || n.scale == 1) {
        if (n.mantissa == 0) {
            return 0;
        }
        double const place = trailing_place(value_of(n));
        return place > 1 ? place : 0;
    }
    return trailing_place(n.mantissa) * n.scale;
}

std::string digits_of(double v) {
    if (is_integer(v) && !std::signbit(v) && v <= 9e18) {  // the usual case, without printf
        std::array<char, 24> digits{};
        auto const end = std::to_chars(digits.data(), digits.data() + digits.size(), static_cast<long long>(v)).ptr;
        return std::string(digits.data(), end);
    }
    std::array<char, 64> buf{};
    std::snprintf(buf.data(), buf.size(), "%.0f", v);
    return buf.data();
}

// Integers up to 2^53 are exact in a double and printed digit for digit.
constexpr double exact_limit = 9007199254740992.0;

// The number written so that it reads back with the same value and step:
// "180", "1,300", "1.50 million", "6.50", "6.5".
std::string number_text(double v, double step) {
    if (v < 0) {
        return "-" + number_text(-v, step);
    }
    if (step == 0) {
        if (is_integer(v) && v <= exact_limit) {
            auto const digits = digits_of(v);
            return text::group_thousands(digits) + (trailing_place(v) > 1 ? ".0" : "");
        }
        return text::shortest(v);
    }
    if (step < 1) {
        int const decimals = static_cast<int>(std::lround(-std::log10(step)));
        std::array<char, 64> buf{};
        std::snprintf(buf.data(), buf.size(), "%.*f", decimals, v);
        std::string const out = buf.data();
        auto const point = out.find('.');
        return text::group_thousands(out.substr(0, point)) + (point == std::string::npos ? "" : out.substr(point));
    }
    if (is_integer(v) && (step == 1 || trailing_place(v) == step) && !(v >= 1e6 && step >= 1e5)) {
        return text::group_thousands(digits_of(v));
    }
    struct Scale {
        double value;
        char const* word;
    };
    constexpr std::array<Scale, 4> scales{{{1e3, "thousand"}, {1e6, "million"}, {1e9, "billion"}, {1e12, "trillion"}}};
    // The largest scale word the number reaches: "720 million", "1.2 billion".
    Scale chosen = scales.front();
    for (auto const& s : scales) {
        if (s.value <= v) {
            chosen = s;
        }
    }
    int const decimals = std::max(0, static_cast<int>(std::lround(std::log10(chosen.value / step))));
    std::array<char, 64> buf{};
    std::snprintf(buf.data(), buf.size(), "%.*f %s", decimals, v / chosen.value, chosen.word);
    return buf.data();
}

// A numeral written back: a mixed number as "10 1/2", else number_text.
std::string numeral_text(ast::numeral const& n) {
    if (n.denominator > 0) {
        return text::group_thousands(digits_of(std::floor(value_of(n)))) + " " + std::to_string(n.numerator) + "/" +
               std::to_string(n.denominator);
    }
    return number_text(value_of(n), step_of(n));
}

using detail::error_at;
using detail::is_space;

// The interval a single number allows under its qualifier. `floor` is the
// least value the dimension allows (0, or -inf where negatives make sense),
// `top` the greatest (100 for a percentage).
void apply_qualifier(Quantity& q, double tolerance, double floor, double top) {
    double const n = q.number;
    switch (q.qualifier) {
        case Qualifier::none:
            q.low = q.round_low;
            q.high = q.round_high;
            q.low_closed = true;
            q.high_closed = q.step == 0;
            break;
        case Qualifier::approx:
            q.tolerance = tolerance;
            q.low = std::min(n - std::fabs(n) * tolerance, q.round_low);
            q.high = std::max(n + std::fabs(n) * tolerance, q.round_high);
            q.low = std::max(q.low, floor);
            q.high = std::min(q.high, top);
            break;
        case Qualifier::more_than:
            q.low = n;
            q.low_closed = false;
            q.high = top;
            q.high_closed = std::isfinite(top);
            break;
        case Qualifier::at_least:
            q.low = n;
            q.high = top;
            q.high_closed = std::isfinite(top);
            break;
        case Qualifier::fewer_than:
            q.low = floor;
            q.low_closed = std::isfinite(floor);
            q.high = n;
            q.high_closed = false;
            break;
        case Qualifier::at_most:
            q.low = floor;
            q.low_closed = std::isfinite(floor);
            q.high = n;
            break;
        case Qualifier::range:
            break;
    }
}

std::string qualifier_prefix(ast::qualifier const& qual) {
    if (qual.kind == Qualifier::none) {
        return {};
    }
    bool const sign = !qual.word.empty() && !(qual.word[0] >= 'a' && qual.word[0] <= 'z');
    return sign ? qual.word : qual.word + " ";
}

// A numeral the tool cannot represent: an input error, never inf or NaN.
std::optional<ParseError> unrepresentable(ast::numeral const& n, char const* begin) {
    if (n.overflow) {
        return error_at(n.at, begin,
                        "the number has more digits than can be compared exactly (at most 9,007,199,254,740,992)");
    }
    if (!std::isfinite(value_of(n))) {
        return error_at(n.at, begin, "the number is too large");
    }
    return std::nullopt;
}

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

std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> words;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && is_space(s[i])) {
            ++i;
        }
        std::size_t const start = i;
        while (i < s.size() && !is_space(s[i])) {
            ++i;
        }
        if (i > start) {
            words.emplace_back(s.substr(start, i - start));
        }
    }
    return words;
}

// An unknown word that is one letter away from a unit or currency word (two
// for long words): "kilometeres". Short words ("mines") are not judged.
std::string misspelt_unit(std::string const& word) {
    if (word.size() < 7) {
        return {};
    }
    static claimcheck::text::Lexicon const known = [] {
        std::vector<std::string> words;
        for (auto const& w : units::unit_words()) {
            words.push_back(text::lower(w));
        }
        for (auto const& c : units::currency_forms()) {
            if (c.after) {
                words.push_back(text::lower(c.form));
            }
        }
        return claimcheck::text::Lexicon(std::move(words));
    }();
    thread_local std::unordered_map<std::string, std::string> answers;
    return text::remembered(answers, word, [&] { return known.closest(word, word.size() >= 10 ? 2 : 1, true); });
}

std::variant<UnitReading, ParseError> read_unit(ast::count const& c, bool library, char const* begin) {
    UnitReading reading;
    if (c.unit.empty()) {
        return reading;
    }
    auto const words = words_of(c.unit);
    bool const glued = c.unit_at != nullptr && c.first.end == c.unit_at;
    std::string const first = text::lower(words.front());
    if (glued && is_integer(value_of(c.first)) && (first == "st" || first == "nd" || first == "rd" || first == "th")) {
        reading.ordinal_suffix = true;
        return reading;
    }
    for (std::size_t n = std::min<std::size_t>(3, words.size()); n >= 1; --n) {
        std::string phrase = words[0];
        for (std::size_t i = 1; i < n; ++i) {
            phrase += " " + words[i];
        }
        if (auto unit = units::find_unit(phrase, library && n == 1)) {
            reading.unit = std::move(unit);
            reading.words = n;
            return reading;
        }
    }
    if (glued) {
        return error_at(c.unit_at, begin, "expected a space between the number and the unit word");
    }
    if (c.hyphen_unit && c.first.words) {  // "ten-uous": not a number word and a unit
        return error_at(c.unit_at, begin, "expected a number or number word");
    }
    auto const hint = misspelt_unit(first);
    if (!hint.empty()) {
        return error_at(c.unit_at, begin, "unknown unit '" + first + "'" + claimcheck::text::did_you_mean(hint));
    }
    return reading;
}

// The dimension a count's wording gives it.
Dimension dimension_of(ast::count const& c, UnitReading const& reading) {
    if (c.kind == ast::Kind::age) {
        return Dimension::age;
    }
    if (c.kind == ast::Kind::magnitude) {
        return Dimension::magnitude;
    }
    if (c.mark == ast::Mark::percent) {
        return c.direction != ast::Direction::none || c.minus ? Dimension::ratio : Dimension::percent;
    }
    if (c.mark != ast::Mark::none) {
        return Dimension::points;
    }
    if (!c.currency.empty()) {
        return Dimension::money;
    }
    if (c.first.ordinal || reading.ordinal_suffix) {
        return Dimension::ordinal;
    }
    if (c.first.fraction && c.joiner == ast::Joiner::none && c.direction != ast::Direction::none) {
        return Dimension::ratio;  // "fell by a quarter"
    }
    if (c.joiner == ast::Joiner::in || c.joiner == ast::Joiner::per ||
        (c.first.fraction && c.joiner == ast::Joiner::none)) {
        return Dimension::percent;
    }
    if (reading.unit) {
        return reading.unit->dimension;
    }
    return Dimension::count;
}

// Dimensions measured on a continuous scale, whose whole numbers are rounded.
bool measured(Dimension d) {
    switch (d) {
        case Dimension::length:
        case Dimension::area:
        case Dimension::mass:
        case Dimension::volume:
        case Dimension::speed:
        case Dimension::temperature:
        case Dimension::magnitude:
        case Dimension::points:
        case Dimension::ratio:
            return true;
        default:
            return false;
    }
}

// "st", "nd", "rd" or "th" after an ordinal's digits.
std::string ordinal_suffix(double v) {
    auto const n = static_cast<long long>(v);
    if (n % 100 >= 11 && n % 100 <= 13) {
        return "th";
    }
    switch (n % 10) {
        case 1:
            return "st";
        case 2:
            return "nd";
        case 3:
            return "rd";
        default:
            return "th";
    }
}

std::string_view direction_word(ast::Direction d) {
    switch (d) {
        case ast::Direction::up:
            return "up ";
        case ast::Direction::down:
            return "down ";
        case ast::Direction::none:
            break;
    }
    return "";
}

std::string_view mark_text(ast::Mark m) {
    switch (m) {
        case ast::Mark::percent:
            return "%";
        case ast::Mark::points:
            return " percentage points";
        case ast::Mark::basis_points:
            return " basis points";
        case ast::Mark::none:
            break;
    }
    return "";
}

struct Converter {
    QuantityOptions const& options;
    char const* begin;
    bool library;  // a `value`: unit words UDUNITS-2 reads are units too

    std::variant<Quantity, ParseError> operator()(ast::count const& c) const;
    std::variant<Quantity, ParseError> convert(ast::count const& c) const;  // a count whose range ends are read
    std::variant<Quantity, ParseError> operator()(ast::multiple const& m) const;
    std::variant<Quantity, ParseError> operator()(ast::share const& s) const;
};

// The map from the number as written to the dimension's canonical unit.
struct Scaling {
    std::function<double(double)> map = [](double x) { return x; };
    bool decreasing = false;
    double floor = 0;
    double top = std::numeric_limits<double>::infinity();
};

std::variant<Scaling, ParseError> scaling_of(ast::count const& c, Dimension d, UnitReading const& reading,
                                             char const* begin) {
    Scaling s;
    bool const down = c.direction == ast::Direction::down || c.minus;
    switch (d) {
        case Dimension::ratio:
            s.map = down ? std::function<double(double)>([](double x) { return 1 - x / 100; })
                         : std::function<double(double)>([](double x) { return 1 + x / 100; });
            s.decreasing = down;
            if (down) {
                s.top = 100;
            }
            return s;
        case Dimension::points: {
            double const per = c.mark == ast::Mark::basis_points ? 0.01 : 1;
            s.map = down ? std::function<double(double)>([per](double x) { return -x * per; })
                         : std::function<double(double)>([per](double x) { return x * per; });
            s.decreasing = down;
            return s;
        }
        case Dimension::percent:
            s.top = 100;
            break;
        case Dimension::temperature:
            s.floor = -infinity;
            break;
        default:
            break;
    }
    if (c.minus && d != Dimension::temperature) {
        return error_at(c.first.at, begin,
                        "a minus sign is read only before a temperature or a change ('-0.4%'): write 'down' or "
                        "'fell' for a fall");
    }
    if (reading.unit && d == reading.unit->dimension) {
        units::Unit const unit = *reading.unit;
        s.map = [unit](double x) { return units::to_canonical(unit, x); };
    }
    if (c.direction == ast::Direction::down) {
        auto const inner = s.map;
        s.map = [inner](double x) { return -inner(x); };
        s.decreasing = true;
    }
    return s;
}

// What a count's words mean: the unit they name, the dimension, and the map
// into the dimension's canonical unit.
struct CountSense {
    UnitReading reading;
    Dimension dimension = Dimension::count;
    Scaling scaling;
};

// A magnitude has no unit and an age counts years: "M6.4 km" and "aged 71
// kg" are two values run together, not one to guess at.
std::optional<ParseError> unit_on_scale(ast::count const& c, UnitReading const& reading, char const* begin) {
    if (!reading.unit || c.kind == ast::Kind::plain ||
        (c.kind == ast::Kind::age && reading.unit->dimension == Dimension::duration)) {
        return std::nullopt;
    }
    std::string const what = c.kind == ast::Kind::age ? "an age is in years" : "a magnitude has no unit";
    return error_at(c.unit_at, begin,
                    what + ": '" + reading.unit->written + "' is " +
                        std::string(dimension_name(reading.unit->dimension)) + " (make it a claim of its own)");
}

// The sense of a count's words, or the first problem with its numbers or words.
std::variant<CountSense, ParseError> sense_of(ast::count const& c, bool library, char const* begin) {
    bool const two = c.joiner != ast::Joiner::none;
    for (auto const* n : {&c.first, two ? &c.second : nullptr}) {
        if (n != nullptr) {
            if (auto e = unrepresentable(*n, begin)) {
                return *e;
            }
        }
    }
    auto reading_or = read_unit(c, library, begin);
    if (auto const* e = std::get_if<ParseError>(&reading_or)) {
        return *e;
    }
    if (auto e = unit_on_scale(c, std::get<UnitReading>(reading_or), begin)) {
        return *e;
    }
    CountSense sense;
    sense.reading = std::get<UnitReading>(reading_or);
    sense.dimension = dimension_of(c, sense.reading);
    auto scaling_or = scaling_of(c, sense.dimension, sense.reading, begin);
    if (auto const* e = std::get_if<ParseError>(&scaling_or)) {
        return *e;
    }
    sense.scaling = std::get<Scaling>(scaling_or);
    return sense;
}

// A quantity with what a count's words say and no number yet: dimension,
// currency, unit words and qualifier.
Quantity described(ast::count const& c, CountSense const& sense) {
    Dimension const d = sense.dimension;
    Quantity q;
    q.dimension = d;
    q.change = c.direction != ast::Direction::none || d == Dimension::ratio || d == Dimension::points;
    q.currency = c.currency;
    q.unit = text::lower_words(c.unit);
    if (sense.reading.unit) {  // the unit as the newsroom table spells it ("°C", "C"), then the other words
        auto const words = words_of(q.unit);
        q.unit = sense.reading.unit->written;
        for (std::size_t i = sense.reading.words; i < words.size(); ++i) {
            q.unit += " " + words[i];
        }
    }
    q.duration = d == Dimension::duration;
    q.percent = d == Dimension::percent;
    q.qualifier = c.qual.kind;
    q.qualifier_word = c.qual.word;
    return q;
}

// Words that do not go together: a currency on a share, percentage or
// position; an "m" that could be million or metres.
std::optional<ParseError> mismatched_words(ast::count const& c, UnitReading const& reading, char const* begin) {
    if (!c.currency.empty() && (c.joiner == ast::Joiner::in || c.joiner == ast::Joiner::per ||
                                c.joiner == ast::Joiner::of || c.first.fraction || c.first.ordinal ||
                                reading.ordinal_suffix || c.mark != ast::Mark::none || c.kind != ast::Kind::plain)) {
        return error_at(c.first.at, begin, "a currency goes with an amount, not a share, percentage or position");
    }
    if (c.first.bare_m && c.currency.empty()) {
        return error_at(c.first.at, begin,
                        "'m' after a number could be million or metres: write 'million' or 'metres' (or a "
                        "currency: '$5m')");
    }
    return std::nullopt;
}

// Sets the first number, as written, and its rounding window. A measurement
// written as a whole number is rounded at its units digit ("40 km" → [39.5,
// 40.5) km); counts, money, ages and ordinals are exact.
void set_first_number(Quantity& q, ast::count const& c) {
    Dimension const d = q.dimension;
    double v1 = value_of(c.first) * (c.first.fraction && d == Dimension::ratio ? 100 : 1);
    double s1 = step_of(c.first) > 0 || c.first.fraction || !measured(d) ? step_of(c.first) : 1;
    if ((d == Dimension::ratio || d == Dimension::points) && c.first.scale == 1 && c.first.decimals == 0 &&
        !c.first.fraction) {
        s1 = 1;  // "up 40%", "2 percentage points": rounded at the units digit
    }
    if (d == Dimension::age && c.first.scale == 1 && c.first.decimals == 0) {
        s1 = 0;  // "aged 70", "a 10-year-old": ages are stated in whole years, not rounded to tens
    }
    v1 = c.minus && d == Dimension::temperature ? -v1 : v1;
    q.number = q.number_high = v1;
    q.step = s1;
    q.round_low = q.number - q.step / 2;
    q.round_high = q.number + q.step / 2;
}

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

CountText count_text(ast::count const& c, Quantity const& q) {
    Dimension const d = q.dimension;
    CountText t;
    if (c.first.fraction) {
        t.number = c.first.written;
    } else if (c.first.denominator > 0) {
        t.number = numeral_text(c.first);  // "10 1/2"
    } else if (d == Dimension::age && q.step == 0 && is_integer(q.number)) {
        t.number = text::group_thousands(digits_of(q.number));  // "aged 70": exact, with no ".0"
    } else {
        t.number = number_text(q.number, q.step) + (d == Dimension::ordinal ? ordinal_suffix(q.number) : "");
    }
    t.prefix = qualifier_prefix(c.qual) + std::string(direction_word(c.direction));
    if (c.kind == ast::Kind::age) {
        t.prefix += "aged ";
    } else if (c.kind == ast::Kind::magnitude) {
        t.prefix += "magnitude ";
    }
    t.currency_before = !c.currency_written.empty() && c.currency_at == ast::Place::before;
    bool const sign_before = t.currency_before &&
                             !std::isalpha(static_cast<unsigned char>(c.currency_written.back())) &&
                             c.currency_written.back() != '.';
    t.currency_prefix = t.currency_before ? c.currency_written + (sign_before ? "" : " ") : std::string();
    t.currency_suffix = c.currency_at == ast::Place::after ? " " + c.currency_written : std::string();
    t.mark = std::string(mark_text(c.mark));
    t.first = t.currency_prefix + (c.minus && d != Dimension::temperature ? "-" : "") + t.number + t.mark;
    return t;
}

// A first number its dimension cannot hold: a percentage above 100%, an
// ordinal that is not a whole number from 1.
std::optional<ParseError> out_of_range(ast::count const& c, Quantity const& q, char const* begin) {
    if (q.dimension == Dimension::percent && !q.change && q.number > 100 && c.joiner == ast::Joiner::none) {
        return error_at(c.first.at, begin, "a percentage is at most 100%");
    }
    if (q.dimension == Dimension::ordinal && (!is_integer(q.number) || q.number < 1)) {
        return error_at(c.first.at, begin, "an ordinal is a whole number from 1");
    }
    return std::nullopt;
}

ParseError part_above_whole(ast::count const& c, double part, double whole, char const* begin) {
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

// "one in three", "15 per 100,000": the part as a percentage of the whole.
std::variant<Quantity, ParseError> part_per_whole(Quantity q, ast::count const& c, double tolerance,
                                                  char const* begin) {
    double const part = q.number;
    double const whole = value_of(c.second);
    if (whole == 0 || part > whole) {
        return part_above_whole(c, part, whole, begin);
    }
    set_percent(q, part / whole * 100, tolerance);
    q.canonical = qualifier_prefix(c.qual) + text::shortest(part) + (c.joiner == ast::Joiner::in ? " in " : " per ") +
                  text::group_thousands(digits_of(whole));
    return q;
}

// "two-thirds": the fraction as a percentage.
Quantity fraction_percent(Quantity q, ast::count const& c, double tolerance) {
    set_percent(q, q.number * 100, tolerance);
    q.canonical = qualifier_prefix(c.qual) + c.first.written + (q.unit.empty() ? "" : " " + q.unit);
    return q;
}

// "136 of 183": the part under its qualifier, and the whole.
std::optional<ParseError> set_whole(Quantity& q, CountText& t, ast::count const& c, Scaling const& scaling,
                                    double tolerance, char const* begin) {
    double const whole = value_of(c.second);
    if (q.number > whole) {
        return part_above_whole(c, q.number, whole, begin);
    }
    q.of = whole;
    t.first += " of " + number_text(whole, step_of(c.second));
    apply_qualifier(q, tolerance, scaling.floor, scaling.top);
    return std::nullopt;
}

// "180-185", "180 to 185", "between 180 and 185": both ends, and no qualifier.
std::optional<ParseError> set_range(Quantity& q, CountText& t, ast::count const& c, char const* begin) {
    if (c.qual.kind != Qualifier::none) {
        char const* at = begin;
        while (is_space(*at)) {
            ++at;
        }
        return error_at(at, begin, "a range takes no qualifier ('" + c.qual.word + "')");
    }
    double const high = value_of(c.second);
    if (high < q.number) {
        return error_at(c.second.at, begin, "the range's high end is below its low end");
    }
    std::string const second_text = number_text(high, step_of(c.second)) + t.mark;
    q.number_high = high;
    q.step = 0;
    q.round_low = q.low = q.number;
    q.round_high = q.high = q.number_high;
    q.qualifier = Qualifier::range;
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
std::optional<ParseError> set_bounds(Quantity& q, CountText& t, ast::count const& c, char const* begin) {
    auto const lower = c.qual.kind;
    auto const upper = c.upper.kind;
    char const* at = begin;
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
    double const high = value_of(c.second);
    bool const low_closed = lower == Qualifier::at_least;
    bool const high_closed = upper == Qualifier::at_most;
    std::string const second_text = number_text(high, step_of(c.second)) + t.mark;
    if (high < q.number || (high == q.number && !(low_closed && high_closed))) {
        return error_at(c.second.at, begin,
                        "the range is empty: no number is " + c.qual.word + " " + t.first + " and " + c.upper.word +
                            " " + t.currency_prefix + second_text);
    }
    q.number_high = high;
    q.step = 0;
    q.round_low = q.low = q.number;
    q.round_high = q.high = high;
    q.low_closed = low_closed;
    q.high_closed = high_closed;
    q.qualifier = Qualifier::range;
    t.first += " and " + c.upper.word + " " + t.currency_prefix + second_text;
    return std::nullopt;
}

// The interval a count allows: a part of a whole, a range, or one number
// under its qualifier.
std::optional<ParseError> set_interval(Quantity& q, CountText& t, ast::count const& c, Scaling const& scaling,
                                       double tolerance, char const* begin) {
    if (c.joiner == ast::Joiner::bounds) {
        return set_bounds(q, t, c, begin);
    }
    if (c.joiner == ast::Joiner::of) {
        return set_whole(q, t, c, scaling, tolerance, begin);
    }
    if (c.joiner != ast::Joiner::none) {
        return set_range(q, t, c, begin);
    }
    apply_qualifier(q, tolerance, scaling.floor, scaling.top);
    return std::nullopt;
}

// Sets the canonical text: the words before the number, the number with its
// currency, and the unit words. An ordinal suffix ("4th term") is not a unit
// word, and is dropped from the unit.
void set_canonical(Quantity& q, ast::count const& c, CountText const& t, bool ordinal_suffix) {
    std::string canonical = t.prefix + t.first + t.currency_suffix;
    if (c.kind == ast::Kind::plain && !q.unit.empty()) {
        canonical += (c.hyphen_unit ? "-" : " ") + q.unit;
    }
    if (ordinal_suffix) {
        auto const space = q.unit.find(' ');
        q.unit = space == std::string::npos ? std::string() : q.unit.substr(space + 1);
        canonical = t.prefix + t.number + (q.unit.empty() ? "" : " " + q.unit);
    }
    q.canonical = canonical;
}

// The quantity in its dimension's canonical unit, with the unit as written
// for explanations; a conversion that ends in NaN is refused.
std::variant<Quantity, ParseError> in_canonical_unit(Quantity q, ast::count const& c, CountSense const& sense,
                                                     CountText const& t, char const* begin) {
    map_quantity(q, sense.scaling.map, sense.scaling.decreasing);
    q.unit_before = q.dimension == Dimension::money && t.currency_before;
    q.written_unit = q.dimension == Dimension::money ? c.currency_written
                     : sense.reading.unit            ? sense.reading.unit->written
                     : c.mark != ast::Mark::none     ? std::string(t.mark.substr(t.mark.front() == ' ' ? 1 : 0))
                                                     : q.unit;
    for (double v : {q.number, q.number_high, q.low, q.high}) {
        if (std::isnan(v)) {
            return error_at(c.first.at, begin, "the number is too large");
        }
    }
    return q;
}

// ---------------------------------------------------------------- compound amounts

// "2 hours thirty minutes": a number word and a unit after a unit would be
// read as unit words; a compound's later parts are written in digits.
std::optional<ParseError> worded_part(ast::count const& c, UnitReading const& reading, char const* begin) {
    if (!reading.unit) {
        return std::nullopt;
    }
    static std::vector<std::string> const number_words = parser::number_word_names();
    auto const words = words_of(text::lower_words(c.unit));
    for (std::size_t i = reading.words; i + 1 < words.size(); ++i) {
        bool const number = std::find(number_words.begin(), number_words.end(), words[i]) != number_words.end();
        if (number && units::find_part_unit(words[i + 1], true)) {
            return error_at(c.unit_at, begin,
                            "a compound amount's later parts are written in digits ('2 hours 30 minutes'), not '" +
                                words[i] + " " + words[i + 1] + "'");
        }
    }
    return std::nullopt;
}

// One part of a compound amount ("5 ft", "11 in"; "$3", "50 cents"), with
// the unit (or the currency's fraction) it is written in.
struct Part {
    ast::numeral const* number = nullptr;
    std::string unit_text;  // the unit words as written, lower-cased
    bool and_written = false;
    std::optional<units::Unit> unit;  // a physical or time unit
    double fraction = 1;              // money: of one main unit
    std::string rest;                 // words after the last part's unit ("5 ft 11 in tall": "tall")
};

double unit_size(units::Unit const& u) {
    return units::to_canonical(u, 1) - units::to_canonical(u, 0);
}

std::string joined(std::vector<std::string> const& words, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t i = from; i < to; ++i) {
        out += (out.empty() ? "" : " ") + words[i];
    }
    return out;
}

// The unit the first one to three words name (the longest), and how many words it takes.
std::optional<std::pair<units::Unit, std::size_t>> leading_unit(std::vector<std::string> const& words, bool library) {
    for (std::size_t n = std::min<std::size_t>(3, words.size()); n >= 1; --n) {
        if (auto unit = units::find_part_unit(joined(words, 0, n), library && n == 1)) {
            return std::make_pair(*unit, n);
        }
    }
    return std::nullopt;
}

// Forms that are not written in parts, and parts without a unit.
std::optional<ParseError> compound_shape(ast::count const& c, char const* begin) {
    char const* at = c.parts.front().number.at;
    if (c.joiner != ast::Joiner::none || c.mark != ast::Mark::none || c.kind != ast::Kind::plain || c.minus ||
        c.first.fraction || c.first.ordinal) {
        return error_at(at, begin,
                        "only an amount is written in parts ('5 ft 11 in', '$3 and 50 cents'), not a range, share, "
                        "percentage, age or position");
    }
    if (auto e = unrepresentable(c.first, begin)) {
        return e;
    }
    for (auto const& p : c.parts) {
        if (auto e = unrepresentable(p.number, begin)) {
            return e;
        }
        if (p.unit.empty()) {
            return error_at(
                p.number.at, begin,
                "the part '" + numeral_text(p.number) + "' names no unit: write each part's unit ('1 metre 80 cm')");
        }
    }
    return std::nullopt;
}

// A later part: a subunit of the amount's currency or a smaller unit of its
// dimension, less than one of the unit before it.
std::variant<Part, ParseError> resolve_part(ast::count const& c, ast::part const& p, Part const& prev, bool last,
                                            bool library, char const* begin) {
    Part part{&p.number, {}, p.and_written, std::nullopt, 1, {}};
    auto const words = words_of(p.unit);
    std::string const prev_name = prev.unit_text.empty() ? c.currency : words_of(prev.unit_text).front();
    std::size_t used = 1;
    double size = 0;
    double prev_size = 0;
    if (!c.currency.empty()) {
        auto const fraction = units::currency_subunit(words.front(), c.currency);
        if (!fraction) {
            return error_at(p.unit_at, begin, "'" + text::lower(words.front()) + "' is not a subunit of " + c.currency);
        }
        part.fraction = *fraction;
        size = value_of(p.number) * *fraction;
        prev_size = prev.fraction;
    } else {
        auto const found = leading_unit(words, library);
        if (!found) {
            return error_at(p.unit_at, begin, "unknown unit '" + words.front() + "' in a compound amount");
        }
        if (found->first.dimension != prev.unit->dimension) {
            return error_at(p.unit_at, begin,
                            "the parts of a compound amount are of one dimension: '" + words.front() + "' is not " +
                                std::string(dimension_name(prev.unit->dimension)));
        }
        part.unit = found->first;
        used = found->second;
        size = units::to_canonical(found->first, value_of(p.number));
        prev_size = unit_size(*prev.unit);
    }
    if ((c.currency.empty() ? unit_size(*part.unit) : part.fraction) >= prev_size) {
        return error_at(p.unit_at, begin,
                        "the parts of a compound amount go from the largest unit to the smallest: '" + words.front() +
                            "' after '" + prev_name + "'");
    }
    part.unit_text = text::lower_words(joined(words, 0, used));
    if (size >= prev_size * (1 - 1e-12)) {
        return error_at(
            p.number.at, begin,
            "the part '" + numeral_text(p.number) + " " + part.unit_text + "' is not less than one " + prev_name);
    }
    if (used < words.size() && !last) {
        return error_at(p.unit_at, begin, "only the last part of a compound amount has words after its unit");
    }
    part.rest = text::lower_words(joined(words, used, words.size()));
    return part;
}

// Every part of a compound amount, the first with the count's own unit or currency.
std::variant<std::vector<Part>, ParseError> resolve_parts(ast::count const& c, bool library, char const* begin) {
    std::vector<Part> parts(1);
    parts[0].number = &c.first;
    parts[0].unit_text = text::lower_words(c.unit);
    char const* const next = c.parts.front().number.at;
    if (c.currency.empty()) {
        auto const words = words_of(c.unit);
        auto const found = leading_unit(words, library);
        if (!found) {
            return error_at(c.unit_at, begin,
                            "'" + text::lower(words.front()) +
                                "' is not a unit, so the number after it is not a part of the amount ('5 ft 11 in')");
        }
        if (found->second < words.size()) {
            return error_at(next, begin, "only the last part of a compound amount has words after its unit");
        }
        if (found->first.dimension == Dimension::temperature) {
            return error_at(next, begin, "a temperature is not written in parts");
        }
        parts[0].unit = found->first;
    } else if (!c.unit.empty()) {
        return error_at(next, begin, "only the last part of a compound amount has words after its unit");
    }
    for (std::size_t i = 0; i < c.parts.size(); ++i) {
        auto part_or = resolve_part(c, c.parts[i], parts.back(), i + 1 == c.parts.size(), library, begin);
        if (auto const* e = std::get_if<ParseError>(&part_or)) {
            return *e;
        }
        parts.push_back(std::get<Part>(part_or));
    }
    return parts;
}

// "5 ft 11 in", "$3 and 50 cents": the parts as written, each with its unit.
std::string compound_text(ast::count const& c, std::vector<Part> const& parts, CountText const& t) {
    std::string out = t.currency_prefix + numeral_text(c.first) + t.currency_suffix;
    if (!parts.front().unit_text.empty()) {
        out += " " + parts.front().unit_text;
    }
    for (std::size_t i = 1; i < parts.size(); ++i) {
        out += (parts[i].and_written ? " and " : " ") + numeral_text(*parts[i].number) + " " + parts[i].unit_text;
    }
    return parts.back().rest.empty() ? out : out + " " + parts.back().rest;
}

// The sum of the parts in the last part's unit (or the currency), to the
// precision of the last part: "5 ft 11 in" is 71 in, to the inch.
std::variant<Quantity, ParseError> compound(ast::count const& c, QuantityOptions const& options, char const* begin,
                                            bool library) {
    if (auto e = compound_shape(c, begin)) {
        return *e;
    }
    auto parts_or = resolve_parts(c, library, begin);
    if (auto const* e = std::get_if<ParseError>(&parts_or)) {
        return *e;
    }
    auto const& parts = std::get<std::vector<Part>>(parts_or);
    Part const& last = parts.back();
    bool const money = !c.currency.empty();
    double total = 0;
    for (auto const& p : parts) {
        double const v = value_of(*p.number);
        total += money ? v * p.fraction : units::from_canonical(*last.unit, units::to_canonical(*p.unit, v));
    }
    // UDUNITS-2 gives the ounce to seven digits (3 lb is 48.0000053 oz): the
    // sum is kept to a ten-thousandth of the last unit.
    total = std::fabs(total) < 1e9 ? std::round(total * 1e4) / 1e4 : total;
    ast::count whole = c;
    whole.parts.clear();
    whole.first = ast::numeral{};
    whole.first.mantissa = total;
    whole.first.at = c.first.at;
    whole.unit = money ? last.rest : last.unit_text + (last.rest.empty() ? "" : " " + last.rest);
    CountSense sense;
    if (!money) {
        sense.reading.unit = last.unit;
        sense.reading.words = words_of(last.unit_text).size();
    }
    sense.dimension = dimension_of(whole, sense.reading);
    auto scaling_or = scaling_of(whole, sense.dimension, sense.reading, begin);
    if (auto const* e = std::get_if<ParseError>(&scaling_or)) {
        return *e;
    }
    sense.scaling = std::get<Scaling>(scaling_or);
    Quantity q = described(whole, sense);
    bool const written_precision = last.number->decimals > 0 || last.number->denominator > 0;
    double const step = written_precision ? step_of(*last.number) : measured(sense.dimension) ? 1 : 0;
    q.number = q.number_high = total;
    q.step = money ? step * last.fraction : step;
    q.round_low = total - q.step / 2;
    q.round_high = total + q.step / 2;
    CountText text = count_text(whole, q);
    if (auto e = set_interval(q, text, whole, sense.scaling, options.tolerance, begin)) {
        return *e;
    }
    q.canonical = text.prefix + compound_text(c, parts, text);
    return in_canonical_unit(std::move(q), whole, sense, text, begin);
}

// A range whose unit follows its low end too ("between 24 feet and 28
// feet", "24 km to 28 km"): one unit for both ends, written once; ends in
// two units are an error, not a guess at which one was meant.
std::optional<ParseError> with_first_unit(ast::count& c, char const* begin) {
    if (c.first_unit.empty()) {
        return std::nullopt;
    }
    std::string const low = text::lower_words(c.first_unit);
    std::string const high = text::lower_words(c.unit);
    auto const same_unit = [&] {
        if (high == low || high.rfind(low + " ", 0) == 0) {
            return true;  // "feet" and "feet", or "people" and "people in all"
        }
        auto const high_words = words_of(high);
        auto const a = units::find_unit(low, false);
        auto const b = units::find_unit(high_words.empty() ? "" : high_words.front(), false);
        return a && b && a->id == b->id;  // "ft" and "feet": one UDUNITS-2 unit
    };
    char const* at = c.second.at != nullptr ? c.second.at : c.first.at;
    if (high.empty()) {
        return error_at(at, begin, "the range's high end needs the unit its low end has ('" + c.first_unit + "')");
    }
    if (!same_unit()) {
        return error_at(at, begin,
                        "the range's ends are in two units ('" + c.first_unit + "' and '" + c.unit +
                            "'): write one unit, or give each figure its own claim");
    }
    c.first_unit.clear();
    return std::nullopt;
}

// A range's ends as the range means them. One that repeats the currency
// ("between $1 billion and $2 billion", "$1-$35") is in that currency; ends in
// two currencies are an error, never a count. A scale word after the high end
// only applies to the low end too ("1-2 million", "$1.5-2 billion", like
// "3-4%"), unless that would put the low end above the high one.
bool is_range(ast::count const& c) {
    return c.joiner == ast::Joiner::dash || c.joiner == ast::Joiner::to || c.joiner == ast::Joiner::between;
}
double scale_of(ast::numeral const& n) {
    return n.words ? n.word_scale : n.scale;
}
bool scale_shared(ast::count const& c) {
    return is_range(c) && scale_of(c.first) == 1 && scale_of(c.second) > 1 && !c.first.fraction && !c.first.ordinal;
}
bool needs_range_ends(ast::count const& c) {
    return c.first.currency_begin != nullptr || c.second.currency_begin != nullptr || !c.first_unit.empty() ||
           scale_shared(c);
}

std::variant<ast::count, ParseError> with_range_ends(ast::count c, char const* begin) {
    for (ast::numeral const* end : {&c.first, &c.second}) {
        if (end->currency_begin == nullptr) {
            continue;
        }
        std::string_view const written(end->currency_begin,
                                       static_cast<std::size_t>(end->currency_end - end->currency_begin));
        std::string const code = parser::currency_before_code(written);
        if (c.currency.empty()) {
            c.currency = code;
            c.currency_written = std::string(written);
            c.currency_at = ast::Place::before;
        } else if (c.currency != code) {
            return error_at(end->at, begin,
                            "the range's ends are in two currencies (" + c.currency + " and " + code +
                                "): write one currency, or give each figure its own claim");
        }
    }
    if (auto e = with_first_unit(c, begin)) {
        return *e;
    }
    if (scale_shared(c)) {
        ast::numeral scaled = c.first;
        if (scaled.words) {
            scaled.mantissa *= scale_of(c.second);
            scaled.word_scale = scale_of(c.second);
        } else {
            scaled.scale = scale_of(c.second);
        }
        if (value_of(scaled) <= value_of(c.second)) {
            c.first = scaled;
        }
    }
    return c;
}

std::variant<Quantity, ParseError> Converter::operator()(ast::count const& written) const {
    if (!needs_range_ends(written)) {
        return convert(written);
    }
    auto priced_or = with_range_ends(written, begin);
    if (auto const* e = std::get_if<ParseError>(&priced_or)) {
        return *e;
    }
    return convert(std::get<ast::count>(priced_or));
}

std::variant<Quantity, ParseError> Converter::convert(ast::count const& c) const {
    if (!c.parts.empty()) {
        return compound(c, options, begin, library);
    }
    auto sense_or = sense_of(c, library, begin);
    if (auto const* e = std::get_if<ParseError>(&sense_or)) {
        return *e;
    }
    auto const& sense = std::get<CountSense>(sense_or);
    if (auto e = worded_part(c, sense.reading, begin)) {
        return *e;
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
    if (c.joiner == ast::Joiner::in || c.joiner == ast::Joiner::per) {
        return part_per_whole(std::move(q), c, options.tolerance, begin);
    }
    if (c.first.fraction && q.dimension == Dimension::percent) {
        return fraction_percent(std::move(q), c, options.tolerance);
    }
    if (auto e = set_interval(q, text, c, sense.scaling, options.tolerance, begin)) {
        return *e;
    }
    set_canonical(q, c, text, sense.reading.ordinal_suffix);
    return in_canonical_unit(std::move(q), c, sense, text, begin);
}

std::variant<Quantity, ParseError> Converter::operator()(ast::multiple const& m) const {
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
    apply_qualifier(q, options.tolerance, 0, infinity);
    q.written = q.written_high = q.number;
    q.written_step = q.step;
    q.written_unit = "times";
    bool const one_word = m.word != "times" && m.word != "fold" && m.word != "-fold";
    q.canonical = qualifier_prefix(m.qual) + (one_word ? m.word : number_text(q.number, q.step) + " times");
    return q;
}

std::variant<Quantity, ParseError> Converter::operator()(ast::share const& s) const {
    static constexpr std::array<char const*, 4> keys{"most", "majority", "predominantly", "half"};
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
        q.number = q.round_low = 50;
        q.number_high = q.round_high = 100;
        q.low = 50;
        q.low_closed = false;
        q.high = 100;
    }
    q.written = q.number;
    q.written_high = q.number_high;
    q.written_unit = "%";
    q.canonical = qualifier_prefix(s.qual) + s.written + (q.unit.empty() ? "" : " " + q.unit);
    return q;
}

// Explains a malformed number at `p`: "1,30", "1,3000", "1.2.3", or a unit
// word glued to the digits.
ParseError malformed_number(char const* begin, char const* p, char const* end) {
    char const* q = p;
    bool point = false;
    while (q != end && (text::is_ascii_digit(*q) || *q == ',' || *q == '.')) {
        if (*q == ',') {
            char const* g = q + 1;
            while (g != end && text::is_ascii_digit(*g)) {
                ++g;
            }
            if (point || g - q - 1 != 3) {
                return error_at(q, begin, "not a number: digits after a thousands separator come in groups of three");
            }
        } else if (*q == '.') {
            if (point) {
                return error_at(q, begin, "not a number: a second decimal point");
            }
            point = true;
        }
        ++q;
    }
    if (q != end && text::is_ascii_letter(*q)) {
        return error_at(q, begin, "expected a space between the number and the unit word");
    }
    return error_at(p, begin, "expected a number or number word");
}

// Whether a quantity starts at `p`.
bool quantity_starts(char const* p, char const* end) {
    ast::quantity tree;
    try {
        return x3::phrase_parse(p, end, parser::quantity_in_text(), x3::ascii::space, tree);
    } catch (std::exception const&) {
        return false;
    }
}

// Explains why no quantity starts at `p`: an unknown word before a number is
// an unknown qualifier, a misspelt number word is named as such.
ParseError explain_start(char const* begin, char const* p, char const* end) {
    if (p == end) {
        return error_at(p, begin, "expected a number or number word, found an empty value");
    }
    if (text::is_ascii_digit(*p)) {
        return malformed_number(begin, p, end);
    }
    if (!text::is_ascii_letter(*p)) {
        return error_at(p, begin, "expected a number or number word");
    }
    char const* word_end = p;
    while (word_end != end && (text::is_ascii_letter(*word_end) || *word_end == '-')) {
        ++word_end;
    }
    std::string const word = text::lower(std::string_view(p, static_cast<std::size_t>(word_end - p)));

    // Does a quantity follow the word? Then the word is a qualifier we do not know.
    char const* const rest = detail::skip_space(word_end, end);
    if (rest != end && rest != word_end && quantity_starts(rest, end)) {
        std::string message = "unknown qualifier '" + word + "'";
        auto const hint = claimcheck::text::closest(word, parser::qualifier_names());
        if (!hint.empty()) {
            message += claimcheck::text::did_you_mean(hint);
        }
        return error_at(p, begin, message);
    }
    auto const hint = claimcheck::text::closest(word, parser::number_word_names());
    if (!hint.empty() && hint != word) {
        return error_at(p, begin, "unknown number word '" + word + "'" + claimcheck::text::did_you_mean(hint));
    }
    auto const qualifier_hint = claimcheck::text::closest(word, parser::qualifier_names());
    if (!qualifier_hint.empty() && qualifier_hint == word) {
        return error_at(rest, begin, "expected a number or number word after '" + word + "'");
    }
    return error_at(p, begin, "expected a number or number word, found '" + word + "'");
}

ParseError explain_expectation(char const* begin, char const* where, char const* end, std::string const& which) {
    if (where != end && (*where == ',' || *where == '.') && where != begin && text::is_ascii_digit(where[-1]) &&
        where + 1 != end && text::is_ascii_digit(where[1])) {
        return error_at(where, begin,
                        *where == ',' ? "not a number: digits after a thousands separator come in groups of three"
                                      : "not a number: unexpected decimal point");
    }
    return detail::expected(begin, where, end, which);
}

}  // namespace

namespace parser {

bool part_fits(ast::count const& c, ast::part const& p) {
    std::string const word = text::lower_words(p.unit);
    double const v = value_of(p.number);
    if (!c.currency.empty()) {
        auto const fraction = units::currency_subunit(word, c.currency);
        double const prev =
            c.parts.empty() ? 1
                            : units::currency_subunit(text::lower_words(c.parts.back().unit), c.currency).value_or(0);
        return fraction && *fraction < prev && v * *fraction < prev;
    }
    auto const unit = units::find_part_unit(word, false);
    auto const prev = units::find_part_unit(text::lower_words(c.parts.empty() ? c.unit : c.parts.back().unit), false);
    if (!unit || !prev || unit->dimension != prev->dimension || unit->dimension == Dimension::temperature) {
        return false;
    }
    return unit_size(*unit) < unit_size(*prev) && units::to_canonical(*unit, v) < unit_size(*prev);
}

}  // namespace parser

namespace detail {

std::variant<Quantity, ParseError> to_quantity(ast::quantity const& tree, QuantityOptions const& options,
                                               char const* begin, bool in_text) {
    auto result = boost::apply_visitor(Converter{options, begin, !in_text}, tree);
    if (auto* q = std::get_if<Quantity>(&result)) {
        mark_estimate(*q);
    }
    return result;
}

std::variant<Quantity, ParseError> parse_plain_quantity(std::string_view value, QuantityOptions options) {
    return detail::parse_value<ast::quantity, Quantity>(
        value, parser::quantity_value(),
        [&](ast::quantity const& tree, char const* begin) { return detail::to_quantity(tree, options, begin, false); },
        explain_start, explain_expectation);
}

}  // namespace detail

std::variant<Quantity, ParseError> parse_quantity(std::string_view value, QuantityOptions options) {
    if (auto estimate = detail::parse_estimate(value, options)) {  // "52 (95% CI 20-87)", "4,600 ± 200"
        return *std::move(estimate);
    }
    return detail::parse_plain_quantity(value, options);
}

}  // namespace claimcheck::grammar
