// The date grammar (spec §5 "date"): calendar dates, ranges, weekdays and
// dates relative to the source's publication. Meaning (days, weekdays,
// anchoring) is given by the facade, date_value.cpp.
#pragma once

#include "grammar/date.hpp"
#include "grammar/numeral/numeral.hpp"
#include "grammar/numeral/words.hpp"

namespace claimcheck::grammar::parser {

// ---------------------------------------------------------------- tables

inline symbols<unsigned> const month_names(
    {
        {"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},       {"june", 6},
        {"july", 7},    {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
        {"jan", 1},     {"feb", 2},      {"mar", 3},       {"apr", 4},      {"jun", 6},       {"jul", 7},
        {"aug", 8},     {"sep", 9},      {"sept", 9},      {"oct", 10},     {"nov", 11},      {"dec", 12},
    },
    "month name");

// Weekdays, 0 = Sunday as in std::chrono::weekday.
inline symbols<unsigned> const weekday_names(
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
inline symbols<unsigned> const full_weekday_names(
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

inline symbols<ast::Relation> const day_words({{"today", ast::Relation::today},
                                               {"yesterday", ast::Relation::yesterday},
                                               {"tomorrow", ast::Relation::tomorrow}},
                                              "relative day");

inline symbols<ast::TimeUnit> const period_units({{"minute", ast::TimeUnit::minute},
                                                  {"minutes", ast::TimeUnit::minute},
                                                  {"hour", ast::TimeUnit::hour},
                                                  {"hours", ast::TimeUnit::hour},
                                                  {"day", ast::TimeUnit::day},
                                                  {"days", ast::TimeUnit::day},
                                                  {"week", ast::TimeUnit::week},
                                                  {"weeks", ast::TimeUnit::week},
                                                  {"month", ast::TimeUnit::month},
                                                  {"months", ast::TimeUnit::month},
                                                  {"year", ast::TimeUnit::year},
                                                  {"years", ast::TimeUnit::year}},
                                                 "time unit");

// "this week", "earlier this month": the calendar periods a relative word can name.
inline symbols<ast::TimeUnit> const calendar_units({{"week", ast::TimeUnit::week},
                                                    {"month", ast::TimeUnit::month},
                                                    {"year", ast::TimeUnit::year}},
                                                   "week, month or year");

inline symbols<ast::Relation> const directions({{"ago", ast::Relation::before},
                                                {"earlier", ast::Relation::before},
                                                {"before", ast::Relation::before},
                                                {"later", ast::Relation::after},
                                                {"after", ast::Relation::after},
                                                {"from now", ast::Relation::after}},
                                               "'ago', 'earlier' or 'later'");

inline symbols<ast::Relation> const period_refs({{"last", ast::Relation::last},
                                                 {"this", ast::Relation::this_},
                                                 {"next", ast::Relation::next}},
                                                "'last', 'this' or 'next'");

inline symbols<ast::Relation> const within_refs({{"earlier this", ast::Relation::earlier_this},
                                                 {"later this", ast::Relation::later_this}},
                                                "'earlier this' or 'later this'");

inline symbols<ast::Meridiem> const meridiems({{"a.m.", ast::Meridiem::am},
                                               {"a.m", ast::Meridiem::am},
                                               {"am", ast::Meridiem::am},
                                               {"p.m.", ast::Meridiem::pm},
                                               {"p.m", ast::Meridiem::pm},
                                               {"pm", ast::Meridiem::pm}},
                                              "'a.m.' or 'p.m.'");

// Times of day written as a word: "noon", "midnight" (the hour they name).
inline symbols<unsigned> const clock_words({{"noon", 12}, {"midday", 12}, {"midnight", 0}}, "'noon' or 'midnight'");

// The parts of a year an ordinal names: "the second quarter", "the first half".
inline symbols<ast::PeriodKind> const year_divisions({{"quarter", ast::PeriodKind::quarter},
                                                      {"half", ast::PeriodKind::half}},
                                                     "'quarter' or 'half'");

inline symbols<ast::DayPart> const day_part_words({{"morning", ast::DayPart::morning},
                                                   {"afternoon", ast::DayPart::afternoon},
                                                   {"evening", ast::DayPart::evening},
                                                   {"night", ast::DayPart::night}},
                                                  "a part of the day");

inline symbols<ast::DayPart> const day_part_prefixes({{"early", ast::DayPart::early}, {"late", ast::DayPart::late}},
                                                     "'early' or 'late'");

inline symbols<ast::Approach> const approaches({{"around", ast::Approach::around},
                                                {"about", ast::Approach::around},
                                                {"approximately", ast::Approach::around},
                                                {"roughly", ast::Approach::around},
                                                {"shortly after", ast::Approach::shortly_after},
                                                {"just after", ast::Approach::shortly_after},
                                                {"soon after", ast::Approach::shortly_after},
                                                {"shortly before", ast::Approach::shortly_before},
                                                {"just before", ast::Approach::shortly_before},
                                                {"since", ast::Approach::since},
                                                {"until", ast::Approach::until},
                                                {"till", ast::Approach::until},
                                                {"by the end of", ast::Approach::until},
                                                {"by", ast::Approach::until}},
                                               "an approximator");

inline symbols<unsigned> const period_ordinals(
    {{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"1st", 1}, {"2nd", 2}, {"3rd", 3}, {"4th", 4}},
    "an ordinal");

inline symbols<unsigned> const season_words({{"spring", 1}, {"summer", 2}, {"autumn", 3}, {"fall", 3}, {"winter", 4}},
                                            "a season");

inline symbols<ast::PeriodKind> const year_parts({{"early", ast::PeriodKind::early},
                                                  {"mid", ast::PeriodKind::mid},
                                                  {"late", ast::PeriodKind::late}},
                                                 "'early', 'mid' or 'late'");

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
// Starts an alternative of `moment` afresh (PEG alternatives backtrack, actions do not).
auto const reset_moment = [](auto& ctx) {
    char const* at = x3::_val(ctx).at;
    x3::_val(ctx) = ast::date{};
    x3::_val(ctx).at = at;
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
auto const from_year = [](auto& ctx) {
    x3::_val(ctx).from.year = x3::_attr(ctx);
    x3::_val(ctx).from.year_written = true;
};
auto const to_year = [](auto& ctx) {
    x3::_val(ctx).to.year = x3::_attr(ctx);
    x3::_val(ctx).to.year_written = true;
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
auto const relative_word = [](auto& ctx) {
    x3::_val(ctx).has_when = true;
    x3::_val(ctx).is_relative = true;
    x3::_val(ctx).rel.word = x3::_attr(ctx);
};
auto const relative_unit = [](auto& ctx) { x3::_val(ctx).rel.unit = x3::_attr(ctx); };
auto const the_one = [](ast::Relation r) {
    return [r](auto& ctx) {
        auto& d = x3::_val(ctx);
        d.has_when = true;
        d.is_relative = true;
        d.rel.word = r;
        d.rel.count = 1;
    };
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
// Copies a whole moment, keeping the approximator and start read before it.
auto const take_moment = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    auto const approach = d.approach;
    char const* at = d.at;
    d = x3::_attr(ctx);
    d.approach = approach;
    d.at = at;
};
auto const count_value = [](auto& ctx) {
    auto const& n = x3::_attr(ctx);
    double p = 1;
    for (int i = 0; i < n.decimals; ++i) {
        p *= 10;
    }
    x3::_val(ctx) = n.mantissa * n.scale / p;
};
auto const set_time = [](auto& ctx) { x3::_val(ctx).time = x3::_attr(ctx); };
auto const set_zone = [](auto& ctx) { x3::_val(ctx).zone = x3::_attr(ctx); };
auto const set_part = [](auto& ctx) { x3::_val(ctx).part = x3::_attr(ctx); };
auto const set_period = [](auto& ctx) {
    x3::_val(ctx).per = x3::_attr(ctx);
    x3::_val(ctx).has_when = true;
};
auto const set_approach = [](auto& ctx) { x3::_val(ctx).approach = x3::_attr(ctx); };
auto const part_is = [](ast::DayPart part) { return [part](auto& ctx) { x3::_val(ctx).part = part; }; };

// clock_time fields
auto const clock_start = [](auto& ctx) {
    x3::_val(ctx) = ast::clock_time{};
    x3::_val(ctx).present = true;
    x3::_val(ctx).at = x3::_attr(ctx).begin();
};
auto const clock_hour = [](auto& ctx) { x3::_val(ctx).hour = digits_value(x3::_attr(ctx)); };
auto const clock_minute = [](auto& ctx) { x3::_val(ctx).minute = digits_value(x3::_attr(ctx)); };
auto const clock_meridiem = [](auto& ctx) { x3::_val(ctx).meridiem = x3::_attr(ctx); };
auto const clock_word = [](auto& ctx) { x3::_val(ctx).hour = x3::_attr(ctx); };

// zone_ref fields
auto const zone_start = [](auto& ctx) {
    x3::_val(ctx) = ast::zone_ref{};
    x3::_val(ctx).at = x3::_attr(ctx).begin();
};
auto const zone_kind = [](ast::ZoneKind kind) { return [kind](auto& ctx) { x3::_val(ctx).kind = kind; }; };
auto const zone_sign = [](auto& ctx) {
    x3::_val(ctx).kind = ast::ZoneKind::offset;
    x3::_val(ctx).offset_minutes = x3::_attr(ctx) == '-' ? -1 : 1;  // the sign, until the hours arrive
};
auto const zone_hours = [](auto& ctx) {
    x3::_val(ctx).offset_minutes *= static_cast<int>(digits_value(x3::_attr(ctx))) * 60;
};
auto const zone_minutes = [](auto& ctx) {
    auto& z = x3::_val(ctx);
    int const m = static_cast<int>(digits_value(x3::_attr(ctx)));
    z.offset_minutes += z.offset_minutes < 0 ? -m : m;
};
auto const zone_name_text = [](auto& ctx) {
    x3::_val(ctx).kind = ast::ZoneKind::name;
    x3::_val(ctx).name.assign(x3::_attr(ctx).begin(), x3::_attr(ctx).end());
};

// period fields
auto const period_start = [](auto& ctx) {
    x3::_val(ctx) = ast::period{};
    x3::_val(ctx).at = x3::_attr(ctx).begin();
};
auto const period_kind = [](ast::PeriodKind kind) { return [kind](auto& ctx) { x3::_val(ctx).kind = kind; }; };
auto const period_kind_attr = [](auto& ctx) { x3::_val(ctx).kind = x3::_attr(ctx); };
auto const period_index = [](auto& ctx) { x3::_val(ctx).index = x3::_attr(ctx); };
auto const period_index_digit = [](auto& ctx) { x3::_val(ctx).index = static_cast<unsigned>(x3::_attr(ctx) - '0'); };
auto const period_year = [](auto& ctx) { x3::_val(ctx).year = x3::_attr(ctx); };
auto const period_short_year = [](auto& ctx) {
    x3::_val(ctx).year = static_cast<int>(digits_value(x3::_attr(ctx)));
    x3::_val(ctx).short_year = true;
};
auto const period_first_month = [](auto& ctx) { x3::_val(ctx).first_month = x3::_attr(ctx); };
auto const period_last_month = [](auto& ctx) { x3::_val(ctx).last_month = x3::_attr(ctx); };
// A count beyond 12 months is refused by the converter; clamp it first so
// a huge number word never overflows the conversion to unsigned.
auto const period_span = [](auto& ctx) {
    const double n = x3::_attr(ctx);
    x3::_val(ctx).index = n >= 0 && n <= 1000 ? static_cast<unsigned>(n) : 1000u;
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
x3::rule<class clock_class, ast::clock_time> const clock = "a time of day";
x3::rule<class iso_clock_class, ast::clock_time> const iso_clock = "a time (hh:mm)";
x3::rule<class zone_class, ast::zone_ref> const zone = "a time zone";
x3::rule<class iso_zone_class, ast::zone_ref> const iso_zone = "a UTC offset";
x3::rule<class calendar_period_class, ast::period> const calendar_period = "a period";
x3::rule<class moment_class, ast::date> const moment = "a date";
x3::rule<class moment_in_text_class, ast::date> const moment_in_text = "a date";
x3::rule<class end_of_date_class> const end_of_date = "the end of the date";
date_value_type const date_value_rule = "a date";
date_in_text_type const date_in_text_rule = "a date";

auto const year_number_def = x3::lexeme[x3::uint_parser<int, 10, 4, 4>() >> word_end];

auto const month_name_def = x3::lexeme[x3::no_case[month_names] >> (x3::lit('.') | word_end)];

auto const day_number_def =
    x3::lexeme[x3::raw[x3::repeat(1, 2)[x3::ascii::digit]] >>
               -x3::omit[x3::no_case[word_lit("st") | word_lit("nd") | word_lit("rd") | word_lit("th")]] >> word_end];

auto const weekday_def = x3::lexeme[x3::no_case[weekday_names] >> (x3::lit('.') | word_end)];
auto const full_weekday_def = whole_word(full_weekday_names);

auto const two_digits = x3::raw[x3::repeat(2)[x3::ascii::digit]];
auto const one_or_two_digits = x3::raw[x3::repeat(1, 2)[x3::ascii::digit]];
auto const iso_date_def =
    x3::lexeme[x3::raw[x3::eps][([](auto& ctx) { x3::_val(ctx).at = x3::_attr(ctx).begin(); })] >>
               x3::uint_parser<int, 10, 4, 4>()[([](auto& ctx) {
                   x3::_val(ctx).year = x3::_attr(ctx);
                   x3::_val(ctx).year_written = true;
               })] >>
               '-' >> two_digits[([](auto& ctx) { x3::_val(ctx).month = digits_value(x3::_attr(ctx)); })] >> '-' >>
               two_digits[([](auto& ctx) {
                   x3::_val(ctx).day = digits_value(x3::_attr(ctx));
                   x3::_val(ctx).day_at = x3::_attr(ctx).begin();
               })] >>
               (&(x3::lit('T') >> x3::ascii::digit) | word_end)];

auto const count_word_def = numeral()[count_value] | (kw("a") | kw("an"))[([](auto& ctx) { x3::_val(ctx) = 1.0; })];

auto const period_def = whole_word(period_refs) >> x3::attr(1.0) >> whole_word(period_units);

auto const range_joiner = dash | kw("to") | x3::lit("through");

// "4:10 a.m.", "4.10am", "9 p.m.", "04:10", "16:10", "noon", "midnight"
auto const clock_def = x3::lexeme[here[clock_start] >> one_or_two_digits[clock_hour] >>
                                  -((x3::lit(':') | '.') >> two_digits[clock_minute]) >> *x3::ascii::blank >>
                                  x3::no_case[meridiems][clock_meridiem] >> word_end] |
                       x3::lexeme[here[clock_start] >> one_or_two_digits[clock_hour] >> ':' >>
                                  two_digits[clock_minute] >> -(':' >> two_digits) >> !x3::ascii::alnum] |
                       (here[clock_start] >> whole_word(clock_words)[clock_word]);

// The time part of an ISO 8601 date-time: "T04:10", "T04:10:00"
auto const iso_clock_def = x3::lexeme[here[clock_start] >> two_digits[clock_hour] >> ':' >> two_digits[clock_minute] >>
                                      -(':' >> two_digits >> -('.' >> +x3::ascii::digit))];

// "Z", "+09:00", "-0500" glued to an ISO date-time
auto const iso_zone_def =
    x3::lexeme[here[zone_start] >>
               (x3::lit('Z')[zone_kind(ast::ZoneKind::utc)] |
                (x3::char_("+-")[zone_sign] >> two_digits[zone_hours] >> -x3::lit(':') >> two_digits[zone_minutes]))];

auto const zone_letters = +(x3::ascii::alnum | x3::char_('_') | x3::char_('-') | x3::char_('+'));

// "local time", "UTC", "GMT+9", "UTC-05:30", "+09:00", "KST", "Asia/Seoul"
auto const zone_def =
    (here[zone_start] >> kw("local") >> -kw("time"))[zone_kind(ast::ZoneKind::local)] |
    x3::lexeme[here[zone_start] >> (x3::lit("UTC") | "GMT") >> x3::char_("+-")[zone_sign] >>
               one_or_two_digits[zone_hours] >> -(':' >> two_digits[zone_minutes]) >> word_end] |
    x3::lexeme[here[zone_start] >> x3::char_("+-")[zone_sign] >> two_digits[zone_hours] >> ':' >>
               two_digits[zone_minutes] >> word_end] |
    x3::lexeme[here[zone_start] >>
               x3::raw[x3::ascii::alpha >> *(x3::ascii::alpha | '_') >> +('/' >> zone_letters)][zone_name_text]] |
    x3::lexeme[here[zone_start] >> x3::raw[x3::repeat(1, 5)[x3::ascii::upper]][zone_name_text] >> word_end];

auto const of_year = -(-kw("of") >> year_number[period_year]);

// "Q2 2025", "the second quarter (of 2025)", "second-quarter", "H1", "the first half",
// "mid-2025", "early 2025", "the 1990s", "fiscal 2026", "FY26", "the 2026 financial year",
// "April-June 2025", "the three months to June", "in March", "summer"
auto const calendar_period_def =
    (here[period_start] >> x3::lexeme[x3::no_case[word_lit('q')] >> x3::ascii::digit[period_index_digit] >> word_end] >>
     x3::eps[period_kind(ast::PeriodKind::quarter)] >> of_year) |
    (here[period_start] >> x3::lexeme[x3::no_case[word_lit('h')] >> x3::ascii::digit[period_index_digit] >> word_end] >>
     x3::eps[period_kind(ast::PeriodKind::half)] >> of_year) |
    (here[period_start] >> -kw("the") >> x3::lexeme[x3::no_case[period_ordinals][period_index] >> (dash | x3::eps)] >>
     whole_word(year_divisions)[period_kind_attr] >> of_year) |
    (here[period_start] >> x3::lexeme[x3::no_case[year_parts][period_kind_attr] >> (dash | x3::eps)] >>
     year_number[period_year]) |
    (here[period_start] >> -kw("the") >>
     x3::lexeme[x3::uint_parser<int, 10, 4, 4>()[period_year] >> x3::no_case[word_lit('s')] >> word_end] >>
     x3::eps[period_kind(ast::PeriodKind::decade)]) |
    (here[period_start] >> kw("fiscal") >> -kw("year") >> year_number[period_year] >>
     x3::eps[period_kind(ast::PeriodKind::fiscal_year)]) |
    (here[period_start] >>
     x3::lexeme[x3::no_case[word_lit("fy")] >> -x3::lit('\'') >>
                (x3::uint_parser<int, 10, 4, 4>()[period_year] | two_digits[period_short_year]) >> word_end] >>
     x3::eps[period_kind(ast::PeriodKind::fiscal_year)]) |
    (here[period_start] >> -kw("the") >> year_number[period_year] >> (kw("financial") | kw("fiscal")) >> kw("year") >>
     x3::eps[period_kind(ast::PeriodKind::fiscal_year)]) |
    (here[period_start] >> month_name[period_first_month] >> dash >> month_name[period_last_month] >>
     -(-x3::lit(',') >> year_number[period_year]) >> x3::eps[period_kind(ast::PeriodKind::months)]) |
    (here[period_start] >> -kw("the") >> count_word[period_span] >> kw("months") >> (kw("to") | kw("through")) >>
     month_name[period_last_month] >> -(-x3::lit(',') >> year_number[period_year]) >>
     x3::eps[period_kind(ast::PeriodKind::months)]) |
    (here[period_start] >> kw("in") >> month_name[period_first_month] >> !year_number >> !day_number >>
     x3::eps[period_kind(ast::PeriodKind::in_month)]) |
    (here[period_start] >> -kw("the") >> whole_word(season_words)[period_index] >> of_year >>
     x3::eps[period_kind(ast::PeriodKind::season)]);

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

// A day: "Tuesday", "Tuesday, January 13", "January 13", "yesterday"
auto const day_spec = (weekday[set_weekday] >> -(-x3::lit(',') >> when[take_when])) | when[take_when];

// "2025-04-10T04:10+09:00", "2025-04-10T04:10/2025-04-10T05:00 Asia/Seoul"
auto const iso_date_time =
    x3::eps[reset_when] >>
    x3::lexeme[iso_date[from_calendar] >> (x3::lit('T') | ' ') >> iso_clock[set_time] >> -iso_zone[set_zone]] >>
    -(x3::lit('/') >> x3::lexeme[iso_date[to_calendar] >> (x3::lit('T') | ' ') >>
                                 iso_clock[([](auto& ctx) { x3::_val(ctx).end_time = x3::_attr(ctx); })]]) >>
    -zone[set_zone];

// "last Friday", "this Friday", "next Monday"
auto const relative_weekday = whole_word(period_refs)[relative_word] >> weekday[set_weekday];

// "earlier this week", "later this month"
auto const within_period = whole_word(within_refs)[relative_word] >> whole_word(calendar_units)[relative_unit];

// "the day before", "the week after"
auto const the_day_before = kw("the") >> kw("day") >>
                            (kw("before")[the_one(ast::Relation::before)] | kw("after")[the_one(ast::Relation::after)]);

// The plain day forms come right after ISO date-times (which they would cut
// short): they are the most common, and no other alternative starts like them.
auto const moment_def =
    (x3::eps[reset_moment] >> iso_date_time) |
    (x3::eps[reset_moment] >> day_spec >>
     -(whole_word(day_part_words)[set_part] | (-x3::lit(',') >> -kw("at") >> clock[set_time] >> -zone[set_zone]))) |
    (x3::eps[reset_moment] >> clock[set_time] >> -zone[set_zone] >>
     -(-x3::lit(',') >> -(kw("on") | kw("of")) >> day_spec)) |
    (x3::eps[reset_moment] >> calendar_period[set_period]) | (x3::eps[reset_moment] >> kw("in") >> day_spec) |
    (x3::eps[reset_moment] >> whole_word(day_part_prefixes)[set_part] >> -kw("on") >> day_spec) |
    (x3::eps[reset_moment] >> kw("overnight")[part_is(ast::DayPart::overnight)] >> -(-kw("on") >> day_spec)) |
    (x3::eps[reset_moment] >> relative_weekday) | (x3::eps[reset_moment] >> within_period) |
    (x3::eps[reset_moment] >> the_day_before);

// In running text: full weekday names only, and no bare clock words ("noon" stays a word there).
auto const moment_in_text_def =
    (x3::eps[reset_moment] >> iso_date_time) |
    (x3::eps[reset_moment] >> clock[set_time] >> -zone[set_zone] >>
     -(-x3::lit(',') >> -(kw("on") | kw("of")) >>
       ((full_weekday[set_weekday] >> -(-x3::lit(',') >> when[take_when])) | when[take_when]))) |
    (x3::eps[reset_moment] >> calendar_period[set_period]) |
    (x3::eps[reset_moment] >> whole_word(day_part_prefixes)[set_part] >> full_weekday[set_weekday]) |
    (x3::eps[reset_moment] >> whole_word(period_refs)[relative_word] >> full_weekday[set_weekday]) |
    (x3::eps[reset_moment] >> within_period) |
    (x3::eps[reset_moment] >> ((full_weekday[set_weekday] >> -(-x3::lit(',') >> when[take_when])) | when[take_when]) >>
     -whole_word(day_part_words)[set_part]);

auto const end_of_date_def = x3::eoi;

auto const date_value_rule_def = x3::eps[reset_date] >> here[mark_date] >> -whole_word(approaches)[set_approach] >>
                                 -kw("on") >> moment[take_moment] > end_of_date;

auto const date_in_text_rule_def = x3::eps[reset_date] >> here[mark_date] >>
                                   -whole_word(approaches)[set_approach] >> moment_in_text[take_moment];

BOOST_SPIRIT_DEFINE(year_number, month_name, day_number, weekday, full_weekday, iso_date, count_word, period, when,
                    clock, iso_clock, zone, iso_zone, calendar_period, moment, moment_in_text, end_of_date,
                    date_value_rule, date_in_text_rule)

}  // namespace claimcheck::grammar::parser
