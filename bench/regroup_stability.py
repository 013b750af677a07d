"""How steady the regrouping (``analysis.regroup``) is: when one ask comes or goes, how many other asks change item.

A product manager sees the roadmap after every pass; an item whose asks reshuffle when one comment arrives cannot
be trusted, and a bench figure that moves by more than such a reshuffle is more than noise. For each development
set written blind, the asks are detected and linked with an empty catalogue as ``bench/roadmap_quality.py`` does,
regrouped once with every ask, then again with one ask left out, for `--drops` asks drawn at random (seeded). The
groups of the two passes are paired one to one, the largest overlap first, as an item keeps the group holding most
of its asks; an ask has changed item when its group in the second pass is not the one paired with its first.

    .venv/bin/python bench/regroup_stability.py [--sets pawprint,tillpoint,...] [--drops 30] [--seed 0]

Prints, per set, how many asks changed item at each drop, and over all drops: the share of drops that changed any,
the mean and the largest number, and the largest as a share of the set's asks (what one set's linked-right figure
can move by for one ask more or less).
"""
from __future__ import annotations

import argparse
import os
import random
import sys
from collections import Counter

import click

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import roadmap_quality as bench  # noqa: E402

from analysis import Analyzer  # noqa: E402

SETS = ("castwise", "mailcraft", "pawprint", "staybook", "tillpoint", "buildgrid")


def changed(before: list, after: list, kept: list[int]) -> int:
    """How many of the `kept` asks are not in the group paired with the one they were in (`before` by ask, `after`
    by position in `kept`)."""
    overlap = Counter((before[index], after[position]) for position, index in enumerate(kept))
    paired, taken = {}, set()
    for (old, new), _ in overlap.most_common():
        if old not in paired and new not in taken:
            paired[old] = new
            taken.add(new)
    return sum(1 for position, index in enumerate(kept) if paired.get(before[index]) != after[position])


def drops(name: str, analyzer: Analyzer, count: int, seed: int) -> tuple[int, list[int]]:
    """(the set's number of asks, asks changed at each of `count` drops)."""
    rows, _accounts = bench.load(name)
    detected, _truth = bench.detect(rows, analyzer, bench.rivals_of(name), bench.PRODUCTS.get(name))
    product, told = bench.PRODUCTS.get(name), bench.of_interviews(name)
    assigned, titles = bench.link_all(detected, [], product)
    before, _ = bench.regroup_all(detected, assigned, titles, [], product, told=told)
    chance = random.Random(seed)
    moved = []
    for _ in range(count):
        left_out = chance.randrange(len(detected))
        kept = [index for index in range(len(detected)) if index != left_out]
        after, _ = bench.regroup_all([detected[i] for i in kept], [assigned[i] for i in kept], titles, [], product,
                                     told=told)
        moved.append(changed(before, after, kept))
    return len(detected), moved


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", default=",".join(SETS))
    parser.add_argument("--drops", type=int, default=30)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    analyzer = Analyzer()
    results = {}
    with click.progressbar(args.sets.split(","), label="regrouping with one ask left out") as bar:
        for name in bar:
            results[name] = drops(name, analyzer, args.drops, args.seed)
    every = [n for _, moved in results.values() for n in moved]
    for name, (asks, moved) in results.items():
        print(f"{name:<12} {asks:>4} asks; changed item at each drop: {' '.join(map(str, moved))}")
    worst = max(max(moved) / asks for asks, moved in results.values())
    print(f"drops that changed any other ask's item: {sum(n > 0 for n in every)} of {len(every)}; "
          f"asks changed per drop: mean {sum(every) / len(every):.2f}, most {max(every)} "
          f"({worst:.3f} of its set's asks at most)")


if __name__ == "__main__":
    main()
