#include "anchor/fold.hpp"

#include "util/text.hpp"

namespace claimcheck::anchor {

namespace {

bool is_space(char32_t cp) {
    switch (cp) {
        case U' ':
        case U'\t':
        case U'\n':
        case U'\r':
        case U'\f':
        case U'\v':
        case U'\u00A0':
        case U'\u1680':
        case U'\u2000':
        case U'\u2001':
        case U'\u2002':
        case U'\u2003':
        case U'\u2004':
        case U'\u2005':
        case U'\u2006':
        case U'\u2007':
        case U'\u2008':
        case U'\u2009':
        case U'\u200A':
        case U'\u2028':
        case U'\u2029':
        case U'\u202F':
        case U'\u205F':
        case U'\u3000':
            return true;
        default:
            return false;
    }
}

// The ASCII stand-in of a typographic character, or 0 to keep it.
char replacement(char32_t cp) {
    switch (cp) {
        case U'\u201C':
        case U'\u201D':
        case U'\u201E':
        case U'\u201F':
        case U'\u00AB':
        case U'\u00BB':
        case U'\u2033':
        case U'\uFF02':
            return '"';
        case U'\u2018':
        case U'\u2019':
        case U'\u201A':
        case U'\u201B':
        case U'\u2032':
        case U'\u2039':
        case U'\u203A':
        case U'\uFF07':
        case U'`':
            return '\'';
        case U'\u2010':
        case U'\u2011':
        case U'\u2012':
        case U'\u2013':
        case U'\u2014':
        case U'\u2015':
        case U'\u2212':
        case U'\uFE58':
        case U'\uFE63':
        case U'\uFF0D':
            return '-';
        default:
            return 0;
    }
}

}  // namespace

Folded fold(std::string_view input) {
    Folded out;
    out.text.reserve(input.size());
    out.origin.reserve(input.size() + 1);
    bool in_space = false;
    text::for_each_code_point(input, [&](char32_t cp, std::size_t at, std::size_t n) {
        if (is_space(cp)) {
            if (!in_space) {
                out.text += ' ';
                out.origin.push_back(at);
            }
            in_space = true;
            return true;
        }
        in_space = false;
        if (const char r = replacement(cp)) {
            out.text += r;
            out.origin.push_back(at);
            return true;
        }
        for (std::size_t i = 0; i < n; ++i) {
            out.text += input[at + i];
            out.origin.push_back(at + i);
        }
        return true;
    });
    out.origin.push_back(input.size());
    return out;
}

}  // namespace claimcheck::anchor
