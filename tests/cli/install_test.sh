#!/usr/bin/env bash
# Installs claimcheck as an administrator would and uses the installed copy
# (docs/install.md):
#   1. `cmake --install BUILD --prefix <scratch>/usr/local`: the binary, its
#      man page, completions and docs land where Debian's man, bash and zsh
#      look; the binary prints its version and commit and checks the sample
#      stories from another folder, with the source tree hidden when it can be;
#   2. claimcheck(1) renders without a warning and names every option;
#   3. the bash completion offers commands, options, --format's words and
#      story folders; the zsh completion parses;
#   4. `cpack -G DEB` builds the package, whose Depends come from
#      dpkg-shlibdeps; it is installed with apt and removed again (as root
#      under CI=true), else unpacked into a scratch root, and used likewise.
#
#   install_test.sh BUILD_DIR SOURCE_DIR VERSION
set -euo pipefail
build=$(realpath "$1")
source=$(realpath "$2")
version=$3

scratch=$(mktemp -d)
chmod 755 "$scratch"  # apt reads the package as its own user
installed_package=false
cleanup() {
    if $installed_package; then
        apt-get remove -y -qq --purge claimcheck >/dev/null 2>&1 || true
    fi
    rm -rf "$scratch"
}
trap cleanup EXIT

# Seconds since START (an $EPOCHREALTIME), to one decimal.
elapsed() {
    awk -v start="$1" -v now="$EPOCHREALTIME" 'BEGIN { printf "%.1f", now - start }'
}

fail() {
    echo "FAILED: $*" >&2
    exit 1
}

# The sample stories and their reports as a newsroom repository would hold them.
repo_copy() {
    local dir=$1
    mkdir -p "$dir"
    cp -r "$source/claims" "$dir/claims"
}

# Runs BINARY on the sample stories in a copy under `scratch` and compares
# the reports it writes with the committed ones. As root, in a mount
# namespace where the source and build trees are empty, so nothing can be
# read from them.
check_samples() {
    local binary=$1 dir=$2
    repo_copy "$dir"
    local run=(bash -c 'cd "$1" && "$2" --quiet --color never' _ "$dir" "$binary")
    if [[ $(id -u) -eq 0 ]] && unshare --mount true 2>/dev/null; then
        unshare --mount bash -c 'mount -t tmpfs none "$1" || exit 1; mount -t tmpfs none "$2" 2>/dev/null
            shift 2; exec "$@"' \
            _ "$source" "$build" "${run[@]}" >"$dir.out" 2>&1 || fail "$binary on the sample stories: $(cat "$dir.out")"
        echo "checked the sample stories with $binary, the source tree hidden"
    else
        "${run[@]}" >"$dir.out" 2>&1 || fail "$binary on the sample stories: $(cat "$dir.out")"
        echo "checked the sample stories with $binary"
    fi
    diff -r "$source/reports" "$dir/reports" || fail "$binary wrote other reports than reports/"
}

