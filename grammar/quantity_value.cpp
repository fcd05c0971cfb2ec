// parse_quantity (value.hpp): the quantity grammar's AST turned into an
// interval with its stated precision, qualifier and unit.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "grammar/convert.hpp"
#include "grammar/quantity.hpp"
#include "grammar/text.hpp"

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

// The place value of the last significant digit of a round number, or 0.
double step_of(ast::numeral const& n) {
    if (n.words || n.scale == 1) {
        if (n.decimals > 0 || n.mantissa == 0) {
            return 0;
        }
        double const place = trailing_place(value_of(n));
        return place > 1 ? place : 0;
    }
    if (n.decimals > 0) {
        return n.scale / pow10(n.decimals);
    }
    return trailing_place(n.mantissa) * n.scale;
}

// Days per time unit. A month is 1/12 of a mean Gregorian year.
struct TimeUnit {
    char const* word;
    double days;
};
constexpr std::array<TimeUnit, 12> time_units{{
    {"day", 1},
    {"days", 1},
    {"week", 7},
    {"weeks", 7},
    {"month", 30.436875},
    {"months", 30.436875},
    {"year", 365.2425},
    {"years", 365.2425},
    {"decade", 3652.425},
    {"decades", 3652.425},
    {"century", 36524.25},
    {"centuries", 36524.25},
}};

double days_per(std::string_view unit) {
    auto const first_word = unit.substr(0, unit.find(' '));
    for (auto const& t : time_units) {
        if (first_word == t.word) {
            return t.days;
        }
    }
    return 0;
}

std::string digits_of(double v) {
    std::array<char, 64> buf{};
    std::snprintf(buf.data(), buf.size(), "%.0f", v);
    return buf.data();
}

// The number written so that it reads back with the same value and step:
// "180", "1,300", "1.50 million", "100.0" (exact), "6.5".
std::string number_text(double v, double step) {
    if (step == 0) {
        if (is_integer(v) && v < 1e15) {
            auto const digits = digits_of(v);
            return text::group_thousands(digits) + (trailing_place(v) > 1 ? ".0" : "");
        }
        return text::shortest(v);
    }
    if (is_integer(v) && step >= 1 && trailing_place(v) == step) {
        return text::group_thousands(digits_of(v));
    }
    struct Scale {
        double value;
        char const* word;
    };
    constexpr std::array<Scale, 4> scales{{{1e3, "thousand"}, {1e6, "million"}, {1e9, "billion"}, {1e12, "trillion"}}};
    Scale chosen = scales.back();
    for (auto const& s : scales) {
        if (s.value >= step) {
            chosen = s;
            break;
        }
    }
    int const decimals = std::max(0, static_cast<int>(std::lround(std::log10(chosen.value / step))));
    std::array<char, 64> buf{};
    std::snprintf(buf.data(), buf.size(), "%.*f %s", decimals, v / chosen.value, chosen.word);
    return buf.data();
}

std::size_t offset_of(char const* where, char const* begin) {
    return where ? static_cast<std::size_t>(where - begin) : 0;
}

ParseError error_at(char const* where, char const* begin, std::string message) {
    return ParseError{offset_of(where, begin), std::move(message)};
}

