// parse_date (value.hpp): the date grammar's AST turned into the set of days
// it allows, resolved against the source's publication date.
#include <array>
#include <chrono>
#include <cstdio>
#include <string>

#include "grammar/convert.hpp"
#include "grammar/date.hpp"
#include "grammar/text.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;
namespace chr = std::chrono;

namespace {

constexpr std::array<char const*, 7> weekday_words{"Sunday",   "Monday", "Tuesday", "Wednesday",
                                                   "Thursday", "Friday", "Saturday"};
constexpr std::array<char const*, 12> month_words{"January",   "February", "March",    "April",
                                                  "May",       "June",     "July",     "August",
                                                  "September", "October",  "November", "December"};

std::size_t offset_of(char const* where, char const* begin) {
    return where ? static_cast<std::size_t>(where - begin) : 0;
}

ParseError error_at(char const* where, char const* begin, std::string message) {
    return ParseError{offset_of(where, begin), std::move(message)};
}

std::string iso(Day day) {
    chr::year_month_day const ymd{day};
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf.data();
}

std::string weekday_word(chr::weekday wd) {
    return weekday_words[wd.c_encoding()];
}

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The most recent `wd` on or before `day`.
Day on_or_before(Day day, chr::weekday wd) {
    return day - (chr::weekday{day} - wd);
}

Day month_end(chr::year y, chr::month m) {
    return Day{chr::year_month_day_last{y, chr::month_day_last{m}}};
}

// Adds whole months, keeping the day where the month has it ("Mar 31" - 1 month → Feb 28/29).
Day add_months(Day day, int months) {
    chr::year_month_day const ymd{day};
    auto const target = chr::year_month{ymd.year(), ymd.month()} + chr::months{months};
    auto const last = chr::year_month_day_last{target.year(), chr::month_day_last{target.month()}}.day();
    return Day{chr::year_month_day{target.year(), target.month(), std::min(ymd.day(), last)}};
}

class Converter {
  public:
    Converter(DateContext const& context, char const* begin) : context_(context), begin_(begin) {}

    std::variant<DateValue, ParseError> operator()(ast::date const& d) const {
        DateValue v;
        if (d.weekday.index < 7) {
            v.weekday = chr::weekday{d.weekday.index};
        }
        if (!d.has_when) {
            // A weekday alone: the most recent such day on or before publication.
            if (context_.published) {
                v.first = v.last = on_or_before(Day{*context_.published}, *v.weekday);
            } else {
                v.first = Day::min();
                v.last = Day::max();
                v.bounded = false;
            }
        } else {
            auto resolved = d.is_relative ? relative(d) : calendar(d);
            if (auto const* e = std::get_if<ParseError>(&resolved)) {
                return *e;
            }
            auto const [first, last] = std::get<std::pair<Day, Day>>(resolved);
            v.first = first;
            v.last = last;
            if (v.weekday) {
                // Trim the interval to the days that are this weekday.
                Day const trimmed_first = first + (*v.weekday - chr::weekday{first});
                Day const trimmed_last = on_or_before(last, *v.weekday);
                if (trimmed_first > last) {
                    if (first == last) {
                        return error_at(d.at, begin_,
                                        iso(first) + " is a " + weekday_word(chr::weekday{first}) + ", not a " +
                                            weekday_word(*v.weekday));
                    }
                    return error_at(
                        d.at, begin_,
                        "there is no " + weekday_word(*v.weekday) + " from " + iso(first) + " to " + iso(last));
                }
                v.first = trimmed_first;
                v.last = trimmed_last;
            }
        }
        v.canonical = canonical(v);
        return v;
    }

    static std::string canonical(DateValue const& v) {
        if (!v.bounded) {
            return v.weekday ? weekday_word(*v.weekday) : std::string{};
        }
        std::string out = v.weekday ? weekday_word(*v.weekday) + " " : std::string{};
        out += iso(v.first);
        if (v.last != v.first) {
            out += "/" + iso(v.last);
        }
        return out;
    }

  private:
    using Interval = std::variant<std::pair<Day, Day>, ParseError>;

