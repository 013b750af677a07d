"""Second readers of a sentence, one for interviews and one for survey comments read carefully: does the customer
ask for something here, or tell how things went?

The linear interview layer (``asks.py``) reads words and their pairs; it cannot read a sentence whole, and
interviews tell asks as stories ("Wattwise gave them a connector on day one") as often as they tell stories that
ask for nothing ("when I showed him the connector quote he stopped asking"). This reader is the sentence encoder
(``encoder.py``, MiniLM-L6) fine-tuned to that question with low-rank adapters on its six layers, trained on the
development interview sets written blind (``analysis/training/train_ask_reader.py``); the comments' reader the same
way on the blind-written products' comments (1.34). Only the adapters, the layer norms and each reader's head ship
(``data/ask_reader_interviews.npz``, ``data/ask_reader_comments.npz``); the encoder's own weights come from its
package, so nothing is downloaded.

The two readers' log-odds are averaged. The reader is asked only where that can change the decision: a sentence
with a rule's ask, or one the linear layer gives at least ``GATE`` (on the left-out sets no decision below it
changed, and it spares three sentences in ten).
"""
from __future__ import annotations

import math
import os
import threading

import numpy as np

from . import encoder

READER_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "ask_reader_interviews.npz")
COMMENT_READER_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "ask_reader_comments.npz")
GATE = 0.08
MAX_PIECES = 64  # as trained: an interview sentence longer than that is rare, and its start says what it does
PARTS = ("notes", "answer", "turn")
# what the trained file's names stand for in each of the encoder's layers: the adapted weights, then the norms
ADAPTED = {"q": "attention.self.query", "k": "attention.self.key", "v": "attention.self.value",
           "o": "attention.output.dense", "up": "intermediate.dense", "down": "output.dense"}
NORMS = {"ln1": "attention.output.LayerNorm", "ln2": "output.LayerNorm"}
_lock = threading.Lock()
_loaded: dict[str, "AskReader | None"] = {}


def _logit(p: float) -> float:
    p = min(max(p, 1e-7), 1 - 1e-7)
    return math.log(p / (1 - p))


class AskReader:
    def __init__(self, path: str = READER_PATH):
        trained = dict(np.load(path))
        self.checks = trained.pop("check.logits")  # the trained model's log-odds of the training script's CHECKS
        self.head, self.bias = trained.pop("head.weight"), float(trained.pop("head.bias")[0])
        self.model = encoder._Model(adapt=lambda weights: adapted(weights, trained), max_pieces=MAX_PIECES)
        self.cache: dict[str, np.ndarray] = {}

    def encode(self, texts: list[str], batch: int = 32) -> np.ndarray:
        """The fine-tuned encoder's unit vector of each text, in batches (an interview's sentences go in one pass:
        one at a time costs several times as much). A sentence read before in this process is not encoded again:
        re-analysis reads the same interviews."""
        vectors = {text: self.cache.get(text) for text in texts}
        new = sorted(text for text, vector in vectors.items() if vector is None)
        if len(self.cache) + len(new) > encoder.CACHED:
            self.cache.clear()
        for chosen, encoded in encoder.batches(self.model, new, batch):
            for i, vector in zip(chosen, encoded):
                self.cache[new[i]] = vectors[new[i]] = vector
        return np.array([vectors[text] for text in texts], dtype=np.float32).reshape(len(texts), encoder.DIM)

    def meaning(self, texts: list[str]) -> np.ndarray | None:
        """The unit mean of these sentences' encodings: a comment's meaning, as the careful sentiment weighs it
        (``model.SentimentModel``); the sentences were encoded for the asks already."""
        if not texts:
            return None
        mean = self.encode(texts).mean(axis=0)
        size = float(np.linalg.norm(mean))
        return mean / size if size else None

    def logit_of(self, vector: np.ndarray, rule_kind: int, part: str | None) -> float:
        """The reader's log-odds that the sentence encoded as `vector` asks. `rule_kind`: 0 no rule's ask, 1 a
        bare rule's, 2 another's; `part`: the kind of part of the record (``asks.part_kinds``), None outside the
        three."""
        return float(np.concatenate([vector * 10.0, situation(rule_kind, part)]) @ self.head + self.bias)

    def logit(self, text: str, rule_kind: int, part: str | None) -> float:
        return self.logit_of(self.encode([text])[0], rule_kind, part)


def situation(rule_kind: int, part: str | None) -> np.ndarray:
    """The seven indicators the head reads beside the sentence: the rules' ask kind (none, bare, other) and the
    part of the record (notes, answer, turn, other). Training and reading share it."""
    out = np.zeros(7, dtype=np.float32)
    out[rule_kind] = 1.0
    out[3 + PARTS.index(part) if part in PARTS else 6] = 1.0
    return out


def worth_reading(p_linear: float, rule_kind: int) -> bool:
    """Whether the reader can change the decision on a sentence: a rule's ask (``requests.rule_kind`` 2), or one the
    linear layer gives at least ``GATE``."""
    return rule_kind == 2 or p_linear >= GATE


def together(p_linear: float, reader_logit: float) -> float:
    """The two readers together: the mean of the linear layer's log-odds and this reader's."""
    return 1.0 / (1.0 + math.exp(-(_logit(p_linear) + reader_logit) / 2))


def adapted(weights: dict[str, np.ndarray], trained: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The encoder's weights with the trained adapters added (W + B·A, B already scaled) and its layer norms
    replaced."""
    weights = dict(weights)
    for key, value in trained.items():
        layer, name, part = key.split(".")
        prefix = f"encoder.layer.{layer}.{ADAPTED.get(name) or NORMS[name]}"
        if part == "A":
            weights[prefix + ".weight"] = weights[prefix + ".weight"] + trained[f"{layer}.{name}.B"] @ value
        elif part in ("weight", "bias"):
            weights[f"{prefix}.{part}"] = value
    return weights


def available(path: str = READER_PATH) -> bool:
    return encoder.available() and os.path.exists(path)


def interview_reader() -> AskReader | None:
    """The interviews' reader, loaded once per process; None when the encoder's package or the trained file is
    missing."""
    return _reader(READER_PATH)


def comment_reader() -> AskReader | None:
    """The survey comments' reader (trained on the blind-written products' comments), read only by the careful
    pass (``Analyzer(careful=True)``): it reads about 80 comments a second, the quick pass 2,000."""
    return _reader(COMMENT_READER_PATH)


def _reader(path: str) -> AskReader | None:
    with _lock:
        if path not in _loaded:
            _loaded[path] = AskReader(path) if available(path) else None
    return _loaded[path]
