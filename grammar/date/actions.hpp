// The date grammar's semantic actions: each fills a field of the AST
// (ast.hpp) from what a rule read. Included by the rules (rules.hpp) only.
#pragma once

#include "grammar/date/words.hpp"
#include "zones/tz.hpp"

namespace claimcheck::grammar::parser {

inline unsigned digits_value(const boost::iterator_range<const char*>& range) {
    unsigned v = 0;
    for (char c : range) {
        v = v * 10 + static_cast<unsigned>(c - '0');
    }
    return v;
}

const auto reset_date = [](auto& ctx) { x3::_val(ctx) = ast::date{}; };
const auto reset_when = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    d.has_when = true;
    d.is_relative = false;
    d.is_range = false;
    d.from = ast::calendar{};
    d.to = ast::calendar{};
    d.rel = ast::relative{};
};
// Starts an alternative of `moment` afresh (PEG alternatives backtrack, actions do not).
const auto reset_moment = [](auto& ctx) {
    const char* at = x3::_val(ctx).at;
    x3::_val(ctx) = ast::date{};
    x3::_val(ctx).at = at;
};
const auto mark_date = [](auto& ctx) { x3::_val(ctx).at = x3::_attr(ctx).begin(); };
const auto mark_from = [](auto& ctx) { x3::_val(ctx).from.at = x3::_attr(ctx).begin(); };
const auto set_weekday = [](auto& ctx) { x3::_val(ctx).weekday.index = x3::_attr(ctx); };
const auto set_other_day = [](auto& ctx) { x3::_val(ctx).other_day.index = x3::_attr(ctx); };
const auto from_month = [](auto& ctx) { x3::_val(ctx).from.month = x3::_attr(ctx); };
const auto to_month = [](auto& ctx) { x3::_val(ctx).to.month = x3::_attr(ctx); };
const auto from_day = [](auto& ctx) {
    x3::_val(ctx).from.day = digits_value(x3::_attr(ctx));
    x3::_val(ctx).from.day_at = x3::_attr(ctx).begin();
};
const auto to_day = [](auto& ctx) {
    x3::_val(ctx).to.day = digits_value(x3::_attr(ctx));
    x3::_val(ctx).to.day_at = x3::_attr(ctx).begin();
    x3::_val(ctx).is_range = true;
};
const auto from_year = [](auto& ctx) {
    x3::_val(ctx).from.year = x3::_attr(ctx);
    x3::_val(ctx).from.year_written = true;
};
const auto to_year = [](auto& ctx) {
    x3::_val(ctx).to.year = x3::_attr(ctx);
    x3::_val(ctx).to.year_written = true;
    x3::_val(ctx).is_range = true;
};
// A day of the month written as a word ("the first of March") or alone ("the 15th").
const auto mark_day = [](auto& ctx) { x3::_val(ctx).from.day_at = x3::_attr(ctx).begin(); };
const auto from_day_value = [](auto& ctx) { x3::_val(ctx).from.day = x3::_attr(ctx); };
const auto mark_to_day = [](auto& ctx) { x3::_val(ctx).to.day_at = x3::_attr(ctx).begin(); };
const auto to_day_value = [](auto& ctx) {
    x3::_val(ctx).to.day = x3::_attr(ctx);
    x3::_val(ctx).is_range = true;
};
const auto from_calendar = [](auto& ctx) { x3::_val(ctx).from = x3::_attr(ctx); };
const auto to_calendar = [](auto& ctx) {
    x3::_val(ctx).to = x3::_attr(ctx);
    x3::_val(ctx).is_range = true;
};
const auto relative_day = [](auto& ctx) {
    x3::_val(ctx).is_relative = true;
    x3::_val(ctx).rel.word = x3::_attr(ctx);
};
const auto relative_count = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    d.is_relative = true;
    d.rel.count = boost::fusion::at_c<0>(x3::_attr(ctx));
    d.rel.unit = boost::fusion::at_c<1>(x3::_attr(ctx));
    d.rel.word = boost::fusion::at_c<2>(x3::_attr(ctx));
};
// "in two weeks": a count after publication.
const auto relative_in = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    d.is_relative = true;
    d.rel.count = boost::fusion::at_c<0>(x3::_attr(ctx));
    d.rel.unit = boost::fusion::at_c<1>(x3::_attr(ctx));
    d.rel.word = ast::Relation::after;
};
// "the last two days", "the next three months"
const auto relative_span = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    d.is_relative = true;
    d.rel.word = boost::fusion::at_c<0>(x3::_attr(ctx));
    d.rel.count = boost::fusion::at_c<1>(x3::_attr(ctx));
    d.rel.unit = boost::fusion::at_c<2>(x3::_attr(ctx));
    d.rel.span = true;
};
// "the day after tomorrow", "the day before yesterday": two days from publication.
const auto two_days = [](ast::Relation r) {
    return [r](auto& ctx) {
        auto& d = x3::_val(ctx);
        d.is_relative = true;
        d.rel.word = r;
        d.rel.count = 2;
        d.rel.unit = ast::TimeUnit::day;
    };
};
// "tonight", "last night", "this morning"
const auto day_with_part = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    d.has_when = true;
    d.is_relative = true;
    d.rel.word = x3::_attr(ctx).first;
    d.part = x3::_attr(ctx).second;
};
const auto require_time = [](auto& ctx) { x3::_pass(ctx) = x3::_val(ctx).time.present; };
// "from the 13th to the 15th": 'from' only before a range.
const auto require_range = [](auto& ctx) {
    const auto& d = x3::_val(ctx);
    x3::_pass(ctx) = d.is_range || d.end_time.present;
};
const auto relative_period = [](auto& ctx) {
    x3::_val(ctx).is_relative = true;
    x3::_val(ctx).rel = x3::_attr(ctx);
};
const auto relative_word = [](auto& ctx) {
    x3::_val(ctx).has_when = true;
    x3::_val(ctx).is_relative = true;
    x3::_val(ctx).rel.word = x3::_attr(ctx);
};
const auto of_event = [](auto& ctx) { x3::_val(ctx).rel.of_event = true; };
// The words after "two weeks after": only a count from an event takes them.
const auto event_words = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    if (!d.is_relative || !d.rel.of_event) {
        x3::_pass(ctx) = false;
        return;
    }
    d.rel.event.assign(x3::_attr(ctx).begin(), x3::_attr(ctx).end());
};
const auto relative_unit = [](auto& ctx) { x3::_val(ctx).rel.unit = x3::_attr(ctx); };
const auto the_one = [](ast::Relation r) {
    return [r](auto& ctx) {
        auto& d = x3::_val(ctx);
        d.has_when = true;
        d.is_relative = true;
        d.rel.word = r;
        d.rel.count = 1;
        d.rel.of_event = true;
    };
};
// Copies what `when` read into the enclosing date (the rule has its own attribute).
const auto take_when = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    const auto& w = x3::_attr(ctx);
    d.has_when = true;
    d.is_relative = w.is_relative;
    d.is_range = w.is_range;
    d.from = w.from;
    d.to = w.to;
    d.rel = w.rel;
    d.numeric = w.numeric;
};
// Copies a whole moment, keeping the approximator and start read before it.
const auto take_moment = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    const auto approach = d.approach;
    const char* at = d.at;
    d = x3::_attr(ctx);
    d.approach = approach;
    d.at = at;
};
const auto count_value = [](auto& ctx) {
    const auto& n = x3::_attr(ctx);
    double p = 1;
    for (int i = 0; i < n.decimals; ++i) {
        p *= 10;
    }
    x3::_val(ctx) = n.mantissa * n.scale / p;
};
const auto set_time = [](auto& ctx) { x3::_val(ctx).time = x3::_attr(ctx); };
const auto set_zone = [](auto& ctx) { x3::_val(ctx).zone = x3::_attr(ctx); };
const auto set_bare_time = [](auto& ctx) {
    x3::_val(ctx).time = x3::_attr(ctx);
    x3::_val(ctx).time.bare = true;
};
const auto set_end_clock = [](auto& ctx) { x3::_val(ctx).end_time = x3::_attr(ctx); };
const auto set_part = [](auto& ctx) { x3::_val(ctx).part = x3::_attr(ctx); };
const auto set_period = [](auto& ctx) {
    x3::_val(ctx).per = x3::_attr(ctx);
    x3::_val(ctx).has_when = true;
};
const auto set_approach = [](auto& ctx) { x3::_val(ctx).approach = x3::_attr(ctx); };
const auto set_holiday = [](auto& ctx) {
    x3::_val(ctx).holiday.which = x3::_attr(ctx);
    x3::_val(ctx).has_when = true;
};
const auto mark_holiday = [](auto& ctx) { x3::_val(ctx).holiday.at = x3::_attr(ctx).begin(); };
const auto holiday_occurrence = [](auto& ctx) {
    x3::_val(ctx).holiday.relative = true;
    x3::_val(ctx).holiday.word = x3::_attr(ctx);
};
const auto holiday_year = [](auto& ctx) { x3::_val(ctx).holiday.year = x3::_attr(ctx); };
const auto holiday_of_year = [](auto& ctx) {
    x3::_val(ctx).holiday.of_relative_year = true;
    x3::_val(ctx).holiday.word = x3::_attr(ctx);
};
const auto mark_numeric = [](auto& ctx) {
    x3::_val(ctx).numeric.at = x3::_attr(ctx).begin();
    x3::_val(ctx).has_when = true;
};
const auto numeric_first = [](auto& ctx) { x3::_val(ctx).numeric.first = digits_value(x3::_attr(ctx)); };
const auto numeric_second = [](auto& ctx) { x3::_val(ctx).numeric.second = digits_value(x3::_attr(ctx)); };
const auto numeric_year = [](auto& ctx) { x3::_val(ctx).numeric.year = x3::_attr(ctx); };
const auto numeric_short_year = [](auto& ctx) {
    x3::_val(ctx).numeric.year = static_cast<int>(digits_value(x3::_attr(ctx)));
    x3::_val(ctx).numeric.short_year = true;
};
const auto numeric_month_year = [](auto& ctx) {
    x3::_val(ctx).numeric.year = x3::_attr(ctx);
    x3::_val(ctx).numeric.month_year = true;
};
const auto numeric_month_name = [](auto& ctx) {
    x3::_val(ctx).numeric.second = x3::_attr(ctx);
    x3::_val(ctx).numeric.month_named = true;
};
const auto numeric_year_first = [](auto& ctx) {
    x3::_val(ctx).numeric.year = x3::_attr(ctx);
    x3::_val(ctx).numeric.year_first = true;
};
const auto mark_nth = [](auto& ctx) { x3::_val(ctx).nth.at = x3::_attr(ctx).begin(); };
const auto nth_rank = [](auto& ctx) { x3::_val(ctx).nth.rank = x3::_attr(ctx); };
const auto nth_weekday = [](auto& ctx) { x3::_val(ctx).nth.weekday = x3::_attr(ctx); };
const auto nth_day_digits = [](auto& ctx) { x3::_val(ctx).nth.rank = static_cast<int>(digits_value(x3::_attr(ctx))); };
const auto nth_day_word = [](auto& ctx) { x3::_val(ctx).nth.rank = static_cast<int>(x3::_attr(ctx)); };
const auto set_third = [](auto& ctx) { x3::_val(ctx).third = x3::_attr(ctx); };
const auto mark_third = [](auto& ctx) { x3::_val(ctx).third_at = x3::_attr(ctx).begin(); };
// "the month" after "the end of": this month.
const auto this_unit = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    d.has_when = true;
    d.is_relative = true;
    d.rel.word = ast::Relation::this_;
    d.rel.count = 1;
    d.rel.unit = x3::_attr(ctx);
};
// A third is of a week, a month, a year or a longer period: never of a day
// ("late March 5" is late on that day), nor of a count from publication.
const auto longer_than_a_day = [](auto& ctx) {
    const auto& d = x3::_val(ctx);
    const bool calendar = !d.is_relative && d.from.day == 0 && d.to.day == 0;
    const bool named = d.is_relative && !d.rel.span && !d.rel.of_event &&
                       (d.rel.word == ast::Relation::last || d.rel.word == ast::Relation::this_ ||
                        d.rel.word == ast::Relation::next) &&
                       (d.rel.unit == ast::TimeUnit::week || d.rel.unit == ast::TimeUnit::month ||
                        d.rel.unit == ast::TimeUnit::quarter || d.rel.unit == ast::TimeUnit::year);
    x3::_pass(ctx) = d.per.kind != ast::PeriodKind::none || calendar || named;
};
const auto part_is = [](ast::DayPart part) { return [part](auto& ctx) { x3::_val(ctx).part = part; }; };

