// Times of day, time zones, calendar periods and relative expressions
// (spec §5 "Times"): each wording as the instants it allows on the UTC time
// line, and each bad one as an error with its reason and place.
#include "grammar/value.hpp"

#include <catch2/catch.hpp>
#include <fmt/format.h>

#include <map>
#include <string>
#include <vector>

using namespace claimcheck::grammar;
namespace chr = std::chrono;

namespace {

// U: published Thursday 2025-04-10, no zone (UTC).
// S: Asia/Seoul (UTC+9, east of UTC), published 2025-04-10 09:00 local (00:00 UTC).
// N: America/New_York, published 2025-03-10 (summer time began 2025-03-09, ended 2025-11-02).
// L: Europe/London, published 2025-10-27 (summer time ended 2025-10-26, began 2025-03-30).
// F: as U with fiscal years starting in April; O: starting in October.
// H: as U in the northern hemisphere; K: in the southern hemisphere.
// A: as U with the story's abbreviation IST = Asia/Jerusalem (UTC+3 in April).
// X: no published date, no zone.
const std::map<std::string, std::string, std::less<>> story_abbreviations{{"IST", "Asia/Jerusalem"}};

DateContext context_of(char c) {
    DateContext x;
    const chr::year_month_day april_10{chr::year{2025}, chr::April, chr::day{10}};
    switch (c) {
        case 'U':
            x.published = april_10;
            break;
        case 'S':
            x.published = april_10;
            x.timezone = "Asia/Seoul";
            x.published_at = chr::sys_days{april_10};
            break;
        case 'N':
            x.published = chr::year_month_day{chr::year{2025}, chr::March, chr::day{10}};
            x.timezone = "America/New_York";
            break;
        case 'L':
            x.published = chr::year_month_day{chr::year{2025}, chr::October, chr::day{27}};
            x.timezone = "Europe/London";
            break;
        case 'F':
            x.published = april_10;
            x.fiscal_year_start = 4;
            break;
        case 'O':
            x.published = april_10;
            x.fiscal_year_start = 10;
            break;
        case 'H':
        case 'K':
            x.published = april_10;
            x.hemisphere = c == 'H' ? Hemisphere::north : Hemisphere::south;
            break;
        case 'A':
            x.published = april_10;
            x.zone_abbreviations = &story_abbreviations;
            break;
        default:
            break;
    }
    return x;
}

// "2025-04-09T19:10Z"; "-" and "+" for open ends.
std::string utc(Instant t) {
    if (t == Instant::min()) {
        return "-";
    }
    if (t == Instant::max()) {
        return "+";
    }
    const auto day = chr::floor<chr::days>(t);
    const auto minutes = chr::duration_cast<chr::minutes>(t - day).count();
    const chr::year_month_day ymd{day};
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}Z", static_cast<int>(ymd.year()),
                       static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()), minutes / 60,
                       minutes % 60);
}

struct Accepted {
    char context;
    const char* value;
    const char* begin;  // first instant allowed (UTC)
    const char* end;    // first instant past the value (UTC)
    const char* canonical;
};

