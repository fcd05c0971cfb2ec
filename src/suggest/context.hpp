// An article read as words and sentences, and the words around a place in
// it: what a figure, date, name or cue is said with.
#pragma once

#include "model/story.hpp"
#include "suggest/words.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace claimcheck::suggest {

struct Text {
    const Article* article = nullptr;
    std::vector<Word> words;
    std::vector<Sentence> sentences;
};

Text read_text(const Article& article);

// The sentence that holds byte `offset` (the last one past the end).
std::size_t sentence_at(const Text& text, std::size_t offset);

// The words said with [begin, end): those inside weigh 1, the rest of its
// sentence less with each word of distance (never below 0.3), and the
// `reach` sentences either side `neighbours` each. Function words and bare
// numbers are left out.
Bag context_of(const Text& text, std::size_t begin, std::size_t end, double neighbours = 0, std::size_t reach = 1);

// Every content word of a short text (a label, a quote) at weight 1.
Bag bag_of(std::string_view words);

// The clause around [begin, end) within its sentence: from the punctuation
// before it (, ; : — ( “ ”) to the one after, trimmed, widened to at least
// `min_words` words where the sentence allows. Returns [begin, end).
std::pair<std::size_t, std::size_t> clause_around(const Text& text, std::size_t begin, std::size_t end,
                                                  std::size_t min_words);

// The written words of the article whose stems are `stems` (first
// occurrence in [begin, end) of each), for comments.
std::vector<std::string> written_words(const Text& text, const std::vector<std::string>& stems, std::size_t begin,
                                       std::size_t end);

}  // namespace claimcheck::suggest
