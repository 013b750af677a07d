"""Build the small out-of-domain training sets in ``analysis/training/data/`` from their public sources.

    .venv/bin/python -m analysis.training.external --vader DIR --senti4sd DIR

``--vader``: the unpacked ``additional_resources/hutto_ICWSM_2014.tar.gz`` of github.com/cjhutto/vaderSentiment
(MIT); ``--senti4sd``: a checkout of github.com/collab-uniba/Senti4SD (MIT; the texts are Stack Overflow posts,
CC BY-SA). Run once by hand; nothing is downloaded here or at run time. Labels are mapped to DOMAIN.md's meaning
(see analysis/README.md, "Training data"):

* VADER Amazon review snippets: the mean of 10 raters on -4..+4. >= +1.0 positive, <= -1.0 negative,
  |mean| <= 0.5 neutral; the band in between (0.5 < |mean| < 1.0) is dropped as too weak to call.
* Senti4SD: its own positive / neutral / negative gold labels, as they are.

A fixed seed picks at most ``--per-class`` rows of each class from each source. Texts that also appear in the
outside check (``--exclude``, the UCI sentences of tests/data/outside/) are left out: that set is never trained on.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
SEED = 20261201


def vader_amazon(folder):
    path = os.path.join(folder, "amazonReviewSnippets_GroundTruth.txt")
    with open(path, encoding="latin-1") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            ident, mean, text = parts[0], float(parts[1]), parts[2].strip()
            label = ("positive" if mean >= 1.0 else "negative" if mean <= -1.0 else
                     "neutral" if abs(mean) <= 0.5 else None)
            if label and text:
                yield {"id": f"vader-amazon-{ident}", "text": text, "label": label, "rating": mean}


def senti4sd(folder):
    parts = os.path.join(folder, "Senti4SD_GoldStandard_and_DSM", "Senti4SD_Train_Test_Partitions")
    for name in sorted(os.listdir(parts)):
        with open(os.path.join(parts, name), encoding="utf-8", newline="") as fh:
            for ident, label, text in csv.reader(fh, delimiter=";"):
                text = " ".join(text.split())
                if label in ("positive", "neutral", "negative") and text:
                    yield {"id": f"senti4sd-{ident}", "text": text, "label": label}


def _norm(text):
    return " ".join(text.lower().split())


def sample(rows, per_class, exclude=frozenset(), seed=SEED):
    rows = [r for r in {_norm(r["text"]): r for r in rows}.values() if _norm(r["text"]) not in exclude]
    rng = random.Random(seed)
    out = []
    for label in ("negative", "neutral", "positive"):
        of_label = [r for r in rows if r["label"] == label]
        rng.shuffle(of_label)
        out += of_label[:per_class]
    rng.shuffle(out)
    return out


def write(name, rows):
    os.makedirs(DATA, exist_ok=True)
    with open(os.path.join(DATA, name), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {lab: sum(r["label"] == lab for r in rows) for lab in ("negative", "neutral", "positive")}
    print(f"{name}: {len(rows)} rows {counts}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--vader", required=True)
    ap.add_argument("--senti4sd", required=True)
    ap.add_argument("--per-class", type=int, default=600)
    ap.add_argument("--exclude", nargs="*", default=[], help="jsonl files whose texts must not be used")
    args = ap.parse_args(argv)
    exclude = set()
    for path in args.exclude:
        with open(path, encoding="utf-8") as fh:
            exclude |= {_norm(json.loads(line)["text"]) for line in fh if line.strip()}
    write("vader_amazon.jsonl", sample(vader_amazon(args.vader), args.per_class, exclude))
    write("senti4sd.jsonl", sample(senti4sd(args.senti4sd), args.per_class, exclude))


if __name__ == "__main__":
    main()