// clang-format off
const std::vector<Accepted> accepted{
    {'U', "2025-04-10T04:10", "2025-04-10T04:10Z", "2025-04-10T04:11Z", "2025-04-10T04:10"},
    {'U', "2025-04-10T04:10+09:00", "2025-04-09T19:10Z", "2025-04-09T19:11Z", "2025-04-10T04:10 UTC+09:00"},
    {'U', "2025-04-10T19:10Z", "2025-04-10T19:10Z", "2025-04-10T19:11Z", "2025-04-10T19:10"},
    {'U', "2025-04-10T04:10:33Z", "2025-04-10T04:10Z", "2025-04-10T04:11Z", "2025-04-10T04:10"},
    {'U', "2025-04-10 04:10", "2025-04-10T04:10Z", "2025-04-10T04:11Z", "2025-04-10T04:10"},
    {'U', "2025-04-10T04:10-05:30", "2025-04-10T09:40Z", "2025-04-10T09:41Z", "2025-04-10T04:10 UTC-05:30"},
    {'U', "2025-04-10T04:10/2025-04-10T05:00", "2025-04-10T04:10Z", "2025-04-10T05:01Z", "2025-04-10T04:10/2025-04-10T05:00"},
    {'U', "4:10 a.m.", "2025-04-10T04:10Z", "2025-04-10T04:11Z", "04:10"},
    {'U', "4:10 A.M.", "2025-04-10T04:10Z", "2025-04-10T04:11Z", "04:10"},
    {'U', "4.10am", "2025-04-10T04:10Z", "2025-04-10T04:11Z", "04:10"},
    {'U', "4:10am", "2025-04-10T04:10Z", "2025-04-10T04:11Z", "04:10"},
    {'U', "9 p.m.", "2025-04-10T21:00Z", "2025-04-10T21:01Z", "21:00"},
    {'U', "9pm", "2025-04-10T21:00Z", "2025-04-10T21:01Z", "21:00"},
    {'U', "12 a.m.", "2025-04-10T00:00Z", "2025-04-10T00:01Z", "00:00"},
    {'U', "12 p.m.", "2025-04-10T12:00Z", "2025-04-10T12:01Z", "12:00"},
    {'U', "04:10", "2025-04-10T04:10Z", "2025-04-10T04:11Z", "04:10"},
    {'U', "16:10", "2025-04-10T16:10Z", "2025-04-10T16:11Z", "16:10"},
    {'U', "23:59", "2025-04-10T23:59Z", "2025-04-11T00:00Z", "23:59"},
    {'U', "00:00", "2025-04-10T00:00Z", "2025-04-10T00:01Z", "00:00"},
    {'U', "noon", "2025-04-10T12:00Z", "2025-04-10T12:01Z", "12:00"},
    {'U', "midday", "2025-04-10T12:00Z", "2025-04-10T12:01Z", "12:00"},
    {'U', "midnight", "2025-04-10T00:00Z", "2025-04-10T00:01Z", "00:00"},
    {'U', "half past 3 pm", "2025-04-10T15:30Z", "2025-04-10T15:31Z", "15:30"},
    {'U', "a quarter past 3pm", "2025-04-10T15:15Z", "2025-04-10T15:16Z", "15:15"},
    {'U', "quarter to 4 p.m.", "2025-04-10T15:45Z", "2025-04-10T15:46Z", "15:45"},
    {'U', "a quarter to 1pm", "2025-04-10T12:45Z", "2025-04-10T12:46Z", "12:45"},
    {'U', "a quarter past noon", "2025-04-10T12:15Z", "2025-04-10T12:16Z", "12:15"},
    {'U', "a quarter to noon", "2025-04-10T11:45Z", "2025-04-10T11:46Z", "11:45"},
    {'U', "a quarter after 15:00", "2025-04-10T15:15Z", "2025-04-10T15:16Z", "15:15"},
    {'U', "at half past 9 a.m. on Tuesday", "2025-04-08T09:30Z", "2025-04-08T09:31Z", "2025-04-08T09:30"},
    {'U', "about a quarter to 8 p.m.", "2025-04-10T19:15Z", "2025-04-10T20:16Z", "around 19:45"},
    {'U', "shortly after 3 p.m.", "2025-04-10T15:00Z", "2025-04-10T15:30Z", "shortly after 15:00"},
    {'U', "just before 3 p.m.", "2025-04-10T14:30Z", "2025-04-10T15:00Z", "shortly before 15:00"},
    {'U', "around 9 a.m.", "2025-04-10T08:30Z", "2025-04-10T09:31Z", "around 09:00"},
    {'U', "about 16:10", "2025-04-10T15:40Z", "2025-04-10T16:41Z", "around 16:10"},
    {'U', "early Tuesday", "2025-04-08T00:00Z", "2025-04-08T06:00Z", "2025-04-08T00:00/2025-04-08T05:59"},
    {'U', "late Tuesday", "2025-04-08T18:00Z", "2025-04-09T00:00Z", "2025-04-08T18:00/2025-04-08T23:59"},
    {'U', "Tuesday morning", "2025-04-08T00:00Z", "2025-04-08T12:00Z", "2025-04-08T00:00/2025-04-08T11:59"},
    {'U', "Tuesday afternoon", "2025-04-08T12:00Z", "2025-04-08T18:00Z", "2025-04-08T12:00/2025-04-08T17:59"},
    {'U', "Tuesday evening", "2025-04-08T17:00Z", "2025-04-09T00:00Z", "2025-04-08T17:00/2025-04-08T23:59"},
    {'U', "Tuesday night", "2025-04-08T18:00Z", "2025-04-09T06:00Z", "2025-04-08T18:00/2025-04-09T05:59"},
    {'U', "Tuesday night into Wednesday", "2025-04-08T18:00Z", "2025-04-09T06:00Z", "2025-04-08T18:00/2025-04-09T05:59"},
    {'U', "overnight", "2025-04-09T22:00Z", "2025-04-10T06:00Z", "2025-04-09T22:00/2025-04-10T05:59"},
    {'U', "overnight on Tuesday", "2025-04-07T22:00Z", "2025-04-08T06:00Z", "2025-04-07T22:00/2025-04-08T05:59"},
    {'U', "overnight Tuesday", "2025-04-07T22:00Z", "2025-04-08T06:00Z", "2025-04-07T22:00/2025-04-08T05:59"},
    {'U', "overnight into Wednesday", "2025-04-08T22:00Z", "2025-04-09T06:00Z", "2025-04-08T22:00/2025-04-09T05:59"},
    {'U', "overnight Tuesday into Wednesday", "2025-04-08T22:00Z", "2025-04-09T06:00Z", "2025-04-08T22:00/2025-04-09T05:59"},
    {'U', "overnight from Tuesday to Wednesday", "2025-04-08T22:00Z", "2025-04-09T06:00Z", "2025-04-08T22:00/2025-04-09T05:59"},
    {'S', "overnight into Wednesday", "2025-04-08T13:00Z", "2025-04-08T21:00Z", "2025-04-08T22:00/2025-04-09T05:59"},
    {'U', "2140", "2140-01-01T00:00Z", "2141-01-01T00:00Z", "2140-01-01/2140-12-31"},
    {'U', "0350 GMT", "2025-04-10T03:50Z", "2025-04-10T03:51Z", "03:50"},
    {'U', "2140 UTC", "2025-04-10T21:40Z", "2025-04-10T21:41Z", "21:40"},
    {'S', "0350 GMT", "2025-04-09T03:50Z", "2025-04-09T03:51Z", "03:50 UTC"},
    {'S', "0350 local time", "2025-04-09T18:50Z", "2025-04-09T18:51Z", "03:50"},
    {'U', "2140 GMT Tuesday", "2025-04-08T21:40Z", "2025-04-08T21:41Z", "2025-04-08T21:40"},
    {'U', "2140 GMT on Tuesday", "2025-04-08T21:40Z", "2025-04-08T21:41Z", "2025-04-08T21:40"},
    {'U', "2140 GMT, Tuesday", "2025-04-08T21:40Z", "2025-04-08T21:41Z", "2025-04-08T21:40"},
    {'S', "2140 GMT Tuesday", "2025-04-08T21:40Z", "2025-04-08T21:41Z", "2025-04-08T21:40 UTC"},
    {'U', "1200 UTC on Dec. 3", "2024-12-03T12:00Z", "2024-12-03T12:01Z", "2024-12-03T12:00"},
    {'U', "1200 UTC on December 3, 2024", "2024-12-03T12:00Z", "2024-12-03T12:01Z", "2024-12-03T12:00"},
    {'U', "2140 on Tuesday", "2025-04-08T21:40Z", "2025-04-08T21:41Z", "2025-04-08T21:40"},
    {'U', "2140 Tuesday", "2025-04-08T21:40Z", "2025-04-08T21:41Z", "2025-04-08T21:40"},
    {'U', "Tuesday 2140 GMT", "2025-04-08T21:40Z", "2025-04-08T21:41Z", "2025-04-08T21:40"},
    {'U', "Tuesday at 2140 GMT", "2025-04-08T21:40Z", "2025-04-08T21:41Z", "2025-04-08T21:40"},
    {'U', "Dec. 3, 1200 UTC", "2024-12-03T12:00Z", "2024-12-03T12:01Z", "2024-12-03T12:00"},
    {'U', "11:40 p.m. Kyiv time on April 8, 2025", "2025-04-08T20:40Z", "2025-04-08T20:41Z", "2025-04-08T23:40 Europe/Kyiv"},
    {'U', "11:40 p.m. Kiev time on April 8, 2025", "2025-04-08T20:40Z", "2025-04-08T20:41Z", "2025-04-08T23:40 Europe/Kyiv"},
    {'U', "11:40 p.m. Kyiv Time on April 8, 2025", "2025-04-08T20:40Z", "2025-04-08T20:41Z", "2025-04-08T23:40 Europe/Kyiv"},
    {'U', "10 a.m. Moscow time on Tuesday", "2025-04-08T07:00Z", "2025-04-08T07:01Z", "2025-04-08T10:00 Europe/Moscow"},
    {'U', "10 a.m. Beijing time on Tuesday", "2025-04-08T02:00Z", "2025-04-08T02:01Z", "2025-04-08T10:00 Asia/Shanghai"},
    {'U', "9 a.m. New York time on Tuesday", "2025-04-08T13:00Z", "2025-04-08T13:01Z", "2025-04-08T09:00 America/New_York"},
    {'U', "9 a.m. Washington time on Tuesday", "2025-04-08T13:00Z", "2025-04-08T13:01Z", "2025-04-08T09:00 America/New_York"},
    {'U', "noon Dar es Salaam time on Tuesday", "2025-04-08T09:00Z", "2025-04-08T09:01Z", "2025-04-08T12:00 Africa/Dar_es_Salaam"},
    {'U', "9 a.m. UK time on Tuesday", "2025-04-08T08:00Z", "2025-04-08T08:01Z", "2025-04-08T09:00 Europe/London"},
    {'U', "Tuesday, 11:40 p.m. Kyiv time", "2025-04-08T20:40Z", "2025-04-08T20:41Z", "2025-04-08T23:40 Europe/Kyiv"},
    {'U', "0350 Moscow time", "2025-04-10T00:50Z", "2025-04-10T00:51Z", "03:50 Europe/Moscow"},
    {'U', "02:10 GMT", "2025-04-10T02:10Z", "2025-04-10T02:11Z", "02:10"},
    {'U', "02:10 UTC", "2025-04-10T02:10Z", "2025-04-10T02:11Z", "02:10"},
    {'U', "02:10 Z", "2025-04-10T02:10Z", "2025-04-10T02:11Z", "02:10"},
    {'U', "16:10 UTC+9", "2025-04-10T07:10Z", "2025-04-10T07:11Z", "16:10 UTC+09:00"},
    {'U', "16:10 UTC+05:30", "2025-04-10T10:40Z", "2025-04-10T10:41Z", "16:10 UTC+05:30"},
    {'U', "16:10 GMT-5", "2025-04-10T21:10Z", "2025-04-10T21:11Z", "16:10 UTC-05:00"},
    {'U', "16:10 +09:00", "2025-04-10T07:10Z", "2025-04-10T07:11Z", "16:10 UTC+09:00"},
    {'U', "16:10 Asia/Tokyo", "2025-04-10T07:10Z", "2025-04-10T07:11Z", "16:10 Asia/Tokyo"},
    {'U', "9:10 p.m. ET on Tuesday", "2025-04-09T01:10Z", "2025-04-09T01:11Z", "2025-04-08T21:10 America/New_York"},
    {'U', "9:10 p.m. ET, Tuesday", "2025-04-09T01:10Z", "2025-04-09T01:11Z", "2025-04-08T21:10 America/New_York"},
    {'U', "9:10 p.m. EDT Tuesday", "2025-04-09T01:10Z", "2025-04-09T01:11Z", "2025-04-08T21:10 UTC-04:00"},
    {'U', "9:10 p.m. EST on January 13, 2025", "2025-01-14T02:10Z", "2025-01-14T02:11Z", "2025-01-13T21:10 UTC-05:00"},
    {'U', "9:10 p.m. ET on January 13, 2025", "2025-01-14T02:10Z", "2025-01-14T02:11Z", "2025-01-13T21:10 America/New_York"},
    {'U', "6 p.m. PT on Tuesday", "2025-04-09T01:00Z", "2025-04-09T01:01Z", "2025-04-08T18:00 America/Los_Angeles"},
    {'U', "6 p.m. PST on January 13, 2025", "2025-01-14T02:00Z", "2025-01-14T02:01Z", "2025-01-13T18:00 UTC-08:00"},
    {'U', "11 a.m. CET on January 13, 2025", "2025-01-13T10:00Z", "2025-01-13T10:01Z", "2025-01-13T11:00 UTC+01:00"},
    {'U', "11 a.m. BST on July 1, 2025", "2025-07-01T10:00Z", "2025-07-01T10:01Z", "2025-07-01T11:00 UTC+01:00"},
    {'U', "11 a.m. IST on July 1, 2025", "2025-07-01T05:30Z", "2025-07-01T05:31Z", "2025-07-01T11:00 UTC+05:30"},
    {'U', "4:10 a.m. KST April 10, 2025", "2025-04-09T19:10Z", "2025-04-09T19:11Z", "2025-04-10T04:10 UTC+09:00"},
    {'U', "4:10 a.m. JST on April 10, 2025", "2025-04-09T19:10Z", "2025-04-09T19:11Z", "2025-04-10T04:10 UTC+09:00"},
    {'U', "April 10, 2025, 4:10 a.m. JST", "2025-04-09T19:10Z", "2025-04-09T19:11Z", "2025-04-10T04:10 UTC+09:00"},
    {'U', "April 10, 2025 at 16:10", "2025-04-10T16:10Z", "2025-04-10T16:11Z", "2025-04-10T16:10"},
    {'U', "Tuesday at 9 p.m.", "2025-04-08T21:00Z", "2025-04-08T21:01Z", "2025-04-08T21:00"},
    {'U', "Tuesday, 9 p.m.", "2025-04-08T21:00Z", "2025-04-08T21:01Z", "2025-04-08T21:00"},
    {'U', "10 a.m. on Jan. 13", "2025-01-13T10:00Z", "2025-01-13T10:01Z", "2025-01-13T10:00"},
    {'S', "4:10 a.m. local time", "2025-04-09T19:10Z", "2025-04-09T19:11Z", "04:10"},
    {'S', "4:10 a.m.", "2025-04-09T19:10Z", "2025-04-09T19:11Z", "04:10"},
    {'S', "04:10 local", "2025-04-09T19:10Z", "2025-04-09T19:11Z", "04:10"},
    {'S', "16:10", "2025-04-09T07:10Z", "2025-04-09T07:11Z", "16:10"},
    {'S', "02:10 GMT", "2025-04-09T02:10Z", "2025-04-09T02:11Z", "02:10 UTC"},
    {'S', "noon", "2025-04-09T03:00Z", "2025-04-09T03:01Z", "12:00"},
    {'S', "midnight", "2025-04-09T15:00Z", "2025-04-09T15:01Z", "00:00"},
    {'S', "Tuesday morning", "2025-04-07T15:00Z", "2025-04-08T03:00Z", "2025-04-08T00:00/2025-04-08T11:59"},
    {'S', "early Tuesday", "2025-04-07T15:00Z", "2025-04-07T21:00Z", "2025-04-08T00:00/2025-04-08T05:59"},
    {'S', "2025-04-10T04:10", "2025-04-09T19:10Z", "2025-04-09T19:11Z", "2025-04-10T04:10"},
    {'S', "2025-04-09T19:10Z", "2025-04-09T19:10Z", "2025-04-09T19:11Z", "2025-04-09T19:10 UTC"},
    {'S', "April 10, 2025", "2025-04-09T15:00Z", "2025-04-10T15:00Z", "2025-04-10"},
    {'S', "April 9, 2025", "2025-04-08T15:00Z", "2025-04-09T15:00Z", "2025-04-09"},
    {'S', "19:10 GMT on April 9, 2025", "2025-04-09T19:10Z", "2025-04-09T19:11Z", "2025-04-09T19:10 UTC"},
    {'S', "nine hours later", "2025-04-10T09:00Z", "2025-04-10T09:01Z", "2025-04-10T18:00"},
    {'S', "90 minutes earlier", "2025-04-09T22:30Z", "2025-04-09T22:31Z", "2025-04-10T07:30"},
    {'S', "about nine hours later", "2025-04-10T08:06Z", "2025-04-10T09:55Z", "2025-04-10T17:06/2025-04-10T18:54"},
    {'S', "3 hours ago", "2025-04-09T21:00Z", "2025-04-09T21:01Z", "2025-04-10T06:00"},
    {'S', "Tuesday", "2025-04-07T15:00Z", "2025-04-08T15:00Z", "Tuesday 2025-04-08"},
    {'S', "yesterday", "2025-04-08T15:00Z", "2025-04-09T15:00Z", "2025-04-09"},
    {'N', "2025-03-09T01:59", "2025-03-09T06:59Z", "2025-03-09T07:00Z", "2025-03-09T01:59"},
    {'N', "2025-03-09T03:00", "2025-03-09T07:00Z", "2025-03-09T07:01Z", "2025-03-09T03:00"},
    {'N', "2025-11-02T00:59", "2025-11-02T04:59Z", "2025-11-02T05:00Z", "2025-11-02T00:59"},
    {'N', "2025-11-02T01:30-04:00", "2025-11-02T05:30Z", "2025-11-02T05:31Z", "2025-11-02T01:30 UTC-04:00"},
    {'N', "2025-11-02T01:30-05:00", "2025-11-02T06:30Z", "2025-11-02T06:31Z", "2025-11-02T01:30 UTC-05:00"},
    {'N', "2025-11-02T01:30 EDT", "2025-11-02T05:30Z", "2025-11-02T05:31Z", "2025-11-02T01:30 UTC-04:00"},
    {'N', "2025-11-02T01:30 EST", "2025-11-02T06:30Z", "2025-11-02T06:31Z", "2025-11-02T01:30 UTC-05:00"},
    {'N', "2025-11-02T02:00", "2025-11-02T07:00Z", "2025-11-02T07:01Z", "2025-11-02T02:00"},
    {'N', "March 9, 2025", "2025-03-09T05:00Z", "2025-03-10T04:00Z", "2025-03-09"},
    {'N', "November 2, 2025", "2025-11-02T04:00Z", "2025-11-03T05:00Z", "2025-11-02"},
    {'N', "9 a.m. on March 9, 2025", "2025-03-09T13:00Z", "2025-03-09T13:01Z", "2025-03-09T09:00"},
    {'N', "9 a.m. on March 8, 2025", "2025-03-08T14:00Z", "2025-03-08T14:01Z", "2025-03-08T09:00"},
    {'N', "3:30 a.m. on March 9, 2025", "2025-03-09T07:30Z", "2025-03-09T07:31Z", "2025-03-09T03:30"},
    {'L', "2025-10-26T00:59", "2025-10-25T23:59Z", "2025-10-26T00:00Z", "2025-10-26T00:59"},
    {'L', "2025-10-26T02:00", "2025-10-26T02:00Z", "2025-10-26T02:01Z", "2025-10-26T02:00"},
    {'L', "October 26, 2025", "2025-10-25T23:00Z", "2025-10-27T00:00Z", "2025-10-26"},
    {'L', "1:30 a.m. GMT on October 26, 2025", "2025-10-26T01:30Z", "2025-10-26T01:31Z", "2025-10-26T01:30 UTC"},
    {'L', "1:30 a.m. BST on October 26, 2025", "2025-10-26T00:30Z", "2025-10-26T00:31Z", "2025-10-26T01:30 UTC+01:00"},
    {'L', "12:30 a.m. on March 30, 2025", "2025-03-30T00:30Z", "2025-03-30T00:31Z", "2025-03-30T00:30"},
    {'L', "2:30 a.m. on March 30, 2025", "2025-03-30T01:30Z", "2025-03-30T01:31Z", "2025-03-30T02:30"},
    {'U', "Q1 2025", "2025-01-01T00:00Z", "2025-04-01T00:00Z", "2025-01-01/2025-03-31"},
    {'U', "Q2 2025", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    {'U', "Q3 2025", "2025-07-01T00:00Z", "2025-10-01T00:00Z", "2025-07-01/2025-09-30"},
    {'U', "Q4 2024", "2024-10-01T00:00Z", "2025-01-01T00:00Z", "2024-10-01/2024-12-31"},
    {'U', "q4 2024", "2024-10-01T00:00Z", "2025-01-01T00:00Z", "2024-10-01/2024-12-31"},
    {'U', "Q2", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    {'U', "Q2 of 2024", "2024-04-01T00:00Z", "2024-07-01T00:00Z", "2024-04-01/2024-06-30"},
    {'U', "the second quarter", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    {'U', "the second quarter of 2024", "2024-04-01T00:00Z", "2024-07-01T00:00Z", "2024-04-01/2024-06-30"},
    {'U', "the fourth quarter of 2024", "2024-10-01T00:00Z", "2025-01-01T00:00Z", "2024-10-01/2024-12-31"},
    {'U', "second-quarter", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    {'U', "the third quarter", "2025-07-01T00:00Z", "2025-10-01T00:00Z", "2025-07-01/2025-09-30"},
    {'U', "the first half", "2025-01-01T00:00Z", "2025-07-01T00:00Z", "2025-01-01/2025-06-30"},
    {'U', "the 3rd quarter", "2025-07-01T00:00Z", "2025-10-01T00:00Z", "2025-07-01/2025-09-30"},
    {'U', "H1", "2025-01-01T00:00Z", "2025-07-01T00:00Z", "2025-01-01/2025-06-30"},
    {'U', "H2 2024", "2024-07-01T00:00Z", "2025-01-01T00:00Z", "2024-07-01/2024-12-31"},
    {'U', "the first half", "2025-01-01T00:00Z", "2025-07-01T00:00Z", "2025-01-01/2025-06-30"},
    {'U', "the second half of 2024", "2024-07-01T00:00Z", "2025-01-01T00:00Z", "2024-07-01/2024-12-31"},
    {'U', "first-half 2025", "2025-01-01T00:00Z", "2025-07-01T00:00Z", "2025-01-01/2025-06-30"},
    {'U', "the second-quarter of 2024", "2024-04-01T00:00Z", "2024-07-01T00:00Z", "2024-04-01/2024-06-30"},
    {'U', "April-June", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    {'U', "April-June 2025", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    {'U', "November-February 2025", "2024-11-01T00:00Z", "2025-03-01T00:00Z", "2024-11-01/2025-02-28"},
    {'U', "the three months to June", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    {'U', "the three months to June 2025", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    {'U', "the six months to March", "2024-10-01T00:00Z", "2025-04-01T00:00Z", "2024-10-01/2025-03-31"},
    {'U', "mid-2025", "2025-05-01T00:00Z", "2025-09-01T00:00Z", "2025-05-01/2025-08-31"},
    {'U', "mid 2025", "2025-05-01T00:00Z", "2025-09-01T00:00Z", "2025-05-01/2025-08-31"},
    {'U', "early 2025", "2025-01-01T00:00Z", "2025-05-01T00:00Z", "2025-01-01/2025-04-30"},
    {'U', "late 2025", "2025-09-01T00:00Z", "2026-01-01T00:00Z", "2025-09-01/2025-12-31"},
    // Thirds of a month (1-10, 11-20, 21 to the end), a week (Monday to
    // Wednesday, Tuesday to Thursday, Friday to Sunday), whole months and years.
    {'U', "early March", "2025-03-01T00:00Z", "2025-03-11T00:00Z", "2025-03-01/2025-03-10"},
    {'U', "mid-March 2024", "2024-03-11T00:00Z", "2024-03-21T00:00Z", "2024-03-11/2024-03-20"},
    {'U', "mid March", "2025-03-11T00:00Z", "2025-03-21T00:00Z", "2025-03-11/2025-03-20"},
    {'U', "late February 2024", "2024-02-21T00:00Z", "2024-03-01T00:00Z", "2024-02-21/2024-02-29"},
    {'U', "at the end of April", "2025-04-21T00:00Z", "2025-05-01T00:00Z", "2025-04-21/2025-04-30"},
    {'U', "the end of the month", "2025-04-21T00:00Z", "2025-05-01T00:00Z", "2025-04-21/2025-04-30"},
    {'U', "the middle of next month", "2025-05-11T00:00Z", "2025-05-21T00:00Z", "2025-05-11/2025-05-20"},
    {'U', "the beginning of this week", "2025-04-07T00:00Z", "2025-04-10T00:00Z", "2025-04-07/2025-04-09"},
    {'U', "mid-week", "2025-04-08T00:00Z", "2025-04-11T00:00Z", "2025-04-08/2025-04-10"},
    {'U', "the end of next week", "2025-04-18T00:00Z", "2025-04-21T00:00Z", "2025-04-18/2025-04-20"},
    {'U', "the start of the year", "2025-01-01T00:00Z", "2025-05-01T00:00Z", "2025-01-01/2025-04-30"},
    {'U', "the end of 2012", "2012-09-01T00:00Z", "2013-01-01T00:00Z", "2012-09-01/2012-12-31"},
    {'U', "the end of Q2", "2025-06-01T00:00Z", "2025-07-01T00:00Z", "2025-06-01/2025-06-30"},
    {'U', "the early 1990s", "1990-01-01T00:00Z", "1994-01-01T00:00Z", "1990-01-01/1993-12-31"},
    {'U', "the mid-1990s", "1994-01-01T00:00Z", "1997-01-01T00:00Z", "1994-01-01/1996-12-31"},
    {'U', "the late 1990s", "1997-01-01T00:00Z", "2000-01-01T00:00Z", "1997-01-01/1999-12-31"},
    {'U', "the end of 2024-2025", "2025-05-01T00:00Z", "2026-01-01T00:00Z", "2025-05-01/2025-12-31"},
    {'U', "late March 5", "2025-03-05T18:00Z", "2025-03-06T00:00Z", "2025-03-05T18:00/2025-03-05T23:59"},
    {'U', "the 1990s", "1990-01-01T00:00Z", "2000-01-01T00:00Z", "1990-01-01/1999-12-31"},
    {'U', "1990s", "1990-01-01T00:00Z", "2000-01-01T00:00Z", "1990-01-01/1999-12-31"},
    {'U', "the 2020s", "2020-01-01T00:00Z", "2030-01-01T00:00Z", "2020-01-01/2029-12-31"},
    {'U', "fiscal 2026", "2026-01-01T00:00Z", "2027-01-01T00:00Z", "2026-01-01/2026-12-31"},
    {'U', "fiscal year 2026", "2026-01-01T00:00Z", "2027-01-01T00:00Z", "2026-01-01/2026-12-31"},
    {'U', "FY2026", "2026-01-01T00:00Z", "2027-01-01T00:00Z", "2026-01-01/2026-12-31"},
    {'U', "FY26", "2026-01-01T00:00Z", "2027-01-01T00:00Z", "2026-01-01/2026-12-31"},
    {'U', "FY'26", "2026-01-01T00:00Z", "2027-01-01T00:00Z", "2026-01-01/2026-12-31"},
    {'U', "the 2026 financial year", "2026-01-01T00:00Z", "2027-01-01T00:00Z", "2026-01-01/2026-12-31"},
    {'U', "FY99", "1999-01-01T00:00Z", "2000-01-01T00:00Z", "1999-01-01/1999-12-31"},
    {'U', "FY'74", "2074-01-01T00:00Z", "2075-01-01T00:00Z", "2074-01-01/2074-12-31"},
    {'U', "FY76", "1976-01-01T00:00Z", "1977-01-01T00:00Z", "1976-01-01/1976-12-31"},
    {'U', "2025-04-10T04:10-00:30", "2025-04-10T04:40Z", "2025-04-10T04:41Z", "2025-04-10T04:10 UTC-00:30"},
    {'U', "the 2026 fiscal year", "2026-01-01T00:00Z", "2027-01-01T00:00Z", "2026-01-01/2026-12-31"},
    {'H', "spring 2025", "2025-03-01T00:00Z", "2025-06-01T00:00Z", "2025-03-01/2025-05-31"},
    {'H', "summer 2025", "2025-06-01T00:00Z", "2025-09-01T00:00Z", "2025-06-01/2025-08-31"},
    {'H', "the autumn of 2025", "2025-09-01T00:00Z", "2025-12-01T00:00Z", "2025-09-01/2025-11-30"},
    {'H', "fall 2025", "2025-09-01T00:00Z", "2025-12-01T00:00Z", "2025-09-01/2025-11-30"},
    {'H', "winter 2025", "2025-12-01T00:00Z", "2026-03-01T00:00Z", "2025-12-01/2026-02-28"},
    {'H', "winter 2023", "2023-12-01T00:00Z", "2024-03-01T00:00Z", "2023-12-01/2024-02-29"},
    {'H', "summer", "2025-06-01T00:00Z", "2025-09-01T00:00Z", "2025-06-01/2025-08-31"},
    {'K', "spring 2025", "2025-09-01T00:00Z", "2025-12-01T00:00Z", "2025-09-01/2025-11-30"},
    {'K', "summer 2025", "2025-12-01T00:00Z", "2026-03-01T00:00Z", "2025-12-01/2026-02-28"},
    {'K', "autumn 2025", "2025-03-01T00:00Z", "2025-06-01T00:00Z", "2025-03-01/2025-05-31"},
    {'K', "the winter of 2025", "2025-06-01T00:00Z", "2025-09-01T00:00Z", "2025-06-01/2025-08-31"},
    {'A', "16:10 IST on April 10, 2025", "2025-04-10T13:10Z", "2025-04-10T13:11Z", "2025-04-10T16:10 Asia/Jerusalem"},
    {'U', "16:10 IST on April 10, 2025", "2025-04-10T10:40Z", "2025-04-10T10:41Z", "2025-04-10T16:10 UTC+05:30"},
    {'A', "16:10 KST on April 10, 2025", "2025-04-10T07:10Z", "2025-04-10T07:11Z", "2025-04-10T16:10 UTC+09:00"},
    {'F', "fiscal 2026", "2025-04-01T00:00Z", "2026-04-01T00:00Z", "2025-04-01/2026-03-31"},
    {'F', "FY26", "2025-04-01T00:00Z", "2026-04-01T00:00Z", "2025-04-01/2026-03-31"},
    {'F', "the 2026 financial year", "2025-04-01T00:00Z", "2026-04-01T00:00Z", "2025-04-01/2026-03-31"},
    {'F', "financial year 2026", "2025-04-01T00:00Z", "2026-04-01T00:00Z", "2025-04-01/2026-03-31"},
    // A fiscal year's quarters and halves: FY2027 runs from April 2026 to March 2027.
    {'F', "the first quarter of the 2027 fiscal year", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "the first quarter of fiscal 2027", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "the first-quarter of fiscal year 2027", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "Q1 FY27", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "Q1 FY2027", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "Q1 of FY'27", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "Q1 fiscal 2027", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "FY2027 Q1", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "FY27 first quarter", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "fiscal 2027 first quarter", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "fiscal Q1 2027", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "fiscal first-quarter 2027", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "the first fiscal quarter of 2027", "2026-04-01T00:00Z", "2026-07-01T00:00Z", "2026-04-01/2026-06-30"},
    {'F', "Q4 FY2027", "2027-01-01T00:00Z", "2027-04-01T00:00Z", "2027-01-01/2027-03-31"},
    {'F', "the fourth quarter of fiscal 2027", "2027-01-01T00:00Z", "2027-04-01T00:00Z", "2027-01-01/2027-03-31"},
    {'F', "H2 FY2027", "2026-10-01T00:00Z", "2027-04-01T00:00Z", "2026-10-01/2027-03-31"},
    {'F', "fiscal 2027 second half", "2026-10-01T00:00Z", "2027-04-01T00:00Z", "2026-10-01/2027-03-31"},
    // Without a year, the fiscal year in progress at publication (FY2026 on 2025-04-10).
    {'F', "fiscal first quarter", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    {'F', "the fiscal first quarter", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    {'F', "fiscal Q1", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    {'F', "fiscal Q3", "2025-10-01T00:00Z", "2026-01-01T00:00Z", "2025-10-01/2025-12-31"},
    {'F', "the second quarter of the fiscal year", "2025-07-01T00:00Z", "2025-10-01T00:00Z", "2025-07-01/2025-09-30"},
    {'F', "the fiscal first half", "2025-04-01T00:00Z", "2025-10-01T00:00Z", "2025-04-01/2025-09-30"},
    // A fiscal year from October (FY2026: October 2025 to September 2026); on 2025-04-10 FY2025 is in progress.
    {'O', "Q1 FY2026", "2025-10-01T00:00Z", "2026-01-01T00:00Z", "2025-10-01/2025-12-31"},
    {'O', "FY2026 Q2", "2026-01-01T00:00Z", "2026-04-01T00:00Z", "2026-01-01/2026-03-31"},
    {'O', "fiscal first quarter", "2024-10-01T00:00Z", "2025-01-01T00:00Z", "2024-10-01/2024-12-31"},
    {'O', "the third fiscal quarter", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    // A calendar fiscal year: its quarters are the calendar's.
    {'U', "Q1 FY2027", "2027-01-01T00:00Z", "2027-04-01T00:00Z", "2027-01-01/2027-03-31"},
    {'U', "fiscal Q2", "2025-04-01T00:00Z", "2025-07-01T00:00Z", "2025-04-01/2025-06-30"},
    {'X', "Q3 FY2027", "2027-07-01T00:00Z", "2027-10-01T00:00Z", "2027-07-01/2027-09-30"},
    {'U', "since 1999", "1999-01-01T00:00Z", "+", "since 1999-01-01"},
    {'U', "since January 2020", "2020-01-01T00:00Z", "+", "since 2020-01-01"},
    {'U', "since 2025-04-01", "2025-04-01T00:00Z", "+", "since 2025-04-01"},
    {'U', "until 2030", "-", "2031-01-01T00:00Z", "until 2030-12-31"},
    {'U', "till March 2026", "-", "2026-04-01T00:00Z", "until 2026-03-31"},
    {'U', "by the end of this year", "-", "2026-01-01T00:00Z", "until 2025-12-31"},
    {'U', "by the end of next month", "-", "2025-06-01T00:00Z", "until 2025-05-31"},
    {'U', "by 2030", "-", "2031-01-01T00:00Z", "until 2030-12-31"},
    {'U', "earlier this week", "2025-04-07T00:00Z", "2025-04-10T00:00Z", "2025-04-07/2025-04-09"},
    {'U', "earlier this month", "2025-04-01T00:00Z", "2025-04-10T00:00Z", "2025-04-01/2025-04-09"},
    {'U', "earlier this year", "2025-01-01T00:00Z", "2025-04-10T00:00Z", "2025-01-01/2025-04-09"},
    {'U', "later this week", "2025-04-11T00:00Z", "2025-04-14T00:00Z", "2025-04-11/2025-04-13"},
    {'U', "later this month", "2025-04-11T00:00Z", "2025-05-01T00:00Z", "2025-04-11/2025-04-30"},
    {'U', "later this year", "2025-04-11T00:00Z", "2026-01-01T00:00Z", "2025-04-11/2025-12-31"},
    {'U', "last Friday", "2025-04-04T00:00Z", "2025-04-05T00:00Z", "Friday 2025-04-04"},
    {'U', "last Thursday", "2025-04-03T00:00Z", "2025-04-04T00:00Z", "Thursday 2025-04-03"},
    {'U', "last Wednesday", "2025-04-09T00:00Z", "2025-04-10T00:00Z", "Wednesday 2025-04-09"},
    {'U', "this Friday", "2025-04-11T00:00Z", "2025-04-12T00:00Z", "Friday 2025-04-11"},
    {'U', "this Monday", "2025-04-07T00:00Z", "2025-04-08T00:00Z", "Monday 2025-04-07"},
    {'U', "next Monday", "2025-04-14T00:00Z", "2025-04-15T00:00Z", "Monday 2025-04-14"},
    {'U', "next Friday", "2025-04-18T00:00Z", "2025-04-19T00:00Z", "Friday 2025-04-18"},
    {'U', "in March", "2025-03-01T00:00Z", "2025-04-01T00:00Z", "2025-03-01/2025-03-31"},
    {'U', "in May", "2025-05-01T00:00Z", "2025-06-01T00:00Z", "2025-05-01/2025-05-31"},
    {'U', "in November", "2024-11-01T00:00Z", "2024-12-01T00:00Z", "2024-11-01/2024-11-30"},
    {'U', "in December", "2024-12-01T00:00Z", "2025-01-01T00:00Z", "2024-12-01/2024-12-31"},
    {'U', "in March 2024", "2024-03-01T00:00Z", "2024-04-01T00:00Z", "2024-03-01/2024-03-31"},
    {'U', "in 2024", "2024-01-01T00:00Z", "2025-01-01T00:00Z", "2024-01-01/2024-12-31"},
    {'U', "two weeks ago", "2025-03-27T00:00Z", "2025-03-28T00:00Z", "2025-03-27"},
    {'U', "about two weeks earlier", "2025-03-26T00:00Z", "2025-03-29T00:00Z", "2025-03-26/2025-03-28"},
    {'U', "about a month ago", "2025-03-07T00:00Z", "2025-03-14T00:00Z", "2025-03-07/2025-03-13"},
    {'U', "three days later", "2025-04-13T00:00Z", "2025-04-14T00:00Z", "2025-04-13"},
    {'U', "a year ago", "2024-04-10T00:00Z", "2024-04-11T00:00Z", "2024-04-10"},
    {'U', "last week", "2025-03-31T00:00Z", "2025-04-07T00:00Z", "2025-03-31/2025-04-06"},
    {'U', "this week", "2025-04-07T00:00Z", "2025-04-14T00:00Z", "2025-04-07/2025-04-13"},
    {'U', "next month", "2025-05-01T00:00Z", "2025-06-01T00:00Z", "2025-05-01/2025-05-31"},
    {'U', "tonight", "2025-04-10T18:00Z", "2025-04-11T06:00Z", "2025-04-10T18:00/2025-04-11T05:59"},
    {'U', "last night", "2025-04-09T18:00Z", "2025-04-10T06:00Z", "2025-04-09T18:00/2025-04-10T05:59"},
    {'U', "this morning", "2025-04-10T00:00Z", "2025-04-10T12:00Z", "2025-04-10T00:00/2025-04-10T11:59"},
    {'U', "this afternoon", "2025-04-10T12:00Z", "2025-04-10T18:00Z", "2025-04-10T12:00/2025-04-10T17:59"},
    {'U', "tonight at 8", "2025-04-10T20:00Z", "2025-04-10T20:01Z", "2025-04-10T20:00"},
    {'U', "8 tonight", "2025-04-10T20:00Z", "2025-04-10T20:01Z", "2025-04-10T20:00"},
    {'U', "Tuesday morning at 9", "2025-04-08T09:00Z", "2025-04-08T09:01Z", "2025-04-08T09:00"},
    {'U', "tomorrow afternoon at 5", "2025-04-11T17:00Z", "2025-04-11T17:01Z", "2025-04-11T17:00"},
    {'U', "tomorrow at 5pm", "2025-04-11T17:00Z", "2025-04-11T17:01Z", "2025-04-11T17:00"},
    {'U', "at 5pm tomorrow", "2025-04-11T17:00Z", "2025-04-11T17:01Z", "2025-04-11T17:00"},
    {'U', "5pm today", "2025-04-10T17:00Z", "2025-04-10T17:01Z", "2025-04-10T17:00"},
    {'U', "9 tomorrow morning", "2025-04-11T09:00Z", "2025-04-11T09:01Z", "2025-04-11T09:00"},
    {'U', "at 3pm", "2025-04-10T15:00Z", "2025-04-10T15:01Z", "15:00"},
    {'U', "at about 3pm", "2025-04-10T14:30Z", "2025-04-10T15:31Z", "around 15:00"},
    {'U', "3 o'clock pm", "2025-04-10T15:00Z", "2025-04-10T15:01Z", "15:00"},
    {'U', "3 in the morning", "2025-04-10T03:00Z", "2025-04-10T03:01Z", "03:00"},
    {'U', "3:15 in the afternoon", "2025-04-10T15:15Z", "2025-04-10T15:16Z", "15:15"},
    {'U', "8 o'clock in the evening", "2025-04-10T20:00Z", "2025-04-10T20:01Z", "20:00"},
    {'S', "in 90 minutes", "2025-04-10T01:30Z", "2025-04-10T01:31Z", "2025-04-10T10:30"},
};
// clang-format on

struct Rejected {
    char context;
    const char* value;
    std::size_t offset;
    const char* message;  // the whole message
};

// clang-format off
const std::vector<Rejected> rejected{
    {'U', "25:00", 0, "there is no hour 25 (a day runs from 00:00 to 23:59)"},
    {'U', "24:00", 0, "there is no hour 24 (a day runs from 00:00 to 23:59)"},
    {'U', "13 p.m.", 0, "13 p.m. is not a time (a 12-hour clock runs from 1 to 12)"},
    {'U', "0 a.m.", 0, "0 a.m. is not a time (a 12-hour clock runs from 1 to 12)"},
    {'U', "4:60 a.m.", 0, "there is no minute 60 in an hour"},
    {'U', "16:75", 0, "there is no minute 75 in an hour"},
    {'U', "2025-04-10T25:10", 11, "there is no hour 25 (a day runs from 00:00 to 23:59)"},
    {'U', "2025-02-30T04:10", 8, "February 30, 2025 is not a date"},
    {'U', "February 30", 9, "February 30, 2025 is not a date"},
    {'U', "February 29, 2025", 9, "February 29, 2025 is not a date"},
    {'U', "0000-01-01", 0, "there is no year 0; write the year in full"},
    {'U', "0000-01-01T04:10", 0, "there is no year 0; write the year in full"},
    {'U', "16:10 XST", 6, "unknown time zone 'XST' (did you mean 'BST'?)"},
    {'U', "16:10 Asia/Seol", 6, "unknown time zone 'Asia/Seol' (did you mean 'Asia/Seoul'?)"},
    {'U', "16:10 Europe/Londn", 6, "unknown time zone 'Europe/Londn' (did you mean 'Europe/London'?)"},
    {'U', "16:10 ETT", 6, "unknown time zone 'ETT' (did you mean 'EDT'?)"},
    {'U', "16:10 UTC+15", 6, "a UTC offset runs from -14:00 to +14:00"},
    {'U', "16:10 +14:30", 6, "a UTC offset runs from -14:00 to +14:00"},
    {'U', "16:10 +05:60", 6, "there is no minute 60 in an hour: a UTC offset's minutes run from 00 to 59"},
    {'U', "16:10 UTC+5:75", 6, "there is no minute 75 in an hour: a UTC offset's minutes run from 00 to 59"},
    {'U', "2025-04-10T04:10-0360", 16, "there is no minute 60 in an hour: a UTC offset's minutes run from 00 to 59"},
    {'X', "FY26", 0, "a year written '26' needs its century: write it in full (1926 or 2026) or give the source's `published` date"},
    {'U', "FY75", 0, "a year written '75' could be 1975 or 2075, each 50 years from the source's `published` date: write it in full"},
    {'U', "2025 years ago", 0, "'2025 years earlier' lands in year 0: a date runs from year 1 to 9999 (there is no year 0)"},
    {'U', "3000 years ago", 0, "'3000 years earlier' lands in year -975: a date runs from year 1 to 9999 (there is no year 0)"},
    {'U', "30000 months ago", 0, "'30000 months earlier' lands in year -475: a date runs from year 1 to 9999 (there is no year 0)"},
    {'U', "about 2000 years ago", 0, "'2000 years earlier' lands in year -175: a date runs from year 1 to 9999 (there is no year 0)"},
    {'U', "8000 years later", 0, "'8000 years later' lands in year 10025: a date runs from year 1 to 9999 (there is no year 0)"},
    {'U', "2025-04-10T04:10+15:00", 16, "a UTC offset runs from -14:00 to +14:00"},
    {'U', "summer", 0, "a season depends on the hemisphere; set `hemisphere = \"north\"` or \"south\" in [story] of story.toml, or name the months (such as 'June-August')"},
    {'U', "the summer of 2024", 0, "a season depends on the hemisphere; set `hemisphere = \"north\"` or \"south\" in [story] of story.toml, or name the months (such as 'June-August')"},
    {'U', "winter 2025", 0, "a season depends on the hemisphere; set `hemisphere = \"north\"` or \"south\" in [story] of story.toml, or name the months (such as 'June-August')"},
    {'U', "autumn", 0, "a season depends on the hemisphere; set `hemisphere = \"north\"` or \"south\" in [story] of story.toml, or name the months (such as 'June-August')"},
    {'X', "summer 2025", 0, "a season depends on the hemisphere; set `hemisphere = \"north\"` or \"south\" in [story] of story.toml, or name the months (such as 'June-August')"},
    {'U', "the 1995s", 0, "the 1995s are not a decade (a decade starts in a year ending in 0)"},
    {'U', "Q5 2025", 0, "there is no quarter 5 (Q1 to Q4)"},
    {'U', "late April-May 2025", 0, "'early', 'mid' and 'late' (and 'the beginning', 'middle' or 'end of') are read of a week, a month, three months or more, or whole years; not 2025-04-01/2025-05-31"},
    {'U', "H3", 0, "there is no half 3 (H1 or H2)"},
    {'U', "4 p.m. January 2026", 0, "a time of day needs a single day, not 2026-01-01/2026-01-31"},
    {'U', "4 p.m. on 2026-01-01/2026-01-02", 0, "a time of day needs a single day, not 2026-01-01/2026-01-02"},
    {'U', "Tuesday morning, January 2026", 15, "expected the end of the date"},
    {'U', "shortly after Tuesday", 0, "'shortly after' and 'shortly before' need a time of day"},
    {'U', "shortly before 2025", 0, "'shortly after' and 'shortly before' need a time of day"},
    {'N', "2025-03-09T02:30", 11, "2025-03-09T02:30 does not exist in America/New_York: the clocks went forward then"},
    {'N', "2:30 a.m. on March 9, 2025", 0, "2025-03-09T02:30 does not exist in America/New_York: the clocks went forward then"},
    {'N', "2:00 a.m. ET on March 9, 2025", 0, "2025-03-09T02:00 does not exist in America/New_York: the clocks went forward then"},
    {'N', "2025-11-02T01:30", 11, "2025-11-02T01:30 happened twice in America/New_York (the clocks went back); give the offset, -04:00 or -05:00"},
    {'N', "1:30 a.m. on November 2, 2025", 0, "2025-11-02T01:30 happened twice in America/New_York (the clocks went back); give the offset, -04:00 or -05:00"},
    {'N', "1:00 a.m. ET on November 2, 2025", 0, "2025-11-02T01:00 happened twice in America/New_York (the clocks went back); give the offset, -04:00 or -05:00"},
    {'L', "1:30 a.m. on October 26, 2025", 0, "2025-10-26T01:30 happened twice in Europe/London (the clocks went back); give the offset, +01:00 or +00:00"},
    {'L', "1:30 a.m. on March 30, 2025", 0, "2025-03-30T01:30 does not exist in Europe/London: the clocks went forward then"},
    {'U', "nine hours later", 0, "'9 hours later' needs the time of day of the source's `published` date"},
    {'U', "90 minutes earlier", 0, "'90 minutes earlier' needs the time of day of the source's `published` date"},
    {'U', "2025-04-10T05:00/2025-04-10T04:00", 28, "the range ends before it starts"},
    {'U', "4:10 a.m. on Teusday", 13, "unknown word 'teusday' (did you mean 'tuesday'?)"},
    {'U', "the 3 quarter", 0, "expected a date after 'the'"},
    {'U', "fiscal", 0, "expected a date after 'fiscal'"},
    {'U', "a quarter past 3:10pm", 0, "'half past' and 'a quarter past' or 'to' count from a time on the hour, not 15:10; write the time it means"},
    {'U', "half past 13 p.m.", 0, "13 p.m. is not a time (a 12-hour clock runs from 1 to 12)"},
    {'U', "a quarter to midnight", 0, "'a quarter to midnight' may fall on either day; write 23:45 with its day"},
    {'U', "half to 3pm", 0, "expected a date after 'half'"},
    {'U', "since", 0, "expected a date after 'since'"},
    {'X', "4:10 a.m.", 0, "a time without a date needs the source's `published` date"},
    {'X', "Tuesday morning", 0, "'Tuesday' with a time of day needs the source's `published` date"},
    {'X', "noon", 0, "a time without a date needs the source's `published` date"},
    {'X', "overnight", 0, "a part of a day without a date needs the source's `published` date"},
    {'X', "Q2", 0, "'a quarter' needs a year or the source's `published` date"},
    {'X', "fiscal Q2", 0, "'a fiscal quarter' needs a year or the source's `published` date"},
    {'X', "the fiscal first half", 0, "'a fiscal half' needs a year or the source's `published` date"},
    {'F', "fiscal Q5", 0, "there is no quarter 5 (Q1 to Q4)"},
    {'F', "H3 FY2027", 0, "there is no half 3 (H1 or H2)"},
    {'X', "the first half", 0, "'a half' needs a year or the source's `published` date"},
    {'X', "in March", 0, "'in March' needs a year or the source's `published` date"},
    {'X', "earlier this week", 0, "'earlier this week' needs the source's `published` date"},
    {'X', "last Friday", 0, "'last Friday' needs the source's `published` date"},
    {'X', "next Monday", 0, "'next Monday' needs the source's `published` date"},
    {'X', "the day before", 0, "'the day before' counts from an event the value does not name; write the date it means ('yesterday' counts from the source's `published` date)"},
    {'U', "the day before", 0, "'the day before' counts from an event the value does not name; write the date it means ('yesterday' counts from the source's `published` date)"},
    {'U', "the day after", 0, "'the day after' counts from an event the value does not name; write the date it means ('tomorrow' counts from the source's `published` date)"},
    {'U', "two weeks after the vote", 0, "'2 weeks after the vote' counts from the vote, which a value cannot name; write the date it means"},
    {'U', "the day before the verdict", 0, "'the day before the verdict' counts from the verdict, which a value cannot name; write the date it means"},
    {'U', "two weeks after", 0, "'2 weeks after' counts from an event the value does not name; write the date it means ('2 weeks later' counts from the source's `published` date)"},
    {'U', "a month before", 0, "'a month before' counts from an event the value does not name; write the date it means ('a month earlier' counts from the source's `published` date)"},
    {'S', "3 hours after", 0, "'3 hours after' counts from an event the value does not name; write the date it means ('3 hours later' counts from the source's `published` date)"},
    {'N', "earlier this week", 0, "'earlier this week' names no day: 2025-03-10, the source's `published` date, is the first day of the week"},
    {'U', "4:10 a.m. local time", 10, "'local time' needs the story's time zone: set `timezone` (an IANA name such as \"Asia/Seoul\") in [story] of story.toml, or in the claim file's [source]"},
    {'U', "0350 local", 5, "'local time' needs the story's time zone: set `timezone` (an IANA name such as \"Asia/Seoul\") in [story] of story.toml, or in the claim file's [source]"},
    {'U', "2460 GMT", 0, "there is no hour 24 (a day runs from 00:00 to 23:59)"},
    {'U', "0375 GMT", 0, "there is no minute 75 in an hour"},
    {'U', "11:40 p.m. Kyivv time", 11, "unknown time zone 'Kyivv time' (did you mean 'Kyiv time'?)"},
    {'U', "9 a.m. Eastern time on Tuesday", 7, "'Eastern time' could be America/New_York or America/Toronto; write the IANA name or the offset"},
    {'U', "overnight Tuesday into Thursday", 0, "Tuesday is not the day before Thursday"},
    {'U', "Tuesday night into Thursday", 0, "Thursday is not the day after Tuesday"},
    {'U', "Tuesday morning into Wednesday", 0, "only a night runs into the next day (such as 'Tuesday night into Wednesday')"},
    {'X', "9 p.m. ET on Tuesday", 0, "'Tuesday' with a time of day needs the source's `published` date"},
    {'U', "tonight at 2", 11, "14:00 is not in the night"},
    {'U', "this evening at 12", 16, "12 in the evening could be noon or midnight; write which"},
    {'U', "this morning at 3pm", 16, "15:00 is not in the morning"},
    {'U', "at 1030", 0, "expected a date after 'at'"},
    {'U', "at 9", 0, "expected a date after 'at'"},
};
// clang-format on

DateValue parsed(char context, std::string_view value) {
    auto result = parse_date(value, context_of(context));
    if (const auto* error = std::get_if<ParseError>(&result)) {
        FAIL("'" << value << "' did not parse: " << error->message << " at " << error->offset);
    }
    return std::get<DateValue>(result);
}

}  // namespace

TEST_CASE("times: each wording allows the instants the rules give", "[date][time]") {
    for (const auto& c : accepted) {
        CAPTURE(c.context, c.value);
        const auto d = parsed(c.context, c.value);
        CHECK(utc(d.begin) == c.begin);
        CHECK(utc(d.end) == c.end);
        CHECK(d.canonical == c.canonical);
    }
}

TEST_CASE("times: every canonical text parses back to the same instants", "[date][time]") {
    for (const auto& c : accepted) {
        CAPTURE(c.context, c.value);
        const auto d = parsed(c.context, c.value);
        const auto again = parsed(c.context, d.canonical);
        CHECK(utc(again.begin) == utc(d.begin));
        CHECK(utc(again.end) == utc(d.end));
        CHECK(again.canonical == d.canonical);
    }
}

TEST_CASE("times: impossible times, unknown zones and unanchored values are errors with a reason", "[date][time]") {
    for (const auto& c : rejected) {
        CAPTURE(c.context, c.value);
        auto result = parse_date(c.value, context_of(c.context));
        REQUIRE(std::holds_alternative<ParseError>(result));
        const auto& e = std::get<ParseError>(result);
        CHECK(e.message == c.message);
        CHECK(e.offset == c.offset);
    }
}

TEST_CASE("times: precision is the one written", "[date][time]") {
    CHECK(parsed('U', "April 10, 2025").precision == DatePrecision::day);
    CHECK(parsed('U', "Q2 2025").precision == DatePrecision::day);
    CHECK(parsed('U', "Tuesday morning").precision == DatePrecision::part_of_day);
    CHECK(parsed('U', "early Tuesday").precision == DatePrecision::part_of_day);
    CHECK(parsed('U', "4:10 a.m.").precision == DatePrecision::minute);
    CHECK(parsed('S', "nine hours later").precision == DatePrecision::minute);
}

TEST_CASE("times: a value read in a zone east of UTC keeps its local day", "[date][time]") {
    const auto d = parsed('S', "4:10 a.m.");
    CHECK(d.zone == "Asia/Seoul");
    CHECK(d.first == chr::sys_days{chr::year{2025} / chr::April / 10});
    CHECK(d.last == d.first);
    CHECK(utc(d.begin) == "2025-04-09T19:10Z");
}

namespace {

struct Shown {
    const char* instant;  // as parse_date reads it in UTC
    const char* zone;
    const char* text;
};

// clang-format off
const std::vector<Shown> shown{
    {"2025-04-09T19:10Z", "Asia/Seoul", "2025-04-10 04:10 Asia/Seoul (19:10 UTC the day before)"},
    {"2025-04-10T07:10Z", "Asia/Seoul", "2025-04-10 16:10 Asia/Seoul (07:10 UTC)"},
    {"2025-04-09T01:10Z", "America/New_York", "2025-04-08 21:10 America/New_York (01:10 UTC the day after)"},
    {"2025-01-14T02:10Z", "America/New_York", "2025-01-13 21:10 America/New_York (02:10 UTC the day after)"},
    {"2025-04-09T19:10Z", "", "2025-04-09 19:10 UTC"},
    {"2025-04-09T19:10Z", "UTC", "2025-04-09 19:10 UTC"},
    {"2025-04-09T19:10Z", "UTC+05:30", "2025-04-10 00:40 UTC+05:30 (19:10 UTC the day before)"},
    {"2025-10-26T00:30Z", "Europe/London", "2025-10-26 01:30 Europe/London (00:30 UTC)"},
    {"2025-10-26T01:30Z", "Europe/London", "2025-10-26 01:30 Europe/London (01:30 UTC)"},
    {"2025-07-01T13:00Z", "Pacific/Kiritimati", "2025-07-02 03:00 Pacific/Kiritimati (13:00 UTC the day before)"},
};
// clang-format on

}  // namespace

TEST_CASE("times: an instant is shown in its zone and in UTC", "[date][time]") {
    for (const auto& c : shown) {
        CAPTURE(c.instant, c.zone);
        const auto at = parsed('X', c.instant).begin;
        CHECK(describe_instant(at, c.zone) == c.text);
    }
}

namespace {

struct ZoneName {
    const char* name;
    const char* error;  // "" when the name is an IANA zone
};

// clang-format off
const std::vector<ZoneName> zone_names{
    {"Asia/Seoul", ""},
    {"America/New_York", ""},
    {"Europe/London", ""},
    {"Australia/Lord_Howe", ""},
    {"UTC", ""},
    {"Etc/UTC", ""},
    {"Asia/Seol", "'Asia/Seol' is not an IANA time zone name (such as \"Asia/Seoul\") (did you mean 'Asia/Seoul'?)"},
    {"Europe/Londn", "'Europe/Londn' is not an IANA time zone name (such as \"Asia/Seoul\") (did you mean 'Europe/London'?)"},
    {"KST", "'KST' is not an IANA time zone name (such as \"Asia/Seoul\"); 'KST' reads as UTC+09:00"},
    {"ET", "'ET' is not an IANA time zone name (such as \"Asia/Seoul\"); 'ET' reads as America/New_York"},
    {"Seoul", "'Seoul' is not an IANA time zone name (such as \"Asia/Seoul\")"},
    {"", "'' is not an IANA time zone name (such as \"Asia/Seoul\")"},
};
// clang-format on

}  // namespace

TEST_CASE("times: a story's timezone must be an IANA name", "[date][time]") {
    for (const auto& c : zone_names) {
        CAPTURE(c.name);
        const auto error = timezone_error(c.name);
        if (std::string_view(c.error).empty()) {
            CHECK_FALSE(error);
        } else {
            REQUIRE(error);
            CHECK(*error == c.error);
        }
    }
}
