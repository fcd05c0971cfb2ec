#!/usr/bin/env bash
# Benchmark of claimcheck at newsroom-archive scale (docs/performance.md).
#
#   bench/run.sh [--corpus DIR] [--runs N] [--python-runs N] [--build DIR] [--stories N]
#                [--claimcheck PATH]
#
# Generates the corpus if DIR/claims is missing (bench/generate_corpus.py,
# default 2,000 stories, ~110,000 claims), builds claimcheck and
# bench_toml_probe in the build folder if needed, then measures, runs
# interleaved so that background load spreads over every row:
#   - reading every input file (cat > /dev/null): the I/O floor
#   - bench_toml_probe: read + toml++ parse of every TOML file, 1 and 2 threads
#   - bench/tomllib_probe.py: the same with Python's tomllib
#   - claimcheck lint --no-cache --jobs 2 (load + anchor)
#   - claimcheck check --no-cache --jobs 1 with --quiet, --format json and
#     --format sarif, and --jobs 2 --quiet (reports already there from the
#     previous run, as in CI: unchanged reports are not rewritten), and
#     check --jobs 2 into a new report folder
#   - claimcheck check with the cache: a first run into an empty cache folder
#     and a second run over the unchanged archive
#   - claimcheck check on the shipped sample story, and the same measurement
#     of `true`, whose time the sample story's target leaves out
# and prints a Markdown table of medians (wall time, CPU time, peak resident
# memory from /usr/bin/time), then each row of issue 25's table (the targets
# in docs/performance.md) side by side from the same run.
#
# Needs GNU time (/usr/bin/time; Debian package `time`) and python3 >= 3.11.
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
corpus=/tmp/cc-corpus
runs=5
python_runs=3
sample_runs=11
build="$repo/build/bench"
stories=2000
claimcheck=""

while [[ $# -gt 0 ]]; do
    case $1 in
        --corpus) corpus=$2; shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --python-runs) python_runs=$2; shift 2 ;;
        --build) build=$2; shift 2 ;;
        --stories) stories=$2; shift 2 ;;
        --claimcheck) claimcheck=$(realpath "$2"); shift 2 ;;
        -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
        *) echo "bench/run.sh: unknown option '$1' (see --help)" >&2; exit 2 ;;
    esac
done

build=$(realpath -m "$build")

if [[ ! -x /usr/bin/time ]] || ! /usr/bin/time -q -f %M true 2>/dev/null; then
    echo "bench/run.sh: GNU time is needed for peak memory: apt-get install time" >&2
    exit 2
fi
if ! python3 -c 'import tomllib' 2>/dev/null; then
    echo "bench/run.sh: python3 >= 3.11 (tomllib) is needed" >&2
    exit 2
fi

# ---------------------------------------------------------------- build, corpus
if [[ ! -f "$build/CMakeCache.txt" ]]; then
    cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCLAIMCHECK_BUILD_TESTS=OFF >&2
fi
cmake --build "$build" --target claimcheck bench_toml_probe >&2
claimcheck=${claimcheck:-$build/claimcheck}
probe="$build/bench/bench_toml_probe"

if [[ ! -d "$corpus/claims" ]]; then
    echo "generating the corpus in $corpus ..." >&2
    python3 "$repo/bench/generate_corpus.py" --out "$corpus" --stories "$stories" >&2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results="$work/results"
: >"$results"

# measure NAME DIR COMMAND...: one timed run in DIR, appended to $results as
# "NAME wall_ns peak_kb user_s sys_s exit_code".
measure() {
    local name=$1 dir=$2
    shift 2
    local start end rc=0
    start=$(date +%s%N)
    (cd "$dir" && /usr/bin/time -q -f "%M %U %S" -o "$work/time" "$@" >"$work/out" 2>"$work/err") || rc=$?
    end=$(date +%s%N)
    echo "$name $((end - start)) $(tail -n 1 "$work/time") $rc" >>"$results"
    if [[ $rc -ge 2 ]]; then
        echo "bench/run.sh: '$*' exited with $rc:" >&2
        head -n 20 "$work/err" >&2
    fi
}

check=("$claimcheck" check --no-baseline --fail-on never)
quiet=("${check[@]}" --no-cache --quiet --format text)

