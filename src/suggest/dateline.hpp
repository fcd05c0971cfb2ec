// When a new article was published, from its dateline or release line: a
// calendar date written with digits ("SEOUL, Oct. 29 —", "January 19,
// 2026", "Released: 2026-10-29T16:10+09:00") near the top of the text.
#pragma once

#include "model/story.hpp"
#include "suggest/context.hpp"

#include <chrono>
#include <optional>
#include <string>

namespace claimcheck::suggest {

struct Published {
    std::string toml;        // "2026-01-19", or "2026-10-29T16:10:00+09:00" when a time is given
    std::string from;        // the words it was read from
    std::size_t offset = 0;  // where they stand in the article
    std::chrono::year_month_day day;
    std::optional<std::chrono::sys_seconds> at;
};

// The first date of the article's opening lines that names one day (or a
// minute), read in the story's zone with the story's date giving a missing
// year; nullopt when there is none.
std::optional<Published> published_of(const Text& text, const Story& story);

}  // namespace claimcheck::suggest
