// Compiles the quantity grammar once for the iterator and context of config.hpp.
#include "grammar/quantity_def.hpp"

namespace claimcheck::grammar::parser {

BOOST_SPIRIT_INSTANTIATE(quantity_value_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(quantity_in_text_type, iterator_type, context_type)

}  // namespace claimcheck::grammar::parser

namespace claimcheck::grammar::parser {

quantity_value_type const& quantity_value() {
    return quantity_value_rule;
}
quantity_in_text_type const& quantity_in_text() {
    return quantity_in_text_rule;
}

std::vector<std::string> qualifier_names() {
    std::vector<std::string> names;
    qualifier_words.for_each([&](auto const& key, auto const&) { names.emplace_back(key.begin(), key.end()); });
    share_words.for_each([&](auto const& key, auto const&) { names.emplace_back(key.begin(), key.end()); });
    names.emplace_back("between");
    return names;
}

std::vector<std::string> number_word_names() {
    std::vector<std::string> names{"hundred", "thousand", "dozen", "half"};
    auto const add = [&](auto const& key, auto const&) { names.emplace_back(key.begin(), key.end()); };
    unit_words.for_each(add);
    teen_words.for_each(add);
    tens_words.for_each(add);
    scale_words.for_each(add);
    return names;
}

}  // namespace claimcheck::grammar::parser
