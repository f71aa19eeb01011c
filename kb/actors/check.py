#!/usr/bin/env python3
"""Checks the named-actor tables in kb/actors/*.tsv and prints row counts per file.

Each file holds one row per tenure: a person, the office held, the CAMEO actor code valid for that
tenure, and the dates that bound it. The knowledge-base compiler trusts these files, so this checker
rejects anything it could not load or that would make two people hold one office at once.

Invariant kept: every file passes with zero errors before it is committed. Standard library only.

Usage: python3 kb/actors/check.py [FILE ...]   (default: every *.tsv beside this script)
       python3 kb/actors/check.py --self-test    (each rule against a row that must fail and one that must pass)
Exit status 0 when every file is clean, 1 otherwise.
"""

import calendar
import datetime
import re
import sys
import tempfile
from pathlib import Path

HEADER = ["name", "aliases", "country", "actor", "title", "start", "end", "wikipedia"]

# ISO 3166-1 alpha-3 codes of the sovereign states and the few territories that appear in news as
# actors. XKX (Kosovo) is the user-assigned code used by the EU and IMF; IGO marks officials of
# intergovernmental organisations, whose actor code then starts with IGO.
ISO3 = set(
    """
    AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA
    BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI
    DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY
    HTI HND HUN ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN
    LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR
    NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA
    KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE
    SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB
    ZWE VAT PSE TWN XKX HKG PRI GRL ESH IGO
    """.split()
)

# Offices held by several people at once: these are exempt from the overlap check. China's foreign
# ministry has three or four spokespersons briefing in turn.
MULTI_HOLDER = re.compile(
    r"^(Member of|Co-Prince|Captain Regent|Deputy|Vice President of Iran|Joint|"
    r"Spokesperson of the Ministry of Foreign Affairs of China)|"
    r"\b(member|members|co-chair|co-leader|opposition leader|opposition figure|opposition presidential candidate)\b",
    re.IGNORECASE,
)

