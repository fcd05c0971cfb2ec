# Project-wide build settings as INTERFACE targets, linked PRIVATE by every target.
add_library(claimcheck_warnings INTERFACE)
target_compile_options(claimcheck_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion
  -Wnon-virtual-dtor -Wold-style-cast -Woverloaded-virtual -Wimplicit-fallthrough)
if(CLAIMCHECK_WERROR)
  target_compile_options(claimcheck_warnings INTERFACE -Werror)
endif()

add_library(claimcheck_sanitizers INTERFACE)
if(CLAIMCHECK_SANITIZE)
  target_compile_options(claimcheck_sanitizers INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(claimcheck_sanitizers INTERFACE -fsanitize=address,undefined)
endif()
# Fuzzing (clang only, fuzz/): every library is instrumented for libFuzzer's
# coverage feedback and checked by ASan and UBSan; the fuzz targets add
# -fsanitize=fuzzer when they link (fuzz/CMakeLists.txt).
if(CLAIMCHECK_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CLAIMCHECK_FUZZ needs clang++ (libFuzzer): use the 'fuzz' preset")
  endif()
  target_compile_options(claimcheck_sanitizers INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all)
  target_link_options(claimcheck_sanitizers INTERFACE -fsanitize=address,undefined)
endif()

# claimcheck_module(NAME DIR DEPS...): a static library of the .cpp files in DIR
# (not its subfolders).
function(claimcheck_module name dir)
  file(GLOB sources CONFIGURE_DEPENDS "${dir}/*.cpp")
  claimcheck_library(${name} SOURCES ${sources} DEPS ${ARGN})
endfunction()

# claimcheck_library(NAME SOURCES FILE... DEPS DEP...): a static library of the
# listed sources, for a stage whose sources sit in subfolders.
function(claimcheck_library name)
  cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;DEPS")
  add_library(claimcheck_${name} STATIC ${arg_SOURCES})
  target_link_libraries(claimcheck_${name} PUBLIC ${arg_DEPS}
    PRIVATE claimcheck_warnings claimcheck_sanitizers)
  target_link_libraries(claimcheck_${name} INTERFACE claimcheck_sanitizers)
endfunction()
