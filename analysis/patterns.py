"""A small, fast phrase matcher over per-token lemmas and lower-case forms.

spaCy's ``Matcher`` is general but costs a state machine step per token and pattern; the theme
and sentiment phrase lists only need exact token sequences, so they are indexed by their first
token and checked directly. Token specs: ("L", lemma), ("W", lower-case form), ("*", None).
"""
from __future__ import annotations

from collections import defaultdict


class TokenView:
    """Lemmas, lower-case forms, texts and character offsets of a doc's tokens, and the doc's text, read once:
    reading them from spaCy's Token objects again (``doc[s:e].text``, ``doc.text``) makes a Token per word."""
    __slots__ = ("lemmas", "lowers", "norms", "texts", "punct", "n", "idx", "text")
    KEY = "voc_token_view"  # where the pipeline's lemma component leaves the view of a doc it made

    def __init__(self, doc):
        toks = list(doc)
        self._read(toks, [t.lemma_ for t in toks], [t.lower_ for t in toks], [t.norm_ for t in toks],
                   [t.text for t in toks])

    @classmethod
    def from_tokens(cls, toks, lemmas, lowers, norms, texts) -> "TokenView":
        """A view of the Token objects `toks` whose lemmas, lower-case forms, norms and texts are already read."""
        view = cls.__new__(cls)
        view._read(toks, lemmas, lowers, norms, texts)
        return view

    @classmethod
    def of(cls, doc) -> "TokenView":
        """The view the pipeline left on the doc (taken off it), or a new one."""
        view = doc.user_data.pop(cls.KEY, None)
        return view if view is not None and view.n == len(doc) else cls(doc)

    def _read(self, toks, lemmas, lowers, norms, texts):
        self.lemmas, self.lowers, self.norms, self.texts = lemmas, lowers, norms, texts
        self.punct = [t.is_punct for t in toks]
        self.idx = [t.idx for t in toks]
        self.text = "".join([t.text_with_ws for t in toks])
        self.n = len(toks)

    def infix_hyphen(self, i: int) -> bool:
        """Token i is a hyphen inside a word: "read-only", "sign-on"."""
        return (0 < i < self.n - 1 and self.texts[i] == "-"
                and self.idx[i - 1] + len(self.texts[i - 1]) == self.idx[i] and self.idx[i + 1] == self.idx[i] + 1)

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        if start >= end:
            return ""
        return self.text[self.idx[start]:self.idx[end - 1] + len(self.texts[end - 1])]

    def start_char(self, start: int) -> int:
        """``doc[start:end].start_char`` of a span that is not empty."""
        return self.idx[start]

    def end_char(self, end: int) -> int:
        """``doc[start:end].end_char`` of a span that is not empty."""
        return self.idx[end - 1] + len(self.texts[end - 1])


class PatternIndex:
    """Phrase patterns indexed by their first token spec: ("L", lemma) or ("W", lower-case form)."""

    def __init__(self):
        self.size = 0
        # first lemma / first form -> [(label, length, the other specs' (offset, kind, value) but "*")]
        self._by_lemma: dict[str, list] = defaultdict(list)
        self._by_lower: dict[str, list] = defaultdict(list)

    def add(self, label, spec: list[tuple[str, str | None]]) -> None:
        if not spec or spec[0][0] == "*":
            raise ValueError("a pattern cannot be empty or start with '*'")
        rest = tuple((j, kind, val) for j, (kind, val) in enumerate(spec) if j and kind in ("L", "W"))
        (self._by_lemma if spec[0][0] == "L" else self._by_lower)[spec[0][1]].append((label, len(spec), rest))
        self.size += 1

    def matches(self, view: TokenView, start: int = 0, end: int | None = None):
        """All (label, start, end) matches inside [start, end), by start token, lemma patterns before form ones."""
        end = view.n if end is None else end
        lemmas, lowers = view.lemmas, view.lowers
        by_lemma, by_lower = self._by_lemma, self._by_lower
        out = []
        for i in range(start, end):
            for group in (by_lemma.get(lemmas[i]), by_lower.get(lowers[i])):
                if not group:
                    continue
                for label, k, rest in group:
                    if i + k > end:
                        continue
                    for j, kind, val in rest:
                        if (lemmas if kind == "L" else lowers)[i + j] != val:
                            break
                    else:
                        out.append((label, i, i + k))
        return out


