// The iterator and context every grammar rule is compiled for (one
// instantiation per rule, in quantity.cpp and date.cpp).
#pragma once

#include <boost/spirit/home/x3.hpp>

namespace claimcheck::grammar::parser {

namespace x3 = boost::spirit::x3;

// Values are parsed straight out of a std::string_view's bytes.
using iterator_type = const char*;

// Words are separated by ASCII white space (x3::space would assert on UTF-8).
using skipper_type = x3::ascii::space_type;
using context_type = x3::phrase_parse_context<skipper_type>::type;

// The encoding of every word table and keyword: bytes, as x3's `standard`,
// with case folded for ASCII letters only and inline. x3::no_case compares
// each byte through the encoding; the C library's tolower/islower would be
// an out-of-line call per byte, and fold nothing more in the "C" locale.
struct encoding : boost::spirit::char_encoding::standard {
    static bool islower(int ch) { return ch >= 'a' && ch <= 'z'; }
    static bool isupper(int ch) { return ch >= 'A' && ch <= 'Z'; }
    static int tolower(int ch) { return isupper(ch) ? ch - 'A' + 'a' : ch; }
    static int toupper(int ch) { return islower(ch) ? ch - 'a' + 'A' : ch; }
};

// A word table (x3::symbols over `encoding`).
template <typename T>
using symbols = x3::symbols_parser<encoding, T>;

// A keyword or letter matched through `encoding` (x3::lit over `encoding`).
inline auto word_lit(const char* s) {
    return x3::literal_string<const char*, encoding, x3::unused_type>(s);
}
inline auto word_lit(char c) {
    return x3::literal_char<encoding, x3::unused_type>(c);
}

}  // namespace claimcheck::grammar::parser
