// The date rule group's words (spec §5 "date"): month and weekday names
// (util/calendar.hpp, the table the printers use), relative words, clock
// words, the parts of a year and of a day, and the approaches, seasons and fiscal words of
// data/words/date.tsv, each a named table yielding what the converters
// switch on. Included by the rules (rules.hpp) and by first_words.cpp.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include "grammar/date/date.hpp"
#include "grammar/numeral/words.hpp"
#include "util/calendar.hpp"

namespace claimcheck::grammar::parser {

// ---------------------------------------------------------------- names

// Month and weekday names from the one table the printers use too
// (util/calendar.hpp): `count` full names first, then abbreviations.
inline symbols<unsigned> calendar_names(const auto& names, std::size_t count, const char* name) {
    symbols<unsigned> table;
    table.name(name);
    for (std::size_t i = 0; i < count; ++i) {
        table.add(text::lower(names[i].word), names[i].value);
    }
    return table;
}

// "January", "Jan", "Sept" (1 to 12)
inline const symbols<unsigned> month_names =
    calendar_names(calendar::month_names, calendar::month_names.size(), "month name");

// "Tuesday", "Tue", "Tues": 0 = Sunday, as std::chrono::weekday.
inline const symbols<unsigned> weekday_names =
    calendar_names(calendar::weekday_names, calendar::weekday_names.size(), "weekday");

// In running text only full names count ("sat", "wed" are other words).
inline const symbols<unsigned> full_weekday_names =
    calendar_names(calendar::weekday_names, calendar::weekday_count, "weekday");

// ---------------------------------------------------------------- other words

inline const symbols<ast::Relation> day_words({{"today", ast::Relation::today},
                                               {"yesterday", ast::Relation::yesterday},
                                               {"tomorrow", ast::Relation::tomorrow}},
                                              "relative day");

inline const symbols<ast::TimeUnit> period_units({{"minute", ast::TimeUnit::minute},
                                                  {"mins", ast::TimeUnit::minute},
                                                  {"yr", ast::TimeUnit::year},
                                                  {"yrs", ast::TimeUnit::year},
                                                  {"minutes", ast::TimeUnit::minute},
                                                  {"hour", ast::TimeUnit::hour},
                                                  {"hours", ast::TimeUnit::hour},
                                                  {"day", ast::TimeUnit::day},
                                                  {"days", ast::TimeUnit::day},
                                                  {"week", ast::TimeUnit::week},
                                                  {"weeks", ast::TimeUnit::week},
                                                  {"month", ast::TimeUnit::month},
                                                  {"months", ast::TimeUnit::month},
                                                  {"quarters", ast::TimeUnit::quarter},
                                                  {"year", ast::TimeUnit::year},
                                                  {"years", ast::TimeUnit::year}},
                                                 "time unit");

// "this week", "earlier this month", "next quarter": the calendar periods a relative word can name.
inline const symbols<ast::TimeUnit> calendar_units({{"week", ast::TimeUnit::week},
                                                    {"month", ast::TimeUnit::month},
                                                    {"quarter", ast::TimeUnit::quarter},
                                                    {"year", ast::TimeUnit::year},
                                                    {"yr", ast::TimeUnit::year}},
                                                   "week, month, quarter or year");

inline const symbols<ast::Relation> directions({{"ago", ast::Relation::before},
                                                {"earlier", ast::Relation::before},
                                                {"before", ast::Relation::before},
                                                {"later", ast::Relation::after},
                                                {"after", ast::Relation::after},
                                                {"from now", ast::Relation::after},
                                                {"from today", ast::Relation::after},
                                                {"hence", ast::Relation::after}},
                                               "'ago', 'earlier' or 'later'");

// "two weeks after", "three days before": counted from an event the words name
// or leave out, never from publication (the converter says so).
inline const symbols<x3::unused_type> event_directions({"before", "after"}, "'before' or 'after'");

inline const symbols<ast::Relation> period_refs({{"last", ast::Relation::last},
                                                 {"previous", ast::Relation::last},
                                                 {"this", ast::Relation::this_},
                                                 {"current", ast::Relation::this_},
                                                 {"next", ast::Relation::next},
                                                 {"coming", ast::Relation::next},
                                                 {"upcoming", ast::Relation::next}},
                                                "'last', 'this' or 'next'");

// Before a count of whole periods: "the last two days", "the past two weeks", "the next three months".
inline const symbols<ast::Relation> span_refs({{"last", ast::Relation::last},
                                               {"past", ast::Relation::last},
                                               {"previous", ast::Relation::last},
                                               {"next", ast::Relation::next},
                                               {"coming", ast::Relation::next},
                                               {"upcoming", ast::Relation::next}},
                                              "'last', 'past' or 'next'");

inline const symbols<ast::Relation> within_refs({{"earlier this", ast::Relation::earlier_this},
                                                 {"later this", ast::Relation::later_this}},
                                                "'earlier this' or 'later this'");

inline const symbols<ast::Meridiem> meridiems({{"a.m.", ast::Meridiem::am},
                                               {"a.m", ast::Meridiem::am},
                                               {"am", ast::Meridiem::am},
                                               {"p.m.", ast::Meridiem::pm},
                                               {"p.m", ast::Meridiem::pm},
                                               {"pm", ast::Meridiem::pm}},
                                              "'a.m.' or 'p.m.'");

// Times of day written as a word: "noon", "midnight" (the hour they name).
inline const symbols<unsigned> clock_words({{"noon", 12}, {"midday", 12}, {"midnight", 0}}, "'noon' or 'midnight'");

// The parts of a year an ordinal names: "the second quarter", "the first half".
inline const symbols<ast::PeriodKind> year_divisions({{"quarter", ast::PeriodKind::quarter},
                                                      {"qtr", ast::PeriodKind::quarter},
                                                      {"half", ast::PeriodKind::half}},
                                                     "'quarter' or 'half'");

inline const symbols<ast::DayPart> day_part_words({{"morning", ast::DayPart::morning},
                                                   {"afternoon", ast::DayPart::afternoon},
                                                   {"evening", ast::DayPart::evening},
                                                   {"night", ast::DayPart::night}},
                                                  "a part of the day");

// "tonight", "last night": a part of a day named with its day.
inline const symbols<std::pair<ast::Relation, ast::DayPart>> day_part_days(
    {{"tonight", {ast::Relation::today, ast::DayPart::night}},
     {"last night", {ast::Relation::yesterday, ast::DayPart::night}},
     {"this morning", {ast::Relation::today, ast::DayPart::morning}},
     {"this afternoon", {ast::Relation::today, ast::DayPart::afternoon}},
     {"this evening", {ast::Relation::today, ast::DayPart::evening}}},
    "'tonight', 'last night' or 'this morning'");

// The days of a month as ordinal words: "first" to "thirty-first" ("the
// first of March", "March third"), with a hyphen or a space in the
// compounds.
inline symbols<unsigned> make_day_ordinal_words() {
    static constexpr const char* units[] = {"first", "second",  "third",  "fourth", "fifth",
                                            "sixth", "seventh", "eighth", "ninth"};
    static constexpr const char* teens[] = {"tenth",     "eleventh",  "twelfth",     "thirteenth", "fourteenth",
                                            "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    symbols<unsigned> table;
    table.name("a day of the month");
    for (unsigned i = 0; i < 9; ++i) {
        table.add(units[i], i + 1);
        table.add(std::string("twenty-") + units[i], 21 + i);
        table.add(std::string("twenty ") + units[i], 21 + i);
    }
    for (unsigned i = 0; i < 10; ++i) {
        table.add(teens[i], 10 + i);
    }
    table.add("twentieth", 20);
    table.add("thirtieth", 30);
    table.add("thirty-first", 31);
    table.add("thirty first", 31);
    return table;
}
inline const symbols<unsigned> day_ordinal_words = make_day_ordinal_words();

inline const symbols<ast::DayPart> day_part_prefixes({{"early", ast::DayPart::early}, {"late", ast::DayPart::late}},
                                                     "'early' or 'late'");

// "around", "shortly after", "since", "by the end of" (data/words/date.tsv)
inline const symbols<ast::Approach> approaches =
    word_table<ast::Approach>(vocabulary::date_words("approach"), "an approximator", [](const auto& row) {
        static constexpr std::pair<std::string_view, ast::Approach> meanings[] = {
            {"around", ast::Approach::around},
            {"shortly-after", ast::Approach::shortly_after},
            {"shortly-before", ast::Approach::shortly_before},
            {"since", ast::Approach::since},
            {"until", ast::Approach::until},
            {"after", ast::Approach::after},
            {"before", ast::Approach::before}};
        return vocabulary::meaning_of(row, meanings);
    });

// "fiscal", "financial" (data/words/date.tsv): a year or a year's division
// read from `fiscal_year_start`.
inline const symbols<bool> fiscal_words =
    word_table<bool>(vocabulary::date_words("fiscal"), "'fiscal'", [](const auto& row) {
        static constexpr std::pair<std::string_view, bool> meanings[] = {{"fiscal", true}};
        return vocabulary::meaning_of(row, meanings);
    });

// The moment of publication: "now", "right now", "at the moment".
inline const symbols<bool> now_words({{"now", true}, {"right now", true}, {"just now", true}, {"at the moment", true}},
                                     "'now'");

// The rank of a weekday in a month: "the first Tuesday", "the last Friday".
inline const symbols<int> month_ranks({{"first", 1},
                                       {"second", 2},
                                       {"third", 3},
                                       {"fourth", 4},
                                       {"fifth", 5},
                                       {"1st", 1},
                                       {"2nd", 2},
                                       {"3rd", 3},
                                       {"4th", 4},
                                       {"5th", 5},
                                       {"last", -1}},
                                      "'first' to 'fifth' or 'last'");

inline const symbols<unsigned> period_ordinals(
    {{"first", 1}, {"second", 2}, {"third", 3}, {"fourth", 4}, {"1st", 1}, {"2nd", 2}, {"3rd", 3}, {"4th", 4}},
    "an ordinal");

// "spring", "fall" (data/words/date.tsv): 1 = spring to 4 = winter.
inline const symbols<unsigned> season_words =
    word_table<unsigned>(vocabulary::date_words("season"), "a season", [](const auto& row) {
        static constexpr std::pair<std::string_view, unsigned> meanings[] = {
            {"spring", 1}, {"summer", 2}, {"autumn", 3}, {"winter", 4}};
        return vocabulary::meaning_of(row, meanings);
    });

// A holiday's name at `first` (data/holidays.tsv, through src/holidays): the
// longest name that ends at a word's end, `first` moved past it; nullptr and
// `first` unmoved when none starts there (holiday.cpp).
const holidays::Holiday* holiday_name_at(const char*& first, const char* last);

struct holiday_name_parser : x3::parser<holiday_name_parser> {
    using attribute_type = const holidays::Holiday*;
    static const bool has_attribute = true;

    template <typename Iterator, typename Context, typename RContext, typename Attribute>
    bool parse(Iterator& first, const Iterator& last, const Context& context, RContext&, Attribute& attr) const {
        x3::skip_over(first, last, context);
        const auto* found = holiday_name_at(first, last);
        if (found == nullptr) {
            return false;
        }
        x3::traits::move_to(found, attr);
        return true;
    }
};
const holiday_name_parser holiday_name{};

// "early", "mid", "the end of" (data/words/date.tsv): a third of a period.
inline const symbols<ast::Third> period_thirds =
    word_table<ast::Third>(vocabulary::date_words("third"), "'early', 'mid' or 'late'", [](const auto& row) {
        static constexpr std::pair<std::string_view, ast::Third> meanings[] = {
            {"early", ast::Third::early}, {"mid", ast::Third::mid}, {"late", ast::Third::late}};
        return vocabulary::meaning_of(row, meanings);
    });

}  // namespace claimcheck::grammar::parser