echo "load: $(uptime)" >&2
# Warm the page cache (every number below is a warm-cache number) and record the counts.
find "$corpus/claims" -type f -print0 | xargs -0 cat >/dev/null
lint_line=$(cd "$corpus" && "$claimcheck" lint --no-cache --quiet claims 2>/dev/null | tail -n 1 || true)
(cd "$corpus" && "${quiet[@]}" --report-dir "$work/reports" claims >/dev/null 2>&1 || true)  # the reports a previous run left
probe_line=$(cd "$corpus" && "$probe" --jobs 2 claims)

for ((run = 1; run <= runs; ++run)); do
    echo "run $run of $runs ..." >&2
    measure "read all inputs (cat)" "$corpus" sh -c 'find claims -type f -print0 | xargs -0 cat >/dev/null'
    measure "toml++ parse only, 1 thread" "$corpus" "$probe" --jobs 1 claims
    measure "toml++ parse only, 2 threads" "$corpus" "$probe" --jobs 2 claims
    measure "claimcheck lint --jobs 2" "$corpus" "$claimcheck" lint --no-cache --quiet --jobs 2 claims
    measure "claimcheck check --jobs 1 --quiet" "$corpus" "${quiet[@]}" --report-dir "$work/reports" --jobs 1 claims
    measure "claimcheck check --jobs 1 --format json" "$corpus" "${check[@]}" --no-cache --format json \
        --report-dir "$work/reports" --jobs 1 claims
    measure "claimcheck check --jobs 1 --format sarif" "$corpus" "${check[@]}" --no-cache --format sarif \
        --report-dir "$work/reports" --jobs 1 claims
    measure "claimcheck check --jobs 2 --quiet" "$corpus" "${quiet[@]}" --report-dir "$work/reports" --jobs 2 claims
    measure "claimcheck check --jobs 2, new report folder" "$corpus" "${quiet[@]}" --jobs 2 \
        --report-dir "$work/new-reports-$run" claims
    rm -rf "$work/cache"
    measure "claimcheck check --jobs 1, empty cache" "$corpus" "${check[@]}" --quiet --format text \
        --cache-dir "$work/cache" --report-dir "$work/reports" --jobs 1 claims
    measure "claimcheck check --jobs 1, second run (cached)" "$corpus" "${check[@]}" --quiet --format text \
        --cache-dir "$work/cache" --report-dir "$work/reports" --jobs 1 claims
    rm -rf "$work/new-reports-$run"
    if ((run <= python_runs)); then
        measure "Python tomllib parse only" "$corpus" python3 "$repo/bench/tomllib_probe.py" claims
    fi
done
for ((run = 1; run <= sample_runs; ++run)); do
    measure "sample story (claims/nara-summit)" "$repo" "${quiet[@]}" --report-dir "$work/sample-reports" claims/nara-summit
    # The same measurement of a command that does nothing: the subshell, GNU
    # time and the clock readings, which the sample story's target excludes.
    measure "measuring alone (true)" "$repo" true
done

python3 - "$results" "$corpus/corpus.json" "$lint_line" "$probe_line" "$runs" <<'PY'
import json, os, statistics, sys

results, corpus_json, lint_line, probe_line, runs = sys.argv[1:6]
rows = {}
order = []
for line in open(results):
    parts = line.split()
    exit_code = int(parts[-1])
    name = " ".join(parts[:-5])
    wall_ns, peak_kb, user_s, sys_s = parts[-5:-1]
    if name not in rows:
        rows[name] = []
        order.append(name)
    rows[name].append((int(wall_ns) / 1e9, int(peak_kb) / 1024, float(user_s) + float(sys_s), exit_code))

def med(name, i):
    return statistics.median(r[i] for r in rows[name])

corpus = json.load(open(corpus_json)) if os.path.exists(corpus_json) else {}
floor = "toml++ parse only, 2 threads"
print(f"Corpus: {corpus.get('stories', '?')} stories, {corpus.get('sources', '?')} articles, "
      f"{corpus.get('claims', '?')} claims; TOML {(corpus.get('claim_file_bytes', 0) + corpus.get('story_file_bytes', 0)) / 1e6:.1f} MB "
      f"(claim files {corpus.get('claim_file_bytes', 0) / 1e6:.1f} MB), articles {corpus.get('article_bytes', 0) / 1e6:.1f} MB.")
