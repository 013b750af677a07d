"""Spelling repair of unknown words against a closed domain vocabulary.

Customer comments are typed fast ("intergration", "reprots", "realy slow"). A word is repaired only
when it is *not* a known English word (TextBlob's spelling word list plus spaCy's lemma table) and
exactly one domain word is within one edit (substitution, insertion, deletion or adjacent swap),
found with a single-deletion index (SymSpell idea). Words shorter than 4 letters are left alone.
"""
from __future__ import annotations

import os
import re
from collections import defaultdict

_WORD = re.compile(r"^[a-z]+$")
_ELONGATED = re.compile(r"([a-z])\1{2,}")


def drawn_out(word: str, times: int = 1) -> str:
    """The word with each letter written three times or more running written `times` times: "pleeease" -> "please"
    (times 1), "goood" -> "good" (times 2). No English word has a letter three times running."""
    return _ELONGATED.sub(lambda m: m.group(1) * times, word)


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class SpellRepair:
    def __init__(self, vocabulary, known_words, lemma_table=None):
        self.known = set(known_words)
        self.table = lemma_table
        self.vocab = {w for w in vocabulary if _WORD.match(w) and len(w) >= 4}
        self.known |= self.vocab
        self.index: dict[str, set[str]] = defaultdict(set)
        for w in self.vocab:
            self.index[w].add(w)
            for d in _deletes(w):
                self.index[d].add(w)

    def repair(self, word: str) -> str:
        if len(word) < 4 or word in self.known or not _WORD.match(word):
            return word
        if self.table is not None and word in self.table:
            return word  # an inflected form spaCy knows ("contacts")
        if _ELONGATED.search(word):  # "pleeease", "sooo"
            for times in (2, 1):
                shorter = drawn_out(word, times)
                if shorter in self.known:
                    return shorter
        if word.endswith("s") and (word[:-1] in self.known or word[:-2] in self.known):
            return word
        dels = _deletes(word)
        # closest kinds of slip first: an extra or a missing letter, then a swap or a wrong
        # letter; a repair is made only when the best tier has a single candidate
        extra = {d for d in dels if d in self.vocab}
        missing = {w for w in self.index.get(word, ()) if w != word}
        other = set()
        for d in dels:
            other |= {w for w in self.index.get(d, ()) if len(w) == len(word)}
        for tier in (extra | missing, other):
            if len(tier) == 1:
                return next(iter(tier))
            if len(tier) > 1:
                return word
        return word

    @classmethod
    def default(cls) -> "SpellRepair":
        from .lexicon import domain_vocabulary
        from spacy.lookups import load_lookups
        table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
        return cls(domain_vocabulary(), known_english_words(), table)


def known_english_words() -> set[str]:
    import textblob
    from spacy.lookups import load_lookups

    words: set[str] = set()
    path = os.path.join(os.path.dirname(textblob.__file__), "en", "en-spelling.txt")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(";;;"):
                continue
            w = line.split(" ", 1)[0].strip().lower()
            if w:
                words.add(w)
    table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    for _, v in table.items():  # keys are hashes; values are the lemma strings
        if isinstance(v, str):
            words.add(v.lower())
    return words
