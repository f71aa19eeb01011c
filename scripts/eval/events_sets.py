#!/usr/bin/env python3
"""Runs `newsgraph eval events` over many hand-coded sets and pools the figures.

    scripts/eval/events_sets.py run BIN OUTDIR [--data DIR] [SET ...]  # default: development sets
    scripts/eval/events_sets.py compare OLDDIR NEWDIR      # pooled and per-set moves, changed lines

`run` writes one `--json --errors --breakdown` output per set to OUTDIR/<set>.json and prints the
pooled counts (matched, gold, predicted) and F1 on the three levels (full, countries, root).
`compare` prints how the pooled counts moved between two runs, which sets moved, and the missed
and false event lines that one run has and the other has not: what a change to the coder did.

The development sets are every `eval/events-*` folder with a `gold.jsonl` except those named in
scripts/eval/blind_sets.txt (sets still kept blind: their errors are never read, see
docs/evaluation-events.md).
"""

import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LEVELS = ("full", "countries", "root")


def blind_sets():
    path = REPO / "scripts/eval/blind_sets.txt"
    lines = path.read_text().splitlines()
    return {line.split("#")[0].strip() for line in lines} - {""}


def development_sets():
    blind = blind_sets()
    return sorted(
        p.name
        for p in (REPO / "eval").glob("events-*")
        if (p / "gold.jsonl").is_file() and p.name not in blind
    )


def run_set(binary, outdir, data, name):
    data_flag = ["--data", data] if data else []
    out = subprocess.run(
        [binary, "eval", "events", "--gold", str(REPO / "eval" / name), "--json", "--errors",
         "--breakdown", *data_flag],
        capture_output=True, text=True, cwd=REPO,
    )
    if out.returncode != 0:
        sys.exit(f"{name}: newsgraph eval events failed:\n{out.stderr}")
    (outdir / f"{name}.json").write_text(out.stdout)
    return name


def load(outdir):
    runs = {}
    for path in sorted(Path(outdir).glob("events-*.json")):
        runs[path.stem] = json.loads(path.read_text())
    if not runs:
        sys.exit(f"{outdir}: no events-*.json here; make them with `run`")
    return runs


def pooled(runs):
    sums = {level: [0, 0, 0] for level in LEVELS}
    for result in runs.values():
        for level in LEVELS:
            counts = result["levels"][level]
            for i, key in enumerate(("matched", "gold", "predicted")):
                sums[level][i] += counts[key]
    return sums


def f1(matched, gold, predicted):
    return 2 * matched / (gold + predicted) if gold + predicted else 0.0


def print_pooled(runs):
    print(f"{len(runs)} sets")
    for level, (m, g, p) in pooled(runs).items():
        print(f"  {level:9} matched {m:5}  gold {g:5}  predicted {p:5}  F1 {f1(m, g, p):.3f}")


def event_lines(result, kind):
    return {
        f"{e['article']}\t{e['root']}\t{e['source']}->{e['target']}\t{e['sentence']}\t{e['note'][:110]}"
        for e in result.get(kind, [])
    }


def compare(old_dir, new_dir):
    old, new = load(old_dir), load(new_dir)
    shared = sorted(set(old) & set(new))
    old = {k: old[k] for k in shared}
    new = {k: new[k] for k in shared}
    before, after = pooled(old), pooled(new)
    print(f"{len(shared)} sets in both runs")
    for level in LEVELS:
        (m0, g0, p0), (m1, g1, p1) = before[level], after[level]
        print(f"  {level:9} matched {m0:5} -> {m1:5}  predicted {p0:5} -> {p1:5}  "
              f"F1 {f1(m0, g0, p0):.3f} -> {f1(m1, g1, p1):.3f}")
    for name in shared:
        moves = [new[name]["levels"][lv]["matched"] - old[name]["levels"][lv]["matched"]
                 for lv in LEVELS]
        moved_pred = (new[name]["levels"]["full"]["predicted"]
                      - old[name]["levels"]["full"]["predicted"])
        if any(moves) or moved_pred:
            print(f"  {name}: matched {moves[0]:+} / {moves[1]:+} / {moves[2]:+}, "
                  f"predicted {moved_pred:+}")
    for kind in ("missed", "false"):
        for name in shared:
            a, b = event_lines(old[name], kind), event_lines(new[name], kind)
            for line in sorted(a - b):
                print(f"- {kind} {name}\t{line}")
            for line in sorted(b - a):
                print(f"+ {kind} {name}\t{line}")


def main(argv):
    if len(argv) >= 3 and argv[0] == "run":
        binary, outdir, rest = argv[1], Path(argv[2]), argv[3:]
        data = None
        if rest[:1] == ["--data"] and len(rest) >= 2:
            data, rest = rest[1], rest[2:]
        outdir.mkdir(parents=True, exist_ok=True)
        names = rest or development_sets()
        with ThreadPoolExecutor(max_workers=2) as pool:
            list(pool.map(lambda n: run_set(binary, outdir, data, n), names))
        print_pooled(load(outdir))
    elif len(argv) == 3 and argv[0] == "compare":
        compare(argv[1], argv[2])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
