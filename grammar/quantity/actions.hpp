// The quantity grammar's semantic actions: each fills a field of the AST
// (ast.hpp) from what a rule read. Included by the rules (quantity_def.hpp)
// only.
#pragma once

#include <charconv>

#include "grammar/numeral/numeral.hpp"
#include "grammar/quantity/quantity.hpp"
#include "grammar/quantity/words.hpp"

namespace claimcheck::grammar::parser {

const auto reset_count = [](auto& ctx) { x3::_val(ctx) = ast::count{}; };
const auto reset_share = [](auto& ctx) { x3::_val(ctx) = ast::share{}; };
const auto reset_multiple = [](auto& ctx) { x3::_val(ctx) = ast::multiple{}; };
const auto set_qualifier = [](auto& ctx) { x3::_val(ctx).qual = x3::_attr(ctx); };
const auto set_direction = [](auto& ctx) { x3::_val(ctx).direction = x3::_attr(ctx); };
const auto set_kind = [](auto& ctx) { x3::_val(ctx).kind = x3::_attr(ctx); };
const auto set_minus = [](auto& ctx) { x3::_val(ctx).minus = true; };
const auto set_plus = [](auto& ctx) { x3::_val(ctx).direction = ast::Direction::up; };
const auto set_first = [](auto& ctx) { x3::_val(ctx).first = x3::_attr(ctx); };

// A rough amount (docs/grammar.md "Rough amounts"): a plural is at least 2
// and fewer than 20 of it, where the next plural begins ("hundreds": 200 to
// under 2,000, where "thousands" begins; "tens of thousands": 20,000 to
// under 200,000); "several hundred" at least 3 hundred, "a few thousand" at
// least 2 thousand, and fewer than 10.
inline void set_rough_range(ast::count& c, double low, double high) {
    c.joiner = ast::Joiner::to;
    c.first.mantissa = low;
    c.second.mantissa = high;
}
const auto set_rough_plurals = [](auto& ctx) {
    double amount = 1;
    for (const double plural : x3::_attr(ctx)) {
        amount *= plural;
    }
    set_rough_range(x3::_val(ctx), 2 * amount, 20 * amount);
    x3::_val(ctx).rough_plural = true;
};
const auto set_rough_multiple = [](auto& ctx) {
    double amount = 1;
    for (const double scale : boost::fusion::at_c<1>(x3::_attr(ctx))) {
        amount *= scale;
    }
    set_rough_range(x3::_val(ctx), boost::fusion::at_c<0>(x3::_attr(ctx)) * amount, 10 * amount);
};
const auto set_rough_words = [](auto& ctx) {
    auto& c = x3::_val(ctx);
    const auto& written = x3::_attr(ctx);
    c.rough = text::lower_words(std::string_view(written.begin(), static_cast<std::size_t>(written.size())));
    c.first.at = c.second.at = written.begin();
    c.first.end = c.second.end = written.end();
};
// "between 180 and 185", or with the low end's unit: "between 24 feet and 28".
const auto set_between = [](auto& ctx) {
    const auto& attr = x3::_attr(ctx);
    x3::_val(ctx).joiner = ast::Joiner::between;
    x3::_val(ctx).first = boost::fusion::at_c<0>(attr);
    if constexpr (boost::fusion::result_of::size<std::decay_t<decltype(attr)>>::value == 3) {
        x3::_val(ctx).first_unit = boost::fusion::at_c<1>(attr).value_or("");
        x3::_val(ctx).second = boost::fusion::at_c<2>(attr);
    } else {
        x3::_val(ctx).second = boost::fusion::at_c<1>(attr);
    }
};
// The low end's unit of "24 feet to 28 feet" (cleared again when no range follows).
const auto set_first_unit = [](auto& ctx) { x3::_val(ctx).first_unit = x3::_attr(ctx); };
const auto clear_first_unit = [](auto& ctx) { x3::_val(ctx).first_unit.clear(); };
const auto remember_first_mark = [](auto& ctx) { x3::_val(ctx).first_mark = x3::_val(ctx).mark; };
// "to 4,512" after "up 1.2%": where the level starts, for the converter's error.
const auto set_level_at = [](auto& ctx) { x3::_val(ctx).level_at = x3::_attr(ctx).begin(); };
const auto set_from_level_at = [](auto& ctx) { x3::_val(ctx).from_level_at = x3::_attr(ctx).begin(); };
const auto set_to_high_end = [](auto& ctx) {
    x3::_val(ctx).joiner = ast::Joiner::to;
    x3::_val(ctx).second = x3::_attr(ctx);
};
const auto set_mark = [](auto& ctx) { x3::_val(ctx).mark = x3::_attr(ctx); };
const auto set_percent = [](auto& ctx) { x3::_val(ctx).mark = ast::Mark::percent; };
const auto set_joined = [](auto& ctx) {
    x3::_val(ctx).joiner = boost::fusion::at_c<0>(x3::_attr(ctx));
    x3::_val(ctx).second = boost::fusion::at_c<1>(x3::_attr(ctx));
};
const auto set_dash = [](auto& ctx) {
    x3::_val(ctx).joiner = ast::Joiner::dash;
    x3::_val(ctx).second = x3::_attr(ctx);
};
const auto set_of = [](auto& ctx) {
    x3::_val(ctx).joiner = ast::Joiner::of;
    x3::_val(ctx).second = x3::_attr(ctx);
};
const auto set_hyphen_unit = [](auto& ctx) { x3::_val(ctx).hyphen_unit = true; };
const auto set_currency = [](auto& ctx) {
    auto& c = x3::_val(ctx);
    (c.currency.empty() || c.currency == x3::_attr(ctx) ? c.currency : c.other_currency) = x3::_attr(ctx);
};
const auto set_currency_written = [](ast::Place place) {
    return [place](auto& ctx) {
        const auto& range = x3::_attr(ctx);
        x3::_val(ctx).currency_written.assign(range.begin(), range.end());
        x3::_val(ctx).currency_at = place;
    };
};
const auto set_magnitude = [](auto& ctx) { x3::_val(ctx).kind = ast::Kind::magnitude; };
// The number `value` at the numeral's mark, shown as `written` ("half a",
// "an", "3/4"): a figure the canonical text writes as the copy did.
inline void make_written(ast::numeral& n, std::string written, double value) {
    const char* at = n.at;
    n = ast::numeral{};
    n.at = at;
    n.mantissa = value;
    n.words = true;
    n.written = std::move(written);
}
// The fraction 1/2 as written: "half a" before a percentage point, "half"
// after a change word ("fell by half").
auto half_value(const char* written) {
    return [written](auto& ctx) {
        make_written(x3::_val(ctx), written, 0.5);
        x3::_val(ctx).fraction = true;
    };
}
const auto half_a_value = half_value("half a");
// "half an hour", "half a gallon": 0.5 of the unit, with its words kept.
const auto set_half_unit = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    make_written(x3::_val(ctx), text::lower_words(std::string_view(range.begin(), range.size())), 0.5);
    x3::_val(ctx).of_unit = true;
};
// "a kilogram", "an hour": one of the unit, with the article kept.
const auto set_one_unit = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    auto& n = x3::_val(ctx);
    make_written(n, text::lower_words(std::string_view(range.begin(), range.size())), 1);
    n.of_unit = true;
};
// "3/4 cup", "1/2 gallon": a fraction of the unit, as written. A numerator
// of 0 or above the denominator is no fraction.
const auto set_slash_unit = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    const std::string_view written(range.begin(), range.size());
    const auto slash = written.find('/');
    unsigned num = 0;
    unsigned den = 0;
    std::from_chars(written.data(), written.data() + slash, num);
    std::from_chars(written.data() + slash + 1, written.data() + written.size(), den);
    x3::_pass(ctx) = num > 0 && den >= 2 && num < den;
    auto& n = x3::_val(ctx);
    make_written(n, std::string(written), double(num) / den);
    n.words = false;
    n.of_unit = true;
};
// A whole number and a half, as "5 1/2": "5 and a half minutes", "an hour
// and a half" (then written in figures).
inline bool add_half_to(ast::numeral& n) {
    if (n.of_unit && n.mantissa == 1) {
        n.of_unit = false;
        n.words = false;
        n.written.clear();
    }
    const bool whole = n.scale == 1 && n.decimals == 0 && n.numerator == 0 && !n.fraction && !n.ordinal && !n.of_unit &&
                       !n.overflow && n.mantissa == std::floor(n.mantissa);
    if (whole) {
        n.numerator = 1;
        n.denominator = 2;
        n.mantissa += 0.5;
    }
    return whole;
}
const auto add_half = [](auto& ctx) { x3::_pass(ctx) = add_half_to(x3::_val(ctx)); };
const auto add_half_after_unit = [](auto& ctx) { x3::_pass(ctx) = add_half_to(x3::_val(ctx).first); };
// ".05" of "p < .05": digits after a point with none before it.
const auto read_point_digits = [](auto& ctx) {
    auto& n = x3::_val(ctx);
    const char* at = n.at;
    n = ast::numeral{};
    n.at = at;
    for (char d : x3::_attr(ctx)) {
        if (d >= '0' && d <= '9') {
            n.mantissa = n.mantissa * 10 + (d - '0');
            ++n.decimals;
        }
    }
    n.end = x3::_attr(ctx).end();
};
const auto set_level = [](auto& ctx) {
    x3::_val(ctx).kind = ast::Kind::level;
    x3::_val(ctx).level = x3::_attr(ctx);
};
const auto set_p_value = [](auto& ctx) { x3::_val(ctx).kind = ast::Kind::p_value; };
// A change noun after a percentage, points or money: "a 20% reduction", "a
// $3 million increase" ("3 increases" stays a count).
const auto set_change_noun = [](auto& ctx) {
    auto& c = x3::_val(ctx);
    x3::_pass(ctx) = c.mark != ast::Mark::none || !c.currency.empty();
    if (x3::_pass(ctx)) {
        c.direction = x3::_attr(ctx);
    }
};
const auto set_multiple_noun = [](auto& ctx) { x3::_val(ctx).noun = x3::_attr(ctx); };
const auto set_multiple_noun_word = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    x3::_val(ctx).noun_word = text::lower(std::string_view(range.begin(), range.size()));
};
const auto set_unit = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    x3::_val(ctx).unit.assign(range.begin(), range.end());
    x3::_val(ctx).unit_at = range.begin();
};
// The inch and foot marks after a figure ('5"', "5''", "6'", "5′10″"): the
// inch as a later part is "in" ("5 ft 10 in"); alone "inch" or "inches", as
// "in" alone is no unit in a value.
inline bool is_foot_mark(std::string_view mark) {
    return mark == "'" || mark == "\xE2\x80\xB2";
}
const auto set_prime_unit = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    auto& c = x3::_val(ctx);
    const bool one = c.first.mantissa == 1 && c.first.scale == 1;
    c.unit = is_foot_mark(std::string_view(range.begin(), range.size())) ? "ft" : one ? "inch" : "inches";
    c.unit_at = range.begin();
};
const auto set_prime_part_unit = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    x3::_val(ctx).unit = is_foot_mark(std::string_view(range.begin(), range.size())) ? "ft" : "in";
    x3::_val(ctx).unit_at = range.begin();
};
const auto set_share_unit = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    x3::_val(ctx).unit.assign(range.begin(), range.end());
};
const auto set_share = [](auto& ctx) { x3::_val(ctx).word = x3::_attr(ctx); };
const auto set_written = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    x3::_val(ctx).written = text::lower_words(std::string_view(range.begin(), range.size()));
};
const auto set_factor = [](auto& ctx) { x3::_val(ctx).factor = x3::_attr(ctx); };
const auto set_multiple_word = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    x3::_val(ctx).word = text::lower(std::string_view(range.begin(), range.size()));
};
const auto multiple_value = [](auto& ctx) {
    auto& m = x3::_val(ctx);
    m.factor = ast::numeral{};
    m.factor.mantissa = x3::_attr(ctx);
    m.factor.words = true;
};
// A number word's value at the numeral's mark, read as a fraction or an
// ordinal (`flag`).
const auto word_value_as = [](bool ast::numeral::*flag) {
    return [flag](auto& ctx) {
        auto& n = x3::_val(ctx);
        const char* at = n.at;
        n = ast::numeral{};
        n.at = at;
        n.mantissa = x3::_attr(ctx);
        n.words = true;
        n.*flag = true;
    };
};
const auto fraction_value = word_value_as(&ast::numeral::fraction);
const auto set_fraction_written = [](auto& ctx) {
    const auto& range = x3::_attr(ctx);
    x3::_val(ctx).written = text::lower(std::string_view(range.begin(), range.size()));
};

}  // namespace claimcheck::grammar::parser
