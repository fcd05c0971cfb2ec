// The date rule group's words as the scanner and the hints need them: the
// first words a date in running text can start with, whether a text can
// hold a date's digits at all (scan.cpp), and the words "did you mean"
// offers.
#include "grammar/date/words.hpp"

namespace claimcheck::grammar::parser {

bool may_start_date(const char* p, const char* end) {
    // Every table and keyword that can come first in date_in_text (or in a
    // whole value): approaches, month and weekday names, relative words,
    // period words ("Q2", "H1", "FY26", "the second quarter", "early 2025", "the end of March",
    // "fiscal 2026", "in March", "summer"), clock words ("noon", "half past",
    // "a quarter to") and counts ("three
    // days ago", "a week earlier").
    static const first_words first({"the", "in", "on", "at", "fy", "q", "h", "overnight", "a", "an", "half", "quarter"},
                                   clock_words, approaches, month_names, weekday_names, full_weekday_names, day_words,
                                   period_refs, within_refs, day_part_prefixes, period_ordinals, season_words,
                                   fiscal_words, period_thirds, unit_words, teen_words, tens_words);
    return first.may_start(p, end);
}

namespace {

using text::is_ascii_digit;

// Could the digits [run, after) be a date's? A year or a longer run
// ("2025", "2025-04-10", "the 1990s", "mid-2025"), a period's index glued to
// its letter ("Q2", "H1", "FY26", "FY'26"), or an hour: before ':' ("4:10"),
// or before a.m. or p.m. ("9 p.m.", "4.10am"). Every clock, year_number,
// iso_date and calendar_period rule reads its digits in one of these shapes.
bool date_digits(const char* begin, const char* run, const char* after, const char* end) {
    if (after - run >= 4) {
        return true;
    }
    if (run != begin) {
        const int letter = encoding::tolower(run[-1]);
        if (letter == 'q' || letter == 'h' || letter == 'y' || letter == '\'') {
            return true;
        }
    }
    const char* p = after;
    if (p != end && *p == ':') {
        return true;
    }
    if (end - p >= 3 && *p == '.' && is_ascii_digit(p[1]) && is_ascii_digit(p[2])) {
        p += 3;  // "4.10am"
    }
    while (p != end && (*p == ' ' || *p == '\t')) {
        ++p;
    }
    if (p == end || (encoding::tolower(*p) != 'a' && encoding::tolower(*p) != 'p')) {
        return false;
    }
    ++p;
    if (p != end && *p == '.') {
        ++p;
    }
    return p != end && encoding::tolower(*p) == 'm';
}

}  // namespace

bool may_hold_date_digits(std::string_view text) {
    // A time of day, a named period or a calendar date with a month has its
    // digits in a date's shape (date_digits), a month name ("January 13",
    // "the three months to June"), a clock word ("noon") or a year's division
    // ("the second quarter") among its words: scan.cpp's holds_date_digits
    // checks each date it keeps against this.
    static const first_words markers({}, month_names, clock_words, year_divisions);
    const char* const begin = text.data();
    const char* const end = begin + text.size();
    const char* p = begin;
    while (p != end) {
        if (is_ascii_digit(*p)) {
            const char* const run = p;
            while (p != end && is_ascii_digit(*p)) {
                ++p;
            }
            if (date_digits(begin, run, p, end)) {
                return true;
            }
            continue;
        }
        if (text::is_ascii_letter(*p) && (p == begin || !text::is_ascii_letter(p[-1])) && markers.word_at(p, end)) {
            return true;
        }
        ++p;
    }
    return false;
}

std::vector<std::string> date_word_names() {
    return table_words({"on", "in", "at", "ago", "earlier", "later", "last", "next", "this", "noon", "midnight",
                        "overnight", "local", "quarter", "half", "the"},
                       fiscal_words, month_names, weekday_names, day_words, day_part_words, day_part_prefixes,
                       approaches);
}

}  // namespace claimcheck::grammar::parser
