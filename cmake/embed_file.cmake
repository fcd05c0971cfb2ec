# Run by claimcheck_embed_data (cmake -P): writes IDENT.cpp and embedded/IDENT.hpp
# holding the bytes of IN as a std::string_view.
file(READ "${IN}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "'\\\\x\\1'," bytes "${hex}")
file(MAKE_DIRECTORY "${OUT_DIR}/embedded")
file(WRITE "${OUT_DIR}/embedded/${IDENT}.hpp"
"// Generated from ${IN} by cmake/embed.cmake: do not edit.
#pragma once
#include <string_view>
namespace claimcheck::data {
std::string_view ${IDENT}();
}
")
file(WRITE "${OUT_DIR}/${IDENT}.cpp"
"// Generated from ${IN} by cmake/embed.cmake: do not edit.
#include \"embedded/${IDENT}.hpp\"
namespace claimcheck::data {
namespace {
constexpr char bytes[] = {${bytes} '\\0'};
}
std::string_view ${IDENT}() { return {bytes, sizeof bytes - 1}; }
}
")
