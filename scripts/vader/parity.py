#!/usr/bin/env python3
"""Parity check: our Rust VADER scorer against the reference package vaderSentiment 3.3.2.

Scores the same sentences with both and prints the largest absolute difference of the compound
score (the package rounds compound to four decimals, so a faithful port differs by at most 0.00005).

Sentences: the varied ones generated below (negation, boosters, dampeners, capitals, punctuation,
"but", "least", idioms and special phrases, emoticons, emoji), plus every sentence of the GUM news
documents in ../shared/corpora/gum-news when that folder is present (read at run time, never copied).

Run from the repository root after scripts/vader/extract_lexicon.sh:
    .venv-frame/bin/python scripts/vader/parity.py
VADER_BIN=path/to/vader uses a prebuilt example binary instead of `cargo run --release`.
"""
import glob
import itertools
import os
import subprocess
import sys

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

SUBJECTS = ["The talks", "The minister's speech", "The new deal", "Their offer", "The ceasefire"]
PREDICATES = [
    "were good", "were not good", "were very good", "were VERY good", "were extremely bad",
    "were kind of helpful", "were sort of a disaster", "were hardly a success",
    "were not very useful", "were never so bad", "were without doubt excellent",
    "were the least helpful so far", "were at least honest", "were not at all terrible",
    "were a failure", "were a huge failure", "were slightly disappointing",
    "were really, really great", "were n't bad", "weren't bad", "didn't help",
    "were no good", "were no better or worse", "were the bomb", "were to die for",
    "were a kiss of death", "cut the mustard", "were in the red", "were a bus stop",
    "were GREAT", "were bad", "were GOOD but the outcome was terrible",
    "were tense, but the outcome was excellent",
]
ENDINGS = [".", "!", "!!!", "?", "??", " :)", " :(", " :-D", " 😀", " 😡"]

HANDWRITTEN = [
    "",
    "Protesters clashed with police in the capital on Tuesday.",
    "The minister praised the agreement as a historic breakthrough.",
    "Officials condemned the brutal attack, which killed 12 civilians.",
    "We are concerned by Russian actions in Venezuela and believe that supporting Maduro is a lost cause.",
    "An improved relationship with Russia is in our interests.",
    "He denied the charges and said he was innocent!",
    "This is NOT acceptable, the spokesman said.",
    "The company said profits rose sharply, but warned of a difficult year ahead.",
    "Nobody was hurt.",
    "No deal is better than a bad deal.",
    "The rebels have never been so weak.",
    "Without doubt, the best result for the party in decades.",
    "It was the least bad option available.",
    "VERY BAD NEWS FOR EVERYONE.",
    "The vote was a disaster... or was it?",
    "Yeah right, as if that would work.",
    "Lol, that was a total fail :-(",
    "The embassy said it was deeply saddened by the loss of life.",
    "Markets were somewhat calmer after the central bank stepped in.",
    "The summit ended without agreement on trade.",
    "She said the election was free and fair, but the opposition rejected the result.",
    "I don't think the sanctions will work, he told reporters.",
    "Refugees described horrific conditions in the camps.",
    "The ruling party won a comfortable majority.",
    "Fighting resumed despite the truce.",
    "The court acquitted all five defendants.",
    "Analysts were cautiously optimistic about the talks.",
    "The flood destroyed hundreds of homes and left thousands homeless.",
    "It's a great day for democracy!!!!",
]


def generated():
    for subject, predicate in itertools.product(SUBJECTS[:2], PREDICATES):
        yield f"{subject} {predicate}."
    for predicate, ending in itertools.product(PREDICATES[:12], ENDINGS):
        yield f"{SUBJECTS[2]} {predicate}{ending}"


def gum_sentences():
    folder = os.path.join(ROOT, "..", "shared", "corpora", "gum-news")
    if not os.path.isdir(folder):
        print(f"note: {folder} is absent; GUM sentences skipped", file=sys.stderr)
        return []
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "**", "*.conllu"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            out.extend(line[len("# text = "):].strip() for line in f if line.startswith("# text = "))
    return out


def rust_scores(sentences):
    data = "".join(s.replace("\n", " ") + "\n" for s in sentences).encode("utf-8")
    binary = os.environ.get("VADER_BIN")
    cmd = [binary] if binary else [
        "cargo", "run", "--quiet", "--release", "-p", "newsgraph-extract", "--example", "vader"]
    result = subprocess.run(cmd, input=data, capture_output=True, cwd=ROOT, check=True)
    return [float(x) for x in result.stdout.decode().split()]


def main():
    mine = HANDWRITTEN + list(generated())
    gum = gum_sentences()
    sentences = mine + gum
    analyzer = SentimentIntensityAnalyzer()
    reference = [analyzer.polarity_scores(s)["compound"] for s in sentences]
    ours = rust_scores(sentences)
    if len(ours) != len(sentences):
        sys.exit(f"the Rust scorer printed {len(ours)} scores for {len(sentences)} sentences")
    worst = max(range(len(sentences)), key=lambda i: abs(reference[i] - ours[i]))
    diff = abs(reference[worst] - ours[worst])
    print(f"sentences: {len(sentences)} ({len(mine)} written for this check, {len(gum)} from GUM news)")
    print(f"largest |compound difference|: {diff:.6f}")
    print(f"  at: {sentences[worst]!r} reference {reference[worst]} ours {ours[worst]:.6f}")
    bad = [i for i in range(len(sentences)) if abs(reference[i] - ours[i]) > 0.0005]
    for i in bad[:10]:
        print(f"  over 0.0005: {sentences[i]!r} reference {reference[i]} ours {ours[i]:.6f}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
