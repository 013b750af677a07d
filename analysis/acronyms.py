"""Acronyms the customers themselves spell out: "DAI" means "dynamic ad insertion" where another ask says so.

Customers write a request's initials as often as its words ("We'd pay more for a plan that includes DAI",
"Dynamic ad insertion by geography would ..."), and neither the encoder nor the linker's words can know that
the capitals mean the words. An acronym (two to six capitals, plural or not, that the product lexicon does not
already know, as it knows "SSO" and "API") stands for a run of as many words, written among the same asks or
item names, whose initials spell it ("cost of goods sold": COGS or CGS), written at least as often as the
acronym itself (customers "post to DAT", a load board, far more often than anyone writes the item "Detention &
accessorial tracking"); of several such runs, the one written most often. Nothing is listed by hand: only the
texts at hand are read, so an acronym nobody spelled out stays as written.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .catalogue import lexicon_forms, lexicon_words, normalise_term

_ACRONYM = re.compile(r"(?<![\w-])([A-Z]{2,6})(?:s|'s)?(?![\w-])")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
_CLAUSE = re.compile(r"[.,;:!?()\[\]/\n]|\s-\s")
_JOINING = {"of", "and"}  # "cost of goods sold" is written COGS as often as CGS
_LONGEST = 8  # words in a run, joining words counted
# how often a run must be written to be what an acronym means: initials alone meet by chance in a few
# thousand asks ("IT" and "invoice template"), the fewer letters the likelier
_WRITTEN = {2: 3, 3: 2}


def acronyms_in(text: str) -> set[str]:
    """The acronyms of `text` the product lexicon does not fold: "includes DAI" -> {"DAI"}; "SSO" is the
    lexicon's."""
    return {m.group(1) for m in _ACRONYM.finditer(text) if not _folded(m.group(1).lower())}


@lru_cache(maxsize=4096)
def _folded(word: str) -> bool:
    """Whether the product lexicon knows `word`: a term it folds ("sso") or one of its words ("api")."""
    return normalise_term(word) != word or word in lexicon_words() or word in lexicon_forms()


class Spellings:
    """The runs of words in the texts added so far, by their initials: what an acronym could stand for; and how
    often each acronym was written."""

    def __init__(self, texts=()):
        self.runs: dict[str, Counter] = defaultdict(Counter)
        self.written: Counter = Counter()
        for text in texts:
            self.add(text)

    def add(self, text: str) -> None:
        self.written.update(acronyms_in(text))
        for clause in _CLAUSE.split(text.replace("&", " and ")):
            self._add(_WORD.findall(clause))

    def _add(self, words: list[str]) -> None:
        lowers = [word.lower() for word in words]
        stop = [lower in STOP_WORDS for lower in lowers]
        capitals = [word.isupper() and len(word) > 1 for word in words]  # a run with an acronym spells nothing
        for i, first in enumerate(words):
            if stop[i] or first.isupper():
                continue
            every, content = "", ""
            for j in range(i, min(i + _LONGEST, len(words))):
                if capitals[j]:
                    break
                every += lowers[j][0]
                content += "" if lowers[j] in _JOINING else lowers[j][0]
                if len(content) > 6:
                    break
                if j > i and not stop[j]:
                    run = " ".join(lowers[i:j + 1])
                    if len(every) <= 6:
                        self.runs[every][run] += 1
                    if content != every and len(content) >= 2:
                        self.runs[content][run] += 1

    def meaning(self, acronym: str) -> str | None:
        """The words `acronym` stands for, or None when no text spells it out often enough, or two runs as
        often."""
        found = self.runs.get(acronym.lower())
        if not found:
            return None
        (words, count), *others = found.most_common(2)
        if count < max(_WRITTEN.get(len(acronym), 2), self.written[acronym]) or others and others[0][1] == count:
            return None  # an acronym written more often than any run of its initials is a name: "post to DAT"
        return words

    def meanings(self, text: str) -> dict[str, str]:
        """{acronym: its words} for each acronym of `text` the texts spell out."""
        if not self.runs:
            return {}
        found = {acronym: self.meaning(acronym) for acronym in sorted(acronyms_in(text))}
        return {acronym: words for acronym, words in found.items() if words}

    def spelled(self, text: str, meanings: dict[str, str] | None = None) -> str:
        """`text` with each acronym the texts spell out written as its words (`meanings`, when already read):
        "a plan that includes DAI" -> "a plan that includes dynamic ad insertion"."""
        meanings = self.meanings(text) if meanings is None else meanings
        if not meanings:
            return text
        return _ACRONYM.sub(lambda m: meanings.get(m.group(1)) or m.group(0), text)