// The interval a single number allows under its qualifier.
void apply_qualifier(Quantity& q, double tolerance) {
    double const n = q.number;
    double const top = q.percent ? 100 : infinity;
    switch (q.qualifier) {
        case Qualifier::none:
            q.low = q.round_low;
            q.high = q.round_high;
            q.low_closed = true;
            q.high_closed = q.step == 0;
            break;
        case Qualifier::approx:
            q.tolerance = tolerance;
            q.low = std::min(n - n * tolerance, q.round_low);
            q.high = std::max(n + n * tolerance, q.round_high);
            if (q.percent) {
                q.low = std::max(q.low, 0.0);
                q.high = std::min(q.high, 100.0);
            }
            break;
        case Qualifier::more_than:
            q.low = n;
            q.low_closed = false;
            q.high = top;
            q.high_closed = q.percent;
            break;
        case Qualifier::at_least:
            q.low = n;
            q.high = top;
            q.high_closed = q.percent;
            break;
        case Qualifier::fewer_than:
            q.low = 0;
            q.high = n;
            q.high_closed = false;
            break;
        case Qualifier::at_most:
            q.low = 0;
            q.high = n;
            break;
        case Qualifier::range:
            break;
    }
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string qualifier_prefix(ast::qualifier const& qual) {
    if (qual.kind == Qualifier::none) {
        return {};
    }
    bool const sign = !qual.word.empty() && !(qual.word[0] >= 'a' && qual.word[0] <= 'z');
    return sign ? qual.word : qual.word + " ";
}

struct Converter {
    QuantityOptions const& options;
    char const* begin;

    std::variant<Quantity, ParseError> operator()(ast::count const& c) const {
        Quantity q;
        q.unit = text::lower_words(c.unit);
        std::string const words_unit = q.unit;
        if (!c.currency.empty()) {
            q.unit = c.currency + (q.unit.empty() ? "" : " " + q.unit);
        }
        double const per_day = days_per(words_unit);
        double const factor = per_day > 0 ? per_day : 1;
        q.duration = per_day > 0;
        q.percent = c.percent;

        double const v1 = value_of(c.first);
        double const s1 = step_of(c.first);
        q.number = v1 * factor;
        q.number_high = q.number;
        q.step = s1 * factor;
        q.round_low = q.number - q.step / 2;
        q.round_high = q.number + q.step / 2;
        q.qualifier = c.qual.kind;
        q.qualifier_word = c.qual.word;

        std::string first_text = number_text(v1, s1) + (c.percent ? "%" : "");
        std::string canonical = qualifier_prefix(c.qual) + c.currency + first_text;

        if (q.percent && v1 > 100 && c.joiner != "of") {
            return error_at(c.first.at, begin, "a percentage is at most 100%");
        }

        if (c.joiner == "of") {
            double const whole = value_of(c.second);
            if (v1 > whole) {
                return error_at(
                    c.second.at, begin,
                    "the part (" + text::shortest(v1) + ") is larger than the whole (" + text::shortest(whole) + ")");
            }
            q.of = whole * factor;
            canonical += " of " + number_text(whole, step_of(c.second));
            apply_qualifier(q, options.tolerance);
        } else if (!c.joiner.empty()) {
            if (c.qual.kind != Qualifier::none) {
                char const* at = begin;
                while (is_space(*at)) {
                    ++at;
                }
                return error_at(at, begin, "a range takes no qualifier ('" + c.qual.word + "')");
            }
            double const v2 = value_of(c.second);
            if (v2 < v1) {
                return error_at(c.second.at, begin, "the range's high end is below its low end");
            }
            std::string const second_text = number_text(v2, step_of(c.second)) + (c.percent ? "%" : "");
            q.number_high = v2 * factor;
            q.step = 0;
            q.round_low = q.number;
            q.round_high = q.number_high;
            q.low = q.number;
            q.high = q.number_high;
            q.qualifier = Qualifier::range;
            q.qualifier_word = c.joiner;
            if (c.joiner == "between") {
                canonical = "between " + c.currency + first_text + " and " + second_text;
            } else if (c.joiner == "to") {
                canonical = c.currency + first_text + " to " + second_text;
            } else {
                canonical = c.currency + first_text + "-" + second_text;
            }
        } else {
            apply_qualifier(q, options.tolerance);
        }
        if (!words_unit.empty()) {
            canonical += (c.hyphen_unit ? "-" : " ") + words_unit;
        }
        q.canonical = canonical;
        return q;
    }

    std::variant<Quantity, ParseError> operator()(ast::share const& s) const {
        Quantity q;
        q.percent = true;
        q.vague = s.word;
        q.unit = text::lower_words(s.unit);
        q.qualifier = s.qual.kind;
        q.qualifier_word = s.qual.word;
        if (s.word == "half") {
            q.number = q.number_high = q.round_low = q.round_high = 50;
            apply_qualifier(q, options.tolerance);
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
        q.canonical = qualifier_prefix(s.qual) + s.written + (q.unit.empty() ? "" : " " + q.unit);
        return q;
    }
};

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Explains why no quantity starts at `p`: an unknown word before a number is
// an unknown qualifier, a misspelt number word is named as such.
ParseError explain_start(char const* begin, char const* p, char const* end) {
    if (p == end) {
        return error_at(p, begin, "expected a number or number word, found an empty value");
    }
    if (*p >= '0' && *p <= '9') {
        // A malformed number: "1,30", "1,3000", "1.2.3".
        char const* q = p;
        bool point = false;
        while (q != end && ((*q >= '0' && *q <= '9') || *q == ',' || *q == '.')) {
            if (*q == ',') {
                char const* g = q + 1;
                while (g != end && *g >= '0' && *g <= '9') {
                    ++g;
                }
                if (point || g - q - 1 != 3) {
                    return error_at(q, begin,
                                    "not a number: digits after a thousands separator come in groups of three");
                }
            } else if (*q == '.') {
                if (point) {
                    return error_at(q, begin, "not a number: a second decimal point");
                }
                point = true;
            }
            ++q;
        }
        if (q != end && is_ascii_letter(*q)) {
            return error_at(q, begin, "expected a space between the number and the unit word");
        }
        return error_at(p, begin, "expected a number or number word");
    }
    if (!is_ascii_letter(*p)) {
        return error_at(p, begin, "expected a number or number word");
    }
    char const* word_end = p;
    while (word_end != end && (is_ascii_letter(*word_end) || *word_end == '-')) {
        ++word_end;
    }
    std::string const word = text::lower(std::string_view(p, static_cast<std::size_t>(word_end - p)));

    // Does a quantity follow the word? Then the word is a qualifier we do not know.
    char const* rest = word_end;
    while (rest != end && is_space(*rest)) {
        ++rest;
    }
    bool number_follows = false;
    if (rest != end && rest != word_end) {
        ast::quantity tree;
        char const* first = rest;
        try {
            number_follows = x3::phrase_parse(first, end, parser::quantity_in_text(), x3::ascii::space, tree);
        } catch (std::exception const&) {
            number_follows = false;
        }
    }
    if (number_follows) {
        std::string message = "unknown qualifier '" + word + "'";
        auto const hint = detail::closest(word, parser::qualifier_names());
        if (!hint.empty()) {
            message += ", did you mean '" + hint + "'?";
        }
        return error_at(p, begin, message);
    }
    auto const hint = detail::closest(word, parser::number_word_names());
    if (!hint.empty() && hint != word) {
        return error_at(p, begin, "unknown number word '" + word + "', did you mean '" + hint + "'?");
    }
    auto const qualifier_hint = detail::closest(word, parser::qualifier_names());
    if (!qualifier_hint.empty() && qualifier_hint == word) {
        return error_at(rest, begin, "expected a number or number word after '" + word + "'");
    }
    return error_at(p, begin, "expected a number or number word, found '" + word + "'");
}

ParseError explain_expectation(char const* begin, char const* where, char const* end, std::string const& which) {
    while (where != end && is_space(*where)) {  // the failure is reported before skipping
        ++where;
    }
    if (where != end && (*where == ',' || *where == '.') && where != begin && where[-1] >= '0' && where[-1] <= '9' &&
        where + 1 != end && where[1] >= '0' && where[1] <= '9') {
        return error_at(where, begin,
                        *where == ',' ? "not a number: digits after a thousands separator come in groups of three"
                                      : "not a number: unexpected decimal point");
    }
    if (where == end) {
        return error_at(where, begin, "expected " + which + " at the end of the value");
    }
    return error_at(where, begin, "expected " + which);
}

}  // namespace

namespace detail {

std::variant<Quantity, ParseError> to_quantity(ast::quantity const& tree, QuantityOptions const& options,
                                               char const* begin) {
    return boost::apply_visitor(Converter{options, begin}, tree);
}

std::string closest(std::string_view word, std::vector<std::string> const& known) {
    std::string best;
    std::size_t best_distance = std::numeric_limits<std::size_t>::max();
    for (auto const& k : known) {
        auto const d = text::edit_distance(word, k);
        if (d < best_distance) {
            best_distance = d;
            best = k;
        }
    }
    std::size_t const allowed = word.size() <= 4 ? 1 : (word.size() <= 8 ? 2 : 3);
    return best_distance <= allowed ? best : std::string{};
}

}  // namespace detail

std::variant<Quantity, ParseError> parse_quantity(std::string_view value, QuantityOptions options) {
    char const* const begin = value.data();
    char const* const end = begin + value.size();
    char const* first = begin;
    ast::quantity tree;
    try {
        if (!x3::phrase_parse(first, end, parser::quantity_value(), x3::ascii::space, tree)) {
            char const* p = begin;
            while (p != end && is_space(*p)) {
                ++p;
            }
            return explain_start(begin, p, end);
        }
    } catch (x3::expectation_failure<char const*> const& failure) {
        return explain_expectation(begin, failure.where(), end, failure.which());
    }
    return detail::to_quantity(tree, options, begin);
}

}  // namespace claimcheck::grammar
