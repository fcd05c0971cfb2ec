// The ISO 4217 currencies and their English names, from ICU.
#include "units/iso_currencies.hpp"

#include <algorithm>
#include <stdexcept>
#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/ustring.h>

#include "util/text.hpp"

namespace claimcheck::units {

namespace {

std::string utf8(UChar const* s, int32_t length) {
    std::string out(static_cast<std::size_t>(length) * 3 + 1, '\0');
    int32_t written = 0;
    UErrorCode status = U_ZERO_ERROR;
    u_strToUTF8(out.data(), static_cast<int32_t>(out.size()), &written, s, length, &status);
    if (U_FAILURE(status)) {
        return {};
    }
    out.resize(static_cast<std::size_t>(written));
    return out;
}

// A currency's English name: its long name, or its plural for `count`
// ("one", "other").
std::string name_of(std::u16string const& code, char const* count) {
    UBool is_choice = 0;
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    auto const* iso = reinterpret_cast<UChar const*>(code.c_str());
    UChar const* name = count == nullptr ? ucurr_getName(iso, "en", UCURR_LONG_NAME, &is_choice, &length, &status)
                                         : ucurr_getPluralName(iso, "en", &is_choice, count, &length, &status);
    return U_FAILURE(status) ? std::string() : utf8(name, length);
}

void add_unique(std::vector<std::string>& to, std::string word) {
    if (!word.empty() && std::find(to.begin(), to.end(), word) == to.end()) {
        to.push_back(std::move(word));
    }
}

std::vector<IsoCurrency> read_currencies() {
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration* codes = ucurr_openISOCurrencies(UCURR_COMMON | UCURR_NON_DEPRECATED, &status);
    if (U_FAILURE(status)) {
        throw std::runtime_error("ICU cannot list the ISO 4217 currencies");
    }
    std::vector<IsoCurrency> out;
    int32_t length = 0;
    while (char const* code = uenum_next(codes, &length, &status)) {
        IsoCurrency c;
        c.code.assign(code, static_cast<std::size_t>(length));
        std::u16string const code16(c.code.begin(), c.code.end());
        c.plural = name_of(code16, "other");
        for (char const* count : {static_cast<char const*>(nullptr), "one", "other"}) {
            std::string const name = name_of(code16, count);
            if (name.empty() || name == c.code || name.find('(') != std::string::npos) {
                continue;  // no English name, or one of a currency withdrawn ("(1964—2022)")
            }
            add_unique(c.names, text::lower_words(name));
            std::string const& lower = c.names.back();
            add_unique(c.nouns, lower.substr(lower.rfind(' ') == std::string::npos ? 0 : lower.rfind(' ') + 1));
        }
        if (!c.names.empty()) {
            out.push_back(std::move(c));
        }
    }
    uenum_close(codes);
    std::sort(out.begin(), out.end(), [](auto const& a, auto const& b) { return a.code < b.code; });
    return out;
}

}  // namespace

std::vector<IsoCurrency> const& iso_currencies() {
    static std::vector<IsoCurrency> const currencies = read_currencies();
    return currencies;
}

}  // namespace claimcheck::units
