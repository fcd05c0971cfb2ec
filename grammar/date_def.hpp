// The date grammar (spec §5 "date"): calendar dates, ranges, weekdays and
// dates relative to the source's publication. Meaning (days, weekdays,
// anchoring) is given by the facade, date_value.cpp.
#pragma once

#include "grammar/date.hpp"
#include "grammar/words_def.hpp"

namespace claimcheck::grammar::parser {

// ---------------------------------------------------------------- tables

inline x3::symbols<unsigned> const month_names(
    {
        {"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},       {"june", 6},
        {"july", 7},    {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
        {"jan", 1},     {"feb", 2},      {"mar", 3},       {"apr", 4},      {"jun", 6},       {"jul", 7},
        {"aug", 8},     {"sep", 9},      {"sept", 9},      {"oct", 10},     {"nov", 11},      {"dec", 12},
    },
    "month name");

// Weekdays, 0 = Sunday as in std::chrono::weekday.
inline x3::symbols<unsigned> const weekday_names(
    {
        {"sunday", 0},
        {"monday", 1},
        {"tuesday", 2},
        {"wednesday", 3},
        {"thursday", 4},
        {"friday", 5},
        {"saturday", 6},
        {"sun", 0},
        {"mon", 1},
        {"tue", 2},
        {"tues", 2},
        {"wed", 3},
        {"thu", 4},
        {"thur", 4},
        {"thurs", 4},
        {"fri", 5},
        {"sat", 6},
    },
    "weekday");

// In running text only full names count ("sat", "wed" are other words).
inline x3::symbols<unsigned> const full_weekday_names(
    {
        {"sunday", 0},
        {"monday", 1},
        {"tuesday", 2},
        {"wednesday", 3},
        {"thursday", 4},
        {"friday", 5},
        {"saturday", 6},
    },
    "weekday");

inline x3::symbols<std::string> const day_words(
    {{"today", "today"}, {"yesterday", "yesterday"}, {"tomorrow", "tomorrow"}}, "relative day");

inline x3::symbols<std::string> const period_units({{"day", "day"},
                                                    {"days", "day"},
                                                    {"week", "week"},
                                                    {"weeks", "week"},
                                                    {"month", "month"},
                                                    {"months", "month"},
                                                    {"year", "year"},
                                                    {"years", "year"}},
                                                   "time unit");

inline x3::symbols<std::string> const directions({{"ago", "ago"},
                                                  {"earlier", "earlier"},
                                                  {"before", "before"},
                                                  {"later", "later"},
                                                  {"after", "after"},
                                                  {"from now", "later"}},
                                                 "'ago', 'earlier' or 'later'");

inline x3::symbols<std::string> const period_refs({{"last", "last"}, {"this", "this"}, {"next", "next"}},
                                                  "'last', 'this' or 'next'");

// ---------------------------------------------------------------- actions

unsigned digits_value(boost::iterator_range<char const*> const& range) {
    unsigned v = 0;
    for (char c : range) {
        v = v * 10 + static_cast<unsigned>(c - '0');
    }
    return v;
}

auto const reset_date = [](auto& ctx) { x3::_val(ctx) = ast::date{}; };
auto const reset_when = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    d.has_when = true;
    d.is_relative = false;
    d.is_range = false;
    d.from = ast::calendar{};
    d.to = ast::calendar{};
    d.rel = ast::relative{};
};
auto const mark_date = [](auto& ctx) { x3::_val(ctx).at = x3::_attr(ctx).begin(); };
auto const mark_from = [](auto& ctx) { x3::_val(ctx).from.at = x3::_attr(ctx).begin(); };
auto const set_weekday = [](auto& ctx) { x3::_val(ctx).weekday.index = x3::_attr(ctx); };
auto const from_month = [](auto& ctx) { x3::_val(ctx).from.month = x3::_attr(ctx); };
auto const to_month = [](auto& ctx) { x3::_val(ctx).to.month = x3::_attr(ctx); };
auto const from_day = [](auto& ctx) {
    x3::_val(ctx).from.day = digits_value(x3::_attr(ctx));
    x3::_val(ctx).from.day_at = x3::_attr(ctx).begin();
};
auto const to_day = [](auto& ctx) {
    x3::_val(ctx).to.day = digits_value(x3::_attr(ctx));
    x3::_val(ctx).to.day_at = x3::_attr(ctx).begin();
    x3::_val(ctx).is_range = true;
};
auto const from_year = [](auto& ctx) { x3::_val(ctx).from.year = x3::_attr(ctx); };
auto const to_year = [](auto& ctx) {
    x3::_val(ctx).to.year = x3::_attr(ctx);
    x3::_val(ctx).is_range = true;
};
auto const from_calendar = [](auto& ctx) { x3::_val(ctx).from = x3::_attr(ctx); };
auto const to_calendar = [](auto& ctx) {
    x3::_val(ctx).to = x3::_attr(ctx);
    x3::_val(ctx).is_range = true;
};
auto const relative_day = [](auto& ctx) {
    x3::_val(ctx).is_relative = true;
    x3::_val(ctx).rel.word = x3::_attr(ctx);
};
auto const relative_count = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    d.is_relative = true;
    d.rel.count = boost::fusion::at_c<0>(x3::_attr(ctx));
    d.rel.unit = boost::fusion::at_c<1>(x3::_attr(ctx));
    d.rel.word = boost::fusion::at_c<2>(x3::_attr(ctx));
};
auto const relative_period = [](auto& ctx) {
    x3::_val(ctx).is_relative = true;
    x3::_val(ctx).rel = x3::_attr(ctx);
};
// Copies what `when` read into the enclosing date (the rule has its own attribute).
auto const take_when = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    auto const& w = x3::_attr(ctx);
    d.has_when = true;
    d.is_relative = w.is_relative;
    d.is_range = w.is_range;
    d.from = w.from;
    d.to = w.to;
    d.rel = w.rel;
};
auto const count_value = [](auto& ctx) {
    auto const& n = x3::_attr(ctx);
    double p = 1;
    for (int i = 0; i < n.decimals; ++i) {
        p *= 10;
    }
    x3::_val(ctx) = n.mantissa * n.scale / p;
};

