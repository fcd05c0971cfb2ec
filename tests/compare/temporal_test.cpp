// §6.2: dates as sets of days.
#include "support/builders.hpp"

#include <catch2/catch.hpp>

using namespace claimcheck;
using namespace claimcheck::compare::testing;
using std::chrono::Monday;
using std::chrono::Tuesday;

namespace {

Finding only_finding(const Story& story) {
    return compare::testing::only_finding(story, Kind::date);
}

// "on Tuesday" as a source published 2026-01-19 resolves it: the last seven days.
grammar::DateValue last_tuesday() {
    return weekday_in(Tuesday, day(2026, 1, 12), day(2026, 1, 18), "Tuesday");
}

}  // namespace

TEST_CASE("the same day in other words produces no finding", "[temporal][silence]") {
    CHECK(findings_of(pair_story(date(2026, 1, 13), date(2026, 1, 13))).empty());
    // A weekday that pins down one day is that day.
    CHECK(findings_of(pair_story(last_tuesday(), date(2026, 1, 13))).empty());
    // A two-day event written as a range either way.
    CHECK(findings_of(pair_story(dates(day(2026, 1, 13), day(2026, 1, 14), "January 13-14, 2026"),
                                 dates(day(2026, 1, 13), day(2026, 1, 14), "2026-01-13/2026-01-14")))
              .empty());
}

TEST_CASE("a weekday that misses the date is a conflict that explains itself", "[temporal]") {
    const Finding f =
        only_finding(pair_story(weekday_in(Tuesday, day(2026, 1, 19), day(2026, 1, 19), "Tuesday"), date(2026, 1, 19)));
    CHECK(f.verdict == "conflict");
    CHECK(f.severity == Severity::error);
    CHECK_THAT(f.explanation, Catch::Contains("2026-01-19 is a Monday, not a Tuesday"));
}

TEST_CASE("an unanchored weekday against a date of another weekday", "[temporal]") {
    grammar::DateValue tuesday;
    tuesday.first = grammar::Day::min();
    tuesday.last = grammar::Day::max();
    tuesday.weekday = Tuesday;
    tuesday.bounded = false;
    tuesday.canonical = "Tuesday";
    const Finding f = only_finding(pair_story(tuesday, date(2026, 1, 19)));
    CHECK(f.verdict == "conflict");
    CHECK_THAT(f.explanation, Catch::Contains("2026-01-19 is a Monday"));
    CHECK(findings_of(pair_story(tuesday, date(2026, 1, 13))).empty() == false);  // a Tuesday, but vaguer
    CHECK(only_finding(pair_story(tuesday, date(2026, 1, 13))).verdict == "compatible-precision");
}

TEST_CASE("'on Tuesday' against a two-day event that ended Monday", "[temporal]") {
    // The event ran Sunday 2026-01-18 to Monday 2026-01-19; no Tuesday in it.
    const Finding f = only_finding(pair_story(weekday_in(Tuesday, day(2026, 1, 13), day(2026, 1, 19), "Tuesday"),
                                              dates(day(2026, 1, 18), day(2026, 1, 19), "2026-01-18/2026-01-19")));
    CHECK(f.verdict == "conflict");
    CHECK_THAT(f.explanation, Catch::Contains("has no Tuesday"));
}

TEST_CASE("a multi-day event is compared as a range", "[temporal]") {
    const auto summit = dates(day(2026, 1, 13), day(2026, 1, 14), "2026-01-13/2026-01-14");
    const Finding inside = only_finding(pair_story(summit, date(2026, 1, 14)));
    CHECK(inside.verdict == "compatible-precision");
    CHECK(inside.severity == Severity::note);
    CHECK(inside.explanation == "2026-01-14 lies within 2026-01-13/2026-01-14");
    const Finding outside = only_finding(pair_story(summit, date(2026, 1, 16)));
    CHECK(outside.verdict == "conflict");
    CHECK_THAT(outside.explanation, Catch::Contains("2 days apart"));
}

TEST_CASE("a month against a day in it is compatible-precision", "[temporal]") {
    const Finding f =
        only_finding(pair_story(dates(day(2026, 1, 1), day(2026, 1, 31), "January 2026"), date(2026, 1, 19)));
    CHECK(f.verdict == "compatible-precision");
    CHECK(f.explanation == "2026-01-19 lies within January 2026 (2026-01-01/2026-01-31)");
    CHECK(f.assumption ==
          "same date if January 2026 (2026-01-01/2026-01-31) is the less precise wording of "
          "2026-01-19");
}

TEST_CASE("ranges that overlap in part are a warning", "[temporal]") {
    const Finding f = only_finding(pair_story(dates(day(2026, 1, 12), day(2026, 1, 13), "2026-01-12/2026-01-13"),
                                              dates(day(2026, 1, 13), day(2026, 1, 14), "2026-01-13/2026-01-14")));
    CHECK(f.verdict == "partial-overlap");
    CHECK(f.severity == Severity::warning);
    CHECK_THAT(f.explanation, Catch::Contains("common: 2026-01-13"));
}

TEST_CASE("Monday and Tuesday in the same week never meet", "[temporal]") {
    const Finding f =
        only_finding(pair_story(weekday_in(Monday, day(2026, 1, 1), day(2026, 1, 31), "Monday in January"),
                                weekday_in(Tuesday, day(2026, 1, 1), day(2026, 1, 31), "Tuesday in January")));
    CHECK(f.verdict == "conflict");
    CHECK_THAT(f.explanation, Catch::Contains("a Monday is never a Tuesday"));
}
