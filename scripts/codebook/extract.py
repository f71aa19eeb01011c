#!/usr/bin/env python3
"""Writes data/events/codebook.tsv (CAMEO code, name, Goldstein score, quad class) and
data/events/plover.tsv (CAMEO code -> PLOVER type and mode) for Newsgraph.

Source of the CAMEO facts: the `gdelt-py` package (MIT), version 0.1.11, which ships
py_gdelt/lookups/data/cameo_codes.json and cameo_goldstein.json. Install it with
    python3 -m venv .venv-events && .venv-events/bin/pip install gdelt-py==0.1.11
and run from the repository root:
    .venv-events/bin/python scripts/codebook/extract.py

The PLOVER mapping is ours: PLOVER_RULES below gives, for a CAMEO code prefix, the PLOVER
event type and mode; the longest matching prefix wins. docs/plover.md explains each choice.
"""

import json
import re
import sys
from pathlib import Path

try:
    import py_gdelt
except ImportError:
    sys.exit("py_gdelt is missing: pip install gdelt-py==0.1.11 into .venv-events (see this file's docstring)")

DATA = Path(py_gdelt.__file__).parent / "lookups" / "data"
OUT = Path(__file__).resolve().parents[2] / "data" / "events"

# The package's table has two slips: code 183 is spelled 1883, and "Threaten" is "Threate n".
CODE_FIXES = {"1883": "183"}

# prefix -> (PLOVER type, mode or "")
PLOVER_RULES = {
    # 01 statements: PLOVER has no statement type; each is placed where its meaning fits best.
    "01": ("SUPPORT", "statement"),
    "011": ("REJECT", "comment"),
    "012": ("ACCUSE", "disapprove"),
    "014": ("AGREE", "consider"),
    "015": ("CONCEDE", "responsibility"),
    "016": ("REJECT", "responsibility"),
    "019": ("AGREE", "accord"),
    # 02 appeals: requests, mode = what is asked for
    "02": ("REQUEST", ""),
    "021": ("REQUEST", "cooperate"),
    "022": ("REQUEST", "cooperate"),
    "023": ("REQUEST", "aid"),
    "024": ("REQUEST", "reform"),
    "025": ("REQUEST", "yield"),
    "026": ("REQUEST", "meet"),
    "027": ("REQUEST", "settle"),
    "028": ("REQUEST", "mediate"),
    # 03 intent: PLOVER's AGREE covers offers, promises and stated willingness
    "03": ("AGREE", ""),
    "031": ("AGREE", "cooperate"),
    "032": ("AGREE", "cooperate"),
    "033": ("AGREE", "aid"),
    "034": ("AGREE", "reform"),
    "035": ("AGREE", "yield"),
    "036": ("AGREE", "meet"),
    "037": ("AGREE", "settle"),
    "038": ("AGREE", "mediate"),
    "039": ("AGREE", "mediate"),
    # 04 consult
    "04": ("CONSULT", ""),
    "041": ("CONSULT", "phone"),
    "042": ("CONSULT", "visit"),
    "043": ("CONSULT", "host"),
    "044": ("CONSULT", "third-party"),
    "045": ("CONSULT", "mediate"),
    "046": ("CONSULT", "negotiate"),
    # 05 diplomatic cooperation
    "05": ("SUPPORT", ""),
    "051": ("SUPPORT", "praise"),
    "052": ("SUPPORT", "defend"),
    "053": ("SUPPORT", "rally"),
    "054": ("SUPPORT", "recognize"),
    "055": ("CONCEDE", "apologize"),
    "056": ("SUPPORT", "forgive"),
    "057": ("AGREE", "sign"),
    # 06 material cooperation
    "06": ("COOPERATE", ""),
    "061": ("COOPERATE", "economic"),
    "062": ("COOPERATE", "military"),
    "063": ("COOPERATE", "judicial"),
    "064": ("COOPERATE", "intelligence"),
    # 07 aid
    "07": ("AID", ""),
    "071": ("AID", "economic"),
    "072": ("AID", "military"),
    "073": ("AID", "humanitarian"),
    "074": ("AID", "protection"),
    "075": ("AID", "asylum"),
    # 08 yield
    "08": ("CONCEDE", ""),
    "081": ("CONCEDE", "ease-restrictions"),
    "082": ("CONCEDE", "ease-dissent"),
    "083": ("CONCEDE", "accede"),
    "084": ("CONCEDE", "release"),
    "085": ("CONCEDE", "ease-sanctions"),
    "086": ("CONCEDE", "allow-involvement"),
    "087": ("RETREAT", ""),
    "0871": ("RETREAT", "ceasefire"),
    "0872": ("RETREAT", "ease-blockade"),
    "0873": ("RETREAT", "disarm"),
    "0874": ("RETREAT", "withdraw"),
    # 09 investigate: PLOVER files investigations under ACCUSE
    "09": ("ACCUSE", "investigate"),
    # 10 demand: requests made as demands
    "10": ("REQUEST", "demand"),
    "101": ("REQUEST", "demand-cooperate"),
    "102": ("REQUEST", "demand-cooperate"),
    "103": ("REQUEST", "demand-aid"),
    "104": ("REQUEST", "demand-reform"),
    "105": ("REQUEST", "demand-yield"),
    "106": ("REQUEST", "demand-meet"),
    "107": ("REQUEST", "demand-settle"),
    "108": ("REQUEST", "demand-mediate"),
    # 11 disapprove
    "11": ("ACCUSE", "disapprove"),
    "112": ("ACCUSE", "allege"),
    "115": ("ACCUSE", "lawsuit"),
    "116": ("SANCTION", "convict"),
    # 12 reject
    "12": ("REJECT", ""),
    "121": ("REJECT", "cooperate"),
    "122": ("REJECT", "aid"),
    "123": ("REJECT", "reform"),
    "124": ("REJECT", "yield"),
    "125": ("REJECT", "meet"),
    "126": ("REJECT", "mediate"),
    "127": ("REJECT", "plan"),
    "128": ("REJECT", "defy"),
    "129": ("REJECT", "veto"),
    # 13 threaten
    "13": ("THREATEN", ""),
    "131": ("THREATEN", "non-force"),
    "132": ("THREATEN", "restrict"),
    "133": ("THREATEN", "dissent"),
    "134": ("THREATEN", "non-force"),
    "135": ("THREATEN", "non-force"),
    "136": ("THREATEN", "non-force"),
    "137": ("THREATEN", "repress"),
    "138": ("THREATEN", "force"),
    "139": ("THREATEN", "ultimatum"),
    # 14 protest
    "14": ("PROTEST", ""),
    "141": ("PROTEST", "demonstrate"),
    "142": ("PROTEST", "hunger-strike"),
    "143": ("PROTEST", "strike-boycott"),
    "144": ("PROTEST", "obstruct"),
    "145": ("PROTEST", "riot"),
    # 15 force posture
    "15": ("MOBILIZE", ""),
    "151": ("MOBILIZE", "police-alert"),
    "152": ("MOBILIZE", "military-alert"),
    "153": ("MOBILIZE", "police"),
    "154": ("MOBILIZE", "military"),
    "155": ("MOBILIZE", "cyber"),
    # 16 reduce relations
    "16": ("SANCTION", ""),
    "161": ("SANCTION", "break-relations"),
    "162": ("SANCTION", "cut-aid"),
    "163": ("SANCTION", "embargo"),
    "164": ("SANCTION", "halt-negotiations"),
    "165": ("SANCTION", "halt-mediation"),
    "166": ("SANCTION", "expel"),
    # 17 coerce
    "17": ("COERCE", ""),
    "171": ("COERCE", "seize"),
    "1712": ("COERCE", "destroy"),
    "172": ("COERCE", "restrict"),
    "173": ("COERCE", "arrest"),
    "174": ("COERCE", "deport"),
    "175": ("COERCE", "repress"),
    "176": ("COERCE", "cyber"),
    # 18 assault
    "18": ("ASSAULT", ""),
    "181": ("ASSAULT", "abduct"),
    "182": ("ASSAULT", "beat"),
    "1821": ("ASSAULT", "sexual"),
    "1822": ("ASSAULT", "torture"),
    "1823": ("ASSAULT", "kill"),
    "183": ("ASSAULT", "explosives"),
    "184": ("ASSAULT", "human-shield"),
    "185": ("ASSAULT", "assassinate"),
    "186": ("ASSAULT", "assassinate"),
    # 19 fight
    "19": ("ASSAULT", "fight"),
    "191": ("COERCE", "blockade"),
    "192": ("ASSAULT", "occupy"),
    "193": ("ASSAULT", "firearms"),
    "194": ("ASSAULT", "heavy-weapons"),
    "195": ("ASSAULT", "aerial"),
    "1952": ("ASSAULT", "drone"),
    "196": ("ASSAULT", "ceasefire-violation"),
    # 20 mass violence
    "20": ("ASSAULT", "mass-violence"),
    "201": ("COERCE", "mass-expulsion"),
    "202": ("ASSAULT", "mass-killing"),
    "203": ("ASSAULT", "ethnic-cleansing"),
    "204": ("ASSAULT", "cbrn"),
    "2042": ("ASSAULT", "nuclear"),
}

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "SANCTION",
}