print(f"claimcheck: `{lint_line}`; probe: `{probe_line}`.")
print(f"Machine: {os.cpu_count()} CPUs, {os.uname().sysname} {os.uname().release}; load average at the end "
      f"{os.getloadavg()[0]:.2f}. Medians of {runs} runs (Python: fewer, sample story: 11); warm page cache.")
print()
print("| step | wall (s) | min–max (s) | CPU (s) | peak RSS (MB) | wall ÷ toml++ 2 threads |")
print("| --- | ---: | ---: | ---: | ---: | ---: |")
for name in order:
    walls = [r[0] for r in rows[name]]
    exits = {r[3] for r in rows[name]}
    note = "" if exits <= {0, 1} else f" (exit {sorted(exits)})"
    print(f"| {name}{note} | {med(name, 0):.3f} | {min(walls):.3f}–{max(walls):.3f} | {med(name, 2):.2f} "
          f"| {med(name, 1):.1f} | {med(name, 0) / med(floor, 0):.2f} |")
print()

def target(text, value, limit, ok):
    print(f"| {text} | {value} | {limit} | {'met' if ok else '**not met**'} |")

def cpu(name):
    return med(name, 2)

quiet1, quiet2 = "claimcheck check --jobs 1 --quiet", "claimcheck check --jobs 2 --quiet"
json1 = "claimcheck check --jobs 1 --format json"
probe1 = "toml++ parse only, 1 thread"
python = "Python tomllib parse only"
first, second = "claimcheck check --jobs 1, empty cache", "claimcheck check --jobs 1, second run (cached)"
sample_measured = med("sample story (claims/nara-summit)", 0)
overhead = med("measuring alone (true)", 0)
sample = sample_measured - overhead
print("Issue 25's table, from this run (CPU = user + system):")
print()
print("| target | measured | limit | |")
print("| --- | ---: | ---: | --- |")
r = cpu(quiet1) / cpu(probe1)
target("`check --jobs 1 --quiet` CPU ÷ bare toml++ parse, 1 thread", f"{r:.2f}x", "≤ 2.0x", r <= 2.0)
r = cpu(json1) / cpu(quiet1)
target("`check --jobs 1 --format json` CPU ÷ `--quiet`", f"{r:.2f}x ({cpu(json1):.2f} s vs {cpu(quiet1):.2f} s)",
       "≤ 1.15x", r <= 1.15)
r = med(json1, 1) / med(quiet1, 1)
target("peak memory of `--format json` ÷ `--quiet`", f"{r:.2f}x ({med(json1, 1):.0f} MB vs {med(quiet1, 1):.0f} MB)",
       "≤ 1.5x", r <= 1.5)
r = cpu(python) / cpu(quiet1)
target("Python `tomllib` parse only CPU ÷ the whole check (`--jobs 1 --quiet`)", f"{r:.1f}x", "≥ 4x", r >= 4)
r = med(quiet2, 0) / med(quiet1, 0)
target("`--jobs 2` wall ÷ `--jobs 1`", f"{r:.2f}", "≤ 0.6", r <= 0.6)
probe2 = "toml++ parse only, 2 threads"
print(f"| (for reference: toml++ probe 2 threads ÷ 1 thread, wall, the parallelism the machine gave) "
      f"| {med(probe2, 0) / med(probe1, 0):.2f} | | |")
r = cpu(second) / cpu(first)
target("a second run of the unchanged archive ÷ the first (CPU)", f"{r:.2f}x", "≤ 0.1x", r <= 0.1)
target("peak memory of `check --jobs 1 --quiet` (MB)", f"{med(quiet1, 1):.0f}", "≤ 56 (b8334a5, 1,000 stories)",
       med(quiet1, 1) <= 56)
target("sample story, check (ms; measured less the measuring alone)",
       f"{sample * 1000:.0f} ({sample_measured * 1000:.0f} − {overhead * 1000:.0f})", "< 50", sample < 0.050)
PY
