"""Choose the linking settings (``analysis/linking.py``) on the development sets written blind, one product each.

    .venv/bin/python -m analysis.training.tune_linking

Setting by setting (coordinate descent over the values below, twice over), each product's asks (as the analysis detects them) are linked as
``bench/roadmap_quality.py`` links them, on an empty catalogue and on the items created by name, and the share
linked to the right item is averaged over products and both catalogues. Prints the best settings, each product's
figure with them, and the current settings' figures; it changes no file. The evaluation set
(``tests/data/blind/``) is never read.
"""
from __future__ import annotations

import importlib.util
import os
import sys

from analysis import Analyzer, linking

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GRID = {
    "LINK_THRESHOLD": (0.2, 0.25, 0.3, 0.35),
    "COVER_WORDING": (0.2, 0.3, 0.4),
    "SOFT_MATCH": (0.55, 0.62, 0.7),
    "MEANING_ONLY": (0.6, 0.7, 0.85),
    "CONTEXT_DISCOUNT": (0.7, 0.85, 1.0),
    "SPREAD": (0.0, 1.0, 2.0, 3.0, 4.0),
    "CONTEXT_ALWAYS": (False, True),
    "EARLIER_ASK": (1.0, 0.9, 0.8, 0.7),
    "CANDIDATE_ITEMS": (6, 12, 24, 10_000),
}


def _bench():
    spec = importlib.util.spec_from_file_location("roadmap_quality", os.path.join(ROOT, "bench", "roadmap_quality.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    bench = _bench()
    analyzer = Analyzer()
    products = {}
    for name in sorted(set(bench.SETS) - {"blind"}):
        rows, accounts = bench.load(name)
        detected, truth = bench.detect(rows, analyzer)
        products[name] = (detected, truth, bench.pair(detected, truth))

    def figures():
        out = {}
        for name, (detected, truth, pairs) in products.items():
            names = sorted({item for _, item, _ in truth})
            shares = []
            for catalogue in ([], names):
                assigned, _ = bench.link_all(detected, catalogue, bench.PRODUCTS.get(name))
                shares.append(bench.linked_right(truth, pairs, assigned, named=catalogue) / max(1, len(pairs)))
            out[name] = shares
        return out

    def mean(out):
        return sum(sum(v) for v in out.values()) / (2 * len(out))

    current = figures()
    print(f"current settings: {mean(current):.3f}", {k: [round(x, 3) for x in v] for k, v in current.items()})
    originals = {k: getattr(linking, k) for k in GRID}
    best = (mean(current), dict(originals))
    for _ in range(2):  # coordinate descent: one setting at a time, twice over
        for key, values in GRID.items():
            for value in values:
                trial = dict(best[1], **{key: value})
                for k, v in trial.items():
                    setattr(linking, k, v)
                score = mean(figures())
                if score > best[0] + 1e-9:
                    best = (score, trial)
                    print(f"  {score:.3f} {trial}", flush=True)
    for key, value in best[1].items():
        setattr(linking, key, value)
    print(f"best: {best[0]:.3f} {best[1]}", {k: [round(x, 3) for x in v] for k, v in figures().items()})
    for key, value in originals.items():
        setattr(linking, key, value)


if __name__ == "__main__":
    sys.exit(main())
