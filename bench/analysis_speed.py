"""Throughput of the whole analysis beside spaCy's bare ``nlp.pipe`` and plain TextBlob on the same comments,
then with each ask linked to a roadmap item (the default catalogue of 146 items, and the asks already linked).

    .venv/bin/python bench/analysis_speed.py [--repeat 10]

Texts: the labelled comments of tests/data (dev + eval), repeated. One process, one core. "With linking" is the
whole analysis of every comment again plus, for each ask found, ``Linker.link`` (ask, then its sentence when the
ask alone links nothing) and either ``learn`` (the ask becomes a wording of its item) or ``add`` (a new item opened
from it), as ``voc analyze`` does. Each figure is comments per second of the process's CPU time
(``time.process_time``: on a shared machine wall time mostly measures the other processes), wall time beside it.
"Careful reading" is the background pass that reads survey comments again with the fine-tuned comment reader
before each regrouping (``Analyzer(careful=True)``; vocapp.insights.careful), on each distinct comment once.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from analysis import Analyzer  # noqa: E402
from analysis.ask_reader import comment_reader  # noqa: E402
from analysis.catalogue import load_catalogue  # noqa: E402
from analysis.linking import Linker  # noqa: E402
from analysis.pipeline import get_nlp  # noqa: E402


class Clock:
    """CPU time of this process (the figure that counts on a shared machine) and wall time, of one stage."""

    def __enter__(self):
        self.cpu, self.wall = time.process_time(), time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.cpu, self.wall = time.process_time() - self.cpu, time.perf_counter() - self.wall


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
    with Clock() as t_bare:
        for _ in bare.pipe(texts, batch_size=256):
            pass
    blank = __import__("spacy").blank("en")
    with Clock() as t_blank:
        for _ in blank.pipe(texts, batch_size=256):
            pass
    from textblob import TextBlob
    with Clock() as t_textblob:
        for text in texts:
            TextBlob(text).sentiment
    with Clock() as t_all:
        analyzer.analyze_many(texts, batch_size=256)
    linker = Linker([(item.name, item.name, item.aliases, ()) for item in load_catalogue()])
    linker.link("warm up the vectors")
    asks = 0
    with Clock() as t_linked:
        for result in analyzer.analyze_many(texts, batch_size=256):
            for request in result.requests:
                link = linker.link(request.subject, request.sentence)
                if link.item_id is None:
                    linker.add(request.subject, request.text, (), (request.subject,), named=False)
                else:
                    linker.learn(link.item_id, request.subject)
                asks += 1
    once = sorted(set(texts))  # the reader remembers what it read: each text once, as the background pass sees it
    careful = Analyzer(careful=True)
    careful.analyze_many(once[:20])  # load the reader
    comment_reader().cache.clear()
    with Clock() as t_careful:
        careful.analyze_many(once, batch_size=256)
    n = len(texts)
    print(f"comments: {n} (avg {sum(map(len, texts)) / n:.0f} chars); comments/s by CPU time of this process "
          f"(by wall time beside it)")
    for label, clock in (("spacy.blank(en) tokenizer only", t_blank), ("bare nlp.pipe (analysis pipeline)", t_bare),
                         ("plain TextBlob sentiment", t_textblob), ("whole analysis (analyze_many)", t_all),
                         ("whole analysis and linking", t_linked)):
        print(f"{label:40} {n / clock.cpu:10,.0f} comments/s  (wall {n / clock.wall:,.0f})", end="")
        print(f" ({asks} asks linked among {len(linker.items)} items)" if clock is t_linked else "")
    print(f"{'careful reading (the background pass)':40} {len(once) / t_careful.cpu:10,.0f} comments/s  "
          f"(wall {len(once) / t_careful.wall:,.0f}; {len(once)} distinct comments)")


if __name__ == "__main__":
    main()
