"""Throughput of the whole analysis beside spaCy's bare ``nlp.pipe`` and plain TextBlob on the same comments,
then with each ask linked to a roadmap item (the default catalogue of 146 items, and the asks already linked).

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
from analysis.catalogue import load_catalogue  # noqa: E402
from analysis.linking import Linker  # noqa: E402
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
    from textblob import TextBlob
    t0 = time.perf_counter()
    for text in texts:
        TextBlob(text).sentiment
    t_textblob = time.perf_counter() - t0
    t0 = time.perf_counter()
    analyzer.analyze_many(texts, batch_size=256)
    t_all = time.perf_counter() - t0
    linker = Linker([(item.name, item.name, item.aliases, ()) for item in load_catalogue()])
    linker.link("warm up the vectors")
    t0 = time.perf_counter()
    asks = 0
    for result in analyzer.analyze_many(texts, batch_size=256):
        for request in result.requests:
            link = linker.link(request.subject, request.sentence)
            if link.item_id is None:
                linker.add(request.subject, request.text, (), (request.subject,), named=False)
            else:
                linker.learn(link.item_id, request.subject)
            asks += 1
    t_linked = time.perf_counter() - t0
    n = len(texts)
    print(f"comments: {n} (avg {sum(map(len, texts)) / n:.0f} chars)")
    print(f"{'spacy.blank(en) tokenizer only':40} {n / t_blank:10,.0f} comments/s")
    print(f"{'bare nlp.pipe (analysis pipeline)':40} {n / t_bare:10,.0f} comments/s")
    print(f"{'plain TextBlob sentiment':40} {n / t_textblob:10,.0f} comments/s")
    print(f"{'whole analysis (analyze_many)':40} {n / t_all:10,.0f} comments/s")
    print(f"{'whole analysis and linking':40} {n / t_linked:10,.0f} comments/s "
          f"({asks} asks linked among {len(linker.items)} items)")


if __name__ == "__main__":
    main()
