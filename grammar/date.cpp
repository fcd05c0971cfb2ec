// Compiles the date grammar once for the iterator and context of config.hpp.
#include "grammar/date_def.hpp"

namespace claimcheck::grammar::parser {

BOOST_SPIRIT_INSTANTIATE(date_value_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(date_in_text_type, iterator_type, context_type)

date_value_type const& date_value() {
    return date_value_rule;
}
date_in_text_type const& date_in_text() {
    return date_in_text_rule;
}

std::vector<std::string> date_word_names() {
    std::vector<std::string> names{"on",    "in",     "at",      "ago",  "earlier",  "later",
                                   "last",  "next",   "this",    "noon", "midnight", "overnight",
                                   "local", "fiscal", "quarter", "half", "the"};
    auto const add_name = [&](auto const& key, auto const&) { names.emplace_back(key.begin(), key.end()); };
    month_names.for_each(add_name);
    weekday_names.for_each(add_name);
    day_words.for_each(add_name);
    day_part_words.for_each(add_name);
    day_part_prefixes.for_each(add_name);
    approaches.for_each(add_name);
    return names;
}

}  // namespace claimcheck::grammar::parser
