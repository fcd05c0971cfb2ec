// Calendar days as every output writes them, and the one table of month and
// weekday names.
#include "util/calendar.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace std::chrono;

TEST_CASE("ISO dates are zero-padded year-month-day") {
    CHECK(calendar::iso_date(year{2026} / January / day{9}) == "2026-01-09");
    CHECK(calendar::iso_date(year{987} / December / day{31}) == "0987-12-31");
    CHECK(calendar::iso_date(sys_days{year{2026} / January / day{19}}) == "2026-01-19");
    CHECK(calendar::iso_date(year{0} / March / day{1}) == "0000-03-01");
    CHECK(calendar::iso_date(year{9999} / December / day{31}) == "9999-12-31");
    // Outside four digits, as fmt's {:04} pads them.
    CHECK(calendar::iso_date(year{10000} / January / day{1}) == "10000-01-01");
    CHECK(calendar::iso_date(year{-5} / January / day{1}) == "-005-01-01");
    CHECK(calendar::iso_date(year{2026} / month{13} / day{1}) == "2026-13-01");
    CHECK(calendar::iso_date(year{2026} / month{200} / day{1}) == "2026-200-01");
}

TEST_CASE("weekday names follow std::chrono's encoding, Sunday first") {
    CHECK(calendar::weekday_name(Sunday) == "Sunday");
    CHECK(calendar::weekday_name(weekday{sys_days{year{2026} / January / day{19}}}) == "Monday");
    CHECK(calendar::weekday_name(Saturday) == "Saturday");
}

TEST_CASE("month names: the full name prints, any name reads") {
    CHECK(calendar::month_name(1) == "January");
    CHECK(calendar::month_name(9) == "September");
    CHECK(calendar::month_name(12) == "December");
    for (unsigned m = 1; m <= 12; ++m) {
        CAPTURE(m);
        CHECK(calendar::month_of(calendar::month_name(m)) == m);
    }
    CHECK(calendar::month_of("april") == 4u);
    CHECK(calendar::month_of("SEPT") == 9u);
    CHECK(calendar::month_of("Sep") == 9u);
    CHECK_FALSE(calendar::month_of("Septem").has_value());
    CHECK_FALSE(calendar::month_of("").has_value());
}

TEST_CASE("the names tables list the full names first, in calendar order") {
    for (std::size_t i = 0; i < calendar::month_count; ++i) {
        CHECK(calendar::month_names[i].value == i + 1);
    }
    for (std::size_t i = 0; i < calendar::weekday_count; ++i) {
        CHECK(calendar::weekday_names[i].value == i);
    }
    // Every abbreviation starts its full name.
    for (const auto& name : calendar::month_names) {
        CHECK(calendar::month_name(name.value).substr(0, name.word.size()) == name.word);
    }
    for (const auto& name : calendar::weekday_names) {
        CHECK(calendar::weekday_name(weekday{name.value}).substr(0, name.word.size()) == name.word);
    }
}
