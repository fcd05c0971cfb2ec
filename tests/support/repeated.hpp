// Adversarial input for the scanners' tests: one unit of text, repeated.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimcheck::testing {

// `unit` repeated to at least `size` bytes.
inline std::string repeated(std::string_view unit, std::size_t size) {
    std::string s;
    while (s.size() < size) {
        s += unit;
    }
    return s;
}

}  // namespace claimcheck::testing
