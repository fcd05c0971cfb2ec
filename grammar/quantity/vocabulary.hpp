// The quantity grammar's open-class words (data/words/quantity.tsv): the
// qualifiers, change words, shares, marks and multiples newsrooms write,
// read strictly once and turned into the rule group's symbol tables
// (words.hpp). No Spirit here.
#pragma once

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck::grammar::vocabulary {

struct WordRow {
    std::string_view word;     // as written in the file
    std::string_view meaning;  // the third column
};

// The rows of one table of data/words/quantity.tsv ("qualifier",
// "direction"), in the file's order. A malformed file throws.
std::vector<WordRow> const& quantity_words(std::string_view table);

// Is `word` a qualifier that makes its figure an estimate ("an estimated")?
bool estimate_qualifier(std::string_view word);

// The value a row's meaning names, from `meanings` ({"up", Direction::up}):
// a meaning the table does not know throws, naming the row.
template <typename T, std::size_t N>
T meaning_of(WordRow const& row, std::pair<std::string_view, T> const (&meanings)[N]) {
    for (auto const& [name, value] : meanings) {
        if (name == row.meaning) {
            return value;
        }
    }
    throw std::logic_error("data/words/quantity.tsv: '" + std::string(row.meaning) +
                           "' is no meaning of the table of '" + std::string(row.word) + "'");
}

}  // namespace claimcheck::grammar::vocabulary
