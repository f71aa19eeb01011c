#!/usr/bin/env bash
# Writes data/tone/vader_lexicon.tsv from the PyPI package vaderSentiment 3.3.2 (MIT licence,
# C.J. Hutto and Eric Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of
# Social Media Text", ICWSM 2014). The Rust scorer in crates/newsgraph-extract/src/tone embeds the
# file; rerun this script only to regenerate it.
#
# Output: data/tone/vader_lexicon.tsv, one entry per line, `token<TAB>mean valence`, in the
# package's own order; data/tone/vader_emoji.tsv, `emoji<TAB>description`.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/.venv-frame"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet 'vadersentiment==3.3.2'
"$venv/bin/python" - "$root/data/tone/vader_lexicon.tsv" <<'PY'
import os, sys
import vaderSentiment
src = os.path.join(os.path.dirname(vaderSentiment.__file__), "vader_lexicon.txt")
out = []
with open(src, encoding="utf-8") as f:
    for line in f:
        line = line.rstrip("\n")
        if not line:
            continue
        # The package reads only the first two tab-separated fields (token, mean); the standard
        # deviation and the raw ratings are dropped here because scoring never uses them.
        word, measure = line.strip().split("\t")[0:2]
        out.append(f"{word}\t{measure}\n")
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.writelines(out)
print(f"wrote {len(out)} entries to {sys.argv[1]}")

# Emoji are replaced by their English description before scoring; the package looks them up one
# code point at a time, so only single-code-point entries can ever match and only those are kept.
src = os.path.join(os.path.dirname(vaderSentiment.__file__), "emoji_utf8_lexicon.txt")
emoji = []
with open(src, encoding="utf-8") as f:
    for line in f:
        parts = line.strip().split("\t")
        if len(parts) >= 2 and len(parts[0]) == 1:
            emoji.append(f"{parts[0]}\t{parts[1]}\n")
target = os.path.join(os.path.dirname(sys.argv[1]), "vader_emoji.tsv")
with open(target, "w", encoding="utf-8") as f:
    f.writelines(emoji)
print(f"wrote {len(emoji)} entries to {target}")
PY
