// Wade–Giles (data/romanisation/wade-giles.tsv): the Pinyin spellings of
// words read as Wade–Giles syllables, whole or as initial and final.
#include "compare/romanisation.hpp"

#include "compare/romanisation/internal.hpp"
#include "embedded/wade_giles_tsv.hpp"
#include "util/tsv.hpp"

#include <set>

namespace claimcheck::compare::romanisation {

namespace {

struct WadeGiles {
    std::map<std::string, std::vector<std::string>> initials;  // "" is the empty initial
    std::map<std::string, std::vector<std::string>> finals;
    std::map<std::string, std::vector<std::string>> syllables;
};

const WadeGiles& wade_giles_table() {
    static const WadeGiles table = [] {
        WadeGiles out;
        for (const auto& row : text::tsv_rows(data::wade_giles_tsv())) {
            const std::string key = row.size() > 1 && row[1] != "-" ? str(row[1]) : "";
            if (row[0] == "initial") {
                out.initials[key] = rest_of(row, 2);
            } else if (row[0] == "final") {
                out.finals[key] = rest_of(row, 2);
            } else if (row[0] == "syllable") {
                out.syllables[key] = rest_of(row, 2);
            }
        }
        return out;
    }();
    return table;
}

// The Pinyin spellings of one Wade–Giles syllable (none when it is not one).
std::vector<std::string> pinyin_of(const std::string& syllable) {
    const WadeGiles& table = wade_giles_table();
    if (auto whole = table.syllables.find(syllable); whole != table.syllables.end()) {
        return whole->second;
    }
    std::set<std::string> out;
    for (const auto& [initial, pinyin_initials] : table.initials) {
        if (!syllable.starts_with(initial)) {
            continue;
        }
        auto final = table.finals.find(syllable.substr(initial.size()));
        if (final == table.finals.end()) {
            continue;
        }
        for (const auto& i : pinyin_initials) {
            for (const auto& f : final->second) {
                out.insert(i + f);
            }
        }
    }
    return {out.begin(), out.end()};
}

}  // namespace

std::vector<std::string> pinyin_readings(const std::vector<std::string>& words, std::size_t limit) {
    std::vector<std::string> readings{""};
    for (const auto& word : words) {
        const std::vector<std::string> options = pinyin_of(word);
        if (options.empty()) {
            return {};
        }
        std::vector<std::string> next;
        for (const auto& reading : readings) {
            for (const auto& option : options) {
                if (next.size() < limit) {
                    next.push_back(reading + option);
                }
            }
        }
        readings = std::move(next);
    }
    return words.empty() ? std::vector<std::string>{} : readings;
}

}  // namespace claimcheck::compare::romanisation
