// The quantity rule group's words as the scanner and the hints need them:
// the first words a quantity in running text can start with, and the words
// "did you mean" offers.
#include "grammar/quantity/quantity.hpp"
#include "grammar/quantity/words.hpp"

namespace claimcheck::grammar::parser {

bool may_start_quantity(const char* p, const char* end) {
    // Every table and keyword that can come first in quantity_in_text (or in
    // a whole value): qualifiers, directions, "between", "from", kind prefixes
    // ("aged", "M6.4"), scales' names ("Category 4"), "p" ("P<0.001"), currency signs and words, multiples, fractions,
    // ordinals, shares, rough amounts ("hundreds of", "several hundred") and number words ("a dozen", "half a
    // million").
    static const first_words first({"between", "from", "a", "an", "half", "m", "p"}, qualifier_words, qualifier_signs,
                                   direction_words, kind_prefixes, level_words, currency_signs, currency_code_words,
                                   currency_words_before, multiple_words, fraction_words, fraction_words_in_text,
                                   ordinal_words, share_words, share_words_in_text, rough_plurals, rough_multiples,
                                   unit_words, teen_words, tens_words);
    return first.may_start(p, end);
}

std::string currency_before_code(std::string_view written) {
    const std::string form(written);
    const auto* code = currency_signs.find(form);
    if (code == nullptr) {
        code = currency_code_words.find(form);
    }
    if (code == nullptr) {
        code = currency_words_before.find(text::lower(form));
    }
    return code != nullptr ? *code : std::string();
}

std::vector<std::string> qualifier_names() {
    auto names = table_words({}, qualifier_words, share_words);
    names.emplace_back("between");
    return names;
}

std::vector<std::string> number_word_names() {
    return table_words({"hundred", "thousand", "dozen", "half"}, unit_words, teen_words, tens_words, scale_words);
}

}  // namespace claimcheck::grammar::parser