check_version() {
    local binary=$1
    local line
    line=$("$binary" --version)
    [[ $line =~ ^claimcheck\ ${version//./\\.}\ \(commit\ ([0-9a-f]{12}(-dirty)?|unknown)\)$ ]] ||
        fail "--version printed '$line'"
    echo "$line"
}

# --- 1. cmake --install -------------------------------------------------------
prefix=$scratch/usr/local
cmake --install "$build" --prefix "$prefix" >/dev/null
for file in bin/claimcheck share/man/man1/claimcheck.1.gz share/bash-completion/completions/claimcheck \
    share/zsh/site-functions/_claimcheck share/doc/claimcheck/README.md share/doc/claimcheck/docs/install.md \
    share/doc/claimcheck/examples/claims/nara-summit/story.toml; do
    [[ -f $prefix/$file ]] || fail "cmake --install did not install $file"
done
check_version "$prefix/bin/claimcheck"
check_samples "$prefix/bin/claimcheck" "$scratch/local-run"

# --- 2. the man page ---------------------------------------------------------------
page=$prefix/share/man/man1/claimcheck.1.gz
# lintian's check: man's own warnings while rendering, at 80 columns.
warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
[[ -z $warnings ]] || fail "man reports: $warnings"
rendered=$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$page" 2>/dev/null | sed 's/.\x08//g')
for section in SYNOPSIS COMMANDS "EXIT STATUS" FILES EXAMPLES; do
    grep -q "^$section" <<<"$rendered" || fail "the man page has no $section section"
done
for command in check lint locate suggest init; do
    for option in $("$prefix/bin/claimcheck" "$command" --help | grep -o -- ' --[a-z-]*' | sort -u); do
        grep -q -- "$option" <<<"$rendered" || fail "the man page does not name $command's $option"
    done
done
echo "claimcheck(1) renders without warnings and names every option of every command's --help"

# --- 3. completions ------------------------------------------------------------------
complete_words() {  # complete_words WORD... : what bash offers for the last word
    (cd "$scratch/local-run" && bash -c '
        source /usr/share/bash-completion/bash_completion
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        _claimcheck claimcheck "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf "%s\n" "${COMPREPLY[@]}" | LC_ALL=C sort -u | tr "\n" " "' \
        _ "$prefix/share/bash-completion/completions/claimcheck" "$@")
}
expect_completion() {  # expect_completion "EXPECTED WORDS" WORD...
    local expected=$1
    shift
    local got
    got=$(complete_words "$@")
    [[ $got == "$expected" ]] || fail "bash completion of '$*': expected '$expected', got '$got'"
}
if [[ -f /usr/share/bash-completion/bash_completion ]]; then
    expect_completion "github json sarif text " claimcheck check --format ""
    expect_completion "always auto never " claimcheck suggest --color ""
    expect_completion "--fail-on " claimcheck --fail
    expect_completion "--color --help --quiet --title -h -q " claimcheck init -
    expect_completion "claims/nara-summit claims/seorim-results " claimcheck lint claims/
    words=$(complete_words claimcheck "")
    for word in check lint locate suggest init claims/nara-summit; do
        [[ " $words " == *" $word "* ]] || fail "bash completion of 'claimcheck ' lacks $word: $words"
    done
    echo "the bash completion offers commands, options, --format's words and story folders"
else
    echo "bash-completion is not installed: the bash completion was not tried"
fi
if command -v zsh >/dev/null; then
    zsh -n "$prefix/share/zsh/site-functions/_claimcheck" || fail "the zsh completion does not parse"
    zsh -fc 'print -l $fpath' | grep -qx /usr/local/share/zsh/site-functions ||
        fail "zsh does not look in /usr/local/share/zsh/site-functions"
    zsh -fc 'print -l $fpath' | grep -qx /usr/share/zsh/vendor-completions ||
        fail "zsh does not look in /usr/share/zsh/vendor-completions"
    echo "the zsh completion parses and is where zsh looks"
fi

# --- 4. the Debian package -----------------------------------------------------------
start=$EPOCHREALTIME
cpack -G DEB -B "$scratch/package" --config "$build/CPackConfig.cmake" >"$scratch/cpack.log" 2>&1 ||
    fail "cpack: $(cat "$scratch/cpack.log")"
package=$(echo "$scratch"/package/claimcheck_"$version"_*.deb)
[[ -f $package ]] || fail "cpack made no claimcheck_${version}_*.deb: $(ls "$scratch/package")"
echo "built $(basename "$package") ($(($(stat -c %s "$package") / 1024)) KiB, $(dpkg-deb -f "$package" Installed-Size) KiB installed) in $(elapsed "$start") s"
depends=$(dpkg-deb -f "$package" Depends)
echo "Depends: $depends"
for library in libc6 libstdc++6 libicu libudunits2-0 libdate-tz3; do
    [[ $depends == *"$library"* ]] || fail "Depends lacks $library"
done
contents=$(dpkg-deb -c "$package")
for file in ./usr/bin/claimcheck ./usr/share/man/man1/claimcheck.1.gz ./usr/share/bash-completion/completions/claimcheck \
    ./usr/share/zsh/vendor-completions/_claimcheck ./usr/share/doc/claimcheck/README.md; do
    grep -q " $file\$" <<<"$contents" || fail "the package lacks $file"
done

if [[ ${CI:-} == true && $(id -u) -eq 0 ]]; then
    # CI's machine is thrown away: install it for real, as a newsroom would.
    start=$EPOCHREALTIME
    installed_package=true
    apt-get install -y -qq --reinstall "$package" >"$scratch/apt.log" 2>&1 || fail "apt install: $(cat "$scratch/apt.log")"
    echo "apt install took $(elapsed "$start") s"
    [[ $(dpkg-query -W -f='${Status}' claimcheck) == "install ok installed" ]] || fail "dpkg does not list claimcheck"
    check_version /usr/bin/claimcheck
    check_samples /usr/bin/claimcheck "$scratch/package-run"
    if [[ -f /usr/share/man/man1/claimcheck.1.gz ]]; then  # unless dpkg is told to leave out man pages
        man -w claimcheck >/dev/null || fail "man does not find claimcheck(1)"
    fi
    files=$(dpkg -L claimcheck)
    apt-get remove -y -qq --purge claimcheck >"$scratch/apt.log" 2>&1 || fail "apt remove: $(cat "$scratch/apt.log")"
    installed_package=false
    while read -r file; do
        [[ -d $file || ! -e $file ]] || fail "$file is left after apt remove"
    done <<<"$files"
    echo "apt installed the package, its claimcheck checked the samples, apt removed it cleanly"
else
    dpkg-deb -x "$package" "$scratch/root"
    check_version "$scratch/root/usr/bin/claimcheck"
    check_samples "$scratch/root/usr/bin/claimcheck" "$scratch/package-run"
    apt-get install -s -qq "$package" >"$scratch/apt.log" 2>&1 || fail "apt cannot install it: $(cat "$scratch/apt.log")"
    echo "the package unpacks and its claimcheck checks the samples; apt would install it (CI=true installs it)"
fi
