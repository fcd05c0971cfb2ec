# Run by src/CMakeLists.txt (cmake -P): writes OUT, a header holding one hash
# of every data table (data/**: the words compiled into the binary), so the
# result cache can tell when a table changed. DATA_DIR is the data folder.
file(GLOB_RECURSE files LIST_DIRECTORIES false RELATIVE "${DATA_DIR}" "${DATA_DIR}/*")
list(SORT files)
set(all "")
foreach(file IN LISTS files)
  file(SHA256 "${DATA_DIR}/${file}" hash)
  string(APPEND all "${file} ${hash}\n")
endforeach()
string(SHA256 combined "${all}")
file(WRITE "${OUT}.tmp"
"// Generated from data/ by cmake/data_hash.cmake: do not edit.
#pragma once
#include <string_view>
namespace claimcheck::data {
inline constexpr std::string_view tables_hash = \"${combined}\";
}
")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
