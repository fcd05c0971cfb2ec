// Calendar days as every output writes them.
#include "util/calendar.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace std::chrono;

TEST_CASE("ISO dates are zero-padded year-month-day") {
    CHECK(calendar::iso_date(year{2026} / January / day{9}) == "2026-01-09");
    CHECK(calendar::iso_date(year{987} / December / day{31}) == "0987-12-31");
    CHECK(calendar::iso_date(sys_days{year{2026} / January / day{19}}) == "2026-01-19");
}

TEST_CASE("weekday names follow std::chrono's encoding, Sunday first") {
    CHECK(calendar::weekday_name(Sunday) == "Sunday");
    CHECK(calendar::weekday_name(weekday{sys_days{year{2026} / January / day{19}}}) == "Monday");
    CHECK(calendar::weekday_name(Saturday) == "Saturday");
}