    std::variant<Day, ParseError> published(ast::date const& d, std::string const& what) const {
        if (!context_.published) {
            return error_at(d.at, begin_, "'" + what + "' needs the source's `published` date");
        }
        return Day{*context_.published};
    }

    Interval relative(ast::date const& d) const {
        auto const& r = d.rel;
        std::string what = r.word;
        if (r.word == "last" || r.word == "this" || r.word == "next") {
            what = r.word + " " + r.unit;
        } else if (r.word != "today" && r.word != "yesterday" && r.word != "tomorrow") {
            what = text::shortest(r.count) + " " + r.unit + (r.count == 1 ? " " : "s ") + r.word;
        }
        auto anchor = published(d, what);
        if (auto const* e = std::get_if<ParseError>(&anchor)) {
            return *e;
        }
        Day const today = std::get<Day>(anchor);
        chr::year_month_day const ymd{today};

        if (r.word == "today") {
            return std::pair{today, today};
        }
        if (r.word == "yesterday") {
            return std::pair{today - chr::days{1}, today - chr::days{1}};
        }
        if (r.word == "tomorrow") {
            return std::pair{today + chr::days{1}, today + chr::days{1}};
        }
        if (r.word == "last" || r.word == "this" || r.word == "next") {
            int const shift = r.word == "last" ? -1 : (r.word == "next" ? 1 : 0);
            if (r.unit == "year") {
                chr::year const y = ymd.year() + chr::years{shift};
                return std::pair{Day{y / chr::January / 1}, Day{y / chr::December / 31}};
            }
            if (r.unit == "month") {
                auto const ym = chr::year_month{ymd.year(), ymd.month()} + chr::months{shift};
                return std::pair{Day{ym / 1}, month_end(ym.year(), ym.month())};
            }
            if (r.unit == "week") {  // weeks run Monday to Sunday
                Day const monday = on_or_before(today, chr::Monday) + chr::days{7 * shift};
                return std::pair{monday, monday + chr::days{6}};
            }
            Day const day = today + chr::days{shift};
            return std::pair{day, day};
        }
        // "3 days ago", "a week earlier", "two months later"
        if (r.count != static_cast<double>(static_cast<int>(r.count)) || r.count < 0 || r.count > 100000) {
            return error_at(d.at, begin_, "a relative date counts whole days, weeks, months or years");
        }
        int const n = static_cast<int>(r.count) * ((r.word == "later" || r.word == "after") ? 1 : -1);
        Day day = today;
        if (r.unit == "day") {
            day = today + chr::days{n};
        } else if (r.unit == "week") {
            day = today + chr::days{7 * n};
        } else if (r.unit == "month") {
            day = add_months(today, n);
        } else {
            day = add_months(today, 12 * n);
        }
        return std::pair{day, day};
    }

    // A calendar date with every part known, or an error naming it.
    std::variant<Day, ParseError> make_day(ast::calendar const& c, int year, char const* at) const {
        chr::year_month_day const ymd{chr::year{year}, chr::month{c.month}, chr::day{c.day}};
        if (c.month < 1 || c.month > 12) {
            return error_at(at, begin_, "there is no month " + std::to_string(c.month));
        }
        if (!ymd.ok()) {
            return error_at(c.day_at ? c.day_at : at, begin_,
                            std::string(month_words[c.month - 1]) + " " + std::to_string(c.day) + ", " +
                                std::to_string(year) + " is not a date");
        }
        return Day{ymd};
    }

    // The year of a date written without one ("Jan. 13"): the one that puts
    // it nearest to publication.
    std::variant<int, ParseError> implied_year(ast::date const& d) const {
        if (!context_.published) {
            return error_at(d.at, begin_, "a date without a year needs a year or the source's `published` date");
        }
        Day const anchor{*context_.published};
        int const py = static_cast<int>(context_.published->year());
        int best = py;
        long best_distance = -1;
        for (int y : {py - 1, py, py + 1}) {
            chr::year_month_day const ymd{chr::year{y}, chr::month{d.from.month}, chr::day{std::min(d.from.day, 28U)}};
            long const distance = std::abs((Day{ymd} - anchor).count());
            if (best_distance < 0 || distance < best_distance) {
                best_distance = distance;
                best = y;
            }
        }
        return best;
    }

