// The date grammar's semantic actions: each fills a field of the AST
// (ast.hpp) from what a rule read. Included by the rules (date_def.hpp) only.
#pragma once

#include "grammar/date/words.hpp"
#include "zones/tz.hpp"

namespace claimcheck::grammar::parser {

inline unsigned digits_value(boost::iterator_range<char const*> const& range) {
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
auto const set_other_day = [](auto& ctx) { x3::_val(ctx).other_day.index = x3::_attr(ctx); };
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
auto const of_event = [](auto& ctx) { x3::_val(ctx).rel.of_event = true; };
// The words after "two weeks after": only a count from an event takes them.
auto const event_words = [](auto& ctx) {
    auto& d = x3::_val(ctx);
    if (!d.is_relative || !d.rel.of_event) {
        x3::_pass(ctx) = false;
        return;
    }
    d.rel.event.assign(x3::_attr(ctx).begin(), x3::_attr(ctx).end());
};
auto const relative_unit = [](auto& ctx) { x3::_val(ctx).rel.unit = x3::_attr(ctx); };
auto const the_one = [](ast::Relation r) {
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

auto const zone_place_text = [](auto& ctx) {
    x3::_val(ctx).kind = ast::ZoneKind::place;
    x3::_val(ctx).name.assign(x3::_attr(ctx).begin(), x3::_attr(ctx).end());
};
// Fails a place no table knows (in running text, where it is no zone).
auto const known_place = [](auto& ctx) {
    auto const& name = x3::_val(ctx).name;
    x3::_pass(ctx) = zones::is_place(name) || zones::by_abbreviation(name).has_value();
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

}  // namespace claimcheck::grammar::parser
