// Holidays named in news copy ("Thanksgiving 2025", "Eid al-Fitr", "Hanukkah
// 2024") and the days they cover in a Gregorian year. The names and rules
// are the rows of data/holidays.tsv; the rules count in the Gregorian
// calendar (fixed days, the nth weekday of a month), from Western or Orthodox
// Easter, in the Julian calendar, and in the Hebrew, Islamic (Umm al-Qura)
// and Chinese calendars through ICU. A service below the grammar, which
// reads the names; no Spirit, no claims.
#pragma once

#include <chrono>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck::holidays {

// What a rule counts from (the `rule` column of data/holidays.tsv).
enum class Kind {
    gregorian,        // a month and day of the Gregorian calendar (Christmas: 12-25)
    nth_weekday,      // the nth or last weekday of a Gregorian month (Thanksgiving: 4th Thursday of November)
    easter,           // Western Easter Sunday (Gregorian computus)
    orthodox_easter,  // Orthodox Easter Sunday (Julian computus), as a Gregorian day
    julian,           // a month and day of the Julian calendar (Orthodox Christmas: 12-25)
    hebrew,           // a month and day of the Hebrew calendar
    islamic,          // a month and day of the Islamic calendar, Umm al-Qura reckoning
    chinese,          // a month and day of the Chinese calendar (never a leap month)
};

// A move of a holiday's first day when it falls on a weekday: Tisha B'Av
// on a Saturday is kept on the Sunday (`sat+1`), King's Day on a Sunday the
// Saturday before (`sun-1`). `since` is the first Gregorian year the move
// applies (0: always).
struct Move {
    std::chrono::weekday on{};
    int days = 0;
    int since = 0;
};

// A holiday's rule: the day its calendar gives, then `offset` days added,
// then the first move whose weekday it falls on; it lasts `days` days.
struct Rule {
    Kind kind = Kind::gregorian;
    // The month in the calendar's own numbering: 1 to 12 for the Gregorian,
    // Julian and Chinese calendars; ICU's numbering for the Hebrew (0 =
    // Tishri … 6 = Adar, Adar II in a leap year … 12 = Elul) and Islamic
    // (0 = Muharram … 11 = Dhu al-Hijjah) calendars. Unused by Easter.
    int month = 0;
    // The day of the month; for nth_weekday the rank, 1 to 4 or -1 for the last.
    int day = 0;
    std::chrono::weekday weekday{};  // nth_weekday only
    int offset = 0;                  // days after (or, negative, before) the calendar's day
    int days = 1;                    // the length in days; 0 = to the end of the calendar's month (Ramadan)
    std::vector<Move> moves;
    int since = 0;  // the first Gregorian year the holiday is kept by this rule (0: any year)
};

struct Holiday {
    std::string_view name;  // the canonical English name, for messages and output: "Eid al-Fitr"
    Rule rule;
};

// The holiday one of whose names `words` is, or nullptr. Names are compared
// without regard to ASCII case, with straight and curly apostrophes (’ ‘)
// alike, and with every run of spaces, no-break spaces and hyphens alike
// ("Eid al-Fitr", "eid al fitr", "EID-AL-FITR"). Nothing else is folded:
// each spelling, with or without a possessive's "'s" or "s'" ("new year's
// eve", "new years eve"; "presidents' day", "presidents day") or a full
// stop ("st. patrick's day"), is a row of the table.
const Holiday* find(std::string_view words);

// The first and last day (inclusive) of the holiday's occurrence that starts
// in `gregorian_year`; when two start in it, the first (the Islamic year is
// eleven days shorter: Eid al-Fitr fell on 8 January and 27 December 2000,
// and falls on 3 January and 23 December 2033). Nothing when there is none
// that year: before the rule's `since`, or outside the years its calendar is
// computed for here:
//   - every calendar: Gregorian years 1583 (the first whole year of the
//     Gregorian calendar) to 9999;
//   - Islamic: the Islamic years 1300 to 1600 AH (1882-11-12 to 2174-11-25),
//     those of ICU's Umm al-Qura table; outside them ICU would fall back to
//     the arithmetic calendar, which is not Umm al-Qura;
//   - Chinese: Gregorian years 1929 to 2100. ICU reckons every year at UTC+8,
//     as China has done since 1929 (before, at Beijing's mean solar time,
//     which can move a new moon to the other day); the published tables end
//     in 2100.
std::optional<std::pair<std::chrono::sys_days, std::chrono::sys_days>> days_in(const Holiday& holiday,
                                                                               int gregorian_year);

// Every name of the table, in lower case as written there, in table order:
// the words a scanner may see a holiday start with.
std::vector<std::string_view> names();

// Reads `tsv` as data/holidays.tsv is read, strictly: the number of
// holidays it defines, or std::logic_error naming `file`, the line and what
// is wrong with the first row it refuses. data/holidays.tsv itself is read
// so on the first call of find() or names(); this is for tests of the form.
std::size_t check_table(std::string_view tsv, std::string_view file);

}  // namespace claimcheck::holidays
