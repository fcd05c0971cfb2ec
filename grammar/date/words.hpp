// The date grammar's word tables (spec §5 "date"): month and weekday names,
// relative words, clock words, the parts of a year and of a day. Included by
// the rules (date_def.hpp) and by the scanner's prefilter (prefilter.cpp).
#pragma once

#include "grammar/date/date.hpp"
#include "grammar/numeral/words.hpp"

namespace claimcheck::grammar::parser {

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

}  // namespace claimcheck::grammar::parser
