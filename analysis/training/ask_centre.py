"""Build ``analysis/data/ask_centre.json``: the mean ask of many products, which the regrouping takes out of
asks before comparing them (``analysis.regroup._between_asks``), so that a fresh install's few asks are not
centred on their own meaning.

    .venv/bin/python -m analysis.training.ask_centre

The asks are the ones the analysis detects in the roadmap sets written blind, one product each
(``tests/data/dev_blind/``), encoded as the regrouping encodes them: sentence and own words, without the
product's name, and mapped into the ask space (``ask_space.npy``; ``ask_space`` runs this after building it). The
held-out evaluation sets are refused (``train_asks.load``).
"""
from __future__ import annotations

import json

import numpy as np

from analysis import Analyzer, encoder
from analysis.regroup import CENTRE_PATH, Ask, ask_points, ask_texts, in_ask_space, sharing
from analysis.training.train_asks import blind_dev_sets, load


def points_of(asks: list[Ask], product: str, mapped: bool = True) -> np.ndarray:
    """Asks as the regrouping encodes them: sentence and own words without the product's name, in the ask space
    (or, `mapped` false, as the encoder gives them)."""
    sentences, own_words = ask_texts(asks, [product])
    vectors = encoder.encode(sentences + own_words)
    vectors = in_ask_space(vectors) if mapped else vectors
    return ask_points(vectors[:len(asks)], vectors[len(asks):], sharing(asks))


def product_asks(analyzer: Analyzer, path: str, product: str) -> np.ndarray:
    texts = [row["text"] for row in load(path)]
    requests = [(row, request) for row, result in enumerate(analyzer.analyze_many(texts))
                for request in result.requests]
    return points_of([Ask(index, request.subject, request.sentence, source=row)
                      for index, (row, request) in enumerate(requests)], product)


def main():
    analyzer = Analyzer()
    points = []
    for name, path in blind_dev_sets().items():
        points.append(product_asks(analyzer, path, name.capitalize()))
        print(f"{name}: {len(points[-1])} asks")
    every = np.vstack(points)
    centre = every.mean(axis=0)
    with open(CENTRE_PATH, "w", encoding="utf-8") as fh:
        json.dump({"encoder": encoder.NAME, "asks": len(every), "products": sorted(blind_dev_sets()),
                   "centre": [round(float(x), 6) for x in centre]}, fh)
        fh.write("\n")
    print(f"{len(every)} asks of {len(points)} products; the centre's length {np.linalg.norm(centre):.3f}")


if __name__ == "__main__":
    main()
