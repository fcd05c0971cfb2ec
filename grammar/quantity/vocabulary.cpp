// data/words/quantity.tsv, read once and checked.
#include "grammar/quantity/vocabulary.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>

#include "embedded/quantity_tsv.hpp"
#include "util/tsv.hpp"

namespace claimcheck::grammar::vocabulary {

namespace {

constexpr std::array<std::string_view, 8> tables{"qualifier", "qualifier-sign", "share",     "share-in-text",
                                                 "mark",      "mark-after-fraction", "direction", "multiple"};

std::map<std::string_view, std::vector<WordRow>> const& rows_by_table() {
    static std::map<std::string_view, std::vector<WordRow>> const rows = [] {
        std::map<std::string_view, std::vector<WordRow>> out;
        std::set<std::pair<std::string_view, std::string_view>> seen;
        for (auto const& row : claimcheck::text::tsv_rows(data::quantity_tsv())) {
            if (row.size() != 3) {
                throw std::logic_error("data/words/quantity.tsv: a row needs three columns: " +
                                       (row.empty() ? std::string() : std::string(row.front())));
            }
            if (std::find(tables.begin(), tables.end(), row[1]) == tables.end()) {
                throw std::logic_error("data/words/quantity.tsv: unknown table '" + std::string(row[1]) + "' of '" +
                                       std::string(row[0]) + "'");
            }
            if (!seen.emplace(row[0], row[1]).second) {
                throw std::logic_error("data/words/quantity.tsv: '" + std::string(row[0]) + "' is listed twice in " +
                                       std::string(row[1]));
            }
            out[row[1]].push_back({row[0], row[2]});
        }
        return out;
    }();
    return rows;
}

}  // namespace

std::vector<WordRow> const& quantity_words(std::string_view table) {
    static std::vector<WordRow> const none;
    auto const found = rows_by_table().find(table);
    return found == rows_by_table().end() ? none : found->second;
}

bool estimate_qualifier(std::string_view word) {
    auto const& rows = quantity_words("qualifier");
    return std::any_of(rows.begin(), rows.end(),
                       [&](WordRow const& row) { return row.meaning == "estimate" && row.word == word; });
}

}  // namespace claimcheck::grammar::vocabulary