# --- token patterns with spaCy's Matcher semantics --------------------------------------------
_ONE, _ZERO_ONE, _ZERO_PLUS = 1, 2, 3
_REJECT, _MATCH, _ADVANCE, _RETRY, _RETRY_ADVANCE, _RETRY_EXTEND, _MATCH_EXTEND, _MATCH_REJECT, _MATCH_DOUBLE = \
    range(9)
_QUANTIFIERS = {None: _ONE, "?": _ZERO_ONE, "*": _ZERO_PLUS}


def _token_test(spec: dict):
    """One token spec of a spaCy pattern as a test of (view, i); the keys used by the request rules only."""
    tests = []
    for key, value in spec.items():
        if key == "OP":
            continue
        if key in ("LOWER", "LEMMA"):
            column = "lowers" if key == "LOWER" else "lemmas"
            if isinstance(value, str):
                tests.append((column, "in", frozenset([value])))
            elif set(value) == {"IN"}:
                tests.append((column, "in", frozenset(value["IN"])))
            elif set(value) == {"NOT_IN"}:
                tests.append((column, "not_in", frozenset(value["NOT_IN"])))
            else:
                raise ValueError(f"unsupported {key} test: {value!r}")
        elif key in ("IS_PUNCT", "IS_ALPHA", "IS_SENT_START"):
            tests.append(({"IS_PUNCT": "punct", "IS_ALPHA": "alpha", "IS_SENT_START": "sent_start"}[key],
                          "is", bool(value)))
        else:
            raise ValueError(f"unsupported token attribute {key!r}")
    return tuple(tests)


