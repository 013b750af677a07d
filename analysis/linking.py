"""Linking an ask to the roadmap item it means.

An ask and every wording of an item (its name, its aliases, and the asks already linked to it) are reduced
to *terms*: lemmas after the product lexicon (``catalogue.normalise_term``: "O365" -> "microsoft 365"; "sync",
"connector" -> "integration"), British spellings folded and a Porter stem, so "optimiser", "optimisation"
and "optimized routes" meet. Each term weighs by how rare the word is in English (spaCy's ``lexeme_prob``),
so "Jira" counts more than "integration", which counts more than "the".

The score of an ask against one wording mixes how much of the wording the ask holds (0.3) and how much of
the ask the wording holds (0.7), by weight, where a pair of different words counts for their word-vector
similarity when that is high (``vectors.similarity``: "portuguese" ~ "spanish"). The item's score is its best
wording's. The link keeps the score as its confidence and says why ("the alias 'Jira sync' (same words: jira)",
"similar meaning: portuguese ~ spanish").
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from nltk.stem.porter import PorterStemmer

from . import vectors
from .acronyms import Spellings
from .catalogue import lexicon_forms, lexicon_words, names_product, normalise_term, product_of, sign_in_as_feature
from .pipeline import get_nlp
from .rarity import weight
from .requests import REQUEST_FILLER, doubtful, infix_hyphen, other_function_words, word_tags

# chosen by analysis/training/tune_linking.py on the development sets written blind (eleven products)
LINK_THRESHOLD = 0.2     # below: no item means this ask, a new item is opened
CONFIDENT = 0.7          # below: the link waits in the triage list for a product manager
COVER_WORDING = 0.4      # the weight of "how much of the item's wording the ask holds" against the converse
CONTEXT_DISCOUNT = 1.0   # a link found in the sentence around the ask, against one in the ask's own words
CONTEXT_ALWAYS = False   # the sentence is tried even when the ask's own words link (not only when they do not)
MEANING_ONLY = 0.6       # a link by similar meaning alone counts for less than one sharing a word
SOFT_MATCH = 0.55        # two different words meet when their vectors are at least this close
EARLIER_ASK = 0.7        # an earlier ask's wording counts for less than a name or alias a person wrote
CANDIDATE_ITEMS = 8     # a word held by more items than this does not make a wording a candidate on its own
WORDINGS_PER_ITEM = 40   # the asks an item remembers as wordings to link new asks by (its first ones)
SPREAD = 2.0             # how much a word shared by many items is damped (``Linker.spread``)
COMPOUND_WEIGHT = 1.0    # the most a hyphened word weighs (``_hyphened``); unknown to the word table, it would be 2

_STEM = PorterStemmer()
_BRITISH = [(re.compile(r"is(ation|ations|e|es|ed|ing|er|ers)$"), r"iz\1"), (re.compile(r"our$"), "or")]
_WORD = re.compile(r"[a-z0-9][a-z0-9+#.\-]*[a-z0-9+#]|[a-z0-9]")


@lru_cache(maxsize=100_000)
def stem(word: str) -> str:
    for pattern, repl in _BRITISH:
        word = pattern.sub(repl, word)
    if not word.isalpha() or len(word) <= 3:
        return word
    stemmed = _STEM.stem(word)
    # Porter leaves "notify" "notifi" and "notification" "notif", "reconcile" "reconcil" and "reconciliation"
    # "reconcili", "analyse" "analys" and "analysis" "analysi": the final "i" is dropped so the two meet
    return stemmed[:-1] if len(stemmed) > 5 and stemmed.endswith("i") else stemmed


@dataclass(frozen=True)
class Terms:
    """A wording reduced to its meaningful words: stem -> (word, weight), and their total weight."""

    text: str
    words: dict = field(default_factory=dict)
    total: float = 0.0


@lru_cache(maxsize=50_000)
def terms(text: str) -> Terms:
    word_map = lexicon_words()
    normalised = sign_in_as_feature(normalise_term(text))  # "sign in with Microsoft" names no Microsoft item
    out: dict[str, tuple[str, float]] = {}
    nlp = get_nlp()
    doc = nlp.get_pipe("voc_lemmas")(nlp.make_doc(normalised))
    for compound in _hyphened(doc):
        if compound not in word_map and compound not in lexicon_forms():  # "add-on", "sign-on": the lexicon's own
            out.setdefault(compound, (compound, min(weight(compound), COMPOUND_WEIGHT)))
    for token in doc:
        if token.is_punct or token.is_space or token.like_num:
            continue
        # a word no English lexicon knows is a name, kept as written: "datev" is no form of "date"
        lemma = token.lemma_.lower() if token.lower_ in word_tags() else token.lower_
        word = word_map.get(token.lower_) or word_map.get(lemma) or lemma
        for part in word.split():
            if part in REQUEST_FILLER or part in other_function_words() or not _WORD.fullmatch(part):
                continue  # "des", "für": other languages' function words name nothing either
            out.setdefault(stem(part), (part, weight(part)))
    return Terms(text, out, sum(w for _, w in out.values()))


def _hyphened(doc) -> list[str]:
    """Hyphened words a part of which names nothing alone: "in-app", "read-only", "real-time", "24-hour". Split,
    "in-app inbox" would be "inbox", and take every ask for a shared inbox."""
    found, i = [], 0
    while i < len(doc):
        j = i
        while j + 2 < len(doc) and infix_hyphen(doc[j + 1]) and doc[j + 2].text.isalnum():
            j += 2
        if j > i:
            parts = [doc[k].lower_ for k in range(i, j + 1, 2)]
            if any(part in REQUEST_FILLER or part in other_function_words() or part.isdigit() for part in parts):
                found.append("-".join(parts))
        i = j + 1
    return found


class _Similarities:
    """``vectors.similarity`` of word pairs, remembered: word -> {other word: similarity}, at most `limit` pairs
    (then all forgotten at once)."""

    def __init__(self, limit: int = 200_000):
        self.limit = limit
        self.size = 0
        self.by_word: dict[str, dict[str, float]] = {}

    def of(self, word: str) -> dict[str, float]:
        """The remembered similarities of `word`: read them with ``get``, and ``pair`` for a missing one."""
        known = self.by_word.get(word)
        if known is None:
            known = self.by_word[word] = {}
        return known

    def pair(self, known: dict[str, float], word: str, other: str) -> float:
        sim = vectors.similarity(word, other)
        if self.size >= self.limit:
            self.cache_clear()
            known = self.of(word)
        known[other] = sim
        self.size += 1
        return sim

    def __call__(self, a: str, b: str) -> float:
        known = self.of(a)
        sim = known.get(b)
        return sim if sim is not None else self.pair(known, a, b)

    def cache_clear(self) -> None:
        self.by_word.clear()
        self.size = 0


_similarity = _Similarities()


def damped(found: Terms, damp=None) -> tuple[dict, float]:
    """The words of `found` and their total weight, each weight times ``damp.get(stem, 1)`` when `damp` is given."""
    if not damp or damp.keys().isdisjoint(found.words):
        return dict(found.words), found.total
    words, total, get = {}, 0.0, damp.get
    for key, (word, w) in found.words.items():
        w *= get(key, 1.0)
        words[key] = (word, w)
        total += w
    return words, total


def score(ask: Terms, wording: Terms, damp=None, ask_damped=None) -> tuple[float, list[str], list[str]]:
    """How well an ask matches one wording (see the module's docstring), with the words that met exactly and
    the pairs that met by meaning. `damp` ({stem: factor}), when given, lowers the weight of words many items
    share ("ticket" in a help desk's feedback); `ask_damped` is ``damped(ask, damp)`` when already made."""
    if not ask.words or not wording.words:
        return 0.0, [], []
    ask_words, ask_total = ask_damped or damped(ask, damp)
    unmatched, wording_total = damped(wording, damp)
    shared, same, similar = 0.0, [], []
    for key, (word, w) in ask_words.items():
        matched = unmatched.pop(key, None)
        if matched is not None:
            shared += 2 * min(w, matched[1])
            same.append(word)
            continue
        best, best_key = 0.0, None
        known = _similarity.of(word)
        for other_key, (other, ow) in unmatched.items():
            sim = known.get(other)
            if sim is None:
                sim = _similarity.pair(known, word, other)
            if sim > best:
                best, best_key = sim, other_key
        if best_key is not None and best >= SOFT_MATCH:
            other, ow = unmatched.pop(best_key)
            shared += 2 * min(w, ow) * best
            similar.append(f"{word} ~ {other}")
    if not same:  # meaning alone, no word in common: weaker evidence
        shared *= MEANING_ONLY
    # how much of the wording the ask covers counts most: "SSO through Okta" means the item "SSO"
    return COVER_WORDING * shared / (2 * wording_total) + (1 - COVER_WORDING) * shared / (2 * ask_total), same, similar


def review_state(confident: bool, ask_certainty: float | None = None) -> str | None:
    """The stored review state of a link: it waits in the triage list ("pending") when the link is unsure, or
    when the analysis doubts that its sentence asks for anything at all."""
    return None if confident and not doubtful(ask_certainty) else "pending"


@dataclass
class Link:
    item_id: object | None   # None: no item is close enough, open a new one
    confidence: float
    reason: str

    @property
    def needs_review(self) -> bool:
        return self.item_id is not None and self.confidence < CONFIDENT

    @property
    def review(self) -> str | None:
        """The stored review state: a link below CONFIDENT waits in the triage list."""
        return review_state(not self.needs_review)


@dataclass
class _Item:
    item_id: object
    name: str
    aliases: list
    wordings: list = field(default_factory=list)  # asks already linked to it
    named: bool = True  # False for an item the analysis opened: its title is a summary of its asks, not a name
    product: object = None  # for an item named for a third-party product ("Jira integration"): its names' pattern

    def counts(self, kind: str) -> bool:
        """Whether a wording of this kind links asks: an opened item's title does not once it has asks."""
        return kind != "name" or self.named or not self.wordings

    def candidates(self):
        yield "name", self.name
        for alias in self.aliases:
            yield "alias", alias
        for wording in self.wordings:
            yield "ask", wording


class Linker:
    """Links asks to items among `items` ((id, name, aliases, wordings) tuples); learns each ask it links.

    An ask is scored only against the wordings that share a word stem with it, and the names and aliases
    whose mean word vector is among the closest to the ask's (`NEAREST`): linking stays fast with
    hundreds of items and thousands of earlier asks. `own_names` are the product's names (a survey's product
    name): a one-word one is no word of an ask."""

    NEAREST = 8

    def __init__(self, items=(), threshold: float | None = None, own_names=()):
        self.threshold = LINK_THRESHOLD if threshold is None else threshold
        # the product's own one-word names ("Peoplepay"): in "Peoplepay should do X" they name no item, and would
        # tie every ask that mentions the product together
        named_by = [terms(name).words for name in own_names]
        self.own_words = frozenset(key for words in named_by if len(words) == 1 for key in words)
        self.items: dict[object, _Item] = {}
        self._by_stem: dict[str, set] = defaultdict(set)
        self._items_with: dict[str, set] = defaultdict(set)  # stem -> the items one of whose wordings has it
        self._damp: dict[str, float] = {}  # stem -> spread(stem), for the stems of more than one item
        self._named_rows: list[tuple] = []  # the names and aliases of the items a person created
        self._named_by_stem: dict[str, set] = defaultdict(set)
        self._matrix = None
        self._spellings = Spellings()  # what the acronyms of asks stand for, as the wordings spell them out
        for entry in items:
            self.add(*entry)

    def terms(self, text: str) -> Terms:
        """``terms(text)`` without the product's own names."""
        found = terms(text)
        if not self.own_words or self.own_words.isdisjoint(found.words):
            return found
        words = {key: value for key, value in found.words.items() if key not in self.own_words}
        return Terms(found.text, words, sum(w for _, w in words.values()))

    def add(self, item_id, name: str, aliases=(), wordings=(), named: bool = True) -> None:
        item = _Item(item_id, name, list(aliases), list(dict.fromkeys(wordings)), named,
                     product_of(name) if named else None)
        self.items[item_id] = item
        for kind, wording in item.candidates():
            self._index(item_id, kind, wording)

    def learn(self, item_id, wording: str) -> None:
        item = self.items.get(item_id)
        if item is not None and wording and wording not in item.wordings and wording != item.name \
                and len(item.wordings) < WORDINGS_PER_ITEM:
            item.wordings.append(wording)
            self._index(item_id, "ask", wording)

    def _index(self, item_id, kind: str, wording: str) -> None:
        self._spellings.add(wording)
        keys = self.terms(wording).words
        for key in keys:
            self._by_stem[key].add((item_id, kind, wording))
            holders = self._items_with[key]
            if item_id not in holders:
                holders.add(item_id)
                if len(holders) > 1:
                    self._damp[key] = self.spread(key)
        if kind != "ask" and self.items[item_id].named:
            self._named_rows.append((item_id, kind, wording))
            for key in keys:
                self._named_by_stem[key].add((item_id, kind, wording))
            self._matrix = None

    def link(self, ask_text: str, context: str = "") -> Link:
        """The item `ask_text` means; the sentence around it (`context`) may name it ("offline pls, the golf
        course has no signal"), at a discount."""
        best = self._best(self.terms(ask_text))
        meanings = self._spellings.meanings(ask_text)
        if meanings:  # "DAI" where an item or earlier asks say "dynamic ad insertion"
            read = self._best(self.terms(self._spellings.spelled(ask_text, meanings)))
            if read.confidence > best.confidence:
                said = "".join(f"the acronym '{acronym}' read as '{words}', then "
                               for acronym, words in meanings.items())
                best = Link(read.item_id, read.confidence, said + read.reason)
        anywhere = best.confidence < self.threshold or CONTEXT_ALWAYS
        if context and context != ask_text and (anywhere or self._named_rows):
            # When the ask's own words link, the sentence may still name an item a person created better
            # ("... we live in Jira all day, so that sync would ..."); when they do not, any item.
            around = self._best(self.terms(context), named_only=not anywhere)
            around.confidence = round(around.confidence * CONTEXT_DISCOUNT, 3)
            if around.confidence > best.confidence:
                best = Link(around.item_id, around.confidence, f"the sentence around the ask: {around.reason}")
        if best.confidence < self.threshold:
            return Link(None, best.confidence, best.reason)
        return best

    def second_look(self, item_id) -> Link:
        """Links the only ask of an item the analysis opened again, against the other items: an ask that came
        before the item it means existed opened one of its own."""
        item = self.items.get(item_id)
        if item is None or len(item.wordings) != 1:
            return Link(None, 0.0, "")
        del self.items[item_id]
        try:
            return self.link(item.wordings[0])
        finally:
            self.items[item_id] = item

    def forget(self, item_id) -> None:
        self.items.pop(item_id, None)

    def _candidates(self, ask: Terms, named_only: bool = False) -> set:
        found = set()
        index = self._named_by_stem if named_only else self._by_stem
        keys = [key for key in ask.words if len(self._items_with.get(key, ())) <= CANDIDATE_ITEMS]
        for key in keys or ask.words:  # a word of many items brings no candidate another word does not
            found |= index.get(key, set())
        if self._named_rows and vectors.available():
            if self._matrix is None:
                self._matrix = np.vstack([vectors.mean(self.terms(w).words.values()) for _, _, w in self._named_rows])
            query = vectors.mean(ask.words.values())
            if query.any():
                closeness = self._matrix @ query
                count = min(self.NEAREST, len(closeness))
                nearest = np.argpartition(-closeness, count - 1)[:count]
                found.update(self._named_rows[i] for i in nearest)
        return found

    def spread(self, key: str) -> float:
        """1 for a word of one item; less the more items share it: a word every ask of a product holds
        ("ticket", "report") says little about which item an ask means."""
        items = self._items_with.get(key)
        n = len(items) if items else 0
        return 1.0 if n <= 1 else 1.0 / (1.0 + SPREAD * math.log(n))

    def _best(self, ask: Terms, named_only: bool = False) -> Link:
        best = Link(None, 0.0, "")
        damp = self._damp if SPREAD else None
        ask_damped = damped(ask, damp)
        # In a fixed order: of two wordings that score the same, the reason names the same one in every process.
        candidates = self._candidates(ask, named_only)
        for item_id, kind, wording in sorted(candidates, key=lambda row: (str(row[0]), row[1], row[2])):
            item = self.items.get(item_id)
            if item is None or not item.counts(kind) or not names_product(ask.text, item.product):
                continue  # an item named for a product takes only asks that name it: "ERP sync" is not SAP's
            value, same, similar = score(ask, self.terms(wording), damp, ask_damped)
            if kind == "ask":
                value *= EARLIER_ASK
            if value > best.confidence or (value == best.confidence and best.item_id is not None
                                           and str(item_id) < str(best.item_id)):
                best = Link(item_id, round(value, 3), _reason(kind, wording, same, similar))
        return best


def _reason(kind: str, wording: str, same: list[str], similar: list[str]) -> str:
    where = {"name": f"the name '{wording}'", "alias": f"the alias '{wording}'",
             "ask": f"an earlier ask '{wording}'"}[kind]
    parts = []
    if same:
        parts.append("same words: " + ", ".join(same))
    if similar:
        parts.append("similar meaning: " + ", ".join(similar))
    return f"{where} ({'; '.join(parts)})" if parts else where