// clock_time fields
const auto clock_start = [](auto& ctx) {
    x3::_val(ctx) = ast::clock_time{};
    x3::_val(ctx).present = true;
    x3::_val(ctx).at = x3::_attr(ctx).begin();
};
const auto clock_hour = [](auto& ctx) { x3::_val(ctx).hour = digits_value(x3::_attr(ctx)); };
const auto clock_minute = [](auto& ctx) { x3::_val(ctx).minute = digits_value(x3::_attr(ctx)); };
const auto clock_meridiem = [](auto& ctx) { x3::_val(ctx).meridiem = x3::_attr(ctx); };
const auto clock_word = [](auto& ctx) { x3::_val(ctx).hour = x3::_attr(ctx); };
// "a quarter past 3 p.m.": `minutes` from the time named (the converter
// checks that it is on the hour).
// "20 minutes past 3pm", "twenty after 3pm", "20 minutes to 2pm": the count
// read first (into `shift`), then signed when the time is read; a count that
// is no whole number of minutes from 1 to 59 is kept as 60, an error.
const auto shift_count = [](auto& ctx) {
    const double n = x3::_attr(ctx);
    x3::_val(ctx).shift = n >= 1 && n <= 59 && n == std::floor(n) ? static_cast<int>(n) : 60;
};
const auto shifted_by_count = [](int sign) {
    return [sign](auto& ctx) {
        auto& v = x3::_val(ctx);
        const char* const at = v.at;
        const int minutes = v.shift;
        v = x3::_attr(ctx);
        v.at = at;
        v.shift = sign * minutes;
    };
};
const auto shifted_clock = [](int minutes) {
    return [minutes](auto& ctx) {
        auto& v = x3::_val(ctx);
        const char* const at = v.at;
        v = x3::_attr(ctx);
        v.at = at;
        v.shift = minutes;
    };
};

