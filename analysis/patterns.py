"""A small, fast phrase matcher over per-token lemmas and lower-case forms.

spaCy's ``Matcher`` is general but costs a state machine step per token and pattern; the theme
and sentiment phrase lists only need exact token sequences, so they are indexed by their first
token and checked directly. Token specs: ("L", lemma), ("W", lower-case form), ("*", None).
"""
from __future__ import annotations

from collections import defaultdict


class TokenView:
    """Lemmas and lower-case forms of a doc, read once."""
    __slots__ = ("lemmas", "lowers", "norms", "texts", "punct", "n")

    def __init__(self, doc):
        toks = list(doc)
        self.lemmas = [t.lemma_ for t in toks]
        self.lowers = [t.lower_ for t in toks]
        self.norms = [t.norm_ for t in toks]
        self.texts = [t.text for t in toks]
        self.punct = [t.is_punct for t in toks]
        self.n = len(toks)


class PatternIndex:
    def __init__(self):
        self.first: dict[tuple, list[tuple[object, tuple]]] = defaultdict(list)
        self.size = 0

    def add(self, label, spec: list[tuple[str, str | None]]) -> None:
        if not spec or spec[0][0] == "*":
            raise ValueError("a pattern cannot be empty or start with '*'")
        self.first[spec[0]].append((label, tuple(spec)))
        self.size += 1

    def matches(self, view: TokenView, start: int = 0, end: int | None = None):
        """All (label, start, end) matches inside [start, end)."""
        end = view.n if end is None else end
        lemmas, lowers, first = view.lemmas, view.lowers, self.first
        out = []
        for i in range(start, end):
            cands = first.get(("L", lemmas[i]))
            cands2 = first.get(("W", lowers[i]))
            for group in (cands, cands2):
                if not group:
                    continue
                for label, spec in group:
                    k = len(spec)
                    if i + k > end:
                        continue
                    ok = True
                    for j in range(1, k):
                        kind, val = spec[j]
                        if kind == "L":
                            if lemmas[i + j] != val:
                                ok = False
                                break
                        elif kind == "W":
                            if lowers[i + j] != val:
                                ok = False
                                break
                    if ok:
                        out.append((label, i, i + k))
        return out
