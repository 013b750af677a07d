"""Build ``analysis/data/ask_space.npy``: the linear map under which the regrouping compares asks
(``analysis.regroup``), learned so that asks for one request come close and asks for different requests of the
same product move apart.

    .venv/bin/python -m analysis.training.ask_space     # the map, then the ask centre in it (``ask_centre``)

The sentence encoder knows what sentences mean in general; it does not know which differences matter for telling
one request from another. Two asks for a Gift Aid claim read alike to it, but so do two asks that only share the
product's domain ("the donor portal" and "donor receipts"). The map ``T`` (384 × 384, starting from the identity)
is trained on the roadmap sets written blind, one product each (``tests/data/dev_blind/``): for every two asks the
analysis detects in one product, a logistic loss on their cosine once the product's mean ask is taken out, positives
and negatives weighted alike, and ``LAMBDA`` · |T − I|² / 384 keeping it near the identity. Plain numpy with Adam.
The held-out evaluation sets are refused (``train_asks.load``). ``bench/ask_space_cv.py`` measures it with each
product left out of the training in turn.
"""
from __future__ import annotations

import numpy as np

from analysis import Analyzer, regroup
from analysis.regroup import SPACE_PATH, Ask
from analysis.training import ask_centre
from analysis.training.train_asks import blind_dev_sets, evidence_spans, load

LAMBDA = 3.0   # the pull towards the identity: 0.1 and 0.4 learned the training products' own items
STEPS = 200
RATE = 0.01


def pair(spans: list[tuple[int, int]], found: list[tuple[int, int]],
         cores: list[tuple[int, int]] | None = None) -> dict[int, int]:
    """Found span index -> labelled span index, one to one, the most overlapping first. A found ask spans its
    whole sentence, so where one sentence asks twice, ``cores`` (each found ask's own words, ``core_span``)
    decide which labelled ask is whose, before the sentence's overlap does."""
    cores = cores or found

    def overlap(a, b):
        return min(a[1], b[1]) - max(a[0], b[0])

    candidates = sorted(((f, s) for f in range(len(found)) for s in range(len(spans))
                         if overlap(found[f], spans[s]) > 0),
                        key=lambda fs: (-max(overlap(cores[fs[0]], spans[fs[1]]), 0),
                                        -overlap(found[fs[0]], spans[fs[1]]), fs))
    pairs, used = {}, set()
    for f, s in candidates:
        if f not in pairs and s not in used:
            pairs[f] = s
            used.add(s)
    return pairs


def core_span(request) -> tuple[int, int]:
    """The characters of a detected ask's own words (its subject) in its comment, else its sentence's."""
    at = request.sentence.lower().find(request.subject.lower()) if request.subject else -1
    if at < 0:
        return request.start_char, request.end_char
    return request.start_char + at, request.start_char + at + len(request.subject)


def labelled_asks(analyzer: Analyzer, rows: list[dict]) -> tuple[list[Ask], list[str | None]]:
    """Every ask the analysis detects, and the item each is labelled with (None where no labelled ask pairs with
    it: it still tells the regrouping that its sentence asks twice)."""
    asks, items = [], []
    for number, (row, result) in enumerate(zip(rows, analyzer.analyze_many([row["text"] for row in rows]))):
        labelled = [ask["item"] for ask in row["requests"]]
        found = pair(evidence_spans(row), [(r.start_char, r.end_char) for r in result.requests],
                     [core_span(r) for r in result.requests])
        for f, request in enumerate(result.requests):
            asks.append(Ask(len(asks), request.subject, request.sentence, source=number))
            items.append(labelled[found[f]] if f in found else None)
    return asks, items


def product_points(analyzer: Analyzer, path: str, product: str) -> tuple[np.ndarray, np.ndarray]:
    """One product's labelled asks as the regrouping encodes them (before the map), and their item numbers."""
    asks, items = labelled_asks(analyzer, load(path))
    names = sorted({item for item in items if item is not None})
    points = ask_centre.points_of(asks, product, mapped=False)
    kept = [index for index, item in enumerate(items) if item is not None]
    return points[kept], np.array([names.index(items[index]) for index in kept])


def train(products: list[tuple[np.ndarray, np.ndarray]], lam: float = LAMBDA, steps: int = STEPS,
          rate: float = RATE, progress=None) -> np.ndarray:
    """T learned on `products` (each: points n × d, item numbers n); `progress()` is told of every step."""
    dim = products[0][0].shape[1]
    identity = np.eye(dim, dtype=np.float32)
    params = [identity.copy(), np.float32(10.0), np.float32(0.2)]  # T, the logistic's scale and its offset
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    for step in range(1, steps + 1):
        space, scale, offset = params
        grad_space, grad_scale, grad_offset = np.zeros_like(space), 0.0, 0.0
        for points, items in products:
            mapped = points @ space
            centred = mapped - mapped.mean(0)
            length = np.linalg.norm(centred, axis=1, keepdims=True)
            unit = centred / length
            cosine = unit @ unit.T
            same = (items[:, None] == items[None, :]).astype(np.float32)
            others = same * (1 - np.eye(len(items), dtype=np.float32))
            weight = others / others.sum() + (1 - same) / (1 - same).sum()
            logit = scale * (cosine - offset)
            error = weight * (1 / (1 + np.exp(-logit)) - same)
            grad_scale += float((error * (cosine - offset)).sum())
            grad_offset -= float(scale * error.sum())
            grad_unit = 2 * scale * error @ unit
            grad_centred = (grad_unit - unit * (grad_unit * unit).sum(1, keepdims=True)) / length
            grad_space += points.T @ (grad_centred - grad_centred.mean(0))
        grads = [grad_space / len(products) + 2 * lam * (space - identity) / dim,
                 np.float32(grad_scale / len(products)), np.float32(grad_offset / len(products))]
        for i, grad in enumerate(grads):  # Adam
            first[i] = 0.9 * first[i] + 0.1 * grad
            second[i] = 0.999 * second[i] + 0.001 * grad * grad
            step_size = rate * np.sqrt(1 - 0.999 ** step) / (1 - 0.9 ** step)
            params[i] = (params[i] - step_size * first[i] / (np.sqrt(second[i]) + 1e-8)).astype(np.float32)
        if progress:
            progress()
    return params[0]


def main():
    import click

    analyzer = Analyzer()
    products = []
    for name, path in blind_dev_sets().items():
        products.append(product_points(analyzer, path, name.capitalize()))
        print(f"{name}: {len(products[-1][1])} labelled asks")
    with click.progressbar(length=STEPS, label="training the ask space") as bar:
        space = train(products, progress=lambda: bar.update(1))
    np.save(SPACE_PATH, space)
    print(f"{SPACE_PATH.name}: |T - I| = {np.linalg.norm(space - np.eye(len(space))):.2f}")
    # the centre the regrouping takes out of asks lives in the space: it is rebuilt with every new map
    regroup._space.cache_clear()
    ask_centre.main()


if __name__ == "__main__":
    main()