// zone_ref fields
const auto zone_start = [](auto& ctx) {
    x3::_val(ctx) = ast::zone_ref{};
    x3::_val(ctx).at = x3::_attr(ctx).begin();
};
const auto zone_kind = [](ast::ZoneKind kind) { return [kind](auto& ctx) { x3::_val(ctx).kind = kind; }; };
const auto zone_sign = [](auto& ctx) {
    x3::_val(ctx).kind = ast::ZoneKind::offset;
    x3::_val(ctx).west = x3::_attr(ctx) == '-';
};
const auto zone_hours = [](auto& ctx) {
    auto& z = x3::_val(ctx);
    const int h = static_cast<int>(digits_value(x3::_attr(ctx)));
    z.offset_minutes = (z.west ? -h : h) * 60;
};
const auto zone_minutes = [](auto& ctx) {
    auto& z = x3::_val(ctx);
    const int m = static_cast<int>(digits_value(x3::_attr(ctx)));
    z.minute_written = m;
    z.offset_minutes += z.west ? -m : m;
};
const auto zone_name_text = [](auto& ctx) {
    x3::_val(ctx).kind = ast::ZoneKind::name;
    x3::_val(ctx).name.assign(x3::_attr(ctx).begin(), x3::_attr(ctx).end());
};

const auto zone_place_text = [](auto& ctx) {
    x3::_val(ctx).kind = ast::ZoneKind::place;
    x3::_val(ctx).name.assign(x3::_attr(ctx).begin(), x3::_attr(ctx).end());
};
// Fails a place no table knows (in running text, where it is no zone).
const auto known_place = [](auto& ctx) {
    const auto& name = x3::_val(ctx).name;
    x3::_pass(ctx) = zones::is_place(name) || zones::by_abbreviation(name).has_value();
};

