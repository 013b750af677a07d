"""A learned second reader of the request rules: does this sentence ask for something?

The rules (``requests.py``) say which ask patterns a sentence holds and which ask they chose; they were written
on the team's own text and miss wordings nobody here thought of ("Routing. Please.", "Text the customer when we're
on the way") or fire on words that ask for nothing ("Please keep the app fast"). This layer reads what the rules
found together with the sentence's words and shape, and gives the probability that the sentence asks: a
logistic regression trained on development sets written blind from DOMAIN.md
(``analysis/training/train_asks.py``). The weights ship as ``analysis/data/ask_weights.json``; scoring is a
pure-Python sum over the features a sentence has.

The detector then drops a rule's ask the model finds very unlikely and adds an ask to a sentence the rules
passed over when the model finds it likely enough (``ADD`` / ``DROP`` thresholds, stored with the weights).
"""
from __future__ import annotations

import json
import math
import os
from functools import lru_cache

WEIGHTS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "ask_weights.json")
LENGTH_BUCKETS = (2, 4, 8, 14, 24)


def _bucket(n: int) -> str:
    return next((str(b) for b in LENGTH_BUCKETS if n <= b), "more")


def sentence_features(view, start: int, end: int, hits, chosen: str | None, fragment: bool,
                      position: tuple[int, int], tags: dict) -> dict[str, float]:
    """Features of the sentence ``view[start:end]``: the rules that matched in it (``hits``, before any veto),
    the rule whose ask was kept (``chosen``, None), whether it reads as a bare noun phrase (``fragment``), its
    lemmas and lemma pairs, its shape, and its place in the comment (``position``: index, number of sentences)."""
    lowers, lemmas, punct = view.lowers, view.lemmas, view.punct
    words = [i for i in range(start, end) if not punct[i] and not view.texts[i].isspace()]
    f: dict[str, float] = {"bias": 1.0, "kept:" + (chosen or "none"): 1.0, "len:" + _bucket(len(words)): 1.0}
    for name in hits:
        f["hit:" + name] = 1.0
    if fragment:
        f["fragment"] = 1.0
    text = view.span_text(start, end).rstrip()
    if text.endswith("?"):
        f["question"] = 1.0
    if "!" in text:
        f["exclaim"] = 1.0
    index, count = position
    f["first" if index == 0 else "later"] = 1.0
    if count == 1:
        f["alone"] = 1.0
    previous = "<s>"
    for i in words:
        lemma = lemmas[i].lower()
        f["lem:" + lemma] = 1.0
        f["bi:" + previous + "_" + lemma] = 1.0
        previous = lemma
    if words:
        first = lowers[words[0]]
        f["tag0:" + tags.get(first, "?")] = 1.0
        f["tag_last:" + tags.get(lowers[words[-1]], "?")] = 1.0
    return f


class AskModel:
    def __init__(self, weights: dict[str, float], add: float, drop: float):
        self.weights, self.add, self.drop = weights, add, drop

    @classmethod
    def from_file(cls, path: str = WEIGHTS_PATH) -> "AskModel | None":
        if not os.path.exists(path):
            return None
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(data["weights"], data["add"], data["drop"])

    def probability(self, features: dict[str, float]) -> float:
        w = self.weights
        z = sum(w.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@lru_cache(maxsize=1)
def default_model() -> AskModel | None:
    return AskModel.from_file()
