// The closest passage to a quote that was not found (spec §4.1 "orphan").
#pragma once

#include "model/story.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace claimcheck::anchor {

struct Passage {
    std::string text;
    int line = 0;
    double similarity = 0;  // 0..1
};

// The passage of the article most like `quote`, only when it is above a
// strict bound (most words shared and an edit similarity of at least 0.75),
// so that a suggestion is a likely typo fix, never a guess. Linear in the
// article's size: a sliding window of the quote's word count per line.
std::optional<Passage> closest_passage(const Article& article, std::string_view quote);

// Edit similarity of two strings: 1 - distance / longer length (code points).
double edit_similarity(std::string_view a, std::string_view b);

}  // namespace claimcheck::anchor