class TokenPatterns:
    """The request rules' spaCy ``Matcher`` patterns, matched over a :class:`TokenView` in plain Python.

    A port of spaCy 3's ``find_matches`` state machine (``spacy/matcher/matcher.pyx``) for the token specs the
    rules use (LOWER / LEMMA equal, IN or NOT_IN; IS_PUNCT, IS_ALPHA, IS_SENT_START; OP "?" and "*"), so it gives
    the same matches in the same order as one ``Matcher`` per group (``add_group``), the groups run one after
    the other. A spaCy Matcher makes a Token object per token and per call and asks every pattern at every
    token; here a pattern starts only where its first spec holds, and its second one too when that one is
    required (a state that fails either is dropped by spaCy without a trace).
    """

    def __init__(self):
        self.groups: list[list[tuple[str, tuple]]] = []
        # first word -> [(group, pattern, tests of the first spec, tests of a required second spec or None)]
        self._by_lower: dict[str, list[tuple]] = defaultdict(list)
        self._by_lemma: dict[str, list[tuple]] = defaultdict(list)

    def add_group(self, patterns) -> None:
        """A group of (name, pattern) pairs, matched as one spaCy Matcher they were added to in this order."""
        g = len(self.groups)
        compiled = []
        for name, pattern in patterns:
            specs = tuple((_QUANTIFIERS[spec.get("OP")], _token_test(spec)) for spec in pattern)
            quantifier, tests = specs[0]
            starts = [(column, value) for column, kind, value in tests if kind == "in"]
            if quantifier != _ONE or not starts:
                raise ValueError(f"pattern of {name!r} must start with one required LOWER or LEMMA word")
            column, words = starts[0]
            index = self._by_lower if column == "lowers" else self._by_lemma
            second = specs[1][1] if len(specs) > 1 and specs[1][0] == _ONE else None
            for word in words:
                index[word].append((g, len(compiled), tests, second))
            compiled.append((name, specs))
        self.groups.append(compiled)

    def __call__(self, view: TokenView, sent_starts, start: int = 0, end: int | None = None):
        """[(name, start, end)] of every match inside tokens [start, end); positions relative to `start` (as a
        Matcher run on a Span gives them). `sent_starts`: whether each token of the doc starts a sentence."""
        end = view.n if end is None else end
        by_lower, by_lemma = self._by_lower, self._by_lemma
        starting: dict[int, list[tuple[int, int]]] = {}  # group -> [(token, pattern)]
        lowers, lemmas = view.lowers, view.lemmas
        columns = {"lowers": lowers, "lemmas": lemmas, "punct": view.punct, "sent_start": sent_starts,
                   "alpha": _Alpha(view.texts)}
        for i in range(start, end):
            for hits in (by_lower.get(lowers[i]), by_lemma.get(lemmas[i])):
                if hits:
                    for g, p, first, second in hits:
                        if not _holds(first, columns, i) or second is not None and (
                                i + 1 >= end or not _holds(second, columns, i + 1)):
                            continue
                        starting.setdefault(g, []).append((i, p))
        if not starting:
            return []
        out = []
        for g in sorted(starting):
            out.extend(self._find(self.groups[g], sorted(set(starting[g])), columns, start, end))
        return out

    @staticmethod
    def _find(patterns, starting, columns, start, end):
        """find_matches of one Matcher: `starting`, sorted (token, pattern) pairs, are where a state may begin."""
        states: list[tuple[int, int, int, int]] = []  # (pattern, spec, start, length)
        matches: list[tuple[int, int, int]] = []       # (pattern, start, length)
        s, last = 0, len(starting)
        for i in range(starting[0][0], end):
            while s < last and starting[s][0] == i:
                states.append((starting[s][1], 0, i, 0))
                s += 1
            if not states:
                if s == last:
                    break
                continue
            kept, new = [], []
            for p, k, begin, length in states:
                specs = patterns[p][1]
                act = _action(specs, k, columns, i)
                if act == _REJECT:
                    continue
                while act == _RETRY or act == _RETRY_ADVANCE or act == _RETRY_EXTEND:
                    if act == _RETRY_EXTEND:
                        new.append((p, k, begin, length + 1))
                    elif act == _RETRY_ADVANCE:
                        new.append((p, k + 1, begin, length + 1))
                    k += 1
                    act = _action(specs, k, columns, i)
                if act == _ADVANCE:
                    kept.append((p, k + 1, begin, length + 1))
                elif act == _MATCH:
                    matches.append((p, begin, length + 1))
                elif act == _MATCH_DOUBLE:
                    if length > 0:
                        matches.append((p, begin, length))
                    matches.append((p, begin, length + 1))
                elif act == _MATCH_REJECT:
                    matches.append((p, begin, length))
                elif act == _MATCH_EXTEND:
                    matches.append((p, begin, length))
                    kept.append((p, k, begin, length + 1))
            states = kept + new if new else kept
        for p, k, begin, length in states:  # finish_states: patterns ending in "?" or "*"
            specs = patterns[p][1]
            while specs[k][0] != _ONE:
                if k == len(specs) - 1:
                    matches.append((p, begin, length))
                    break
                k += 1
        out, seen = [], set()
        for p, begin, length in matches:
            match = (patterns[p][0], begin - start, begin - start + length)
            if length > 0 and match not in seen:
                out.append(match)
                seen.add(match)
        return out


class _Alpha:
    """IS_ALPHA of each token, read when asked (spaCy's flag is ``str.isalpha`` of the token's text)."""
    __slots__ = ("texts",)

    def __init__(self, texts):
        self.texts = texts

    def __getitem__(self, i):
        return self.texts[i].isalpha()


def _holds(tests, columns, i) -> bool:
    """Whether token i passes every test of a token spec."""
    for column, kind, value in tests:
        found = columns[column][i]
        if kind == "in":
            if found not in value:
                return False
        elif kind == "not_in":
            if found in value:
                return False
        elif bool(found) != value:
            return False
    return True


def _action(specs, k, columns, i):
    """spaCy's get_action: what a state at spec k does with token i."""
    quantifier, tests = specs[k]
    matched = _holds(tests, columns, i)
    final = k == len(specs) - 1
    if quantifier == _ONE:
        return (_MATCH if final else _ADVANCE) if matched else _REJECT
    if quantifier == _ZERO_PLUS:
        if matched:
            return _MATCH_EXTEND if final else _RETRY_EXTEND
        return _MATCH_REJECT if final else _RETRY
    if matched:
        return _MATCH_DOUBLE if final else _RETRY_ADVANCE
    return _MATCH_REJECT if final else _RETRY
