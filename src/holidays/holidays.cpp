// The holiday table (holidays.hpp): data/holidays.tsv read strictly once, and
// names looked up in it. The days themselves are computed in days.cpp.
#include "holidays/holidays.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "embedded/holidays_tsv.hpp"
#include "util/calendar.hpp"
#include "util/text.hpp"
#include "util/tsv.hpp"

namespace claimcheck::holidays {

namespace {

// A row refused, by its line; read_table() names the file.
struct Refusal {
    int line;
    std::string message;
};

[[noreturn]] void refuse(int line, std::string message) {
    throw Refusal{line, std::move(message)};
}

// The months rows name in the Hebrew and Islamic calendars, with ICU's
// numbers for them. ICU's Hebrew month 5 is Adar I, which only a leap year
// has; its month 6 is Adar, Adar II in a leap year (when Purim is kept), so
// `adar` is 6 and Adar I has no name here.
struct MonthName {
    std::string_view word;
    int number;
};
constexpr std::array<MonthName, 12> hebrew_months{{{"tishri", 0},
                                                   {"heshvan", 1},
                                                   {"kislev", 2},
                                                   {"tevet", 3},
                                                   {"shevat", 4},
                                                   {"adar", 6},
                                                   {"nisan", 7},
                                                   {"iyar", 8},
                                                   {"sivan", 9},
                                                   {"tammuz", 10},
                                                   {"av", 11},
                                                   {"elul", 12}}};
constexpr std::array<MonthName, 12> islamic_months{{{"muharram", 0},
                                                    {"safar", 1},
                                                    {"rabi-al-awwal", 2},
                                                    {"rabi-al-thani", 3},
                                                    {"jumada-al-ula", 4},
                                                    {"jumada-al-akhirah", 5},
                                                    {"rajab", 6},
                                                    {"shaban", 7},
                                                    {"ramadan", 8},
                                                    {"shawwal", 9},
                                                    {"dhu-al-qadah", 10},
                                                    {"dhu-al-hijjah", 11}}};

constexpr std::array<std::pair<std::string_view, Kind>, 8> kind_names{{{"gregorian", Kind::gregorian},
                                                                       {"weekday", Kind::nth_weekday},
                                                                       {"easter", Kind::easter},
                                                                       {"orthodox-easter", Kind::orthodox_easter},
                                                                       {"julian", Kind::julian},
                                                                       {"hebrew", Kind::hebrew},
                                                                       {"islamic", Kind::islamic},
                                                                       {"chinese", Kind::chinese}}};

// A whole number written in full ("12", "-46", "+1"), or nothing.
std::optional<int> number_in(std::string_view cell) {
    if (!cell.empty() && cell.front() == '+') {
        cell.remove_prefix(1);
        if (!cell.empty() && cell.front() == '-') {
            return std::nullopt;
        }
    }
    int value = 0;
    const auto [end, error] = std::from_chars(cell.data(), cell.data() + cell.size(), value);
    if (cell.empty() || error != std::errc() || end != cell.data() + cell.size()) {
        return std::nullopt;
    }
    return value;
}

int number_between(std::string_view cell, int low, int high, int line, std::string_view what) {
    const auto value = number_in(cell);
    if (!value || *value < low || *value > high) {
        refuse(line, fmt::format("{} must be a whole number from {} to {}, not '{}'", what, low, high, cell));
    }
    return *value;
}

// A weekday by any name util/calendar.hpp knows ("thu", "Thursday").
std::chrono::weekday weekday_in(std::string_view cell, int line) {
    for (const auto& name : calendar::weekday_names) {
        if (text::ascii_lower(name.word) == text::ascii_lower(cell)) {
            return std::chrono::weekday{name.value};
        }
    }
    refuse(line, fmt::format("'{}' is not a weekday (sun, mon, tue, wed, thu, fri, sat)", cell));
}

template <std::size_t N>
int month_in(const std::array<MonthName, N>& months, std::string_view cell, int line, std::string_view calendar) {
    for (const auto& month : months) {
        if (month.word == cell) {
            return month.number;
        }
    }
    std::vector<std::string> known;
    for (const auto& month : months) {
        known.emplace_back(month.word);
    }
    refuse(line, fmt::format("'{}' is not a month of the {} calendar ({})", cell, calendar, fmt::join(known, ", ")));
}

// "12-25" of the Gregorian or Julian calendar: a day every year has.
void month_day_in(std::string_view cell, Rule& rule, int line) {
    const auto parts = text::split(cell, '-');
    if (parts.size() != 2 || parts[0].size() != 2 || parts[1].size() != 2) {
        refuse(line, fmt::format("expected a month and day as MM-DD, not '{}'", cell));
    }
    rule.month = number_between(parts[0], 1, 12, line, "the month");
    rule.day = number_between(parts[1], 1, 31, line, "the day");
    const std::chrono::year_month_day common_year{std::chrono::year{2001}, std::chrono::month(rule.month),
                                                  std::chrono::day(rule.day)};
    if (!common_year.ok()) {
        refuse(line, fmt::format("{} is not a day every year has", cell));
    }
}

// The `date` column of `rule.kind`: its words, then optionally an offset.
void date_in(std::string_view cell, Rule& rule, int line) {
    auto words = text::split(cell, ' ');
    if (words.size() > 1 && (words.back().front() == '+' || words.back().front() == '-')) {
        rule.offset = number_between(words.back(), -400, 400, line, "the offset");
        words.pop_back();
    }
    const auto expect = [&](std::size_t count, std::string_view form) {
        if (words.size() != count) {
            refuse(line, fmt::format("expected the date as {}, not '{}'", form, cell));
        }
    };
    switch (rule.kind) {
        case Kind::gregorian:
        case Kind::julian:
            expect(1, "MM-DD");
            month_day_in(words[0], rule, line);
            break;
        case Kind::nth_weekday:
            expect(3, "MM WEEKDAY N (1 to 4, or last)");
            rule.month = number_between(words[0], 1, 12, line, "the month");
            rule.weekday = weekday_in(words[1], line);
            rule.day = words[2] == "last" ? -1 : number_between(words[2], 1, 4, line, "the weekday's rank");
            break;
        case Kind::easter:
        case Kind::orthodox_easter:
            expect(1, "the days after Easter Sunday (+0, -2, +49)");
            rule.offset = number_between(words[0], -400, 400, line, "the offset");
            break;
        case Kind::hebrew:
        case Kind::islamic:
        case Kind::chinese:
            expect(2, "MONTH D");
            rule.month = rule.kind == Kind::chinese  ? number_between(words[0], 1, 12, line, "the month")
                         : rule.kind == Kind::hebrew ? month_in(hebrew_months, words[0], line, "Hebrew")
                                                     : month_in(islamic_months, words[0], line, "Islamic");
            rule.day = number_between(words[1], 1, 29, line, "the day of a lunar month");
            break;
    }
}

// "sat+1", "mon+1:2004".
Move move_in(std::string_view word, int line) {
    const auto sign = word.find_first_of("+-");
    const auto colon = word.find(':');
    if (sign == std::string_view::npos || (colon != std::string_view::npos && colon < sign)) {
        refuse(line, fmt::format("expected a move as WEEKDAY+N or WEEKDAY-N, optionally :YEAR, not '{}'", word));
    }
    Move move{weekday_in(word.substr(0, sign), line), 0, 0};
    move.days = number_between(word.substr(sign, colon - sign), -6, 6, line, "a move");
    if (colon != std::string_view::npos) {
        move.since = number_between(word.substr(colon + 1), 1583, 9999, line, "a move's first year");
    }
    return move;
}

// A rule row: name, holiday, rule, date, days, moves, since.
Rule rule_in(const text::TsvRow& row) {
    const auto& cells = row.cells;
    Rule rule;
    const auto* kind =
        std::find_if(kind_names.begin(), kind_names.end(), [&](const auto& entry) { return entry.first == cells[2]; });
    if (kind == kind_names.end()) {
        refuse(row.line, fmt::format("unknown rule '{}' (gregorian, weekday, easter, orthodox-easter, julian, "
                                     "hebrew, islamic, chinese)",
                                     cells[2]));
    }
    rule.kind = kind->second;
    date_in(cells[3], rule, row.line);
    const bool lunar = rule.kind == Kind::hebrew || rule.kind == Kind::islamic || rule.kind == Kind::chinese;
    if (cells[4] == "month" && !lunar) {
        refuse(row.line, "`month` is the length of a Hebrew, Islamic or Chinese month only");
    }
    rule.days = cells[4] == "month" ? 0 : number_between(cells[4], 1, 400, row.line, "the length in days");
    if (cells[5] != "-") {
        for (const auto word : text::split(cells[5], ' ')) {
            rule.moves.push_back(move_in(word, row.line));
        }
    }
    if (cells[6] != "-") {
        rule.since = number_between(cells[6], 1583, 9999, row.line, "the first year");
    }
    return rule;
}

// A name as find() compares it: ASCII lower case, curly apostrophes (U+2018,
// U+2019) straight, every run of spaces, no-break spaces (U+00A0) and
// hyphens one space.
std::string comparable(std::string_view words) {
    constexpr std::string_view no_break_space = "\u00a0";
    constexpr std::string_view curly_apostrophes[] = {"\u2019", "\u2018"};
    std::string out;
    out.reserve(words.size());
    std::size_t i = 0;
    while (i < words.size()) {
        const std::string_view rest = words.substr(i);
        if (rest.front() == ' ' || rest.front() == '-' || rest.starts_with(no_break_space)) {
            if (!out.ends_with(' ')) {
                out += ' ';
            }
            i += rest.starts_with(no_break_space) ? no_break_space.size() : 1;
        } else if (rest.starts_with(curly_apostrophes[0]) || rest.starts_with(curly_apostrophes[1])) {
            out += '\'';
            i += curly_apostrophes[0].size();
        } else {
            out += text::ascii_lower(rest.front());
            ++i;
        }
    }
    return out;
}

struct Table {
    std::vector<Holiday> holidays;                            // one per rule row, in table order
    std::map<std::string, std::size_t, std::less<>> by_name;  // comparable(name) -> index in holidays
    std::vector<std::string_view> names;                      // as written, in table order
};

// A name as rows write it: the form comparable() gives, with its hyphens.
void check_name(std::string_view name, int line) {
    std::string hyphens_as_spaces(name);
    std::replace(hyphens_as_spaces.begin(), hyphens_as_spaces.end(), '-', ' ');
    if (name.empty() || comparable(name) != hyphens_as_spaces || name.front() == ' ' || name.back() == ' ' ||
        name.front() == '-' || name.back() == '-') {
        refuse(line, fmt::format("'{}': a name is written in lower case, with straight apostrophes and one space "
                                 "or hyphen between words",
                                 name));
    }
}

Table read_rows(std::string_view tsv) {
    Table table;
    std::map<std::string_view, std::size_t, std::less<>> by_holiday;  // canonical name -> index in holidays
    std::vector<std::pair<const text::TsvRow*, std::string_view>> names;
    const auto rows = text::numbered_tsv_rows(tsv);
    for (const auto& row : rows) {
        if (row.cells.size() != 2 && row.cells.size() != 7) {
            refuse(row.line, fmt::format("a row needs 7 columns (name, holiday, rule, date, days, moves, since) "
                                         "or 2 (name, holiday), not {}",
                                         row.cells.size()));
        }
        check_name(row.cells[0], row.line);
        if (row.cells.size() == 7) {
            if (!by_holiday.emplace(row.cells[1], table.holidays.size()).second) {
                refuse(row.line, fmt::format("a second rule for '{}'", row.cells[1]));
            }
            table.holidays.push_back(Holiday{row.cells[1], rule_in(row)});
        }
        names.emplace_back(&row, row.cells[1]);
    }
    for (const auto& [row, holiday] : names) {
        const auto found = by_holiday.find(holiday);
        if (found == by_holiday.end()) {
            refuse(row->line, fmt::format("no row gives the rule of '{}'", holiday));
        }
        if (!table.by_name.emplace(comparable(row->cells[0]), found->second).second) {
            refuse(row->line, fmt::format("'{}' is listed twice", row->cells[0]));
        }
        table.names.push_back(row->cells[0]);
    }
    return table;
}

Table read_table(std::string_view tsv, std::string_view file) {
    try {
        return read_rows(tsv);
    } catch (const Refusal& refusal) {
        throw std::logic_error(fmt::format("{}:{}: {}", file, refusal.line, refusal.message));
    }
}

const Table& table() {
    static const Table read = read_table(data::holidays_tsv(), "data/holidays.tsv");
    return read;
}

}  // namespace

const Holiday* find(std::string_view words) {
    const auto& read = table();
    const auto found = read.by_name.find(comparable(words));
    return found == read.by_name.end() ? nullptr : &read.holidays[found->second];
}

std::vector<std::string_view> names() {
    return table().names;
}

std::size_t check_table(std::string_view tsv, std::string_view file) {
    return read_table(tsv, file).holidays.size();
}

}  // namespace claimcheck::holidays
