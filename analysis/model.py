"""A small learned layer on top of the sentiment rules: multinomial logistic regression.

The rules (``sentiment.py``, ``analyzer._aggregate``) stay the first reader of a comment; this module
turns what they found into a sparse feature dict (the rules' polarity and label, per-sentence
polarities, clause counts, the rules that fired, and a limited set of lemma unigrams / bigrams) and applies weights learned on the development sets only
(``analysis/training/train_sentiment.py``). The weights ship as ``analysis/data/sentiment_weights.json``
and are loaded once; scoring is a pure-Python dot product over the features present in the comment.

The careful reading (``Analyzer(careful=True)``) weighs one more input beside the features: the comment's
*meaning*, the mean of its sentences' encodings by the comments' fine-tuned reader (``ask_reader.py``), which that
reading has computed already for the asks. Its weights (384 × 3) ship as ``analysis/data/sentiment_careful.json``
with their own sparse weights, trained together (``train_sentiment --careful``): words no rule or lexicon lists
("the invoicing module has been a revelation") still move the label.

Every prediction can be explained: :meth:`SentimentModel.explain` lists the features that pushed
most towards the predicted class (weight x value, relative to the mean of the other classes).
"""
from __future__ import annotations

import json
import math
import os
import re
from functools import lru_cache

from .sentiment import NEGATIVE_THRESHOLD, POSITIVE_THRESHOLD, label_for

CLASSES = ("negative", "neutral", "positive")
WEIGHTS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "sentiment_weights.json")
CAREFUL_WEIGHTS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "sentiment_careful.json")
MEANING = "the comment's meaning"  # how the meaning's pull is named among the features that explain a label
SHORT = {"negative": "neg", "neutral": "neu", "positive": "pos"}

# rule strings that are assessments ("textblob:great(+0.80)") rather than rule kinds
_ASSESSMENT_SOURCES = frozenset({"textblob", "domain", "function", "rating", "time-cost", "speed",
                                 "repetition", "direction", "ellipsis", "churn"})
_QUOTED = re.compile(r"\s*['\"(].*$")
_ASSESSMENT = re.compile(r"\([+-]\d\.\d\d\)$")  # "cue:nobody ...(-0.40)": an assessment, not a rule

@lru_cache(maxsize=20_000)
def rule_kind(rule: str) -> str | None:
    """'cue:up x cost metric 'price'' -> 'cue:up x cost metric'; assessments -> None."""
    head, _, rest = rule.partition(":")
    if head in _ASSESSMENT_SOURCES or _ASSESSMENT.search(rule):
        return None  # churn is the flag:churn feature
    if head in ("negation", "remedy", "request", "nostalgia", "past-problem", "request_frame"):
        return head
    if head == "cue" and rest.startswith("rating"):
        return "cue:rating"
    if head == "contrast":
        return "contrast:" + ("elliptical" if "elliptical" in rest else rest.split("(")[0].split(",")[0])
    if head == "sarcasm":
        return "sarcasm:" + rest.split(" ")[0]
    rest = _QUOTED.sub("", rest).strip()
    return f"{head}:{rest}" if rest else head


def comment_features(text: str, view, scores, rule_polarity: float) -> dict[str, float]:
    """Features of one comment. ``scores``: [(SentenceScore, is_request, rules)] in order."""
    f: dict[str, float] = {"bias": 1.0, "rule:polarity": rule_polarity,
                           "rule:label=" + label_for(rule_polarity): 1.0}
    scored = [s.polarity for s, _, _ in scores if s.scored]
    if scored:
        f["sent:min"], f["sent:max"] = min(scored), max(scored)
        f["sent:first"], f["sent:last"] = scored[0], scored[-1]
        f["sent:n_pos"] = min(3, sum(p >= POSITIVE_THRESHOLD for p in scored))
        f["sent:n_neg"] = min(3, sum(p <= NEGATIVE_THRESHOLD for p in scored))
    else:
        f["flag:unscored"] = 1.0
    n_pos = n_neg = 0
    for s, req, rules in scores:
        for c in s.clauses:
            p = c.polarity
            if p is not None:
                n_pos += p > 0
                n_neg += p < 0
        for r in rules:
            k = rule_kind(r)
            if k:
                f["rule:" + k] = 1.0
        if s.churn_signal:
            f["flag:churn"] = 1.0
        if s.loyalty_signal:
            f["flag:loyalty"] = 1.0
        if s.sarcasm:
            f["flag:sarcasm"] = 1.0
        if s.contrast:
            f["flag:contrast"] = 1.0
    f["clause:n_pos"], f["clause:n_neg"] = min(4, n_pos), min(4, n_neg)
    if any(req for _, req, _ in scores):
        f["flag:request"] = 1.0
        if all(req for _, req, _ in scores):
            f["flag:all_request"] = 1.0
    if "?" in text:
        f["flag:question"] = 1.0
    if "!" in text:
        f["flag:exclaim"] = 1.0
    # VADER's compound score and TextBlob's raw comment polarity were tried as features: on dev3
    # they moved validation accuracy by <= 0.4 points, got near-zero weights next to the rules'
    # polarities, and cost ~60 % of this layer's time (VADER alone ~200 us a comment): dropped.
    # lemma unigrams and bigrams (alphabetic tokens; only those kept in the model count)
    prev = None
    for lem, punct in zip(view.lemmas, view.punct):
        if punct or not lem.replace("'", "").isalpha():
            prev = None
            continue
        f["lem:" + lem] = 1.0
        if prev is not None:
            f[f"bi:{prev}_{lem}"] = 1.0
        prev = lem
    return f


