"""Throughput of the whole analysis beside spaCy's bare ``nlp.pipe`` on the same comments.

    .venv/bin/python bench/analysis_speed.py [--repeat 10]

Texts: the labelled comments of tests/data (dev + eval), repeated. One process, one core.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from analysis import Analyzer  # noqa: E402
from analysis.pipeline import get_nlp  # noqa: E402


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=10)
    args = ap.parse_args(argv)
    root = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "data")
    texts = []
    for name in ("feedback_dev.jsonl", "feedback_eval.jsonl"):
        with open(os.path.join(root, name), encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    texts = texts * args.repeat
    analyzer = Analyzer()
    analyzer.analyze_many(texts[:300])  # warm caches (lemma, spelling) as a running app would
    bare = get_nlp()
    t0 = time.perf_counter()
    for _ in bare.pipe(texts, batch_size=256):
        pass
    t_bare = time.perf_counter() - t0
    blank = __import__("spacy").blank("en")
    t0 = time.perf_counter()
    for _ in blank.pipe(texts, batch_size=256):
        pass
    t_blank = time.perf_counter() - t0
    t0 = time.perf_counter()
    analyzer.analyze_many(texts, batch_size=256)
    t_all = time.perf_counter() - t0
    n = len(texts)
    print(f"comments: {n} (avg {sum(map(len, texts)) / n:.0f} chars)")
    print(f"{'spacy.blank(en) tokenizer only':40} {n / t_blank:10,.0f} comments/s")
    print(f"{'bare nlp.pipe (analysis pipeline)':40} {n / t_bare:10,.0f} comments/s")
    print(f"{'whole analysis (analyze_many)':40} {n / t_all:10,.0f} comments/s")


if __name__ == "__main__":
    main()
