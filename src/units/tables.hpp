// The newsroom's unit and currency tables (data/units.tsv, currencies.tsv,
// subunits.tsv, with ICU's ISO 4217 currencies), read strictly once.
// Internal to src/units.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "units/units.hpp"

namespace claimcheck::units::detail {

// A unit word is matched without regard to case, except single capitals
// ("C", "F"), which only stand for units when written so.
std::string key_of(std::string_view word);

struct TableUnit {
    std::string expression;
    Dimension dimension;
    std::string written;  // the table's spelling ("°C")
};
struct Tables {
    std::map<std::string, TableUnit> units;
    std::vector<std::string> unit_words;
    std::vector<Multiplier> multipliers;
    std::vector<CurrencyForm> currencies;
    std::map<std::string, std::vector<std::string>> shared_nouns;  // "dinars": several codes
    std::map<std::string, std::string> one_word_names;             // "dollars": USD, "ringgit": MYR
    std::map<std::string, std::vector<std::string>> all_nouns;     // "dollars": AUD, BBD, ... USD, XCD
    std::vector<Subunit> subunits;

    Tables();

  private:
    // ICU's currencies: every code, and the English names the table does
    // not already give; a name's last word alone where one currency has it.
    void add_iso_currencies(const std::set<std::string>& table_forms);
    // A row of data/subunits.tsv: "cents	USD EUR	0.01" or "in	unit	inch".
    static Subunit subunit_of(const std::vector<std::string_view>& row);
};

const Tables& tables();

}  // namespace claimcheck::units::detail
