// The terminal's colours: one palette for diagnostics and the terminal view.
// Every code is empty when colour is off, so callers never branch on it.
#pragma once

#include <string_view>

namespace claimcheck::ansi {

struct Palette {
    bool color = false;

    std::string_view on(std::string_view code) const { return color ? code : std::string_view(); }
    std::string_view bold() const { return on("\x1b[1m"); }
    std::string_view dim() const { return on("\x1b[2m"); }
    std::string_view reset() const { return on("\x1b[0m"); }
    std::string_view red() const { return on("\x1b[1;31m"); }      // errors
    std::string_view magenta() const { return on("\x1b[1;35m"); }  // warnings
    std::string_view cyan() const { return on("\x1b[1;36m"); }     // notes
    std::string_view green() const { return on("\x1b[1;32m"); }    // the caret under a problem
};

}  // namespace claimcheck::ansi
