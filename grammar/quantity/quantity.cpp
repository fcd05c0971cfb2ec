// Compiles the quantity grammar once for the iterator and context of config.hpp.
#include "grammar/quantity/quantity_def.hpp"

namespace claimcheck::grammar::parser {

BOOST_SPIRIT_INSTANTIATE(quantity_value_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(quantity_in_text_type, iterator_type, context_type)

const quantity_value_type& quantity_value() {
    return quantity_value_rule;
}
const quantity_in_text_type& quantity_in_text() {
    return quantity_in_text_rule;
}

}  // namespace claimcheck::grammar::parser
