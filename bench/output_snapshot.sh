#!/usr/bin/env bash
# Writes everything `claimcheck check` prints or writes, in every format, for
# the sample stories, a generated corpus and the bad-input fixtures, into one
# folder, so that two builds can be compared byte for byte:
#
#   bench/output_snapshot.sh CLAIMCHECK OUT [CORPUS_DIR]
#   diff -r OUT_BEFORE OUT_AFTER
#
# CORPUS_DIR is a folder with claims/ (bench/generate_corpus.py); without it
# only the samples and the fixtures are run. Each input is copied to one fixed
# scratch folder first, so reports name the same relative paths whatever OUT
# is. Every run is made twice (the second one finds the reports of the first,
# and its cache where there is one) and both are kept.
set -euo pipefail

claimcheck=$(realpath "$1")
out=$(realpath -m "$2")
corpus=${3:-}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
scratch=/tmp/claimcheck-output-snapshot
mkdir -p "$out"

# run NAME DIR ARGS...: stdout, stderr and exit code of one check in DIR.
run() {
    local name=$1 dir=$2
    shift 2
    local rc=0
    (cd "$dir" && "$claimcheck" check "$@" >"$out/$name.out" 2>"$out/$name.err") || rc=$?
    echo "$rc" >"$out/$name.rc"
}

# snapshot NAME SOURCE_DIR: every format over SOURCE_DIR's claims/.
snapshot() {
    local name=$1 source=$2
    rm -rf "$scratch" && mkdir -p "$scratch" && cp -r "$source/claims" "$scratch/"
    for pass in 1 2; do
        run "$name-text-$pass" "$scratch"
        run "$name-json-$pass" "$scratch" --format json
        run "$name-json-nobaseline-$pass" "$scratch" --format json --no-baseline --jobs 1
        run "$name-sarif-$pass" "$scratch" --format sarif
        run "$name-github-$pass" "$scratch" --format github
        run "$name-github-all-$pass" "$scratch" --format github --max-annotations 1000000 --min-level warning
        run "$name-quiet-$pass" "$scratch" --quiet --fail-on never --jobs 2
    done
    if [[ -d "$scratch/reports" ]]; then
        mkdir -p "$out/$name-reports" && cp -r "$scratch/reports/." "$out/$name-reports/"
    fi
    rm -rf "$scratch"
}

snapshot samples "$repo"
for fixture in "$repo"/tests/fixtures/bad/*/; do
    [[ -d "$fixture/claims" && ! -f "$fixture/setup.txt" ]] || continue
    snapshot "bad-$(basename "$fixture")" "$fixture"
done
if [[ -n "$corpus" ]]; then
    snapshot corpus "$corpus"
fi
echo "wrote $out" >&2