// ---------------------------------------------------------------- rules

x3::rule<class year_number_class, int> const year_number = "a year";
x3::rule<class month_name_class, unsigned> const month_name = "a month name";
x3::rule<class day_number_class, boost::iterator_range<char const*>> const day_number = "a day of the month";
x3::rule<class weekday_class, unsigned> const weekday = "a weekday";
x3::rule<class full_weekday_class, unsigned> const full_weekday = "a weekday";
x3::rule<class iso_date_class, ast::calendar> const iso_date = "a date (YYYY-MM-DD)";
x3::rule<class count_word_class, double> const count_word = "a number";
x3::rule<class period_class, ast::relative> const period = "'last', 'this' or 'next' and a period";
x3::rule<class when_class, ast::date> const when = "a date";
x3::rule<class end_of_date_class> const end_of_date = "the end of the date";
date_value_type const date_value_rule = "a date";
date_in_text_type const date_in_text_rule = "a date";

auto const year_number_def = x3::lexeme[x3::uint_parser<int, 10, 4, 4>() >> word_end];

auto const month_name_def = x3::lexeme[x3::no_case[month_names] >> (x3::lit('.') | word_end)];

auto const day_number_def = x3::lexeme[x3::raw[x3::repeat(1, 2)[x3::ascii::digit]] >>
                                       -x3::omit[x3::no_case[x3::lit("st") | "nd" | "rd" | "th"]] >> word_end];

auto const weekday_def = x3::lexeme[x3::no_case[weekday_names] >> (x3::lit('.') | word_end)];
auto const full_weekday_def = whole_word(full_weekday_names);

auto const two_digits = x3::raw[x3::repeat(2)[x3::ascii::digit]];
auto const iso_date_def =
    x3::lexeme[x3::raw[x3::eps][([](auto& ctx) { x3::_val(ctx).at = x3::_attr(ctx).begin(); })] >>
               x3::uint_parser<int, 10, 4, 4>()[([](auto& ctx) { x3::_val(ctx).year = x3::_attr(ctx); })] >> '-' >>
               two_digits[([](auto& ctx) { x3::_val(ctx).month = digits_value(x3::_attr(ctx)); })] >> '-' >>
               two_digits[([](auto& ctx) {
                   x3::_val(ctx).day = digits_value(x3::_attr(ctx));
                   x3::_val(ctx).day_at = x3::_attr(ctx).begin();
               })] >>
               word_end];

auto const count_word_def = numeral[count_value] | (kw("a") | kw("an"))[([](auto& ctx) { x3::_val(ctx) = 1.0; })];

auto const period_def = whole_word(period_refs) >> x3::attr(1.0) >> whole_word(period_units);

auto const range_joiner = dash | kw("to") | x3::lit("through");

// "January 13-14, 2026", "Jan. 13", "January 13 to February 2"
auto const month_first = x3::eps[reset_when] >> here[mark_from] >> month_name[from_month] >> day_number[from_day] >>
                         -(range_joiner >> -month_name[to_month] >> day_number[to_day]) >>
                         -(-x3::lit(',') >> year_number[from_year]);

// "13 January 2026", "13-14 January 2026"
auto const day_first = x3::eps[reset_when] >> here[mark_from] >> day_number[from_day] >>
                       -(dash >> day_number[to_day]) >> month_name[from_month] >>
                       -(-x3::lit(',') >> year_number[from_year]);

// "January 2026"
auto const month_year = x3::eps[reset_when] >> here[mark_from] >> month_name[from_month] >>
                        -x3::lit(',') >> year_number[from_year];

// "2026-01-13", "2026-01-13/2026-01-14"
auto const iso_form = x3::eps[reset_when] >> iso_date[from_calendar] >>
                      -((x3::lit('/') | range_joiner) >> iso_date[to_calendar]);

// "2026", "1910-1945"
auto const year_form = x3::eps[reset_when] >> here[mark_from] >> year_number[from_year] >>
                       -((x3::lit('/') | range_joiner) >> year_number[to_year]);

// "today", "3 days ago", "a week earlier", "last year"
auto const relative_form = x3::eps[reset_when] >>
                           (whole_word(day_words)[relative_day] |
                            (count_word >> whole_word(period_units) >> whole_word(directions))[relative_count] |
                            period[relative_period]);

auto const when_def = relative_form | iso_form | month_first | day_first | month_year | year_form;

auto const end_of_date_def = x3::eoi;

auto const date_value_rule_def = x3::eps[reset_date] >> -kw("on") >> here[mark_date] >>
                                 ((weekday[set_weekday] >> -(-x3::lit(',') >> when[take_when])) |
                                  when[take_when]) > end_of_date;

auto const date_in_text_rule_def = x3::eps[reset_date] >> here[mark_date] >>
                                   ((full_weekday[set_weekday] >> -(-x3::lit(',') >> when[take_when])) |
                                    when[take_when]);

BOOST_SPIRIT_DEFINE(year_number, month_name, day_number, weekday, full_weekday, iso_date, count_word, period, when,
                    end_of_date, date_value_rule, date_in_text_rule)

}  // namespace claimcheck::grammar::parser
