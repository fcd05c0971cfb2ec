// The date grammar's times of day and zones: clock times ("4:10 a.m.", "half
// past 3 p.m.", "20 minutes to 2pm"), bare and wire-style hours ("0350"), the
// time and offset of an ISO 8601 date-time, and zones ("UTC", "GMT+9", "Kyiv
// time", "local time"). Rules only, declared in rules.hpp; date_def.hpp puts
// them with days.
#pragma once

#include "grammar/date/rules.hpp"

namespace claimcheck::grammar::parser {

// "4:10 a.m.", "4.10am", "9 p.m.", "04:10", "16:10", "noon", "midnight"
const auto o_clock = x3::no_case[x3::lit("o'clock") | "oclock"] >> word_end;
const auto clock_point_def =
    x3::lexeme[here[clock_start] >> one_or_two_digits[clock_hour] >>
               -((x3::lit(':') | '.') >> two_digits[clock_minute] >> -(':' >> two_digits)) >> *x3::ascii::blank >>
               -(o_clock >> +x3::ascii::blank) >> x3::no_case[meridiems][clock_meridiem] >> word_end] |
    x3::lexeme[here[clock_start] >> one_or_two_digits[clock_hour] >> ':' >> two_digits[clock_minute] >>
               -(':' >> two_digits) >> !x3::ascii::alnum] |
    (here[clock_start] >> whole_word(clock_words)[clock_word]);

// "half past 3 p.m.", "a quarter past noon", "quarter to 4pm", "a quarter
// after 15:00", "20 minutes past 3pm", "twenty after 3pm", "20 minutes to
// 2pm": minutes from a time on the hour ("to" and "before" only after
// "minutes": "3 to 4 p.m." is a range).
const auto clock_def =
    (here[clock_start] >> kw("half") >> kw("past") >> clock_point[shifted_clock(30)]) |
    (here[clock_start] >> -kw("a") >> kw("quarter") >>
     (((kw("past") | kw("after")) >> clock_point[shifted_clock(15)]) |
      ((kw("to") | kw("before")) >> clock_point[shifted_clock(-15)]))) |
    (here[clock_start] >> count_word[shift_count] >>
     ((-(kw("minutes") | kw("minute")) >> (kw("past") | kw("after")) >> clock_point[shifted_by_count(1)]) |
      ((kw("minutes") | kw("minute")) >> (kw("to") | kw("before")) >> clock_point[shifted_by_count(-1)]))) |
    clock_point[([](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); })];

// An hour without its half of the day ("at 9", "8 o'clock"): read only
// with a part of the day that settles it ("Saturday morning at 9", "8
// tonight", "3 in the morning").
const auto bare_hour_def =
    x3::lexeme[here[clock_start] >> one_or_two_digits[clock_hour] >> word_end >> -(+x3::ascii::blank >> o_clock)];

// A wire-style 24-hour clock, four digits: "0350", "2140". Read only where a
// zone or a day follows it (moment), never alone: a bare "2140" is a year.
const auto wire_clock_def =
    x3::lexeme[here[clock_start] >> two_digits[clock_hour] >> two_digits[clock_minute] >> word_end];

// The time part of an ISO 8601 date-time: "T04:10", "T04:10:00"
const auto iso_clock_def = x3::lexeme[here[clock_start] >> two_digits[clock_hour] >> ':' >> two_digits[clock_minute] >>
                                      -(':' >> two_digits >> -('.' >> +x3::ascii::digit))];

// "Z", "+09:00", "-0500" glued to an ISO date-time
const auto iso_zone_def =
    x3::lexeme[here[zone_start] >>
               (x3::lit('Z')[zone_kind(ast::ZoneKind::utc)] |
                (x3::char_("+-")[zone_sign] >> two_digits[zone_hours] >> -x3::lit(':') >> two_digits[zone_minutes]))];

const auto zone_letters = +(x3::ascii::alnum | x3::char_('_') | x3::char_('-') | x3::char_('+'));

// A place before "time": "Kyiv time", "New York time", "Dar es Salaam time".
const auto time_word = x3::no_case[x3::lit("time")] >> word_end;
const auto place_word = x3::ascii::alpha >> *(x3::ascii::alpha | x3::char_('-') | x3::char_('\''));
const auto place_words = x3::raw[&x3::ascii::upper >> place_word >> *(+x3::ascii::blank >> !time_word >> place_word)];

const auto local_zone = (here[zone_start] >> kw("local") >> -kw("time"))[zone_kind(ast::ZoneKind::local)];

// "UTC", "GMT+9", "UTC-05:30", "+09:00", "KST", "Asia/Seoul"
const auto written_zone =
    x3::lexeme[here[zone_start] >> (x3::lit("UTC") | "GMT") >> x3::char_("+-")[zone_sign] >>
               one_or_two_digits[zone_hours] >> -(':' >> two_digits[zone_minutes]) >> word_end] |
    x3::lexeme[here[zone_start] >> x3::char_("+-")[zone_sign] >> two_digits[zone_hours] >> ':' >>
               two_digits[zone_minutes] >> word_end] |
    x3::lexeme[here[zone_start] >>
               x3::raw[x3::ascii::alpha >> *(x3::ascii::alpha | '_') >> +('/' >> zone_letters)][zone_name_text]] |
    x3::lexeme[here[zone_start] >> x3::raw[x3::repeat(1, 5)[x3::ascii::upper]][zone_name_text] >> word_end];

// "local time", a place's time ("Kyiv time": the converter says when the
// place is unknown), or a zone as written.
const auto zone_def = local_zone |
                      x3::lexeme[here[zone_start] >> place_words[zone_place_text] >> +x3::ascii::blank >> time_word] |
                      written_zone;

// In running text a place's time must name a known place ("at 10 a.m. The
// time..." holds no zone).
const auto zone_in_text_def = local_zone |
                              x3::lexeme[here[zone_start] >> place_words[zone_place_text] >> +x3::ascii::blank >>
                                         time_word >> x3::eps[known_place]] |
                              written_zone;

BOOST_SPIRIT_DEFINE(clock_point, clock, bare_hour, wire_clock, iso_clock, iso_zone, zone, zone_in_text)

}  // namespace claimcheck::grammar::parser
