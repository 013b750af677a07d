"""A learned second reader of the request rules: does this sentence ask for something?

The rules (``requests.py``) say which ask patterns a sentence holds and which ask they chose; they were written
on the team's own text and miss wordings nobody here thought of ("Routing. Please.", "Text the customer when we're
on the way") or fire on words that ask for nothing ("Please keep the app fast"). This layer reads what the rules
found together with the sentence's words and shape, and gives the probability that the sentence asks: a
logistic regression trained on development sets written blind from DOMAIN.md
(``analysis/training/train_asks.py``). The weights ship as ``analysis/data/ask_weights.json``; scoring is a
pure-Python sum over the features a sentence has.

The detector then drops a rule's ask the model finds very unlikely and adds an ask to a sentence the rules
passed over when the model finds it likely enough (the ``add`` and ``drop`` thresholds, stored with the weights).
"""
from __future__ import annotations

import json
import math
import os
from functools import lru_cache

WEIGHTS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "ask_weights.json")
# the model for interviews: trained on interviews as well, with the part of the record each sentence is in
INTERVIEW_WEIGHTS_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "ask_weights_interviews.json")
LENGTH_BUCKETS = (2, 4, 8, 14, 24)


def _bucket(n: int) -> str:
    return next((str(b) for b in LENGTH_BUCKETS if n <= b), "more")


NEGATIONS = frozenset({"no", "not", "n't", "never", "without", "nothing", "zero", "nobody", "cannot"})


@lru_cache(maxsize=1)
def product_words() -> frozenset:
    """The words of the default catalogue's item names and aliases ("sso", "offline", "export", "calendar"):
    what B2B customers most often ask for, as general knowledge of asks rather than of one product."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .catalogue import load_catalogue
    words = set()
    for item in load_catalogue():
        for wording in (item.name, *item.aliases):
            words.update(w for w in wording.lower().replace("/", " ").replace("-", " ").split()
                         if w.isalpha() and w not in STOP_WORDS)
    return frozenset(words)


def part_kinds(part: str | None) -> list[str]:
    """What kind of writing a part of an interview record is (``analysis.transcripts.customer_parts``): the
    interviewer's ``notes``, an ``answer`` to the guide (and ``answer:<question id>``), or a buyer's ``turn``.
    A survey comment has no part."""
    if not part:
        return []
    if part.startswith("answers."):
        return ["answer", "answer:" + part.partition(".")[2]]
    return ["turn" if part.startswith("turns.") else part]


def sentence_features(view, start: int, end: int, hits, chosen: str | None, fragment: bool,
                      position: tuple[int, int], tags: dict, previous_kept: bool = False,
                      part: str | None = None, then_please: bool = False) -> dict[str, float]:
    """Features of the sentence ``view[start:end]``: the rules that matched in it (``hits``, before any veto),
    the rule whose ask was kept (``chosen``, None), whether it reads as a bare noun phrase (``fragment``), its
    lemmas and lemma pairs, its shape, its place in the comment (``position``: index, number of sentences),
    whether the rules kept an ask in the sentence before (``previous_kept``), whether the next sentence only says
    please (``then_please``: "Blind review. Please.") and, in an interview, the kind of part it is in (``part``:
    notes read as shorthand, a "what would have changed it" answer is mostly asks)."""
    lowers, lemmas, punct = view.lowers, view.lemmas, view.punct
    words = [i for i in range(start, end) if not punct[i] and not view.texts[i].isspace()]
    f: dict[str, float] = {"bias": 1.0, "kept:" + (chosen or "none"): 1.0, "len:" + _bucket(len(words)): 1.0}
    if previous_kept:
        f["previous_kept"] = 1.0
    if then_please:
        f["then_please"] = 1.0
    known = product_words()
    named = sum(1 for i in words if lowers[i] in known)
    if named:
        f["product_words:" + ("1" if named == 1 else "2+")] = 1.0
    if any(lowers[i] in NEGATIONS for i in words):
        f["negation"] = 1.0
    texts = view.texts
    if any(texts[i][:1].isupper() and texts[i] != "I" and texts[i].isalpha() for i in words[1:]):
        f["capitalised"] = 1.0
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
    for kind in part_kinds(part):
        f["part:" + kind] = 1.0
        f[f"part:{kind}|kept:{chosen or 'none'}"] = 1.0
        if fragment:
            f[f"part:{kind}|fragment"] = 1.0
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


@lru_cache(maxsize=1)
def interview_model() -> AskModel | None:
    return AskModel.from_file(INTERVIEW_WEIGHTS_PATH)
