#!/usr/bin/env bash
# The entry of the pre-commit hooks (.pre-commit-hooks.yaml): runs
# `claimcheck COMMAND` once on the story folders of the changed files that
# pre-commit passes (claims/<story>/..., articles included), each story once.
set -euo pipefail
command=$1
shift
declare -A seen=()
stories=()
for file in "$@"; do
    [[ $file == claims/*/* ]] || continue
    story=${file#claims/}
    story=claims/${story%%/*}
    if [[ -z ${seen[$story]+x} ]]; then
        seen[$story]=1
        stories+=("$story")
    fi
done
if [[ ${#stories[@]} -eq 0 ]]; then
    exit 0
fi
exec claimcheck "$command" "${stories[@]}"
