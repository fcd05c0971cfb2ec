// Holidays by name and their days: known dates of each calendar (published
// calendars, not this code), the name variants news copy writes, and every
// row of data/holidays.tsv read and computed over the years stories cite.
#include "embedded/holidays_tsv.hpp"
#include "holidays/holidays.hpp"
#include "util/calendar.hpp"
#include "util/text.hpp"
#include "util/tsv.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>

using namespace claimcheck;
using namespace std::chrono;

namespace {

// "2025-11-27", "2024-12-26..2025-01-02", "none" (no day that year) or
// "unknown" (no such name).
std::string days_of(std::string_view name, int year) {
    const holidays::Holiday* holiday = holidays::find(name);
    if (holiday == nullptr) {
        return "unknown";
    }
    const auto span = holidays::days_in(*holiday, year);
    if (!span) {
        return "none";
    }
    const auto [first, last] = *span;
    return calendar::iso_date(first) + (first == last ? "" : ".." + calendar::iso_date(last));
}

}  // namespace

TEST_CASE("Gregorian fixed days and weekdays of a month") {
    CHECK(days_of("christmas", 2025) == "2025-12-25");
    CHECK(days_of("new year's eve", 2025) == "2025-12-31");
    CHECK(days_of("fourth of july", 2026) == "2026-07-04");
    CHECK(days_of("thanksgiving", 2025) == "2025-11-27");
    CHECK(days_of("thanksgiving", 2024) == "2024-11-28");
    CHECK(days_of("black friday", 2025) == "2025-11-28");
    CHECK(days_of("mlk day", 2025) == "2025-01-20");
    CHECK(days_of("presidents' day", 2025) == "2025-02-17");
    CHECK(days_of("memorial day", 2025) == "2025-05-26");
    CHECK(days_of("memorial day", 2024) == "2024-05-27");
    CHECK(days_of("labor day", 2025) == "2025-09-01");
    CHECK(days_of("us mother's day", 2025) == "2025-05-11");
    CHECK(days_of("father's day", 2025) == "2025-06-15");
    // King's Day on a Sunday is kept the Saturday before; it began in 2014.
    CHECK(days_of("koningsdag", 2018) == "2018-04-27");
    CHECK(days_of("king's day", 2014) == "2014-04-26");
    CHECK(days_of("king's day", 2025) == "2025-04-26");
    CHECK(days_of("king's day", 2013) == "none");
    CHECK(days_of("mlk day", 1985) == "none");
}

TEST_CASE("Western and Orthodox Easter and the days counted from them") {
    CHECK(days_of("easter", 2024) == "2024-03-31");
    CHECK(days_of("easter", 2025) == "2025-04-20");
    CHECK(days_of("easter", 2019) == "2019-04-21");
    CHECK(days_of("easter", 2000) == "2000-04-23");
    CHECK(days_of("easter", 1818) == "1818-03-22");  // the earliest it can be
    CHECK(days_of("easter", 2038) == "2038-04-25");  // the latest
    CHECK(days_of("good friday", 2025) == "2025-04-18");
    CHECK(days_of("ash wednesday", 2025) == "2025-03-05");
    CHECK(days_of("shrove tuesday", 2025) == "2025-03-04");
    CHECK(days_of("lent", 2025) == "2025-03-05..2025-04-19");
    CHECK(days_of("ascension day", 2025) == "2025-05-29");
    CHECK(days_of("pentecost", 2025) == "2025-06-08");
    CHECK(days_of("whit monday", 2025) == "2025-06-09");
    CHECK(days_of("orthodox easter", 2024) == "2024-05-05");
    CHECK(days_of("orthodox easter", 2025) == "2025-04-20");
    CHECK(days_of("orthodox easter", 2023) == "2023-04-16");
    CHECK(days_of("orthodox easter", 2021) == "2021-05-02");
    CHECK(days_of("clean monday", 2024) == "2024-03-18");
    CHECK(days_of("orthodox christmas", 2025) == "2025-01-07");
}