class SentimentModel:
    """Weights: {feature: [w_negative, w_neutral, w_positive]}, loaded once; `meaning`: the careful model's
    weights of the comment's meaning (a 384 × 3 array), None for the quick one."""

    def __init__(self, weights: dict[str, list[float]], meta: dict | None = None, meaning=None):
        self.weights = weights
        self.meta = meta or {}
        self.meaning = meaning

    @classmethod
    def load(cls, path: str = WEIGHTS_PATH) -> "SentimentModel":
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        if tuple(data["classes"]) != CLASSES:
            raise ValueError(f"unexpected classes in {path}: {data['classes']}")
        meaning = None
        if "meaning" in data:
            import numpy as np  # the careful reading's encoder needs it already
            meaning = np.array(data["meaning"], dtype=np.float32)
        return cls({k: list(v) for k, v in data["weights"].items()},
                   {k: v for k, v in data.items() if k not in ("weights", "meaning")}, meaning)

    def weighed(self, feats: dict[str, float]) -> list[tuple[str, float, list[float]]]:
        """(name, value, weights) of the features that have weights, in the features' order."""
        w = self.weights
        return [(name, x, ws) for name, x in feats.items() if (ws := w.get(name)) is not None]

    def weighed_meaning(self, meaning) -> list[float] | None:
        """The meaning's pull towards each class (None without a meaning, or for the quick model)."""
        if meaning is None or self.meaning is None:
            return None
        return [float(v) for v in meaning @ self.meaning]

    def logits(self, feats: dict[str, float], weighed=None, meaning=None) -> list[float]:
        z0, z1, z2 = self.weighed_meaning(meaning) or (0.0, 0.0, 0.0)
        for _, x, ws in weighed if weighed is not None else self.weighed(feats):
            z0 += ws[0] * x
            z1 += ws[1] * x
            z2 += ws[2] * x
        return [z0, z1, z2]

    def predict(self, feats: dict[str, float], weighed=None, meaning=None) -> list[float]:
        z = self.logits(feats, weighed, meaning)
        m = max(z)
        e = [math.exp(v - m) for v in z]
        s = sum(e)
        return [v / s for v in e]

    def explain(self, feats: dict[str, float], k: int, top: int = 4, weighed=None,
                meaning=None) -> list[tuple[str, float]]:
        """Features pushing most towards class k: x * (w_k - mean of the other classes' w); the comment's meaning
        is one of them (``MEANING``). `weighed`: ``self.weighed(feats)`` when the caller has it already."""
        a, b = [j for j in range(3) if j != k]
        pull = self.weighed_meaning(meaning)
        out = []
        for name, x, ws in ([] if pull is None else [(MEANING, 1.0, pull)]) + list(
                weighed if weighed is not None else self.weighed(feats)):
            if name == "bias":
                continue
            contrib = x * (ws[k] - (ws[a] + ws[b]) * 0.5)
            if contrib > 0:
                out.append((contrib, name))
        out.sort(reverse=True)
        return [(name, c) for c, name in out[:top]]


def polarity_for(probs: list[float], label: str) -> float:
    """p(pos) - p(neg), clipped to -1..1 and moved into the band of the predicted label, so that
    ``label_for(polarity) == label`` always holds."""
    pol = max(-1.0, min(1.0, probs[2] - probs[0]))
    if label == "positive":
        pol = max(pol, POSITIVE_THRESHOLD)
    elif label == "negative":
        pol = min(pol, NEGATIVE_THRESHOLD)
    else:
        pol = max(NEGATIVE_THRESHOLD + 0.01, min(POSITIVE_THRESHOLD - 0.01, pol))
    return round(pol, 4)


def describe(probs: list[float], label: str, top: list[tuple[str, float]]) -> str:
    k = CLASSES.index(label)
    feats = ", ".join(f"{n} ({c:+.2f})" for n, c in top) or "none"
    return (f"model: p({SHORT[label]})={probs[k]:.2f} "
            f"[neg {probs[0]:.2f} / neu {probs[1]:.2f} / pos {probs[2]:.2f}]; top features: {feats}")
