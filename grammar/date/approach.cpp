// Approximators and open bounds before a date or a time (docs/grammar.md):
// "around 9 a.m.", "shortly after 3 p.m.", "since 1999", "after 2014".
#include <fmt/format.h>

#include "grammar/date/convert.hpp"

namespace claimcheck::grammar::dates {

namespace {

// "midnight on Monday", "00:00 on January 5": a midnight with its day written.
bool midnight_of_a_written_day(const ast::date& d) {
    const bool midnight = d.time.present && d.time.hour == 0 && d.time.minute == 0 &&
                          d.time.meridiem == ast::Meridiem::none && d.time.shift == 0;
    return midnight && (d.weekday.index < 7 || d.from.day != 0);
}

}  // namespace

// Approximators and open bounds: "around 9 a.m.", "shortly after 3 p.m.", "since 1999".
std::optional<ParseError> approach(const Reading& rd, const ast::date& d, DateValue& v) {
    const bool relative_count = d.is_relative && d.rel.count > 0;
    switch (d.approach) {
        case ast::Approach::none:
            break;
        case ast::Approach::around:
            if (v.begin == Instant::min() || v.end == Instant::max()) {
                break;  // "around Monday" with no date to anchor it: any Monday, as "Monday"
            }
            if (v.precision == DatePrecision::minute && !relative_count) {
                v.begin -= chr::minutes{30};
                v.end += chr::minutes{30};
            } else if (v.precision == DatePrecision::day && !relative_count) {
                v.begin = zones::start_of(rd.zone, wall_of(local_day(rd, v.begin) - chr::days{1}));
                v.end = zones::start_of(rd.zone, wall_of(local_day(rd, v.end) + chr::days{1}));
            }
            break;
        case ast::Approach::shortly_after:
        case ast::Approach::shortly_before:
            if (v.precision != DatePrecision::minute) {
                return error_at(d.at, rd.begin, "'shortly after' and 'shortly before' need a time of day");
            }
            if (d.approach == ast::Approach::shortly_after) {
                v.end = v.begin + chr::minutes{30};
            } else {
                if (midnight_of_a_written_day(d)) {
                    // "just before midnight on Monday": the midnight that ends Monday.
                    v.begin = zones::start_of(rd.zone, wall_of(local_day(rd, v.begin) + chr::days{1}));
                }
                v.end = v.begin;
                v.begin -= chr::minutes{30};
            }
            break;
        case ast::Approach::since:
            v.end = Instant::max();
            break;
        case ast::Approach::until:
            v.begin = Instant::min();
            break;
        case ast::Approach::after:  // after a time: from it; after a day or a period: from its end
        case ast::Approach::before:
            if (v.begin == Instant::min() || v.end == Instant::max()) {
                return error_at(d.at, rd.begin,
                                "'after' and 'before' need a date or time the source's `published` date can place");
            }
            if (d.approach == ast::Approach::before) {  // before its start
                v.end = v.begin;
                v.begin = Instant::min();
                break;
            }
            if (v.precision != DatePrecision::minute) {
                v.begin = v.end;
            }
            v.end = Instant::max();
            break;
    }
    return std::nullopt;
}

}  // namespace claimcheck::grammar::dates
