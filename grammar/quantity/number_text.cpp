// Numbers as written: their value, stated precision and canonical text.
#include "grammar/quantity/convert.hpp"

namespace claimcheck::grammar::quantities {

namespace {

double pow10(int n) {
    double p = 1;
    for (int i = 0; i < n; ++i) {
        p *= 10;
    }
    return p;
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

// Integers up to 2^53 are exact in a double and printed digit for digit.
constexpr double exact_limit = 9007199254740992.0;

}  // namespace

bool is_integer(double v) {
    return std::isfinite(v) && std::floor(v) == v;
}

double value_of(const ast::numeral& n) {
    return n.mantissa * n.scale / pow10(n.decimals);
}

// The place value of the last written digit: 180 → 10, 1.08 million →
// 10,000, 12.3 → 0.1; 0 for an exact number (183, 4, a fraction, an ordinal).
double step_of(const ast::numeral& n) {
    if (n.denominator > 0) {
        return 1.0 / n.denominator;  // "10 1/2": to the half
    }
    if (n.fraction || n.ordinal || n.of_unit) {
        return 0;
    }
    if (n.decimals > 0) {
        return n.scale / pow10(n.decimals);
    }
    if (n.words || n.scale == 1) {
        if (n.mantissa == 0) {
            return 0;
        }
        const double place = trailing_place(value_of(n));
        return place > 1 ? place : 0;
    }
    return trailing_place(n.mantissa) * n.scale;
}

std::string digits_of(double v) {
    if (is_integer(v) && !std::signbit(v) && v <= 9e18) {  // the usual case, without printf
        std::array<char, 24> digits{};
        const auto end = std::to_chars(digits.data(), digits.data() + digits.size(), static_cast<long long>(v)).ptr;
        return std::string(digits.data(), end);
    }
    std::array<char, 64> buf{};
    std::snprintf(buf.data(), buf.size(), "%.0f", v);
    return buf.data();
}

// The number written so that it reads back with the same value and step:
// "180", "1,300", "1.50 million", "6.50", "6.5".
std::string number_text(double v, double step) {
    if (v < 0) {
        return "-" + number_text(-v, step);
    }
    if (step == 0) {
        if (is_integer(v) && v <= exact_limit) {
            const auto digits = digits_of(v);
            return text::group_thousands(digits) + (trailing_place(v) > 1 ? ".0" : "");
        }
        return text::shortest(v);
    }
    if (step < 1) {
        const int decimals = static_cast<int>(std::lround(-std::log10(step)));
        std::array<char, 64> buf{};
        std::snprintf(buf.data(), buf.size(), "%.*f", decimals, v);
        const std::string out = buf.data();
        const auto point = out.find('.');
        return text::group_thousands(out.substr(0, point)) + (point == std::string::npos ? "" : out.substr(point));
    }
    if (is_integer(v) && (step == 1 || trailing_place(v) == step) && !(v >= 1e6 && step >= 1e5)) {
        return text::group_thousands(digits_of(v));
    }
    struct Scale {
        double value;
        const char* word;
    };
    constexpr std::array<Scale, 4> scales{{{1e3, "thousand"}, {1e6, "million"}, {1e9, "billion"}, {1e12, "trillion"}}};
    // The largest scale word the number reaches: "720 million", "1.2 billion".
    Scale chosen = scales.front();
    for (const auto& s : scales) {
        if (s.value <= v) {
            chosen = s;
        }
    }
    const int decimals = std::max(0, static_cast<int>(std::lround(std::log10(chosen.value / step))));
    std::array<char, 64> buf{};
    std::snprintf(buf.data(), buf.size(), "%.*f %s", decimals, v / chosen.value, chosen.word);
    return buf.data();
}

// A numeral written back: a mixed number as "10 1/2", else number_text.
std::string numeral_text(const ast::numeral& n) {
    if (n.denominator > 0) {
        return text::group_thousands(digits_of(std::floor(value_of(n)))) + " " + std::to_string(n.numerator) + "/" +
               std::to_string(n.denominator);
    }
    return number_text(value_of(n), step_of(n));
}

std::string qualifier_prefix(const ast::qualifier& qual) {
    if (qual.kind == Qualifier::none && !qual.exact) {
        return {};
    }
    const bool sign = !qual.word.empty() && !(qual.word[0] >= 'a' && qual.word[0] <= 'z');
    return sign ? qual.word : qual.word + " ";
}

// A numeral the tool cannot represent: an input error, never inf or NaN.
std::optional<ParseError> unrepresentable(const ast::numeral& n, const char* begin) {
    if (n.overflow) {
        return error_at(n.at, begin,
                        "the number has more digits than can be compared exactly (at most 9,007,199,254,740,992)");
    }
    if (!std::isfinite(value_of(n))) {
        return error_at(n.at, begin, "the number is too large");
    }
    if (n.or_seconds) {  // "forty-second": which one the copy meant is not in the words
        const auto v = static_cast<long long>(value_of(n));
        return error_at(n.at, begin,
                        "this is the ordinal " + std::to_string(v) + ordinal_suffix(double(v)) + " or " +
                            std::to_string(v - 2) + " seconds: write '" + std::to_string(v) +
                            ordinal_suffix(double(v)) + "' or '" + std::to_string(v - 2) + " seconds'");
    }
    return std::nullopt;
}

// "st", "nd", "rd" or "th" after an ordinal's digits.
std::string ordinal_suffix(double v) {
    const auto n = static_cast<long long>(v);
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

}  // namespace claimcheck::grammar::quantities
