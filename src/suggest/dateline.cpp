#include "suggest/dateline.hpp"

#include "grammar/value.hpp"
#include "util/calendar.hpp"

#include <algorithm>
#include <fmt/format.h>

namespace claimcheck::suggest {

namespace {

constexpr int opening_lines = 8;  // non-empty lines a dateline may stand on

// Where the article's first `opening_lines` non-empty lines end.
std::size_t opening_end(const std::string& all) {
    int seen = 0;
    std::size_t at = 0;
    while (at < all.size()) {
        const std::size_t end = std::min(all.find('\n', at), all.size());
        seen += end > at ? 1 : 0;
        at = end + 1;
        if (seen == opening_lines) {
            return std::min(at, all.size());
        }
    }
    return all.size();
}

// "2026-10-29T16:10:00+09:00": the instant in its own zone's wall clock.
std::string date_time(std::chrono::sys_seconds at, const std::string& zone) {
    using namespace std::chrono;
    const seconds offset = grammar::zone_offset(zone, at);
    const sys_seconds wall = at + offset;
    const auto day = floor<days>(wall);
    const hh_mm_ss clock(wall - day);
    const long minutes = offset.count() / 60;
    return fmt::format("{}T{:02}:{:02}:{:02}{}{:02}:{:02}", calendar::iso_date(day), clock.hours().count(),
                       clock.minutes().count(), clock.seconds().count(), minutes < 0 ? '-' : '+',
                       std::abs(minutes) / 60, std::abs(minutes) % 60);
}

bool has_digit(const std::string& s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

// Whether a date stands as a dateline does: alone on its line or after a
// label ("Released: 2026-10-29T16:10+09:00"), or before a dash that opens
// the story ("SEOUL, Oct. 29 — Seorim said"). A date inside a sentence of
// the story ("results for the quarter ended September 30, 2026") does not.
bool dateline_like(std::string_view all, std::size_t begin, std::size_t end) {
    const std::size_t line_start = all.rfind('\n', begin) == std::string_view::npos ? 0 : all.rfind('\n', begin) + 1;
    const std::size_t line_end = std::min(all.find('\n', end), all.size());
    const std::string_view before = trimmed(all.substr(line_start, begin - line_start));
    const std::string_view after = trimmed(all.substr(end, line_end - end));
    if (after.empty() && (before.empty() || before.back() == ':')) {
        return true;
    }
    return after.rfind("\xE2\x80\x94", 0) == 0 || after.rfind("\xE2\x80\x93", 0) == 0 || after.rfind("- ", 0) == 0 ||
           after == "-";
}

}  // namespace

std::optional<Published> published_of(const Text& text, const Story& story) {
    const std::string& all = text.article->text;
    grammar::DateContext context;
    context.published = story.date;
    context.timezone = story.timezone;
    context.timezone_declared = story.timezone_declared;
    context.fiscal_year_start = story.fiscal_year_start;
    context.zone_abbreviations = story.zone_abbreviations.get();
    for (const auto& found : grammar::find_dates(std::string_view(all).substr(0, opening_end(all)), context)) {
        const grammar::DateValue& date = found.value;
        const bool minute = date.precision == grammar::DatePrecision::minute;
        if (!has_digit(found.text) || !date.bounded || (!minute && date.first != date.last) ||
            !dateline_like(all, found.offset, found.offset + found.length)) {
            continue;
        }
        Published out;
        out.from = found.text;
        out.offset = found.offset;
        if (minute) {
            out.at = date.begin;
            out.day = std::chrono::year_month_day(grammar::local_day(date.zone, date.begin));
            out.toml = date_time(date.begin, date.zone);
        } else {
            out.day = std::chrono::year_month_day(date.first);
            out.toml = calendar::iso_date(date.first);
        }
        return out;
    }
    return std::nullopt;
}

}  // namespace claimcheck::suggest
