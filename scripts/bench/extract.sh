#!/usr/bin/env bash
# Speed and memory of extraction: the per-stage benchmark (bench_pipeline example), then the
# `newsgraph extract` binary over the same articles under /usr/bin/time -v (wall time, articles/s,
# peak RSS), then the binary's start-up: extracting one tiny article vs `newsgraph --version`.
#
# Usage: scripts/bench/extract.sh [PATH...]     (default: GUM news rebuilt from ../shared/corpora)
# Environment: SECONDS_PER_FIGURE (default 3), REPEAT (corpus copies fed to the binary, default 20),
#              NEWSGRAPH_DATA (default: the repository's data/), CARGO_TARGET_DIR.
# Every process is pinned to one core (taskset -c 0): the figures are single-thread figures.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
data="${NEWSGRAPH_DATA:-$root/data}"
seconds="${SECONDS_PER_FIGURE:-3}"
repeat="${REPEAT:-20}"
pin=(taskset -c 0)
command -v taskset >/dev/null || pin=()
if [[ ! -x /usr/bin/time ]]; then
    echo "/usr/bin/time is missing: install it (apt-get install time)" >&2
    exit 1
fi

echo "# $(date -u +%FT%TZ) $(uname -m), $(nproc) cores; uptime:$(uptime | sed 's/.*up/ up/')"
echo "# commit $(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
cargo build --release -q -p newsgraph-extract --example bench_pipeline
cargo build --release -q -p newsgraph
bench="$CARGO_TARGET_DIR/release/examples/bench_pipeline"
bin="$CARGO_TARGET_DIR/release/newsgraph"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# One set of articles for both measurements: GUM rebuilt once and written as JSONL, or the
# caller's paths.
if [[ $# -eq 0 ]]; then
    gum="$root/../shared/corpora/gum-news"
    if [[ ! -d "$gum" ]]; then
        echo "skipped: $gum is absent; give article paths instead" >&2
        exit 0
    fi
    "$bench" --gum --write-jsonl "$work/articles.jsonl"
    set -- "$work/articles.jsonl"
fi

echo "## per stage, one thread (bench_pipeline --seconds $seconds $*)"
NEWSGRAPH_DATA="$data" "${pin[@]}" "$bench" --data "$data" --seconds "$seconds" "$@"

# The binary reads the corpus REPEAT times over, so that the run lasts long enough for wall
# time to mean something; articles/s below counts every copy.
if ! "$bin" extract --jsonl --data "$data" "$@" >"$work/once.jsonl" 2>"$work/once.err"; then
    echo "# newsgraph extract failed, no binary figures: $(head -c 400 "$work/once.err")"
    exit 1
fi
per_copy="$(wc -l <"$work/once.jsonl")"
args=()
for _ in $(seq "$repeat"); do args+=("$@"); done
echo "## newsgraph extract over $repeat copies ($((per_copy * repeat)) articles)"
"${pin[@]}" /usr/bin/time -v -o "$work/time.txt" "$bin" extract --jsonl --data "$data" "${args[@]}" >/dev/null
wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/time.txt")"
rss_kb="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")"
secs="$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; print s }')"
echo "extract_wall_s	$secs"
awk -v n="$((per_copy * repeat))" -v s="$secs" 'BEGIN { printf "extract_articles_per_s\t%.1f\n", n / s }'
awk -v k="$rss_kb" 'BEGIN { printf "extract_peak_rss_mb\t%.1f\t(target < 300)\n", k / 1024 }'

echo "## start-up: one tiny article vs --version (best of 5)"
printf 'Rebels attacked a police station\nRebels attacked a police station in the north on Monday.\n' >"$work/tiny.txt"
best() {
    local best=999999 t
    for _ in 1 2 3 4 5; do
        "${pin[@]}" /usr/bin/time -f '%e %M' -o "$work/t.txt" "$@" >/dev/null
        t="$(awk '{ print $1 }' "$work/t.txt")"
        best="$(awk -v a="$t" -v b="$best" 'BEGIN { print (a < b) ? a : b }')"
    done
    echo "$best $(awk '{ printf "%.1f", $2 / 1024 }' "$work/t.txt")"
}
read -r tiny_s tiny_mb < <(best "$bin" extract --jsonl --data "$data" "$work/tiny.txt")
read -r version_s version_mb < <(best "$bin" --version)
echo "startup_extract_tiny_s	$tiny_s	(peak ${tiny_mb} MB)"
echo "startup_version_s	$version_s	(peak ${version_mb} MB)"
