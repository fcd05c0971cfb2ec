// Holidays by name (docs/grammar.md "Holidays"): the name as the rules read
// it, and the days of the occurrence a value means, from src/holidays.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "grammar/date/convert.hpp"
#include "grammar/date/words.hpp"
#include "grammar/text.hpp"
#include "holidays/holidays.hpp"
#include "util/text.hpp"

namespace claimcheck::grammar::parser {

namespace {

// The longest name of the table, in bytes: no name is looked for past it.
constexpr std::size_t longest_name = 64;

bool separator(char c) {
    return c == ' ' || c == '-' || c == ',' || c == '\t';
}

// The first words of the names, lower case (views into the table's text):
// a value whose first word is none of them is no holiday, and costs one
// lookup without an allocation.
const std::unordered_set<std::string_view>& holiday_first_words() {
    static const std::unordered_set<std::string_view> words = [] {
        std::unordered_set<std::string_view> out;
        for (const auto name : holidays::names()) {
            const auto end = std::find_if(name.begin(), name.end(), separator);
            out.insert(name.substr(0, static_cast<std::size_t>(end - name.begin())));
        }
        return out;
    }();
    return words;
}

}  // namespace

const holidays::Holiday* holiday_name_at(const char*& first, const char* last) {
    if (first == last || !text::is_ascii_letter(*first)) {
        return nullptr;
    }
    std::array<char, 24> word{};
    std::size_t length = 0;
    bool ascii = true;  // a curly apostrophe ("Valentine’s") is folded by the lookup, not here
    for (const char* p = first; p != last && !separator(*p); ++p, ++length) {
        if (length == word.size()) {
            return nullptr;  // longer than any first word
        }
        ascii = ascii && static_cast<unsigned char>(*p) < 0x80;
        word[length] = static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
    }
    if (ascii && holiday_first_words().count(std::string_view(word.data(), length)) == 0) {
        return nullptr;
    }
    // Every place a name could end: before a separator or a full stop, or
    // at the end, where a word ends; the longest that names a holiday wins.
    const char* const limit = last - first > static_cast<std::ptrdiff_t>(longest_name) ? first + longest_name : last;
    for (const char* end = limit; end > first; --end) {
        const bool ends_here = end == last || separator(*end) || *end == '.';
        if (!ends_here || !text::at_word_end(end, last) || separator(end[-1])) {
            continue;
        }
        if (const auto* found = holidays::find(std::string_view(first, static_cast<std::size_t>(end - first)))) {
            first = end;
            return found;
        }
    }
    return nullptr;
}

}  // namespace claimcheck::grammar::parser

namespace claimcheck::grammar::dates {

namespace {

using Found = std::optional<std::pair<Day, Day>>;

// Days between `day` and the occurrence: 0 inside it.
long distance(Day day, const std::pair<Day, Day>& days) {
    if (day < days.first) {
        return (days.first - day).count();
    }
    return day > days.second ? (day - days.second).count() : 0;
}

}  // namespace

Interval holiday(const Reading& rd, const ast::date& d) {
    const auto& h = d.holiday;
    const std::string name(h.which->name);
    const auto in = [&](int year) { return holidays::days_in(*h.which, year); };
    if (h.year >= 0) {
        if (h.year < 1583 || h.year > 9999) {
            return error_at(h.at, rd.begin,
                            fmt::format("holidays are read for the years 1583 to 9999 (the Gregorian calendar's), "
                                        "not {}: write the date",
                                        h.year));
        }
        if (const auto days = in(h.year)) {
            return Days{days->first, days->second};
        }
        return error_at(h.at, rd.begin, fmt::format("there is no {} in {}", name, h.year));
    }
    if (!rd.context.published) {
        return error_at(h.at, rd.begin, fmt::format("'{}' without a year needs the source's `published` date", name));
    }
    const Day published{*rd.context.published};
    const int year = int{rd.context.published->year()};
    if (h.of_relative_year) {
        const int of = year + (h.word == ast::Relation::next ? 1 : h.word == ast::Relation::last ? -1 : 0);
        if (const auto days = in(of)) {
            return Days{days->first, days->second};
        }
        return error_at(h.at, rd.begin, fmt::format("there is no {} in {}", name, of));
    }
    // The occurrences around publication, earliest first.
    std::vector<std::pair<Day, Day>> near;
    for (int y = year - 2; y <= year + 2; ++y) {
        if (const auto days = in(y)) {
            near.push_back(*days);
        }
    }
    Found chosen;
    if (h.relative && h.word == ast::Relation::this_) {
        chosen = in(year);  // "this Christmas": publication year's
    } else if (h.relative && h.word == ast::Relation::next) {
        const auto after = std::find_if(near.begin(), near.end(), [&](const auto& o) { return o.first > published; });
        chosen = after == near.end() ? Found{} : Found{*after};
    } else if (h.relative) {
        const auto before =
            std::find_if(near.rbegin(), near.rend(), [&](const auto& o) { return o.second < published; });
        chosen = before == near.rend() ? Found{} : Found{*before};
    } else if (!near.empty()) {
        // As a day without its year: the occurrence nearest publication (the earlier on a tie).
        chosen = *std::min_element(near.begin(), near.end(), [&](const auto& a, const auto& b) {
            return distance(published, a) < distance(published, b);
        });
    }
    if (!chosen) {
        return error_at(h.at, rd.begin, fmt::format("no {} near the source's `published` date", name));
    }
    return Days{chosen->first, chosen->second};
}

}  // namespace claimcheck::grammar::dates