TEST_CASE("Easter is a Sunday from 22 March to 25 April, Orthodox Easter a Sunday never before it") {
    for (int y = 1583; y <= 2600; ++y) {
        CAPTURE(y);
        const auto western = holidays::days_in(*holidays::find("easter"), y);
        const auto orthodox = holidays::days_in(*holidays::find("orthodox easter"), y);
        REQUIRE(western);
        REQUIRE(orthodox);
        CHECK(weekday{western->first} == Sunday);
        CHECK(weekday{orthodox->first} == Sunday);
        CHECK(western->first >= sys_days{std::chrono::year{y} / March / 22});
        CHECK(western->first <= sys_days{std::chrono::year{y} / April / 25});
        CHECK(orthodox->first >= western->first);
    }
}

TEST_CASE("Hebrew calendar days, Adar II in a leap year, and the moved days of Israel's calendar") {
    CHECK(days_of("yom kippur", 2025) == "2025-10-02");
    CHECK(days_of("rosh hashanah", 2025) == "2025-09-23..2025-09-24");
    CHECK(days_of("rosh hashanah", 2024) == "2024-10-03..2024-10-04");
    CHECK(days_of("hanukkah", 2024) == "2024-12-26..2025-01-02");
    CHECK(days_of("hanukkah", 2025) == "2025-12-15..2025-12-22");
    CHECK(days_of("passover", 2025) == "2025-04-13..2025-04-20");
    CHECK(days_of("purim", 2025) == "2025-03-14");
    CHECK(days_of("purim", 2024) == "2024-03-24");  // 5784 is a leap year: 14 Adar II
    CHECK(days_of("tisha b'av", 2025) == "2025-08-03");
    CHECK(days_of("tisha b'av", 2018) == "2018-07-22");     // 9 Av a Saturday
    CHECK(days_of("yom haatzmaut", 2025) == "2025-05-01");  // 5 Iyar a Saturday
    CHECK(days_of("yom haatzmaut", 2014) == "2014-05-06");  // 5 Iyar a Monday
    CHECK(days_of("yom hashoah", 2014) == "2014-04-28");    // 27 Nisan a Sunday
    CHECK(days_of("yom hashoah", 2018) == "2018-04-12");
    // Rosh Hashanah never falls on a Sunday, Wednesday or Friday, nor Yom
    // Kippur on a Friday or Sunday.
    for (int year = 1990; year <= 2040; ++year) {
        CAPTURE(year);
        const weekday rosh{holidays::days_in(*holidays::find("rosh hashanah"), year)->first};
        const weekday kippur{holidays::days_in(*holidays::find("yom kippur"), year)->first};
        CHECK((rosh != Sunday && rosh != Wednesday && rosh != Friday));
        CHECK((kippur != Friday && kippur != Sunday));
    }
}

TEST_CASE("Islamic calendar days by Umm al-Qura, the first of two in a Gregorian year") {
    CHECK(days_of("ramadan", 2025) == "2025-03-01..2025-03-29");
    CHECK(days_of("eid al-fitr", 2025) == "2025-03-30");
    CHECK(days_of("ramadan", 2024) == "2024-03-11..2024-04-09");
    CHECK(days_of("eid al-fitr", 2024) == "2024-04-10");
    CHECK(days_of("eid al-adha", 2024) == "2024-06-16");
    CHECK(days_of("eid al-adha", 2025) == "2025-06-06");
    CHECK(days_of("islamic new year", 2025) == "2025-06-26");
    // 1 Shawwal 1454 and 1455 both fall in 2033: the January one.
    const auto eid_2033 = holidays::days_in(*holidays::find("eid al-fitr"), 2033);
    REQUIRE(eid_2033);
    CHECK(year_month_day{eid_2033->first}.month() == January);
    // Jumu'atul-Wida is the last Friday of Ramadan: a Friday in the week
    // before Eid al-Fitr (where the year's first Eid is the one after it).
    CHECK(days_of("jumu'atul-wida", 2025) == "2025-03-28");
    CHECK(days_of("jamat-ul-vida", 2018) == "2018-06-08");
    for (int y = 1990; y <= 2040; ++y) {
        CAPTURE(y);
        const auto friday = holidays::days_in(*holidays::find("jumu'atul-wida"), y)->first;
        const auto eid = holidays::days_in(*holidays::find("eid al-fitr"), y)->first;
        CHECK(weekday{friday} == Friday);
        if (eid > friday) {
            CHECK(eid - friday <= days{7});
        }
    }
    // Umm al-Qura runs from 1300 to 1600 AH.
    CHECK(days_of("eid al-fitr", 1882) == "none");
    CHECK(days_of("eid al-fitr", 1883) != "none");
    CHECK(days_of("eid al-fitr", 2174) != "none");
    CHECK(days_of("eid al-fitr", 2175) == "none");
}

