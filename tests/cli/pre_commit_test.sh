#!/usr/bin/env bash
# The pre-commit hooks (.pre-commit-hooks.yaml) run as a newsroom repository
# would run them, through `pre-commit try-repo` on a scratch repository
# holding the sample story: they pass on the sample, and fail on a claim
# file with a typo and on an article whose quoted words changed. Then the
# example GitHub Actions workflow is checked (docs/github-workflow.yml).
#
#   pre_commit_test.sh BINARY_DIR SOURCE_DIR
set -euo pipefail
binary_dir=$(realpath "$1")
source=$(realpath "$2")

fail() {
    echo "FAILED: $*" >&2
    exit 1
}

# The workflow: parsed and checked, and the checker catches a broken copy.
python3 "$source/tests/cli/check_workflow.py" "$source/docs/github-workflow.yml" || fail "docs/github-workflow.yml"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
sed 's/^    runs-on:/    runs_on:/' "$source/docs/github-workflow.yml" >"$scratch/broken.yml"
if python3 "$source/tests/cli/check_workflow.py" "$scratch/broken.yml" >/dev/null; then
    fail "check_workflow.py accepts a job without runs-on"
fi
echo "docs/github-workflow.yml parses and follows the workflow syntax"

if ! command -v pre-commit >/dev/null; then
    echo "pre-commit is not installed (scripts/setup.sh installs it)"
    exit 77
fi
if ! git -C "$source" rev-parse --git-dir >/dev/null 2>&1; then
    echo "the source is not a git checkout: pre-commit try-repo needs one"
    exit 77
fi

export PATH="$binary_dir:$PATH" PRE_COMMIT_HOME="$scratch/cache" GIT_CONFIG_GLOBAL="$scratch/gitconfig"
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.org GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.org
git config --global init.defaultBranch main
git config --global --add safe.directory '*'
repo=$scratch/newsroom
mkdir -p "$repo/reports"
cp -r "$source/claims" "$repo/claims"
cp "$source/reports/"*.md "$repo/reports/"
git -C "$repo" init -q
git -C "$repo" add -A
git -C "$repo" commit -qm "The sample stories"

try_repo() {  # try_repo HOOK FILE...: runs the hook on those files
    local hook=$1
    shift
    (cd "$repo" && pre-commit try-repo "$source" "$hook" --files "$@") >"$scratch/out" 2>&1
}

try_repo claimcheck-lint claims/nara-summit/001.toml claims/nara-summit/articles/002.txt ||
    fail "claimcheck-lint on the sample story: $(cat "$scratch/out")"
try_repo claimcheck claims/seorim-results/story.toml || fail "claimcheck on the sample story: $(cat "$scratch/out")"
git -C "$repo" diff --exit-code --stat || fail "the claimcheck hook changed a committed report"
echo "both hooks pass on the sample stories"

sed -i '0,/^value = /s//vaule = /' "$repo/claims/nara-summit/001.toml"
git -C "$repo" add -A
if try_repo claimcheck-lint claims/nara-summit/001.toml; then
    fail "claimcheck-lint passes a claim file with an unknown key"
fi
grep -q "unknown key 'vaule'" "$scratch/out" || fail "claimcheck-lint did not name the key: $(cat "$scratch/out")"
git -C "$repo" reset -q --hard

sed -i 's/183/193/g' "$repo/claims/nara-summit/articles/001.txt"
git -C "$repo" add -A
if try_repo claimcheck claims/nara-summit/articles/001.txt; then
    fail "the claimcheck hook passes an article whose quoted figure changed"
fi
echo "the hooks fail on a misspelt key and on a changed article"
