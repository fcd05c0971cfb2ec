// The date grammar (spec §5 "date"): calendar dates, ranges, weekdays and
// dates relative to the source's publication, with the times of day of
// clock_def.hpp. Its rules are declared in rules.hpp, its words are in
// words.hpp, its actions in actions.hpp; meaning (days, weekdays, anchoring)
// is given by the converters (convert.cpp and its neighbours).
#pragma once

#include "grammar/date/clock_def.hpp"
#include "grammar/date/rules.hpp"

namespace claimcheck::grammar::parser {

// Four digits followed by UTC or GMT are a wire-style time ("1200 UTC"), not a year.
const auto year_number_def = x3::lexeme[x3::uint_parser<int, 10, 4, 4>() >> word_end >>
                                        !(+x3::ascii::blank >> (x3::lit("UTC") | "GMT") >> word_end)];

const auto month_name_def = x3::lexeme[x3::no_case[month_names] >> (x3::lit('.') | word_end)];

const auto day_number_def =
    x3::lexeme[x3::raw[x3::repeat(1, 2)[x3::ascii::digit]] >>
               -x3::omit[x3::no_case[word_lit("st") | word_lit("nd") | word_lit("rd") | word_lit("th")]] >> word_end];

const auto weekday_def = x3::lexeme[x3::no_case[weekday_names] >> (x3::lit('.') | word_end)];
const auto full_weekday_def = whole_word(full_weekday_names);

const auto iso_date_def =
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

// A count, in figures or words; "a", "an"; "half an", "a quarter of an",
// "three-quarters of an" (of an hour: "in half an hour").
const auto count_word_def =
    (kw("half") >> (kw("an") | kw("a")))[([](auto& ctx) { x3::_val(ctx) = 0.5; })] |
    (-kw("a") >> kw("quarter") >> kw("of") >> (kw("an") | kw("a")))[([](auto& ctx) { x3::_val(ctx) = 0.25; })] |
    ((kw("three-quarters") | (kw("three") >> kw("quarters"))) >> kw("of") >>
     (kw("an") | kw("a")))[([](auto& ctx) { x3::_val(ctx) = 0.75; })] |
    numeral()[count_value] | (kw("a") | kw("an"))[([](auto& ctx) { x3::_val(ctx) = 1.0; })];

// "last year", "next quarter" ("a quarter after 15:00" is a clock time: a
// count takes only "quarters").
const auto period_def = whole_word(period_refs) >> x3::attr(1.0) >>
                        (whole_word(period_units) | whole_word(calendar_units));

const auto range_joiner = dash | kw("to") | x3::lit("through") | kw("thru");

const auto of_year = -(-kw("of") >> year_number[period_year]);

const auto fiscal_word = x3::omit[whole_word(fiscal_words)];

// A year's division by its code or its words: "Q1", "H2", "first quarter", "second-half".
const auto division_code =
    (x3::lexeme[x3::no_case[word_lit('q')] >> x3::ascii::digit[period_index_digit] >> word_end] >>
     x3::eps[period_kind(ast::PeriodKind::quarter)]) |
    (x3::lexeme[x3::no_case[word_lit('h')] >> x3::ascii::digit[period_index_digit] >> word_end] >>
     x3::eps[period_kind(ast::PeriodKind::half)]);
const auto division_words = x3::lexeme[x3::no_case[period_ordinals][period_index] >> (dash | x3::eps)] >>
                            whole_word(year_divisions)[period_kind_attr];
const auto division = division_code | division_words;

// A fiscal year by its number: "fiscal 2027", "fiscal year 2027", "FY2027",
// "FY27", "FY'27", "the 2027 financial year".
const auto fiscal_year_number =
    (fiscal_word >> -kw("year") >> year_number[period_year]) |
    x3::lexeme[x3::no_case[word_lit("fy")] >> -x3::lit('\'') >>
               (x3::uint_parser<int, 10, 4, 4>()[period_year] | two_digits[period_short_year]) >> word_end] |
    (-kw("the") >> year_number[period_year] >> fiscal_word >> kw("year"));

// The fiscal year a fiscal division is of: numbered ("of fiscal 2027",
// "FY27"), a plain year after a division marked fiscal ("fiscal Q1 2027"),
// or none (the fiscal year in progress at publication).
const auto of_fiscal_year = (-kw("of") >> fiscal_year_number) | of_year;

// A quarter or half of a fiscal year (docs/grammar.md): "Q1 FY27", "the first
// quarter of the 2027 fiscal year", "FY2027 Q1", "fiscal 2027 first half",
// "fiscal Q1", "the fiscal first quarter", "the first fiscal quarter of 2027".
const auto fiscal_division =
    (here[period_start] >> -kw("the") >> division >>
     ((-kw("of") >> fiscal_year_number) | (kw("of") >> kw("the") >> fiscal_word >> kw("year")))) |
    (here[period_start] >> -kw("the") >> fiscal_year_number >> -kw("the") >> division) |
    (here[period_start] >> -kw("the") >> fiscal_word >> division >> of_fiscal_year) |
    (here[period_start] >> -kw("the") >> x3::lexeme[x3::no_case[period_ordinals][period_index] >> (dash | x3::eps)] >>
     fiscal_word >> whole_word(year_divisions)[period_kind_attr] >> of_fiscal_year);

// "Q2 2025", "the second quarter (of 2025)", "second-quarter", "H1", "the first half",
// "the 1990s", "fiscal 2026", "FY26", "the 2026 financial year",
// "April-June 2025", "the three months to June", "in March", "summer"; a
// fiscal year's division first, before its calendar reading takes the
// division alone ("Q1" of "Q1 FY27").
const auto calendar_period_def =
    (fiscal_division >> x3::eps[period_fiscal]) | (here[period_start] >> division_code >> of_year) |
    (here[period_start] >> -kw("the") >> x3::lexeme[x3::no_case[period_ordinals][period_index] >> (dash | x3::eps)] >>
     whole_word(year_divisions)[period_kind_attr] >> of_year) |
    (here[period_start] >> -kw("the") >>
     x3::lexeme[x3::uint_parser<int, 10, 4, 4>()[period_year] >> x3::no_case[word_lit('s')] >> word_end] >>
     x3::eps[period_kind(ast::PeriodKind::decade)]) |
    (here[period_start] >> fiscal_year_number >> x3::eps[period_kind(ast::PeriodKind::fiscal_year)]) |
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
const auto month_first = x3::eps[reset_when] >> here[mark_from] >> month_name[from_month] >> day_number[from_day] >>
                         -(range_joiner >> -month_name[to_month] >> day_number[to_day]) >>
                         -(-x3::lit(',') >> year_number[from_year]);

// "13 January 2026", "13-14 January 2026"
const auto day_first = x3::eps[reset_when] >> here[mark_from] >> day_number[from_day] >>
                       -(dash >> day_number[to_day]) >> month_name[from_month] >>
                       -(-x3::lit(',') >> year_number[from_year]);

// "January 2026"
const auto month_year = x3::eps[reset_when] >> here[mark_from] >> month_name[from_month] >>
                        -x3::lit(',') >> year_number[from_year];

// "2026-01-13", "2026-01-13/2026-01-14"
const auto iso_form = x3::eps[reset_when] >> iso_date[from_calendar] >>
                      -((x3::lit('/') | range_joiner) >> iso_date[to_calendar]);

// "2014 AD", "AD 79", "14 a.d.", "79 CE": a year of the era, in as few figures as written.
const auto era = x3::lexeme[x3::no_case[x3::lit("a.d.") | "a.d" | "ad" | "ce"] >> word_end];
const auto era_year = x3::eps[reset_when] >> here[mark_from] >>
                      ((x3::lexeme[x3::uint_parser<int, 10, 1, 4>()[from_year] >> word_end] >> era) |
                       (era >> x3::lexeme[x3::uint_parser<int, 10, 1, 4>()[from_year] >> word_end]));

// "2026", "1910-1945"
const auto year_form = x3::eps[reset_when] >> here[mark_from] >> year_number[from_year] >>
                       -((x3::lit('/') | range_joiner) >> year_number[to_year]);

// "today", "3 days ago", "a week earlier", "last year"
const auto relative_form = x3::eps[reset_when] >> (whole_word(day_words)[relative_day] |
                                                   (count_word >> whole_word(period_units) >>
                                                    -x3::omit[&whole_word(event_directions)[of_event]] >>
                                                    whole_word(directions))[relative_count] |
                                                   period[relative_period]);

const auto when_def = relative_form | iso_form | month_first | day_first | month_year | era_year | year_form;

// A day of the month with an ordinal ending or as a word: "15th", "first".
const auto ordinal_day_number =
    x3::lexeme[x3::raw[x3::repeat(1, 2)[x3::ascii::digit]] >>
               x3::omit[x3::no_case[word_lit("st") | word_lit("nd") | word_lit("rd") | word_lit("th")]] >> word_end];
const auto from_day_any = day_number[from_day] | (here[mark_day] >> whole_word(day_ordinal_words)[from_day_value]);
const auto to_day_any = day_number[to_day] | (here[mark_to_day] >> whole_word(day_ordinal_words)[to_day_value]);

// "March first", "February the 15th", "July 13 thru 15", "march third 2015"
const auto ordinal_month_first = x3::eps[reset_when] >> here[mark_from] >> month_name[from_month] >>
                                 -kw("the") >> from_day_any >>
                                 -(range_joiner >> -month_name[to_month] >> -kw("the") >> to_day_any) >>
                                 -(-x3::lit(',') >> year_number[from_year]);

// "the 1st of March", "the first of March", "15 of February", "from the 13th to the 15th of July"
const auto ordinal_day_first = x3::eps[reset_when] >> here[mark_from] >> -kw("the") >> from_day_any >>
                               -(range_joiner >> -kw("the") >> to_day_any) >> -kw("of") >> month_name[from_month] >>
                               -(-x3::lit(',') >> year_number[from_year]);

// "the 15th", "on the first", "Tuesday the 19th": a day of a month not written
// (never "the first" of "the first quarter", "the first-half" or "the first
// fiscal quarter").
const auto day_alone = x3::eps[reset_when] >> here[mark_from] >>
                       ((kw("the") >> from_day_any) | ordinal_day_number[from_day]) >>
                       !(-dash >> (month_name | (-fiscal_word >> whole_word(year_divisions))));

// "the day after tomorrow", "the day before yesterday"
const auto two_days_off = x3::eps[reset_when] >> -kw("the") >> kw("day") >>
                          ((kw("after") >> kw("tomorrow"))[two_days(ast::Relation::after)] |
                           (kw("before") >> kw("yesterday"))[two_days(ast::Relation::before)]);

// A third of a week, month, year or longer period: "early March", "mid-2025",
// "late 2025", "at the end of April", "the beginning of next week", "the end
// of the month", "the middle of the 1990s". The period is one a third can be
// taken of (longer_than_a_day): "late March 5" is late on that day.
const auto third_word = here[mark_third] >> whole_word(period_thirds)[set_third] >> -dash;
const auto third_base = calendar_period[set_period] | month_alone[set_period] | when[take_when] |
                        (-kw("the") >> whole_word(calendar_units)[this_unit]);
const auto third_of_period = -kw("at") >> -kw("the") >> third_word >> -kw("the") >> third_base
                             >> x3::eps[longer_than_a_day];

// A holiday by its name: "Christmas", "Christmas Day 2025", "Eid al-Fitr of
// next year", "last Thanksgiving" (data/holidays.tsv).
const auto holiday_form = here[mark_holiday] >>
                          -whole_word(period_refs)[holiday_occurrence] >> holiday_name[set_holiday] >>
                          -((-x3::lit(',') >> year_number[holiday_year]) |
                            (kw("of") >>
                             (year_number[holiday_year] | (whole_word(period_refs)[holiday_of_year] >> kw("year")))));

// A day counted in a month (docs/grammar.md): "the first Tuesday of
// November", "the last Friday in October 2025", "the last day of October",
// "the third day of October", "the first Monday of next month"; a day of
// the month of a month named relatively: "the 20th of next month", "20 of
// this month", "the 20th day of the previous month".
const auto nth_month = month_alone[set_period] | when[take_when] | whole_word(calendar_units)[this_unit];
const auto nth_of_month = here[mark_nth] >> -kw("the") >>
                          ((whole_word(month_ranks)[nth_rank] >> (weekday[nth_weekday] | kw("day")) >>
                            (kw("of") | kw("in")) >> -kw("the") >> nth_month) |
                           ((day_number[nth_day_digits] | whole_word(day_ordinal_words)[nth_day_word]) >> -kw("day") >>
                            (kw("of") | kw("in")) >> -kw("the") >> period[relative_period] >>
                            x3::eps[([](auto& ctx) { x3::_val(ctx).has_when = true; })]));

// A date in figures alone, in a whole value: "2/15", "10/31/1974",
// "31/10/74", "10-31-1974", "10.31.1974", "2015-3-3", "2/2013",
// "31/Oct/1974", "31-Oct-74" (docs/grammar.md). A
// month and a day written with '-' or '.' need their year ("2011-12" is a
// season, "2.5" a number).
const auto numeric_year_part = x3::uint_parser<int, 10, 4, 4>()[numeric_year] | two_digits[numeric_short_year];
const auto numeric_date =
    x3::raw[(x3::lexeme[one_or_two_digits[numeric_first] >> '/' >>
                        x3::uint_parser<int, 10, 4, 4>()[numeric_month_year] >> word_end] |
             x3::lexeme[one_or_two_digits[numeric_first] >> '/' >> x3::no_case[month_names][numeric_month_name] >>
                        '/' >> numeric_year_part >> word_end] |
             x3::lexeme[one_or_two_digits[numeric_first] >> '-' >> x3::no_case[month_names][numeric_month_name] >>
                        '-' >> numeric_year_part >> word_end] |
             x3::lexeme[one_or_two_digits[numeric_first] >> '/' >> one_or_two_digits[numeric_second] >>
                        -('/' >> numeric_year_part) >> word_end] |
             x3::lexeme[one_or_two_digits[numeric_first] >> '-' >> one_or_two_digits[numeric_second] >> '-' >>
                        numeric_year_part >> word_end] |
             x3::lexeme[one_or_two_digits[numeric_first] >> '.' >> one_or_two_digits[numeric_second] >> '.' >>
                        numeric_year_part >> word_end] |
             x3::raw[x3::lexeme[x3::uint_parser<int, 10, 4, 4>()[numeric_year_first] >> '-' >>
                                one_or_two_digits[numeric_first] >> '-' >> one_or_two_digits[numeric_second] >>
                                word_end]][([](auto& ctx) {
                 x3::_pass(ctx) = x3::_attr(ctx).size() < 10;  // "2026-01-13" is iso_form's, with its ranges
             })])][mark_numeric];

// A value's day: the calendar and relative forms of `when`, and the forms
// only a whole value reads (a day of the month as an ordinal, a day alone).
const auto value_when_def =
    numeric_date | ordinal_month_first | ordinal_day_first | day_alone | two_days_off | when[take_when];

const auto span_ref_def = whole_word(span_refs);

// "March", "during March": the March nearest to publication, as "in March".
const auto month_alone_def = here[period_start] >> -(kw("in") | kw("during")) >> month_name[period_first_month] >>
                             !year_number >> !day_number >> x3::eps[period_kind(ast::PeriodKind::in_month)];

// A day: "Tuesday", "Tuesday, January 13", "January 13", "yesterday"
const auto weekday_spec = weekday[set_weekday] >> -(-x3::lit(',') >> when[take_when]);
const auto day_spec = weekday_spec | when[take_when];

// The same in a whole value: "Tuesday the 19th", "Wednesday of next week",
// "Jul 18, Fri" (the weekday after the date settles its year as before it).
const auto value_weekday_spec = weekday[set_weekday] >> -(-(x3::lit(',') | kw("of")) >> value_when[take_when]);
const auto value_day_spec = value_weekday_spec | (value_when[take_when] >> -(x3::lit(',') >> weekday[set_weekday]));

// A time settled by a part of the day: "at 9" after "Saturday morning", "8" before "tonight".
const auto part_clock_def = clock | bare_hour;

// "2025-04-10T04:10+09:00", "2025-04-10T04:10/2025-04-10T05:00 Asia/Seoul"
const auto iso_date_time =
    x3::eps[reset_when] >>
    x3::lexeme[iso_date[from_calendar] >> (x3::lit('T') | ' ') >> iso_clock[set_time] >> -iso_zone[set_zone]] >>
    -(x3::lit('/') >> x3::lexeme[iso_date[to_calendar] >> (x3::lit('T') | ' ') >>
                                 iso_clock[([](auto& ctx) { x3::_val(ctx).end_time = x3::_attr(ctx); })]]) >>
    -zone[set_zone];

// "last Friday", "this Friday", "next Monday"
const auto relative_weekday = whole_word(period_refs)[relative_word] >> weekday[set_weekday];

// "earlier this week", "later this month"
const auto within_period = whole_word(within_refs)[relative_word] >> whole_word(calendar_units)[relative_unit];

// "the day before", "the week after"
const auto the_day_before = kw("the") >> kw("day") >>
                            (kw("before")[the_one(ast::Relation::before)] | kw("after")[the_one(ast::Relation::after)]);

// A wire-style time marked as a time by what follows it: a zone, then
// perhaps its day ("0350 GMT", "2140 GMT Tuesday", "1200 UTC on Dec. 3"), or
// a day ("2140 on Tuesday", "2140 Tuesday"). It comes before the day forms,
// which would read its digits as a year.
const auto wire_time = wire_clock[set_time] >>
                       ((!era >> zone[set_zone] >> -(-x3::lit(',') >> -(kw("on") | kw("of")) >> day_spec)) |
                        (-x3::lit(',') >> (kw("on") | kw("of")) >> day_spec) | (-x3::lit(',') >> weekday_spec));

// A night named by both its days: "overnight Tuesday into Wednesday",
// "overnight from Tuesday to Wednesday" (the night into the second day), and
// "overnight into Wednesday", "overnight Tuesday", "overnight on Tuesday"
// (the night into the day named).
const auto overnight = (kw("overnight")[part_is(ast::DayPart::overnight)] >> -kw("from") >> weekday[set_other_day] >>
                        (kw("into") | kw("to")) >> day_spec) |
                       (x3::eps[reset_moment] >> kw("overnight")[part_is(ast::DayPart::overnight)] >>
                        -((kw("into") | -kw("on")) >> day_spec));

// A range of times of day: "9:30 - 11:00", "3-4pm", "3:30-6 p.m.", "8am to
// 1pm", "between 3:30pm and 6 pm", "15:00 GMT - 18:00 GMT" ("from 3:30 to
// 6:00pm" through from_range). Its start may be an hour alone when its end
// has a.m. or p.m. ("3-4pm").
const auto range_start = clock[set_time] | bare_hour[set_bare_time];
const auto clock_range =
    ((kw("between") >> range_start >> -zone[set_zone] >> kw("and")) |
     (range_start >> -zone[set_zone] >> (dash | kw("to") | kw("till") | kw("until") | kw("through") | kw("thru")))) >>
    clock[set_end_clock] >> -zone[set_zone];

// What may follow a day: a part of it ("morning", "night into Wednesday"),
// a range of times, a time, a wire-style time with its zone.
const auto day_time = (whole_word(day_part_words)[set_part] >> -(kw("into") >> weekday[set_other_day]) >>
                       -(-x3::lit(',') >> kw("at") >> part_clock[set_time])) |
                      (-x3::lit(',') >> -kw("from") >> clock_range) |
                      (-x3::lit(',') >> -kw("at") >> clock[set_time] >> -zone[set_zone]) |
                      (-x3::lit(',') >> -kw("at") >> wire_clock[set_time] >> zone[set_zone]);

// "3 Fridays from now", "two Thursdays ago": last among the forms, since its
// count is read before anything tells it from the others.
const auto weekdays_counted =
    count_word[([](auto& ctx) { x3::_val(ctx).weekdays = x3::_attr(ctx); })] >>
    x3::lexeme[x3::no_case[full_weekday_names][set_weekday] >> x3::no_case[x3::lit('s')] >> word_end] >>
    ((kw("ago") | kw("back"))[([](auto& ctx) { x3::_val(ctx).weekdays = -x3::_val(ctx).weekdays; })] |
     (kw("from") >> kw("now")));

// The plain day forms come right after ISO date-times (which they would cut
// short) and wire times: they are the most common, and no other alternative
// starts like them.
const auto moment_def =
    (x3::eps[reset_moment] >> iso_date_time) | (x3::eps[reset_moment] >> wire_time) |
    (x3::eps[reset_moment] >> whole_word(now_words)[([](auto& ctx) {
         auto& d = x3::_val(ctx);  // "now": the publication instant, as "0 minutes later"
         d.has_when = true;
         d.is_relative = true;
         d.rel.word = ast::Relation::after;
         d.rel.unit = ast::TimeUnit::minute;
         d.rel.count = 0;
     })]) |
    (x3::eps[reset_moment] >> holiday_form) |
    (x3::eps[reset_moment] >> x3::raw[kw("the") >> kw("week") >> kw("of")]
                                     [([](auto& ctx) { x3::_val(ctx).week_of = x3::_attr(ctx).begin(); })] >>
     value_day_spec) |
    (x3::eps[reset_moment] >> nth_of_month) |
    (x3::eps[reset_moment] >> x3::eps[reset_when] >> kw("in") >>
     (count_word >> whole_word(period_units))[relative_in]) |
    (x3::eps[reset_moment] >> x3::eps[reset_when] >> -kw("the") >>
     (span_ref >> count_word >> whole_word(period_units))[relative_span]) |
    (x3::eps[reset_moment] >> whole_word(day_part_days)[day_with_part] >>
     -(-x3::lit(',') >> kw("at") >> part_clock[set_time])) |
    (x3::eps[reset_moment] >> value_day_spec >> -day_time) |
    (x3::eps[reset_moment] >> part_clock[set_time] >>
     ((kw("in") >> kw("the") >> whole_word(day_part_words)[set_part]) | whole_word(day_part_days)[day_with_part] |
      (value_when[take_when] >> whole_word(day_part_words)[set_part]))) |
    (x3::eps[reset_moment] >> clock_range >> -(-x3::lit(',') >> -(kw("on") | kw("of")) >> value_day_spec)) |
    (x3::eps[reset_moment] >> clock[set_time] >> -zone[set_zone] >>
     -(-x3::lit(',') >> -(kw("on") | kw("of")) >> value_day_spec)) |
    (x3::eps[reset_moment] >> calendar_period[set_period]) | (x3::eps[reset_moment] >> month_alone[set_period]) |
    (x3::eps[reset_moment] >> third_of_period) | (x3::eps[reset_moment] >> kw("in") >> day_spec) |
    (x3::eps[reset_moment] >> whole_word(day_part_prefixes)[set_part] >> -kw("on") >> day_spec) |
    (x3::eps[reset_moment] >> overnight) | (x3::eps[reset_moment] >> relative_weekday >> -day_time) |
    (x3::eps[reset_moment] >> within_period) | (x3::eps[reset_moment] >> the_day_before) |
    (x3::eps[reset_moment] >> weekdays_counted);

// In running text: full weekday names only, and no bare clock words ("noon" stays a word there).
const auto text_day = (full_weekday[set_weekday] >> -(-x3::lit(',') >> when[take_when])) | when[take_when];

// In running text a wire-style time needs its zone: "0350 GMT", "0350 GMT Tuesday".
const auto moment_in_text_def =
    (x3::eps[reset_moment] >> iso_date_time) |
    (x3::eps[reset_moment] >> wire_clock[set_time] >> zone_in_text[set_zone] >>
     -(-x3::lit(',') >> -(kw("on") | kw("of")) >> text_day)) |
    (x3::eps[reset_moment] >> clock[set_time] >> -zone_in_text[set_zone] >>
     -(-x3::lit(',') >> -(kw("on") | kw("of")) >> text_day)) |
    (x3::eps[reset_moment] >> calendar_period[set_period]) | (x3::eps[reset_moment] >> third_of_period) |
    (x3::eps[reset_moment] >> whole_word(day_part_prefixes)[set_part] >> full_weekday[set_weekday]) |
    (x3::eps[reset_moment] >> whole_word(period_refs)[relative_word] >> full_weekday[set_weekday]) |
    (x3::eps[reset_moment] >> within_period) |
    (x3::eps[reset_moment] >> text_day >> -whole_word(day_part_words)[set_part]);

const auto end_of_date_def = x3::eoi;

// "two weeks after the vote": the event's words are kept for the converter's error.
// 'from' only before a range: "from July 13-15", "from the 13th to the 15th of July".
const auto from_range = kw("from") >> moment[take_moment] >> x3::eps[require_range];

// 'at' only before a time: "at 3pm", "at about 3pm", "at noon" ("at 1030" is no year).
const auto at_time = kw("at") >> -whole_word(approaches)[set_approach] >> moment[take_moment] >> x3::eps[require_time];

const auto date_value_rule_def = x3::eps[reset_date] >> here[mark_date] >>
                                 (at_time | (-whole_word(approaches)[set_approach] >> -kw("on") >>
                                             (from_range | at_time | moment[take_moment]))) >>
                                 -x3::raw[x3::lexeme[+x3::char_]][event_words] > end_of_date;

const auto date_in_text_rule_def = x3::eps[reset_date] >> here[mark_date] >>
                                   -whole_word(approaches)[set_approach] >> moment_in_text[take_moment];

BOOST_SPIRIT_DEFINE(value_when, span_ref, part_clock, month_alone)
BOOST_SPIRIT_DEFINE(year_number, month_name, day_number, weekday, full_weekday, iso_date, count_word, period, when,
                    calendar_period, moment, moment_in_text, end_of_date, date_value_rule, date_in_text_rule)

}  // namespace claimcheck::grammar::parser