TEST_CASE("Chinese calendar days, from 1929 to 2100") {
    CHECK(days_of("chinese new year", 2025) == "2025-01-29");
    CHECK(days_of("chinese new year", 2024) == "2024-02-10");
    CHECK(days_of("chinese new year", 2023) == "2023-01-22");
    CHECK(days_of("lunar new year", 2026) == "2026-02-17");
    CHECK(days_of("lantern festival", 2025) == "2025-02-12");
    CHECK(days_of("dragon boat festival", 2025) == "2025-05-31");
    CHECK(days_of("mid-autumn festival", 2025) == "2025-10-06");
    CHECK(days_of("chinese new year", 1928) == "none");
    CHECK(days_of("chinese new year", 2101) == "none");
}

TEST_CASE("every calendar is computed from 1583 to 9999 only") {
    CHECK(days_of("christmas", 1582) == "none");
    CHECK(days_of("christmas", 1583) == "1583-12-25");
    CHECK(days_of("yom kippur", 9999) != "none");
    CHECK(days_of("easter", 10000) == "none");
    CHECK(days_of("passover", -1) == "none");
}

TEST_CASE("names: case, apostrophes, spaces and hyphens, and the spellings listed") {
    CHECK(holidays::find("Christmas")->name == "Christmas Day");
    CHECK(holidays::find("XMAS")->name == "Christmas Day");
    CHECK(holidays::find("christmas day")->name == "Christmas Day");
    CHECK(holidays::find("new year’s eve")->name == "New Year's Eve");
    CHECK(holidays::find("New Years Eve")->name == "New Year's Eve");
    CHECK(holidays::find("new  year's \u00a0 eve")->name == "New Year's Eve");
    CHECK(holidays::find("Thanksgiving Day")->name == "Thanksgiving Day");
    CHECK(holidays::find("MLK Day")->name == "Martin Luther King Jr. Day");
    CHECK(holidays::find("Martin Luther King Day")->name == "Martin Luther King Jr. Day");
    CHECK(holidays::find("Martin Luther King Jr. Day")->name == "Martin Luther King Jr. Day");
    CHECK(holidays::find("Rosh Hashana")->name == "Rosh Hashanah");
    CHECK(holidays::find("Chanukah")->name == "Hanukkah");
    CHECK(holidays::find("hanukah")->name == "Hanukkah");
    CHECK(holidays::find("Eid al Fitr")->name == "Eid al-Fitr");
    CHECK(holidays::find("EID-AL-FITR")->name == "Eid al-Fitr");
    CHECK(holidays::find("eid - al - fitr")->name == "Eid al-Fitr");
    CHECK(holidays::find("id ul-adha")->name == "Eid al-Adha");
    CHECK(holidays::find("Bakr Id")->name == "Eid al-Adha");
    CHECK(holidays::find("sacrifice feast")->name == "Eid al-Adha");
    CHECK(holidays::find("Lunar New Year")->name == "Chinese New Year");
    CHECK(holidays::find("chinese lunar new year’s day")->name == "Chinese New Year");
    CHECK(holidays::find("Passover")->name == "Passover");
    CHECK(holidays::find("Presidents Day")->name == "Presidents' Day");
    CHECK(holidays::find("St. Patrick's Day")->name == "St Patrick's Day");
    CHECK(holidays::find("tisha b‘av")->name == "Tisha B'Av");

    CHECK(holidays::find("diwali") == nullptr);  // a Hindu lunisolar date: left out
    CHECK(holidays::find("christmass") == nullptr);
    CHECK(holidays::find("christmas 2025") == nullptr);
    CHECK(holidays::find("new year") == nullptr);
    CHECK(holidays::find("xmas.") == nullptr);
    CHECK(holidays::find("") == nullptr);
}

