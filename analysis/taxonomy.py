"""Theme taxonomy for B2B software feedback, and the matcher built from it.

A taxonomy is a plain list of dicts (the app stores and edits them)::

    {"key": "integrations", "name": "Integrations", "parent": None,
     "patterns": ["integration", "integrate with", "=api", "sync"],
     "exclude": ["not sync"]}          # optional

Pattern syntax
--------------
* A pattern is a phrase of one or more words. Both the phrase and the text are tokenised and
  lemmatised by the same pipeline, and matching is on lower-case lemmas, token by token:
  "integrate" matches "integrates", "integrating", "integrated"; "report" matches "reports";
  a pattern never matches inside a word ("price" does not match "surprising").
* A word prefixed with ``=`` is matched on its exact lower-case form instead of its lemma
  (``=docs`` matches "docs" but not "doc"; ``=it`` would match the word "it").
* ``*`` stands for exactly one word of any kind: "sync * calendar" matches "sync our calendar"
  (not as the first word).
* ``exclude`` lists patterns (same syntax) that veto a theme match they overlap:
  the support theme excludes "not support" so that "doesn't support SSO" is not about the support
  team.
* ``parent`` is the key of another theme or None. A match of a child theme is reported under the
  child key; ``ThemeMention.parent`` carries the parent for roll-ups.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from .default_taxonomy import DEFAULT_TAXONOMY  # noqa: F401  (re-exported)
from .patterns import PatternIndex, TokenView
from .pipeline import get_nlp, lemmatizer


def taxonomy_hash(taxonomy: list[dict]) -> str:
    """A short stable hash of a taxonomy's keys, names, parents, patterns and exclusions."""
    canon = [{"key": t["key"], "name": t.get("name", t["key"]), "parent": t.get("parent"),
              "patterns": sorted(t.get("patterns", [])), "exclude": sorted(t.get("exclude", []))}
             for t in sorted(taxonomy, key=lambda t: t["key"])]
    return hashlib.sha1(json.dumps(canon, sort_keys=True).encode()).hexdigest()[:12]


def validate(taxonomy: list[dict]) -> None:
    """Raise ValueError on duplicate keys, unknown parents, parent cycles or empty patterns."""
    keys = [t["key"] for t in taxonomy]
    if len(keys) != len(set(keys)):
        raise ValueError("duplicate theme keys")
    known = set(keys)
    parents = {t["key"]: t.get("parent") for t in taxonomy}
    for t in taxonomy:
        if t.get("parent") is not None and t["parent"] not in known:
            raise ValueError(f"theme {t['key']!r}: unknown parent {t['parent']!r}")
        seen, cur = set(), t["key"]
        while cur is not None:
            if cur in seen:
                raise ValueError(f"theme {t['key']!r}: parent cycle")
            seen.add(cur)
            cur = parents.get(cur)
        for p in t.get("patterns", []):
            if not p.strip():
                raise ValueError(f"theme {t['key']!r}: empty pattern")


def pattern_spec(pattern: str) -> list[tuple[str, str | None]]:
    """Translate one pattern phrase into token specs: ("L", lemma), ("W", form) or ("*", None)."""
    nlp = get_nlp()
    lem = lemmatizer()
    spec: list[tuple[str, str | None]] = []
    for word in pattern.strip().split():
        if word == "*":
            spec.append(("*", None))
        elif word.startswith("=") and len(word) > 1:
            spec.extend(("W", tok.lower_) for tok in nlp.make_doc(word[1:]))
        else:
            spec.extend(("L", lem.lemma(tok.lower_)) for tok in nlp.make_doc(word))
    return spec


@dataclass(frozen=True)
class Match:
    key: str
    pattern: str
    start: int  # token indices in the doc
    end: int


class ThemeMatcher:
    """Matches theme patterns on lemmas; built from a plain taxonomy (list of dicts)."""

    def __init__(self, taxonomy: list[dict]):
        validate(taxonomy)
        self.taxonomy = [dict(t) for t in taxonomy]
        self.by_key = {t["key"]: t for t in self.taxonomy}
        self.patterns = PatternIndex()
        self.exclusions = PatternIndex()
        for t in self.taxonomy:
            for p in t.get("patterns", []):
                spec = pattern_spec(p)
                if spec and spec[0][0] != "*":
                    self.patterns.add((t["key"], p), spec)
            for p in t.get("exclude", []):
                spec = pattern_spec(p)
                if spec and spec[0][0] != "*":
                    self.exclusions.add((t["key"], p), spec)

    def matches(self, doc, view: TokenView | None = None) -> list[Match]:
        """Non-overlapping theme matches per theme (longest first), with exclusions applied."""
        view = view or TokenView(doc)
        vetoes: dict[str, list[tuple[int, int]]] = {}
        for (key, _), s, e in self.exclusions.matches(view):
            vetoes.setdefault(key, []).append((s, e))
        found: list[Match] = []
        taken: dict[str, list[tuple[int, int]]] = {}
        raw = sorted(self.patterns.matches(view), key=lambda m: (-(m[2] - m[1]), m[1]))
        for (key, pattern), s, e in raw:
            if any(s < ve and vs < e for vs, ve in vetoes.get(key, ())):
                continue
            if any(s < te and ts < e for ts, te in taken.get(key, ())):
                continue
            taken.setdefault(key, []).append((s, e))
            found.append(Match(key, pattern, s, e))
        found.sort(key=lambda m: (m.start, m.key))
        return found

    def parent_of(self, key: str):
        return self.by_key[key].get("parent")

    def name_of(self, key: str) -> str:
        return self.by_key[key].get("name", key)
