// The ISO 4217 currencies in current use and their English names, as ICU
// has them (ucurr_openISOCurrencies, ucurr_getName, ucurr_getPluralName with
// the locale "en"). Read by units.cpp into the currency forms.
#pragma once

#include <string>
#include <vector>

namespace claimcheck::units {

struct IsoCurrency {
    std::string code;                // "KWD"
    std::vector<std::string> names;  // lower-cased: "kuwaiti dinar", "kuwaiti dinars"
    std::string plural;              // as ICU writes it: "Kuwaiti dinars"
    std::vector<std::string> nouns;  // the names' last words: "dinar", "dinars"
};

// Every common, non-deprecated ISO 4217 code with its English names, sorted
// by code. A currency ICU names with the years it was in use ("Sierra
// Leonean Leone (1964—2022)") is no longer tender and is left out.
const std::vector<IsoCurrency>& iso_currencies();

}  // namespace claimcheck::units
