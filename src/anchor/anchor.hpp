// Anchors (spec §4.1): where a claim's quote stands in its article.
#pragma once

#include "model/diagnostics.hpp"
#include "model/story.hpp"

#include <optional>
#include <string_view>
#include <vector>

namespace claimcheck::anchor {

// A place of a quote in an article.
struct Occurrence {
    std::size_t offset = 0;  // bytes in Article::text
    std::size_t length = 0;  // bytes
    int line = 0;            // 1-based
    int column = 0;          // 1-based, code points
};

// Every exact occurrence of `quote` in the article, in order.
std::vector<Occurrence> find_exact(const Article& article, std::string_view quote);

// Every occurrence after folding typography (runs of white space, curly and
// straight quotes and apostrophes, dash variants, NBSP) on both sides.
std::vector<Occurrence> find_folded(const Article& article, std::string_view quote);

// Resolves a quote with an optional line hint to one of the states of §4.1.
// Never picks one of several occurrences silently.
Anchor resolve(const Article& article, std::string_view quote, std::optional<int> line_hint);

// Resolves every claim of a source and reports folded (note), relocated
// (warning), ambiguous and orphan (error) anchors at the claim's quote.
void anchor_source(Source& source, Diagnostics& diagnostics);

}  // namespace claimcheck::anchor