def plover(code):
    for n in range(len(code), 1, -1):
        if code[:n] in PLOVER_RULES:
            return PLOVER_RULES[code[:n]]
    sys.exit(f"no PLOVER rule for CAMEO {code}: add a prefix to PLOVER_RULES")


def clean_name(name):
    name = re.sub(r"Threate n", "Threaten", name)
    return " ".join(name.replace("\t", " ").split())


def main():
    codes = json.loads((DATA / "cameo_codes.json").read_text())
    goldstein = json.loads((DATA / "cameo_goldstein.json").read_text())
    rows = []
    for raw, entry in codes.items():
        code = CODE_FIXES.get(raw, raw)
        rows.append((code, clean_name(entry["name"]), float(goldstein[raw]["value"]), int(entry["quad_class"])))
    rows.sort(key=lambda r: r[0])
    assert len({r[0] for r in rows}) == len(rows), "duplicate CAMEO code"
    assert {t for t, _ in PLOVER_RULES.values()} <= PLOVER_TYPES
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "codebook.tsv", "w") as f:
        f.write("# CAMEO event codebook: code, name, Goldstein score, quad class (1 verbal coop, 2 material coop,\n")
        f.write("# 3 verbal conflict, 4 material conflict). Generated by scripts/codebook/extract.py from gdelt-py 0.1.11 (MIT).\n")
        f.write("code\tname\tgoldstein\tquad_class\n")
        for code, name, g, q in rows:
            f.write(f"{code}\t{name}\t{g:g}\t{q}\n")
    with open(OUT / "plover.tsv", "w") as f:
        f.write("# CAMEO code -> PLOVER event type and mode (empty mode: none). Newsgraph's own mapping,\n")
        f.write("# generated by scripts/codebook/extract.py from its PLOVER_RULES; docs/plover.md explains it.\n")
        f.write("code\tplover_type\tmode\n")
        for code, *_ in rows:
            t, m = plover(code)
            f.write(f"{code}\t{t}\t{m}\n")
    print(f"wrote {len(rows)} codes to {OUT}/codebook.tsv and plover.tsv")


if __name__ == "__main__":
    main()
