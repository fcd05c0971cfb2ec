#include "units/tables.hpp"

#include <algorithm>
#include <stdexcept>

#include "embedded/currencies_tsv.hpp"
#include "embedded/subunits_tsv.hpp"
#include "embedded/units_tsv.hpp"
#include "units/dimension.hpp"
#include "units/iso_currencies.hpp"
#include "util/text.hpp"
#include "util/tsv.hpp"

namespace claimcheck::units::detail {

std::string key_of(std::string_view word) {
    if (word.size() == 1 && word[0] >= 'A' && word[0] <= 'Z') {
        return std::string(word);
    }
    return text::lower_words(word);
}

namespace {

Dimension dimension_of(std::string_view name) {
    if (const auto dimension = physical_dimension(name)) {
        return *dimension;
    }
    throw std::logic_error("data/units.tsv: unknown dimension '" + std::string(name) +
                           "' (the dimensions are the rows of data/dimensions.tsv)");
}

}  // namespace

Tables::Tables() {
    for (const auto& row : claimcheck::text::tsv_rows(data::units_tsv())) {
        text::require_columns(row, 3, "data/units.tsv");
        if (row[2] == "multiplier" || row[2] == "suffix" || row[2] == "suffix-after-currency") {
            const auto place = row[2] == "multiplier" ? Multiplier::Place::word
                               : row[2] == "suffix"   ? Multiplier::Place::suffix
                                                      : Multiplier::Place::suffix_after_currency;
            multipliers.push_back({std::string(row[0]), std::stod(std::string(row[1])), place});
            continue;
        }
        units.emplace(key_of(row[0]), TableUnit{std::string(row[1]), dimension_of(row[2]), std::string(row[0])});
        unit_words.emplace_back(row[0]);
    }
    std::set<std::string> table_forms;  // lower-cased: what the table decides
    for (const auto& row : claimcheck::text::tsv_rows(data::currencies_tsv())) {
        text::require_columns(row, 4, "data/currencies.tsv");
        table_forms.insert(text::ascii_lower(row[0]));
        if (row[1] == "none") {
            continue;  // a word that is no currency alone ("marks")
        }
        const bool before = row[2] == "before" || row[2] == "both";
        const bool after = row[2] == "after" || row[2] == "both";
        const bool glued = text::yes_or_no(row, 3, "yes", "no", "data/currencies.tsv");
        if (glued && !before) {
            throw std::logic_error("data/currencies.tsv: a glued sign is written before the number: " +
                                   std::string(row[0]));
        }
        currencies.push_back({std::string(row[0]), std::string(row[1]), before, after, glued});
    }
    add_iso_currencies(table_forms);
    for (const auto& form : currencies) {
        if (form.after && !form.iso_code && form.form.find(' ') == std::string::npos) {
            one_word_names.emplace(text::ascii_lower(form.form), form.code);
            auto& codes = all_nouns[text::ascii_lower(form.form)];
            if (std::find(codes.begin(), codes.end(), form.code) == codes.end()) {
                codes.push_back(form.code);
                std::sort(codes.begin(), codes.end());
            }
        }
    }
    for (const auto& row : claimcheck::text::tsv_rows(data::subunits_tsv())) {
        text::require_columns(row, 3, "data/subunits.tsv");
        subunits.push_back(subunit_of(row));
    }
}

void Tables::add_iso_currencies(const std::set<std::string>& table_forms) {
    std::set<std::string> codes;
    std::set<std::string> forms = table_forms;
    std::map<std::string, std::vector<std::string>> nouns;
    for (const auto& c : iso_currencies()) {
        codes.insert(c.code);
        currencies.push_back({c.code, c.code, true, true, false, true, false, true});
        for (const auto& name : c.names) {
            if (forms.insert(name).second) {
                currencies.push_back({name, c.code, false, true, false, false, false, true});
            }
        }
        for (const auto& noun : c.nouns) {
            nouns[noun].push_back(c.code);
        }
    }
    for (const auto& form : currencies) {
        if (!codes.contains(form.code)) {
            throw std::logic_error("data/currencies.tsv: '" + form.code + "' (of '" + form.form +
                                   "') is not an ISO 4217 code in current use");
        }
    }
    for (const auto& [noun, of] : nouns) {
        all_nouns[noun] = of;
    }
    for (auto& [noun, of] : nouns) {
        if (forms.contains(noun)) {
            continue;
        }
        if (of.size() == 1) {
            currencies.push_back({noun, of.front(), false, true, false, false, true, true});
        } else {
            std::sort(of.begin(), of.end());
            shared_nouns.emplace(noun, of);
        }
    }
}

Subunit Tables::subunit_of(const std::vector<std::string_view>& row) {
    Subunit s{text::ascii_lower(row[0]), {}, 0, {}};
    if (row[1] == "unit") {
        s.unit = std::string(row[2]);
        return s;
    }
    std::string_view codes = row[1];
    while (!codes.empty()) {
        const auto space = codes.find(' ');
        if (space != 0) {
            s.codes.emplace_back(codes.substr(0, space));
        }
        codes = space == std::string_view::npos ? std::string_view() : codes.substr(space + 1);
    }
    s.fraction = std::stod(std::string(row[2]));
    if (s.codes.empty() || !(s.fraction > 0 && s.fraction < 1)) {
        throw std::logic_error("data/subunits.tsv: a subunit needs currencies and a fraction below 1: " +
                               std::string(row[0]));
    }
    return s;
}

const Tables& tables() {
    static const Tables instance;
    return instance;
}

}  // namespace claimcheck::units::detail
