"""The ask space (``analysis/training/ask_space.py``) measured with each product left out of its training: the
share of detected asks the regrouping puts in the right item, on an empty catalogue and with the items created by
name, with the map learned on the other products and without any map (the identity, the same thresholds), both
with the ask centre taken from the other products only.

    .venv/bin/python bench/ask_space_cv.py [--products N] [--steps N]

Reading the 23 products takes about a minute and training each map about ten seconds: 5 to 10 minutes in all on
one core.
"""
from __future__ import annotations

import argparse
import os
import sys

import click
import numpy as np

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import roadmap_quality as bench  # noqa: E402

from analysis import Analyzer, encoder, regroup  # noqa: E402
from analysis.training import ask_space  # noqa: E402


class Product:
    """One development set as the bench reads it, with its asks encoded once."""

    def __init__(self, name: str, analyzer: Analyzer):
        rows, _ = bench.load(name)
        self.product = bench.PRODUCTS.get(name)
        self.detected, self.truth = bench.detect(rows, analyzer, product=self.product)
        self.pairs = bench.pair(self.detected, self.truth)
        self.names = sorted({item for _, item, _ in self.truth})
        self.linked = {label: bench.link_all(self.detected, names, self.product)
                       for label, names in (("empty", []), ("by name", self.names))}
        asks = [regroup.Ask(d, r.subject, r.sentence, source=row) for d, (row, r) in enumerate(self.detected)]
        self.shared = regroup.sharing(asks)
        sentences, own_words = regroup.ask_texts(asks, [self.product])
        texts = sentences + own_words + self.names
        self.encoded = dict(zip(texts, encoder.encode(texts)))
        raw = np.array([self.encoded[t] for t in sentences + own_words])
        self.raw = (raw[:len(asks)], raw[len(asks):])
        labelled = sorted(self.pairs)
        items = [self.truth[self.pairs[d]][1] for d in labelled]
        self.training = (regroup.ask_points(*self.raw, self.shared)[labelled],
                         np.array([self.names.index(i) for i in items]))

    def points(self, space: np.ndarray) -> np.ndarray:
        return regroup.ask_points(*(regroup.in_ask_space(v, space) for v in self.raw), self.shared)

    def linked_right(self, label: str) -> float:
        assigned, titles = self.linked[label]
        names = [] if label == "empty" else self.names
        new, _ = bench.regroup_all(self.detected, assigned, titles, names, self.product)
        return bench.linked_right(self.truth, self.pairs, new, named=names) / len(self.pairs)


def measure(product: Product, others: list[Product], space: np.ndarray) -> dict[str, float]:
    centre = np.vstack([other.points(space) for other in others]).mean(0).astype(np.float32)
    # the regrouping reads its map and centre from the shipped files: here, the ones learned without `product`
    regroup._space = lambda: space
    regroup._prior_centre = lambda: centre
    encode = regroup.encoder.encode
    regroup.encoder.encode = lambda texts, progress=None: np.array([product.encoded[t] for t in texts])
    try:
        return {label: product.linked_right(label) for label in product.linked}
    finally:
        regroup.encoder.encode = encode


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--products", type=int, default=0, help="leave out only the first N products")
    parser.add_argument("--steps", type=int, default=ask_space.STEPS)
    args = parser.parse_args()
    analyzer = Analyzer()
    names = [name for name in sorted(bench.SETS) if name not in bench.MEASURE_ONLY and not bench.of_interviews(name)]
    with click.progressbar(names, label="reading the products") as bar:
        products = {name: Product(name, analyzer) for name in bar}
    identity = np.eye(encoder.DIM, dtype=np.float32)
    results = {}
    with click.progressbar(names[:args.products or None], label="leaving each product out") as bar:
        for name in bar:
            others = [products[other] for other in names if other != name]
            space = ask_space.train([other.training for other in others], steps=args.steps)
            results[name] = (measure(products[name], others, identity), measure(products[name], others, space))
    print(f"{'product':<14} {'empty: plain':>12} {'mapped':>7} {'by name: plain':>15} {'mapped':>7}")
    for name, (plain, mapped) in results.items():
        print(f"{name:<14} {plain['empty']:>12.3f} {mapped['empty']:>7.3f} "
              f"{plain['by name']:>15.3f} {mapped['by name']:>7.3f}")
    mean = {(kind, label): np.mean([result[kind][label] for result in results.values()])
            for kind in (0, 1) for label in ("empty", "by name")}
    print(f"{'mean':<14} {mean[0, 'empty']:>12.3f} {mean[1, 'empty']:>7.3f} "
          f"{mean[0, 'by name']:>15.3f} {mean[1, 'by name']:>7.3f}")


if __name__ == "__main__":
    main()
