"""Cost of the regrouping pass (``analysis.regroup``, `voc feedback regroup`) by the number of asks.

    OMP_NUM_THREADS=1 .venv/bin/python bench/regroup_speed.py [--sizes 500,2000,4000]

Asks: the detected asks of the eleven development sets written blind (about 2,300), repeated with a number
appended to reach the larger sizes, grouped around 22 named items. Prints, for each size, the seconds spent
encoding (two texts per ask: its sentence and its own words) and grouping, and asks per second, in CPU time of
this process (wall time beside it). Run with one BLAS thread for the one-core figure.
"""
from __future__ import annotations

import argparse
import glob
import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from analysis import Analyzer, encoder, regroup  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def development_asks():
    texts = []
    for path in sorted(glob.glob(os.path.join(ROOT, "tests", "data", "dev_blind", "*", "roadmap.jsonl"))):
        with open(path, encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    found = []
    for result in Analyzer().analyze_many(texts):
        found += [(request.subject, request.sentence) for request in result.requests]
    return found


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="500,2000,4000")
    args = parser.parse_args(argv)
    found = development_asks()
    names = [regroup.Item(f"item {n}", [name]) for n, name in enumerate(
        ["Jira integration", "Single sign-on", "Dark mode", "Mobile app", "Offline mode", "Audit log",
         "Custom fields", "API access", "Salesforce integration", "Slack integration", "Bulk edit", "CSV export",
         "Role-based permissions", "EU data hosting", "Spanish language", "Two-factor authentication",
         "Scheduled reports", "Calendar view", "Webhooks", "Multi-currency", "Custom dashboards", "Zapier"])]
    encoder.encode(["warm up"])
    print(f"{len(found)} distinct development asks; {len(names)} named items; one BLAS thread: "
          f"{os.environ.get('OMP_NUM_THREADS') == '1'}")
    print(f"{'asks':>6} {'encode s':>9} {'group s':>8} {'asks/s':>7} {'wall s':>7}")
    for size in (int(s) for s in args.sizes.split(",")):
        asks = [regroup.Ask(i, f"{words} {i // len(found)}" if i >= len(found) else words,
                            f"{sentence} {i // len(found)}" if i >= len(found) else sentence)
                for i, (words, sentence) in ((i, found[i % len(found)]) for i in range(size))]
        timings = {}

        def timed(texts, **options):
            started = time.process_time()
            try:
                return encoder.encode(texts, **options)
            finally:
                timings["encode"] = time.process_time() - started

        cpu, wall = time.process_time(), time.perf_counter()
        regroup.regroup(asks, names, encode=timed)
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        print(f"{size:>6} {timings['encode']:>9.1f} {cpu - timings['encode']:>8.1f} {size / cpu:>7.0f} {wall:>7.1f}")


if __name__ == "__main__":
    main()
