#!/usr/bin/env bash
# Retrains the three shipped models with the exact commands their sources quote (TRAIN_COMMAND in
# crates/newsgraph-models/src/{tagger,ner,parser}.rs) into a temporary folder, and compares each
# file byte for byte with data/models/; exits 1 if any differs. Not run by CI: about 7 minutes of CPU
# (tagger 1, NER 1, parser 5), 20 minutes of wall time on a busy shared machine.
# Usage: scripts/models/reproduce.sh   (from anywhere; needs ../shared/corpora beside the repository)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
if [[ ! -d ../shared/corpora ]]; then
    echo "skipped: ../shared/corpora is absent" >&2
    exit 0
fi
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$root/target}"
cargo build --release -q -j 1 -p newsgraph
bin="$CARGO_TARGET_DIR/release/newsgraph"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

# The command a model's source quotes, with its output redirected to the temporary folder.
command_of() {
    grep -h -A1 'TRAIN_COMMAND: &str' "crates/newsgraph-models/src/$1.rs" \
        | grep -o '"newsgraph train [^"]*"' | tr -d '"'
}

status=0
for model in tagger ner parser; do
    cmd="$(command_of "$model")"
    if [[ -z "$cmd" ]]; then
        echo "$model: no TRAIN_COMMAND found in crates/newsgraph-models/src/$model.rs" >&2
        status=1
        continue
    fi
    cmd="${cmd/--out data\/models\//--out $out/}"
    echo "$model: $cmd" >&2
    start=$SECONDS
    ${cmd/newsgraph/$bin} 2>"$out/$model.log" || { cat "$out/$model.log" >&2; status=1; continue; }
    if cmp "$out/$model.bin" "data/models/$model.bin"; then
        echo "$model: identical to data/models/$model.bin ($((SECONDS - start)) s)"
    else
        echo "$model: DIFFERS from data/models/$model.bin ($((SECONDS - start)) s)"
        status=1
    fi
done
exit $status
