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
inline std::size_t offset_of(const char* where, const char* begin) {
    return where ? static_cast<std::size_t>(where - begin) : 0;
}

inline ParseError error_at(const char* where, const char* begin, std::string message) {
    return ParseError{offset_of(where, begin), std::move(message)};
}

// The white space the value grammars skip (x3::ascii::space).
inline bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline const char* skip_space(const char* p, const char* end) {
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
std::variant<Result, ParseError> parse_value(std::string_view value, const Rule& rule, Convert convert,
                                             ExplainStart explain_start, ExplainExpectation explain_expectation) {
    namespace x3 = boost::spirit::x3;
    const char* const begin = value.data();
    const char* const end = begin + value.size();
    const char* first = begin;
    Tree tree;
    try {
        if (!x3::phrase_parse(first, end, rule, x3::ascii::space, tree)) {
            return explain_start(begin, skip_space(begin, end), end);
        }
    } catch (const x3::expectation_failure<const char*>& failure) {
        return explain_expectation(begin, skip_space(failure.where(), end), end, failure.which());
    }
    return convert(tree, begin);
}

// The usual explanation of a failed expectation: "expected 'and'", or
// "expected … at the end of the value".
inline ParseError expected(const char* begin, const char* where, const char* end, const std::string& which) {
    if (where == end) {
        return error_at(where, begin, "expected " + which + " at the end of the value");
    }
    return error_at(where, begin, "expected " + which);
}

}  // namespace claimcheck::grammar::detail