TEST_CASE("holidays.tsv: every name is found, lower case, once, and every holiday has its days 1990 to 2040") {
    const auto rows = text::tsv_rows(data::holidays_tsv());
    const auto rule_rows = std::count_if(rows.begin(), rows.end(), [](const auto& row) { return row.size() == 7; });
    const auto all = holidays::names();
    CHECK(all.size() == rows.size());
    std::set<std::string_view> seen;
    std::set<const holidays::Holiday*> found;
    for (const auto name : all) {
        CAPTURE(name);
        CHECK(seen.insert(name).second);
        CHECK(text::ascii_lower(name) == name);
        const auto* holiday = holidays::find(name);
        REQUIRE(holiday != nullptr);
        found.insert(holiday);
    }
    CHECK(found.size() == static_cast<std::size_t>(rule_rows));
    for (const auto* holiday : found) {
        // Rows with a first year after 1990 (King's Day, Cyber Monday) start there.
        for (int year = std::max(1990, holiday->rule.since); year <= 2040; ++year) {
            CAPTURE(holiday->name, year);
            const auto span = holidays::days_in(*holiday, year);
            REQUIRE(span);
            CHECK(static_cast<int>(year_month_day{span->first}.year()) == year);
            const auto length = (span->second - span->first).count() + 1;
            if (holiday->rule.days == 0) {
                CHECK((length == 29 || length == 30));
            } else {
                CHECK(length == holiday->rule.days);
            }
        }
    }
}

TEST_CASE("holidays.tsv's form: a bad row is refused with the file and its line") {
    const std::string header = "#name\tholiday\trule\tdate\tdays\tmoves\tsince\n";
    CHECK(holidays::check_table(header + "xmas\tChristmas Day\n"
                                         "christmas\tChristmas Day\tgregorian\t12-25\t1\t-\t-\n",
                                "t.tsv") == 1);
    const auto refused = [&](const std::string& row) {
        try {
            holidays::check_table(header + row, "t.tsv");
        } catch (const std::logic_error& error) {
            return std::string(error.what());
        }
        return std::string("read");
    };
    CHECK(refused("xmas\tChristmas Day\n") == "t.tsv:2: no row gives the rule of 'Christmas Day'");
    CHECK(refused("a\tA\tgregorian\t02-29\t1\t-\t-\n") == "t.tsv:2: 02-29 is not a day every year has");
    CHECK(refused("a\tA\tgregorian\t12-25\t1\t-\n") ==
          "t.tsv:2: a row needs 7 columns (name, holiday, rule, date, days, moves, since) or 2 (name, holiday), "
          "not 6");
    CHECK(refused("a\tA\tlunar\t1 1\t1\t-\t-\n") ==
          "t.tsv:2: unknown rule 'lunar' (gregorian, weekday, easter, orthodox-easter, julian, hebrew, islamic, "
          "chinese)");
    CHECK(refused("a\tA\thebrew\tadar-i 14\t1\t-\t-\n")
              .starts_with("t.tsv:2: 'adar-i' is not a month of the Hebrew calendar (tishri, heshvan,"));
    CHECK(refused("a\tA\tislamic\tramadan 30\t1\t-\t-\n") ==
          "t.tsv:2: the day of a lunar month must be a whole number from 1 to 29, not '30'");
    CHECK(refused("a\tA\tweekday\t11 thu 5\t1\t-\t-\n") ==
          "t.tsv:2: the weekday's rank must be a whole number from 1 to 4, not '5'");
    CHECK(refused("a\tA\tgregorian\t12-25\tmonth\t-\t-\n") ==
          "t.tsv:2: `month` is the length of a Hebrew, Islamic or Chinese month only");
    CHECK(refused("a\tA\tgregorian\t12-25\t1\tsat+1:1400\t-\n") ==
          "t.tsv:2: a move's first year must be a whole number from 1583 to 9999, not '1400'");
    CHECK(refused("a\tA\tgregorian\t12-25\t1\tsaturday\t-\n") ==
          "t.tsv:2: expected a move as WEEKDAY+N or WEEKDAY-N, optionally :YEAR, not 'saturday'");
    CHECK(refused("Xmas\tA\tgregorian\t12-25\t1\t-\t-\n") ==
          "t.tsv:2: 'Xmas': a name is written in lower case, with straight apostrophes and one space or hyphen "
          "between words");
    CHECK(refused("a\tA\tgregorian\t12-25\t1\t-\t-\nb\tA\tgregorian\t12-26\t1\t-\t-\n") ==
          "t.tsv:3: a second rule for 'A'");
    CHECK(refused("a b\tA\tgregorian\t12-25\t1\t-\t-\na-b\tA\n") == "t.tsv:3: 'a-b' is listed twice");
}
