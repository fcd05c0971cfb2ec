// The date grammar's rules, declared for its two rooms: the days (date_def.hpp)
// and the times of day with their zones (clock_def.hpp), which use each other's
// rules. Also the digit shapes both read.
#pragma once

#include "grammar/date/actions.hpp"
#include "grammar/date/words.hpp"
#include "grammar/numeral/numeral.hpp"

namespace claimcheck::grammar::parser {

const x3::rule<class year_number_class, int> year_number = "a year";
const x3::rule<class month_name_class, unsigned> month_name = "a month name";
const x3::rule<class day_number_class, boost::iterator_range<const char*>> day_number = "a day of the month";
const x3::rule<class weekday_class, unsigned> weekday = "a weekday";
const x3::rule<class full_weekday_class, unsigned> full_weekday = "a weekday";
const x3::rule<class iso_date_class, ast::calendar> iso_date = "a date (YYYY-MM-DD)";
const x3::rule<class count_word_class, double> count_word = "a number";
const x3::rule<class period_class, ast::relative> period = "'last', 'this' or 'next' and a period";
const x3::rule<class when_class, ast::date> when = "a date";
const x3::rule<class value_when_class, ast::date> value_when = "a date";
const x3::rule<class span_ref_class, ast::Relation> span_ref = "'last', 'past' or 'next'";
const x3::rule<class bare_hour_class, ast::clock_time> bare_hour = "an hour";
const x3::rule<class part_clock_class, ast::clock_time> part_clock = "a time of day";
const x3::rule<class month_alone_class, ast::period> month_alone = "a month";
const x3::rule<class clock_class, ast::clock_time> clock = "a time of day";
const x3::rule<class clock_point_class, ast::clock_time> clock_point = "a time of day";
const x3::rule<class iso_clock_class, ast::clock_time> iso_clock = "a time (hh:mm)";
const x3::rule<class wire_clock_class, ast::clock_time> wire_clock = "a time (hhmm)";
const x3::rule<class zone_class, ast::zone_ref> zone = "a time zone";
const x3::rule<class zone_in_text_class, ast::zone_ref> zone_in_text = "a time zone";
const x3::rule<class iso_zone_class, ast::zone_ref> iso_zone = "a UTC offset";
const x3::rule<class calendar_period_class, ast::period> calendar_period = "a period";
const x3::rule<class moment_class, ast::date> moment = "a date";
const x3::rule<class moment_in_text_class, ast::date> moment_in_text = "a date";
const x3::rule<class end_of_date_class> end_of_date = "the end of the date";
const date_value_type date_value_rule = "a date";
const date_in_text_type date_in_text_rule = "a date";

const auto two_digits = x3::raw[x3::repeat(2)[x3::ascii::digit]];
const auto one_or_two_digits = x3::raw[x3::repeat(1, 2)[x3::ascii::digit]];

}  // namespace claimcheck::grammar::parser
