// A claim's quote for a place of the article: its exact words, made
// unique (with `line`, or a word more) the way anchors are resolved.
#pragma once

#include "model/story.hpp"

#include <cstddef>
#include <optional>
#include <string>

namespace claimcheck::suggest {

struct Quoted {
    std::string quote;
    std::size_t offset = 0;
    std::optional<int> line;  // when the words occur more than once
    bool widened = false;     // words were added to make it unique
};

// The words of [begin, end): when they occur more than once, `line` picks
// the place if they occur once on its line, else the quote takes a word
// more on each side until they do.
Quoted quote_at(const Article& article, std::size_t begin, std::size_t end);

// Where an anchored claim's quote stands in its source's article:
// [begin, end) in bytes; nullopt when it was not found.
std::optional<std::pair<std::size_t, std::size_t>> claim_span(const Source& source, const Claim& claim);

}  // namespace claimcheck::suggest