ACTOR_RE = re.compile(r"^(?:[A-Z]{3}){1,5}$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
OPEN_END = datetime.date.max


def date_bounds(text):
    """Returns (earliest, latest) day a partial date YYYY[-MM[-DD]] can stand for, or None."""
    m = DATE_RE.match(text)
    if not m:
        return None
    year = int(m.group(1))
    try:
        if m.group(3):
            day = datetime.date(year, int(m.group(2)), int(m.group(3)))
            return day, day
        if m.group(2):
            month = int(m.group(2))
            last = calendar.monthrange(year, month)[1]
            return datetime.date(year, month, 1), datetime.date(year, month, last)
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    except ValueError:
        return None


def check_file(path, errors):
    """Validates one file; appends 'path:line: message' strings to errors; returns its row count."""
    rows = 0
    header_seen = False
    seen_rows = {}
    tenures = {}
    today = datetime.date.today()
    text = path.read_text(encoding="utf-8")
    for lineno, line in enumerate(text.split("\n"), start=1):
        where = f"{path}:{lineno}"
        if line.strip() == "" or line.startswith("#"):
            continue
        fields = line.split("\t")
        if not header_seen:
            header_seen = True
            if fields != HEADER:
                errors.append(f"{where}: header must be exactly: {' '.join(HEADER)} (tab-separated)")
            continue
        if len(fields) != len(HEADER):
            errors.append(f"{where}: {len(fields)} columns, expected {len(HEADER)} separated by tabs")
            continue
        rows += 1
        name, aliases, country, actor, title, start, end, wiki = fields
        for label, value in zip(HEADER, fields):
            if value != value.strip() or "  " in value:
                errors.append(f"{where}: {label} '{value}' has stray spaces")
        if not name:
            errors.append(f"{where}: empty name")
        if not title:
            errors.append(f"{where}: empty title")
        if aliases:
            parts = aliases.split("|")
            if len(set(parts)) != len(parts):
                errors.append(f"{where}: repeated alias in '{aliases}'")
            for alias in parts:
                if not alias:
                    errors.append(f"{where}: empty alias in '{aliases}' (stray '|')")
                elif alias == name:
                    errors.append(f"{where}: alias '{alias}' repeats the name")
                elif " " not in alias and alias.lower() in name.lower().split():
                    errors.append(
                        f"{where}: alias '{alias}' is a bare part of the name: surnames are left to the entity stage"
                    )
        if country not in ISO3:
            errors.append(f"{where}: country '{country}' is not a known ISO 3166-1 alpha-3 code (or IGO)")
        if not ACTOR_RE.match(actor):
            errors.append(f"{where}: actor '{actor}' must be 1 to 5 groups of three upper-case letters")
        elif country == "IGO":
            if not actor.startswith("IGO"):
                errors.append(f"{where}: actor '{actor}' of an IGO official must start with IGO")
        elif not (actor.startswith(country) or actor.startswith("IMG")):
            errors.append(f"{where}: actor '{actor}' must start with the country code '{country}'")
        start_bounds = date_bounds(start)
        if start_bounds is None:
            errors.append(f"{where}: start '{start}' is not a date YYYY, YYYY-MM or YYYY-MM-DD")
            continue
        if end:
            end_bounds = date_bounds(end)
            if end_bounds is None:
                errors.append(f"{where}: end '{end}' is not a date YYYY, YYYY-MM or YYYY-MM-DD (or empty)")
                continue
        else:
            end_bounds = (OPEN_END, OPEN_END)
        if start_bounds[0] > end_bounds[1]:
            errors.append(f"{where}: start {start} is after end {end}")
        if start_bounds[0] > today:
            errors.append(f"{where}: start {start} is in the future")
        if wiki and ("_" in wiki or wiki[0].islower()):
            errors.append(f"{where}: wikipedia '{wiki}' must be a title with spaces and a capital first letter")
        key = (name, country, title, start)
        if key in seen_rows:
            errors.append(f"{where}: duplicate of line {seen_rows[key]} ({name}, {title}, {start})")
        seen_rows[key] = lineno
        if not MULTI_HOLDER.search(title):
            # Overlap is judged leniently with partial dates: a tenure is taken to start as late
            # and end as early as its dates allow, so "2004" to "2009" and "2009" to "" do not clash.
            tenures.setdefault((country, title), []).append((start_bounds[1], end_bounds[0], name, lineno))
    if not header_seen:
        errors.append(f"{path}: no header line")
    for (country, title), spans in tenures.items():
        spans.sort()
        for i, (a_start, a_end, a_name, a_line) in enumerate(spans):
            for b_start, b_end, b_name, b_line in spans[i + 1 :]:
                if b_start >= a_end:
                    break
                if a_name == b_name or a_start >= b_end:
                    continue
                errors.append(
                    f"{path}:{b_line}: '{title}' ({country}) held by {b_name} overlaps {a_name} (line {a_line})"
                )
    return rows


# Each case: the rows after the header, and the message fragment expected (None: the rows are clean).
SELF_TEST_CASES = [
    ("Vladimir Putin\t\tRUS\tRUSGOV\tPresident of Russia\t2012-05-07\t\tVladimir Putin", None),
    ("Vladimir Putin\t\tRUS\tRUSGOV\tPresident of Russia\t2012-05-07", "columns"),
    ("Angela Merkel\t\tGER\tDEUGOV\tChancellor of Germany\t2005-11-22\t2021-12-08\t", "ISO 3166-1"),
    ("Angela Merkel\t\tDEU\tDEUgov\tChancellor of Germany\t2005-11-22\t2021-12-08\t", "groups of three"),
    ("Angela Merkel\t\tDEU\tFRAGOV\tChancellor of Germany\t2005-11-22\t2021-12-08\t", "must start with"),
    ("Kofi Annan\t\tIGO\tIGOUNO\tSecretary-General of the United Nations\t1997-01-01\t2006-12-31\t", None),
    ("Kofi Annan\t\tIGO\tUSAGOV\tSecretary-General of the United Nations\t1997-01-01\t2006-12-31\t", "start with IGO"),
    ("Olaf Scholz\t\tDEU\tDEUGOV\tChancellor of Germany\t2021-13-08\t\t", "not a date"),
    ("Olaf Scholz\t\tDEU\tDEUGOV\tChancellor of Germany\t2025-05-06\t2021-12-08\t", "is after end"),
    ("Olaf Scholz\tScholz\tDEU\tDEUGOV\tChancellor of Germany\t2021-12-08\t2025-05-06\t", "bare part"),
    ("Sergei Lavrov\tSergey Lavrov\tRUS\tRUSGOV\tForeign Minister of Russia\t2004-03-09\t\t", None),
    (
        "Olaf Scholz\t\tDEU\tDEUGOV\tChancellor of Germany\t2021-12-08\t2025-05-06\t\n"
        "Olaf Scholz\t\tDEU\tDEUGOV\tChancellor of Germany\t2021-12-08\t2025-05-06\t",
        "duplicate",
    ),
    (
        "Olaf Scholz\t\tDEU\tDEUGOV\tChancellor of Germany\t2021-12-08\t2025-05-06\t\n"
        "Friedrich Merz\t\tDEU\tDEUGOV\tChancellor of Germany\t2025-01\t\t",
        "overlaps",
    ),
    (
        "Olaf Scholz\t\tDEU\tDEUGOV\tChancellor of Germany\t2021-12-08\t2025-05-06\t\n"
        "Friedrich Merz\t\tDEU\tDEUGOV\tChancellor of Germany\t2025-05-06\t\t",
        None,
    ),
    (
        "Jens Stoltenberg\t\tNOR\tNORGOV\tPrime Minister of Norway\t2005-10-17\t2013\t\n"
        "Erna Solberg\t\tNOR\tNORGOV\tPrime Minister of Norway\t2013\t2021-10-14\t",
        None,
    ),
    (
        "Bakir Izetbegović\t\tBIH\tBIHGOV\tMember of the Presidency of Bosnia and Herzegovina\t2010-11-10\t2018-11-20\t\n"
        "Željko Komšić\t\tBIH\tBIHGOV\tMember of the Presidency of Bosnia and Herzegovina\t2006-11-06\t2014-11-17\t",
        None,
    ),
]


def self_test():
    """Runs every case through check_file; returns the number of cases that behaved unexpectedly."""
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for number, (rows, expected) in enumerate(SELF_TEST_CASES, start=1):
            path = Path(tmp) / f"case{number}.tsv"
            path.write_text("# test\n" + "\t".join(HEADER) + "\n" + rows + "\n", encoding="utf-8")
            errors = []
            check_file(path, errors)
            ok = not errors if expected is None else any(expected in e for e in errors)
            if not ok:
                failures += 1
                print(f"self-test case {number} expected {expected or 'no error'}, got {errors}", file=sys.stderr)
    print(f"self-test: {len(SELF_TEST_CASES) - failures}/{len(SELF_TEST_CASES)} cases behaved as expected")
    return failures


def main(argv):
    if argv[1:] == ["--self-test"]:
        return 1 if self_test() else 0
    here = Path(__file__).resolve().parent
    files = [Path(a) for a in argv[1:]] or sorted(here.glob("*.tsv"))
    errors = []
    total = 0
    for path in files:
        count = check_file(path, errors)
        total += count
        print(f"{path.name}\t{count}")
    print(f"total\t{total}")
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        print(f"{len(errors)} error(s)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