// period fields
const auto period_start = [](auto& ctx) {
    x3::_val(ctx) = ast::period{};
    x3::_val(ctx).at = x3::_attr(ctx).begin();
};
const auto period_kind = [](ast::PeriodKind kind) { return [kind](auto& ctx) { x3::_val(ctx).kind = kind; }; };
const auto period_kind_attr = [](auto& ctx) { x3::_val(ctx).kind = x3::_attr(ctx); };
const auto period_index = [](auto& ctx) { x3::_val(ctx).index = x3::_attr(ctx); };
const auto period_index_digit = [](auto& ctx) { x3::_val(ctx).index = static_cast<unsigned>(x3::_attr(ctx) - '0'); };
const auto period_year = [](auto& ctx) { x3::_val(ctx).year = x3::_attr(ctx); };
const auto period_short_year = [](auto& ctx) {
    x3::_val(ctx).year = static_cast<int>(digits_value(x3::_attr(ctx)));
    x3::_val(ctx).short_year = true;
};
const auto period_fiscal = [](auto& ctx) { x3::_val(ctx).fiscal = true; };
const auto period_first_month = [](auto& ctx) { x3::_val(ctx).first_month = x3::_attr(ctx); };
const auto period_last_month = [](auto& ctx) { x3::_val(ctx).last_month = x3::_attr(ctx); };
// A count beyond 12 months is refused by the converter; clamp it first so
// a huge number word never overflows the conversion to unsigned.
const auto period_span = [](auto& ctx) {
    const double n = x3::_attr(ctx);
    x3::_val(ctx).index = n >= 0 && n <= 1000 ? static_cast<unsigned>(n) : 1000u;
};

}  // namespace claimcheck::grammar::parser
