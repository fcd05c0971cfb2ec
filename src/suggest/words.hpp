// Running text as words for `suggest --story`: each word with its place, a
// stem (Snowball's English stemmer, libstemmer) and whether it is a function
// word (data/words/suggest.tsv); sentences; bags of weighted stems and how
// much two bags share, weighted by how rare a stem is in the story.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace claimcheck::suggest {

struct Word {
    std::size_t offset = 0;  // bytes
    std::size_t length = 0;
    std::string stem;      // case-folded, stemmed, at most six code points ("summits" -> "summit")
    bool stop = false;     // a function word ("the", "of")
    bool number = false;   // digits only ("1942")
    bool capital = false;  // written with a capital first letter
};

// The words of a text, in order. A word is a run of letters, marks and
// digits; an apostrophe between letters joins ("Japan's"), a hyphen splits.
std::vector<Word> words_of(std::string_view text);

// A stem as words_of makes it, for one word ("Meetings" -> "meet").
std::string stem_of(std::string_view word);

// A sentence: [begin, end) in bytes. A line break ends one, and so does
// '.', '!' or '?' before white space, unless the word before the full stop
// is an abbreviation or a single letter.
struct Sentence {
    std::size_t begin = 0;
    std::size_t end = 0;
};
std::vector<Sentence> sentences_of(std::string_view text, const std::vector<Word>& words);

// Stems and their weights.
using Bag = std::unordered_map<std::string, double>;

// How rare each stem is among the sentences of a story's articles: the
// inverse document frequency, log((N + 1) / (df + 0.5)); a stem never seen
// weighs as one seen once.
class Rarity {
  public:
    void add_document(const Bag& stems);
    double weight(const std::string& stem) const;
    bool seen(const std::string& stem) const { return documents_with_.count(stem) > 0; }

  private:
    std::unordered_map<std::string, int> documents_with_;
    int documents_ = 0;
};

// Cosine of two bags, each stem weighted by its rarity; 0 when either is empty.
double cosine(const Bag& a, const Bag& b, const Rarity& rarity);

// How much of `wanted` (a label's words) `bag` holds: the rarity-weighted
// share of wanted's stems found in bag, each counted by bag's weight (at
// most 1). A stem no sentence of the story holds counts less: no place
// could hold it, but a label that names what no text says is a weak match.
double coverage(const Bag& wanted, const Bag& bag, const Rarity& rarity);

// The stems two bags share, rarest first (for the comments that say why).
std::vector<std::string> shared_stems(const Bag& a, const Bag& b, const Rarity& rarity, std::size_t most);

}  // namespace claimcheck::suggest
