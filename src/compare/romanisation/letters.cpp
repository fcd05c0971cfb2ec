// Letters written more than one way (data/romanisation/letters.tsv) and the
// long vowels of japanese.tsv: the diacritics rung's spellings of a word.
#include "compare/romanisation.hpp"

#include "compare/romanisation/internal.hpp"
#include "embedded/japanese_tsv.hpp"
#include "embedded/letters_tsv.hpp"
#include "util/text.hpp"
#include "util/tsv.hpp"

#include <algorithm>

namespace claimcheck::compare::romanisation {

namespace {

struct Letters {
    std::vector<std::pair<std::string, std::vector<std::string>>> rows;
};

const Letters& letters() {
    static const Letters table = [] {
        Letters out;
        for (const auto& row : text::tsv_rows(data::letters_tsv())) {
            out.rows.emplace_back(str(row.at(0)), rest_of(row, 1));
        }
        return out;
    }();
    return table;
}

std::vector<std::pair<std::string, std::string>> long_vowels() {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& row : text::tsv_rows(data::japanese_tsv())) {
        if (row[0] == "long-vowel") {
            out.emplace_back(str(row.at(1)), str(row.at(2)));
        }
    }
    return out;
}

}  // namespace

std::vector<std::string> rest_of(const std::vector<std::string_view>& row, std::size_t from) {
    std::vector<std::string> out;
    for (std::size_t i = from; i < row.size(); ++i) {
        out.push_back(row[i] == "-" ? "" : str(row[i]));
    }
    return out;
}

std::string fold_long_vowels(std::string word) {
    static const auto vowels = long_vowels();
    for (const auto& [from, to] : vowels) {
        word = replace_all(std::move(word), from, to);
    }
    return word;
}

std::vector<std::string> letter_spellings(std::string_view word, std::size_t limit) {
    std::vector<std::string> out{""};
    text::for_each_code_point(word, [&](char32_t, std::size_t at, std::size_t n) {
        const std::string_view letter = word.substr(at, n);
        const auto& rows = letters().rows;
        auto row = std::find_if(rows.begin(), rows.end(), [&](const auto& r) { return r.first == letter; });
        std::vector<std::string> next;
        for (const auto& prefix : out) {
            if (row == rows.end()) {
                next.push_back(prefix + std::string(letter));
                continue;
            }
            for (const auto& spelling : row->second) {
                if (next.size() < limit) {
                    next.push_back(prefix + spelling);
                }
            }
        }
        out = std::move(next);
        return true;
    });
    return out;
}

}  // namespace claimcheck::compare::romanisation
