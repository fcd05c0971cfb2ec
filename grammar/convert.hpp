// From syntax to meaning: the facade's conversions of a parsed AST, shared by
// the rooms' converters (quantity/convert.cpp, date/convert.cpp) and the
// text scanner (scan.cpp). Grammar-internal.
#pragma once

#include <string_view>
#include <variant>

#include "grammar/ast.hpp"
#include "grammar/value.hpp"

namespace claimcheck::grammar::detail {

// `begin` is the start of the parsed text (offsets in errors count from it).
// In running text (`in_text`) only the newsroom's unit words are units; in a
// `value` whatever UDUNITS-2 reads as a unit is one too.
std::variant<Quantity, ParseError> to_quantity(const ast::quantity& tree, const QuantityOptions& options,
                                               const char* begin, bool in_text = false);

std::variant<DateValue, ParseError> to_date(const ast::date& tree, const DateContext& context, const char* begin);

}  // namespace claimcheck::grammar::detail
