// Generic terms of place and organisation names and the connectives dropped
// with them (data/names/generic-terms.tsv).
#include "compare/romanisation.hpp"

#include "compare/romanisation/internal.hpp"
#include "embedded/generic_terms_tsv.hpp"
#include "util/tsv.hpp"

#include <set>

namespace claimcheck::compare::romanisation {

const std::vector<GenericTerm>& generic_terms() {
    static const std::vector<GenericTerm> terms = [] {
        std::vector<GenericTerm> out;
        for (const auto& row : text::tsv_rows(data::generic_terms_tsv())) {
            if (row[0] != "term") {
                continue;
            }
            GenericTerm term;
            term.meaning = str(row.at(1));
            for (auto word : text::split(row.at(2), ' ')) {
                term.english.push_back(str(word));
            }
            if (row.size() > 3) {
                for (auto suffix : text::split(row[3], ' ')) {
                    term.suffixes.push_back(str(suffix));
                }
            }
            out.push_back(std::move(term));
        }
        return out;
    }();
    return terms;
}

bool is_connective(std::string_view word) {
    static const std::set<std::string, std::less<>> words = [] {
        std::set<std::string, std::less<>> out;
        for (const auto& row : text::tsv_rows(data::generic_terms_tsv())) {
            if (row[0] == "connective") {
                out.insert(str(row.at(1)));
            }
        }
        return out;
    }();
    return words.count(word) > 0;
}

}  // namespace claimcheck::compare::romanisation
