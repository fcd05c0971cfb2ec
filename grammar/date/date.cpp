// Compiles the date grammar once for the iterator and context of config.hpp.
#include "grammar/date/date_def.hpp"

namespace claimcheck::grammar::parser {

BOOST_SPIRIT_INSTANTIATE(date_value_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(date_in_text_type, iterator_type, context_type)

const date_value_type& date_value() {
    return date_value_rule;
}
const date_in_text_type& date_in_text() {
    return date_in_text_rule;
}

}  // namespace claimcheck::grammar::parser
