// Typographic folding for anchor search (spec §4.1 "folded").
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck::anchor {

struct Folded {
    std::string text;                 // the folded text
    std::vector<std::size_t> origin;  // byte i of `text` came from byte origin[i] of the input;
                                      // origin[text.size()] is the input's size
};

// Runs of white space (including NBSP and other Unicode spaces and line
// breaks) become one ' ', curly and angled quotes become '"' or '\'', dash
// variants and the minus sign become '-'. Everything else is kept as is.
Folded fold(std::string_view input);

}  // namespace claimcheck::anchor
