// The closest passage to a quote that was not found (spec §4.1 "orphan").
#pragma once

#include "anchor/fold.hpp"
#include "model/story.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimcheck::anchor {

struct Passage {
    std::string text;
    int line = 0;
    double similarity = 0;  // 0..1
};

// The words of a folded article, and where each occurs: made once per
// article, for all of its quotes that are not found.
struct ArticleWords {
    struct Word {
        std::string key;        // lower-cased ASCII letters, other bytes as is
        std::size_t begin = 0;  // bytes in the folded text
        std::size_t end = 0;
    };
    Folded folded;
    std::vector<Word> words;
    std::unordered_map<std::string, std::vector<std::size_t>> positions;  // key → indices in `words`, ascending
};

ArticleWords index_words(std::string_view article_text);

// The passage of the article most like `quote`, only when it is above a
// strict bound (most words shared and an edit similarity of at least 0.75),
// so that a suggestion is a likely typo fix, never a guess. A sliding window
// of the quote's word count, moved only over the places where the quote's
// words occur (`examined`, when given, counts them): with the article indexed
// once, an orphan costs the occurrences of its own words, not the article.
std::optional<Passage> closest_passage(const Article& article, const ArticleWords& index, std::string_view quote,
                                       std::size_t* examined = nullptr);

// The same for one quote: indexes the article first.
std::optional<Passage> closest_passage(const Article& article, std::string_view quote);

// Edit similarity of two strings: 1 - distance / longer length (code points).
double edit_similarity(std::string_view a, std::string_view b);

}  // namespace claimcheck::anchor
