// data/words/*.tsv, each read once and checked.
#include "grammar/vocabulary.hpp"

#include <algorithm>
#include <set>

#include "embedded/date_tsv.hpp"
#include "embedded/quantity_tsv.hpp"
#include "util/tsv.hpp"

namespace claimcheck::grammar::vocabulary {

WordTables read_word_file(std::string_view file, std::string_view text,
                          std::initializer_list<std::string_view> tables) {
    WordTables out;
    std::set<std::pair<std::string_view, std::string_view>> seen;
    const auto refuse = [&](const std::string& what) { throw std::logic_error(std::string(file) + ": " + what); };
    for (const auto& row : claimcheck::text::tsv_rows(text)) {
        claimcheck::text::require_columns(row, 3, file);
        if (std::find(tables.begin(), tables.end(), row[1]) == tables.end()) {
            refuse("unknown table '" + std::string(row[1]) + "' of '" + std::string(row[0]) + "'");
        }
        if (!seen.emplace(row[0], row[1]).second) {
            refuse("'" + std::string(row[0]) + "' is listed twice in " + std::string(row[1]));
        }
        out[row[1]].push_back({row[0], row[2], file});
    }
    return out;
}

namespace {

const std::vector<WordRow>& rows_of(const WordTables& tables, std::string_view table) {
    static const std::vector<WordRow> none;
    const auto found = tables.find(table);
    return found == tables.end() ? none : found->second;
}

}  // namespace

const std::vector<WordRow>& quantity_words(std::string_view table) {
    static const WordTables tables =
        read_word_file("data/words/quantity.tsv", data::quantity_tsv(),
                       {"qualifier", "qualifier-sign", "share", "share-in-text", "mark", "mark-after-fraction",
                        "direction", "multiple", "change-noun", "statistic", "level", "degree", "degree-scale",
                        "vague-plural", "vague-several", "extra", "wire-slug"});
    return rows_of(tables, table);
}

const std::vector<WordRow>& date_words(std::string_view table) {
    static const WordTables tables =
        read_word_file("data/words/date.tsv", data::date_tsv(), {"approach", "season", "fiscal", "third"});
    return rows_of(tables, table);
}

bool estimate_qualifier(std::string_view word) {
    const auto& rows = quantity_words("qualifier");
    return std::any_of(rows.begin(), rows.end(),
                       [&](const WordRow& row) { return row.meaning == "estimate" && row.word == word; });
}

}  // namespace claimcheck::grammar::vocabulary
