#!/usr/bin/env sh
# Every C++ file of the project is formatted as .clang-format says
# (CONTRIBUTING.md, "Code style"): clang-format --dry-run -Werror names the
# first lines that are not.
#   check_format.sh SOURCE_DIR [CLANG_FORMAT]
set -eu
format=${2:-clang-format}
cd "$1"
find bench fuzz grammar packaging src tests -name '*.cpp' -o -name '*.hpp' | sort |
    xargs "$format" --dry-run -Werror
