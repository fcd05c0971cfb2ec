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

std::string utf8(const UChar* s, int32_t length) {
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
std::string name_of(const std::u16string& code, const char* count) {
    UBool is_choice = 0;
    int32_t length = 0;
    UErrorCode status = U_ZERO_ERROR;
    const auto* iso = reinterpret_cast<const UChar*>(code.c_str());
    const UChar* name = count == nullptr ? ucurr_getName(iso, "en", UCURR_LONG_NAME, &is_choice, &length, &status)
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
    while (const char* code = uenum_next(codes, &length, &status)) {
        IsoCurrency c;
        c.code.assign(code, static_cast<std::size_t>(length));
        const std::u16string code16(c.code.begin(), c.code.end());
        c.plural = name_of(code16, "other");
        for (const char* count : {static_cast<const char*>(nullptr), "one", "other"}) {
            const std::string name = name_of(code16, count);
            if (name.empty() || name == c.code || name.find('(') != std::string::npos) {
                continue;  // no English name, or one of a currency withdrawn ("(1964—2022)")
            }
            add_unique(c.names, text::lower_words(name));
            const std::string& lower = c.names.back();
            add_unique(c.nouns, lower.substr(lower.rfind(' ') == std::string::npos ? 0 : lower.rfind(' ') + 1));
        }
        if (!c.names.empty()) {
            out.push_back(std::move(c));
        }
    }
    uenum_close(codes);
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
    return out;
}

}  // namespace

const std::vector<IsoCurrency>& iso_currencies() {
    static const std::vector<IsoCurrency> currencies = read_currencies();
    return currencies;
}

}  // namespace claimcheck::units
