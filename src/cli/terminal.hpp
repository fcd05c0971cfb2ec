// Colour decisions for the terminal.
#pragma once

#include <cstdio>
#include <string_view>

namespace claimcheck::cli {

enum class ColorMode { automatic, always, never };

// Colour only when asked, or when `stream` is a terminal and NO_COLOR is
// unset (https://no-color.org) and TERM is not "dumb".
bool use_color(ColorMode mode, std::FILE* stream);

}  // namespace claimcheck::cli
