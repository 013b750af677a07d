"""How much a word says about what is asked for: rare words more than common ones (spaCy's ``lexeme_prob``
table of English word frequencies, from ``spacy-lookups-data``), product words every ask shares less."""
from __future__ import annotations

from functools import lru_cache

from spacy.lookups import load_lookups

GENERIC = {"integration", "export", "support", "view", "mode", "option", "feature", "tool", "app", "page",
           "report", "setting", "function", "functionality", "system", "data", "access", "user", "account",
           "version", "work", "job", "list", "screen"}


@lru_cache(maxsize=1)
def _probabilities():
    return load_lookups("en", ["lexeme_prob"]).get_table("lexeme_prob")


def probability(word: str) -> float | None:
    """The word's log frequency in English, None for a word the table does not have."""
    return _probabilities().get(word)


@lru_cache(maxsize=100_000)
def weight(word: str) -> float:
    """How much a word says about what is asked for: rare words more than common ones."""
    prob = probability(word)
    base = 2.0 if prob is None else min(2.0, max(0.3, (-prob - 7.0) / 5.0))
    return base * (0.5 if word in GENERIC else 1.0)
