#!/usr/bin/env bash
# Installs what claimcheck needs to build and test on Debian 12, from Debian's
# own packages. Only missing packages are installed; run as root or with sudo
# available. Safe to run again.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkgconf
  libboost-dev            # Boost.Spirit X3 (header-only)
  libfmt-dev
  libtomlplusplus-dev
  libcli11-dev
  nlohmann-json3-dev      # JSON and SARIF output: escaping strings
  rapidjson-dev           # JSON and SARIF output: the streaming writer
  libutf8proc-dev         # Unicode normalisation, case folding, marks
  libxxhash-dev           # finding fingerprints
  libdtl-dev              # word diffs of quotes
  libudunits2-dev         # physical units and their conversions (UDUNITS-2)
  libhowardhinnant-date-dev libdate-tz3 tzdata  # IANA time zones (date/tz, system tzdata)
  libicu-dev              # transliteration of names written in other scripts
  libstemmer-dev          # Snowball stemmers: the words of `suggest --story`
  libmimalloc-dev         # the allocator claimcheck links (faster than glibc's with many small strings)
  catch2                  # tests (Catch2 v2)
  libcmark-gfm-dev libcmark-gfm-extensions-dev  # tests: reports parse as GFM
  python3 python3-jsonschema                    # tests: SARIF validates against its schema
  clang libclang-rt-14-dev                      # fuzz preset: clang++ with libFuzzer, ASan and UBSan
  clang-format                                  # tests: every C++ file is formatted (tests/style)
  dpkg-dev file                                 # cpack -G DEB: dpkg-shlibdeps computes Depends (tests/cli/install_test.sh)
  man-db groff-base                             # tests: claimcheck(1) renders without warnings
  bash-completion zsh                           # tests: the completions complete and parse
  git pre-commit python3-yaml                   # tests: the pre-commit hooks, the example GitHub workflow
)

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  as_root=(sudo)
fi
echo "setup: installing ${missing[*]}" >&2
"${as_root[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
