// One way to run a value grammar over a whole `value` string, shared by the
// quantity and date entry points (parse_quantity, parse_date): parse, explain
// a failure at its first character, or explain an expectation that failed,
// then convert the syntax tree. Grammar-internal.
#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

#include "grammar/config.hpp"
#include "grammar/value.hpp"

namespace claimcheck::grammar::detail {

// The byte offset of `where` in the text starting at `begin` (0 when unknown).
inline std::size_t offset_of(char const* where, char const* begin) {
    return where ? static_cast<std::size_t>(where - begin) : 0;
}

inline ParseError error_at(char const* where, char const* begin, std::string message) {
    return ParseError{offset_of(where, begin), std::move(message)};
}

// The white space the value grammars skip (x3::ascii::space).
inline bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline char const* skip_space(char const* p, char const* end) {
    while (p != end && is_space(*p)) {
        ++p;
    }
    return p;
}

// `s` without the white space at either end.
inline std::string_view trimmed(std::string_view s) {
    while (!s.empty() && is_space(s.front())) {
        s.remove_prefix(1);
    }
    while (!s.empty() && is_space(s.back())) {
        s.remove_suffix(1);
    }
    return s;
}

// Parses the whole of `value` with `rule` into a `Tree`, then returns
// `convert(tree, begin)`. Where no value starts, `explain_start(begin, p, end)`
// says why (p: the first non-space character); where an expectation fails,
// `explain_expectation(begin, where, end, which)` does (where: the first
// non-space character at the failure).
template <typename Tree, typename Result, typename Rule, typename Convert, typename ExplainStart,
          typename ExplainExpectation>
std::variant<Result, ParseError> parse_value(std::string_view value, Rule const& rule, Convert convert,
                                             ExplainStart explain_start, ExplainExpectation explain_expectation) {
    namespace x3 = boost::spirit::x3;
    char const* const begin = value.data();
    char const* const end = begin + value.size();
    char const* first = begin;
    Tree tree;
    try {
        if (!x3::phrase_parse(first, end, rule, x3::ascii::space, tree)) {
            return explain_start(begin, skip_space(begin, end), end);
        }
    } catch (x3::expectation_failure<char const*> const& failure) {
        return explain_expectation(begin, skip_space(failure.where(), end), end, failure.which());
    }
    return convert(tree, begin);
}

// The usual explanation of a failed expectation: "expected 'and'", or
// "expected … at the end of the value".
inline ParseError expected(char const* begin, char const* where, char const* end, std::string const& which) {
    if (where == end) {
        return error_at(where, begin, "expected " + which + " at the end of the value");
    }
    return error_at(where, begin, "expected " + which);
}

}  // namespace claimcheck::grammar::detail
