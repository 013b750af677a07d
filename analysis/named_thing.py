"""Which run of words of a sentence names the thing asked for, where the learned layer found the ask.

The learned layer (``asks.py``) says that a sentence asks, not what for. A sentence has several runs of words that
could name a thing (no verb, pronoun or clause boundary inside: ``requests._runs``); the rarest words used to
decide, and picked "security approval" in "No single sign-on = no security approval." and "group bookings arrive"
in "When will group bookings arrive?". This chooser scores each run by where it stands and what is around it (the
word before it, "an", "no", "our"; the one after it, "would", "because"; its place among the runs; how much and
what kind of things its words name) and the detector takes the best. A softmax over the runs of a sentence,
trained on the development sets written blind (``analysis/training/train_named_thing.py``): the right run is the
one that shares most words with the labelled item's name. The weights ship as
``analysis/data/named_thing_weights.json``; scoring is a pure-Python sum over the features a run has.
"""
from __future__ import annotations

import json
import math
import os
from functools import lru_cache

from .asks import _bucket, product_words

WEIGHTS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "named_thing_weights.json")


def run_features(view, sent, runs: list[tuple[int, int, float]], order: int, tags: dict,
                 filler) -> dict[str, float]:
    """Features of the `order`-th of the sentence's `runs` [(start, end, weight)] that name something. `tags`:
    each word's most frequent part of speech; `filler`: the words that name nothing by themselves."""
    start, end, w = runs[order]
    weights = [weight for _, _, weight in runs]

    def around(i: int) -> str:
        if i < sent.start or i >= sent.end:
            return "<edge>"
        word = view.lowers[i]
        return word if view.punct[i] or word in filler else "<" + tags.get(word, "?")[:2] + ">"

    f = {"wlog": math.log1p(w), "wrel": w / max(weights), "is_heaviest": float(w == max(weights)),
         "order:" + str(min(order, 3)): 1.0, "order_from_end:" + str(min(len(runs) - 1 - order, 3)): 1.0,
         "runlen:" + _bucket(end - start): 1.0,
         "before:" + around(start - 1): 1.0, f"before2:{around(start - 2)}_{around(start - 1)}": 1.0,
         "after:" + around(end): 1.0,
         "tag_last:" + tags.get(view.lowers[end - 1], "?"): 1.0, "tag_first:" + tags.get(view.lowers[start], "?"): 1.0}
    known = product_words()
    named = sum(1 for i in range(start, end) if not view.punct[i] and view.lowers[i] in known)
    if named:
        f["product_words:" + ("1" if named == 1 else "2+")] = 1.0
    if any(view.texts[i][:1].isupper() and i > sent.start for i in range(start, end)):
        f["capitalised"] = 1.0
    if all(view.punct[i] or view.lowers[i] in filler for i in range(sent.start, start)):
        f["at_start"] = 1.0
    return f


class NamedThing:
    def __init__(self, weights: dict[str, float]):
        self.weights = weights

    def score(self, features: dict[str, float]) -> float:
        return sum(self.weights.get(k, 0.0) * v for k, v in features.items())

    def best(self, view, sent, runs: list[tuple[int, int, float]], tags: dict, filler) -> tuple[int, int]:
        """The (start, end) of the run that most likely names the thing asked for."""
        if len(runs) == 1:
            return runs[0][:2]
        scored = [(self.score(run_features(view, sent, runs, k, tags, filler)), -k, (s, e))
                  for k, (s, e, _) in enumerate(runs)]
        return max(scored)[2]


@lru_cache(maxsize=1)
def default_chooser() -> NamedThing | None:
    """The shipped chooser; None when its weights are not there (the rarest words then decide)."""
    if not os.path.exists(WEIGHTS_PATH):
        return None
    with open(WEIGHTS_PATH, encoding="utf-8") as fh:
        return NamedThing(json.load(fh)["weights"])
