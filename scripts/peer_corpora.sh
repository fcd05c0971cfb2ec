#!/bin/sh
# Prints the value language's figures on the public corpora of tests/peer/,
# with every misread, refusal and scanner difference (docs/peer-corpora.md).
# Usage: scripts/peer_corpora.sh [BUILD_DIR]   (default build/dev)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build/dev"}
exec "$build/tests/peer_corpora" "$root/tests/peer" --docs "$root/docs/peer-corpora.md" --list
