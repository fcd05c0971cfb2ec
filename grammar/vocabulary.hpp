// The rule groups' open-class words (data/words/): the qualifiers, change
// words, shares, marks and multiples newsrooms write around a figure
// (quantity.tsv), and the approaches, seasons and fiscal words around a date (date.tsv).
// Each file is read strictly once and turned into its rule group's symbol
// tables (quantity/words.hpp, date/words.hpp). No Spirit here.
#pragma once

#include <initializer_list>
#include <map>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace claimcheck::grammar::vocabulary {

struct WordRow {
    std::string_view word;     // as written in the file
    std::string_view meaning;  // the third column
    std::string_view file;     // "data/words/quantity.tsv", for messages
};

// A file's rows by table, in the file's order.
using WordTables = std::map<std::string_view, std::vector<WordRow>>;

// Reads the text of a words file named `file`: a row has three columns
// (word, table, meaning), its table is one of `tables`, and no word is listed
// twice in a table; a malformed row throws, naming the file and the row.
WordTables read_word_file(std::string_view file, std::string_view text, std::initializer_list<std::string_view> tables);

// The rows of one table of data/words/quantity.tsv ("qualifier",
// "direction") or of data/words/date.tsv ("approach", "season", "fiscal", "third"), in the
// file's order; none for a table the file does not hold.
const std::vector<WordRow>& quantity_words(std::string_view table);
const std::vector<WordRow>& date_words(std::string_view table);

// Is `word` a qualifier that makes its figure an estimate ("an estimated")?
bool estimate_qualifier(std::string_view word);

// The value a row's meaning names, from `meanings` ({"up", Direction::up}):
// a meaning the table does not know throws, naming the row.
template <typename T, std::size_t N>
T meaning_of(const WordRow& row, const std::pair<std::string_view, T> (&meanings)[N]) {
    for (const auto& [name, value] : meanings) {
        if (name == row.meaning) {
            return value;
        }
    }
    throw std::logic_error(std::string(row.file) + ": '" + std::string(row.meaning) +
                           "' is no meaning of the table of '" + std::string(row.word) + "'");
}

}  // namespace claimcheck::grammar::vocabulary
