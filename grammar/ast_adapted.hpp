// Fusion views of the AST, so that sequences of parsers fill them directly.
#pragma once

#include <boost/fusion/include/adapt_struct.hpp>

#include "grammar/ast.hpp"

BOOST_FUSION_ADAPT_STRUCT(claimcheck::grammar::ast::qualifier, kind, word)
BOOST_FUSION_ADAPT_STRUCT(claimcheck::grammar::ast::relative, word, count, unit)
