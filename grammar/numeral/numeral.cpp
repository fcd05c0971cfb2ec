// Compiles the numeral rules once for the iterator and context of config.hpp.
#include "grammar/numeral/numeral_def.hpp"

namespace claimcheck::grammar::parser {

BOOST_SPIRIT_INSTANTIATE(word_numeral_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(numeral_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(word_ordinal_type, iterator_type, context_type)

const word_numeral_type& word_numeral() {
    return word_numeral_rule;
}
const numeral_type& numeral() {
    return numeral_rule;
}
const word_ordinal_type& word_ordinal() {
    return word_ordinal_rule;
}

}  // namespace claimcheck::grammar::parser
