"""The one spaCy pipeline of the analysis package, built once per process and reused.

Choice (see analysis/README.md): ``spacy.blank("en")`` + a rule-based ``sentencizer`` + a lemma
component of our own over the ``lemma_lookup`` table of ``spacy-lookups-data``. Nothing is downloaded
at run time: the lookup table ships inside the installed ``spacy-lookups-data`` wheel.

The lemma component writes a *lower-cased* lemma to ``token.lemma_`` (so "Integrating" and
"integrating" both give "integrate"), after a cheap spelling repair of unknown words against the
analysis vocabulary (theme patterns and sentiment lexicon): "intergration" -> "integration",
"reprots" -> "reports". Known English words are never changed. Reading the tokens once, it also leaves the doc's
``patterns.TokenView`` in ``doc.user_data`` for the analyser (which takes it off; serialising such a doc needs
``exclude=["user_data"]``).
"""
from __future__ import annotations

import re
import threading
from functools import lru_cache

import spacy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.lookups import load_lookups

from .patterns import TokenView
from .spelling import SpellRepair

_LOCK = threading.Lock()
_NLP = None

# contractions the tokenizer splits off ("can't" -> "ca" + "n't")
_LEMMA_OVERRIDES = {
    "ca": "can", "wo": "will", "sha": "shall", "n't": "not", "'m": "be", "'re": "be", "'s": "'s",
    "'ve": "have", "'d": "would", "'ll": "will", "data": "data", "datum": "data", "better": "better",
    "best": "best", "worst": "worst", "worse": "worse", "media": "media", "ssos": "sso",
    "onboarding": "onboarding", "pricing": "pricing", "reporting": "reporting", "settings": "settings",
    "analytics": "analytics", "docs": "docs", "api": "api", "apis": "api", "ux": "ux", "ui": "ui",
}


@lru_cache(maxsize=1)
def lemma_table() -> dict:
    table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
    return dict(table.items()) if hasattr(table, "items") else table


class LemmaLookup:
    """Lower-cased lookup lemmas with a per-process cache and optional spelling repair."""

    def __init__(self):
        self.table = load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")
        self.cache: dict[str, str] = {}
        self.repaired: dict[str, str] = {}  # lower form -> repaired form, only when they differ
        self.names: dict[str, str] = {}  # lower form -> lemma, for capitalised words inside a sentence
        self.spell: SpellRepair | None = None

    def lemma(self, lower: str) -> str:
        cached = self.cache.get(lower)
        if cached is not None:
            return cached
        word = lower
        if self.spell is not None:
            word = self.spell.repair(lower)
            if word != lower:
                self.repaired[lower] = word
        lem = _LEMMA_OVERRIDES.get(word)
        if lem is None:
            lem = self.table.get(word, word)
            lem = lem.lower() if isinstance(lem, str) else word
        self.cache[lower] = lem
        return lem

    def name_lemma(self, lower: str) -> str:
        lem = self.names.get(lower)
        if lem is None:
            lem = _LEMMA_OVERRIDES.get(lower) or self.table.get(lower, lower)
            lem = self.names[lower] = lem.lower() if isinstance(lem, str) else lower
        return lem

    def __call__(self, doc):
        """Sets the lemmas (and repaired norms), and leaves the doc's TokenView in ``doc.user_data``: the words
        are read from spaCy's Token objects once, here."""
        lemma, name_lemma, repaired = self.lemma, self.name_lemma, self.repaired
        toks = list(doc)
        lowers = [t.lower_ for t in toks]
        texts = [t.text for t in toks]
        lemmas, norms = [], []
        for tok, text, lower in zip(toks, texts, lowers):
            if text[:1].isupper() and not tok.is_sent_start and text.lower() != text:
                # a capitalised word inside a sentence is a name ("Gantt", "Zapier"): no repair
                lem = name_lemma(lower)
                norm = tok.norm_
            else:
                lem = lemma(lower)
                norm = repaired.get(lower)
                if norm is not None:
                    tok.norm_ = norm  # the sentiment scorer reads norm_
                else:
                    norm = tok.norm_
            tok.lemma_ = lem
            lemmas.append(lem)
            norms.append(norm)
        doc.user_data[TokenView.KEY] = TokenView.from_tokens(toks, lemmas, lowers, norms, texts)
        return doc


_LEMMATIZER = LemmaLookup()


@Language.component("voc_lemmas")
def _voc_lemmas(doc):
    return _LEMMATIZER(doc)


def lemmatizer() -> LemmaLookup:
    return _LEMMATIZER


def _lower(text: str) -> str:
    """A word's lower form, but "US" written in capitals is the country ("hosting in the US", "US hosting"), not
    "us" to every rule and word list that reads lower forms."""
    return "usa" if text == "US" else text.lower()


class _ShoutedUs:
    """The tokenizer, but in a text written in capitals "US" is as likely "us" ("GIVE US DARK MODE"): there it is
    read as "Us", the same length, so every offset into the text holds."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        if "US" in text and sum(c.isupper() for c in text) > sum(c.islower() for c in text):
            doc = self.tokenizer(_US.sub("Us", text))
            doc.user_data[WRITTEN] = text
            return doc
        return self.tokenizer(text)

    def __getattr__(self, name):
        return getattr(self.tokenizer, name)


_US = re.compile(r"\bUS\b")
WRITTEN = "written"  # a doc's user_data key: the text as written, where the tokenizer read it otherwise


def as_written(span) -> str:
    """A span's text as the customer wrote it."""
    text = span.doc.user_data.get(WRITTEN, span.doc.text)
    return text[span.start_char:span.end_char]


def get_nlp():
    """The shared pipeline: tokenizer, sentencizer, lower-cased lookup lemmas (with spelling repair)."""
    global _NLP
    if _NLP is None:
        with _LOCK:
            if _NLP is None:
                nlp = spacy.blank("en")
                nlp.vocab.lex_attr_getters[LOWER] = _lower
                nlp.tokenizer = _ShoutedUs(nlp.tokenizer)
                nlp.add_pipe("sentencizer")
                nlp.add_pipe("voc_lemmas")
                if _LEMMATIZER.spell is None:
                    _LEMMATIZER.spell = SpellRepair.default()
                _NLP = nlp
    return _NLP


def lemmas_of(phrase: str) -> list[str]:
    """Lemmas of a pattern phrase, exactly as the pipeline lemmatises text."""
    nlp = get_nlp()
    return [_LEMMATIZER.lemma(t.lower_) for t in nlp.make_doc(phrase)]