    Interval calendar(ast::date const& d) const {
        auto const& f = d.from;
        auto const& t = d.to;
        if (f.month == 0) {  // "2026", "1910-1945"
            int const last_year = d.is_range ? t.year : f.year;
            if (last_year < f.year) {
                return error_at(d.at, begin_, "the range ends before it starts");
            }
            return std::pair{Day{chr::year{f.year} / chr::January / 1}, Day{chr::year{last_year} / chr::December / 31}};
        }
        if (f.day == 0) {  // "January 2026"
            if (f.month > 12) {
                return error_at(f.at, begin_, "there is no month " + std::to_string(f.month));
            }
            chr::year const y{f.year};
            return std::pair{Day{y / chr::month{f.month} / 1}, month_end(y, chr::month{f.month})};
        }
        int year = f.year;
        if (year == 0) {
            auto implied = implied_year(d);
            if (auto const* e = std::get_if<ParseError>(&implied)) {
                return *e;
            }
            year = std::get<int>(implied);
        }
        auto first = make_day(f, year, f.at);
        if (auto const* e = std::get_if<ParseError>(&first)) {
            return *e;
        }
        Day last = std::get<Day>(first);
        if (d.is_range) {
            ast::calendar end = t;
            if (end.month == 0) {
                end.month = f.month;
            }
            int const end_year = t.year != 0 ? t.year : year;
            auto second = make_day(end, end_year, t.at ? t.at : t.day_at);
            if (auto const* e = std::get_if<ParseError>(&second)) {
                return *e;
            }
            last = std::get<Day>(second);
            if (last < std::get<Day>(first)) {
                return error_at(t.day_at ? t.day_at : t.at, begin_, "the range ends before it starts");
            }
        }
        return std::pair{std::get<Day>(first), last};
    }

    DateContext const& context_;
    char const* begin_;
};

ParseError explain_start(char const* begin, char const* p, char const* end) {
    if (p == end) {
        return error_at(p, begin, "expected a date, found an empty value");
    }
    char const* word_end = p;
    while (word_end != end && ((*word_end >= 'a' && *word_end <= 'z') || (*word_end >= 'A' && *word_end <= 'Z'))) {
        ++word_end;
    }
    if (word_end == p) {
        return error_at(p, begin, "expected a date");
    }
    std::string const word = text::lower(std::string_view(p, static_cast<std::size_t>(word_end - p)));
    auto const hint = detail::closest(word, parser::date_word_names());
    if (!hint.empty() && hint != word) {
        return error_at(p, begin, "unknown word '" + word + "', did you mean '" + hint + "'?");
    }
    if (!hint.empty()) {
        return error_at(p, begin, "expected a date after '" + word + "'");
    }
    return error_at(p, begin, "expected a date, found '" + word + "'");
}

}  // namespace

namespace detail {

std::variant<DateValue, ParseError> to_date(ast::date const& tree, DateContext const& context, char const* begin) {
    return Converter{context, begin}(tree);
}

}  // namespace detail

std::variant<DateValue, ParseError> parse_date(std::string_view value, DateContext context) {
    char const* const begin = value.data();
    char const* const end = begin + value.size();
    char const* first = begin;
    ast::date tree;
    try {
        if (!x3::phrase_parse(first, end, parser::date_value(), x3::ascii::space, tree)) {
            char const* p = begin;
            while (p != end && is_space(*p)) {
                ++p;
            }
            return explain_start(begin, p, end);
        }
    } catch (x3::expectation_failure<char const*> const& failure) {
        char const* where = failure.where();
        while (where != end && is_space(*where)) {  // the failure is reported before skipping
            ++where;
        }
        if (where == end) {
            return error_at(where, begin, "expected " + failure.which() + " at the end of the value");
        }
        return error_at(where, begin, "expected " + failure.which());
    }
    return detail::to_date(tree, context, begin);
}

}  // namespace claimcheck::grammar
