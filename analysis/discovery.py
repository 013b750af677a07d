"""Discovery of candidate themes: frequent noun-like phrases that no theme pattern covers.

No trained tagger is used (speed, and no trained model): a phrase is a run of one to three content words
(not stop words, not numbers, not sentiment words from TextBlob's lexicon or ours, not request or
filler words, not people's names), counted once per comment, on lemmas, and shown as customers most often
wrote it. TextBlob's word list (each word's most frequent part of speech) keeps verbs and adverbs out, and
a phrase must end on a noun: "rolled it out" or "well documented" name no theme. Phrases touching a theme
match are skipped. Longer phrases win over their parts when they are as frequent. Each example sentence
is listed once.
"""
from __future__ import annotations

import os
import re
from collections import Counter, defaultdict
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from textblob.en import lexicon as _tags
from textblob.en import sentiment as _tb

from .lexicon import DOMAIN_POLARITY, INTENSIFIERS, NEGATORS
from .pipeline import get_nlp
from .requests import REQUEST_FILLER
from .taxonomy import DEFAULT_TAXONOMY, ThemeMatcher

GENERIC = {"product", "tool", "team", "company", "customer", "people", "time", "thing", "way",
           "lot", "day", "week", "month", "year", "everything", "anything", "nothing", "bit",
           "crm", "software", "platform", "system", "app", "use", "work", "make", "get", "go",
           "say", "know", "think", "take", "try", "want", "need", "come", "feel", "look", "give",
           "keep", "start", "seem", "tell", "ask", "find", "run", "put", "show", "call", "guy",
           "ok", "okay", "yes", "etc", "thank", "thanks", "hour", "minute", "today", "someone",
           "everyone", "nobody", "anyone", "every", "honestly", "actually", "really", "pretty",
           "basically", "literally", "finally", "still", "even", "just", "able", "last", "first",
           # who is speaking or who uses the product is no theme of its own
           "rep", "user", "manager", "admin", "administrator", "colleague", "staff", "boss", "employee", "member",
           "cfo", "ceo", "cto", "cio", "coo", "vp", "head", "director", "guy", "folk", "person",
           # words too general to name a theme
           "quarter", "morning", "afternoon", "evening", "night", "weekend", "moment", "end", "place", "part", "kind",
           "sort", "type", "business", "core", "level", "side", "point", "case", "fact", "stuff", "matter", "area",
           "rest", "half", "row", "decision", "option", "idea", "problem", "issue", "question", "answer"}
VERB_OR_ADVERB = ("VB", "VBD", "VBN", "VBP", "VBZ", "MD", "RB", "RBR", "RBS", "RP", "IN", "CC", "DT", "PRP", "UH")
NOUN_LIKE = ("NN", "NNS", "NNP", "NNPS", None)  # None: a word TextBlob does not know (a product name)
FIRST_NAMES_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "first_names.txt")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    with open(FIRST_NAMES_PATH, encoding="utf-8") as fh:
        return frozenset(line.strip() for line in fh if line.strip() and not line.startswith("#"))


def _tag(tok) -> str | None:
    """The word's most frequent part of speech in TextBlob's word list, as written, else in lower case."""
    return _tags.get(tok.text) or _tags.get(tok.lower_)


def _is_name(tok, names) -> bool:
    """A capitalised first name ("Maya's team"); at the start of a sentence only when it is no common word."""
    if not tok.text.istitle() or tok.lower_ not in names:
        return False
    return not tok.is_sent_start or _tags.get(tok.lower_) in (None, "NNP", "FW")


def _is_content(tok, sentiment_words, names=frozenset()) -> bool:
    lem = tok.lemma_.lower()
    return (tok.is_alpha and len(lem) > 2 and lem not in STOP_WORDS and tok.lower_ not in STOP_WORDS
            and lem not in sentiment_words and tok.lower_ not in sentiment_words
            and lem not in GENERIC and tok.lower_ not in GENERIC and lem not in REQUEST_FILLER
            and lem not in NEGATORS and lem not in INTENSIFIERS
            and _tag(tok) not in VERB_OR_ADVERB and not _is_name(tok, names))


def _reads_as_english(sent) -> bool:
    """At least half of the sentence's words are in TextBlob's English word list."""
    words = [tok for tok in sent if tok.is_alpha]
    english = [tok for tok in words if (_tags.get(tok.lower_) or _tags.get(tok.text)) not in (None, "FW")]
    return len(english) * 2 >= len(words)


def _plain(sentence: str) -> str:
    """A sentence without case, emoji or punctuation: the same example written twice is listed once."""
    return " ".join(re.findall(r"\w+", sentence.lower()))


def _as_written(forms: Counter) -> str:
    """The way customers most often wrote a phrase, in lower case unless it is an acronym (SSO, CRM)."""
    text = max(forms, key=lambda form: (forms[form], form))
    return " ".join(word if word.isupper() and len(word) > 1 else word.lower() for word in text.split())


def candidate_themes(texts_or_analyses, taxonomy=None, min_count: int = 3, max_len: int = 3,
                     limit: int = 50, examples: int = 3, names=()):
    """Return [(phrase, count, [example sentences])], most frequent first; each example sentence once.
    `names`: people's names known to the caller (contacts, staff), left out like the common first names."""
    names = first_names() | {word.lower() for name in names for word in str(name).split()}
    nlp = get_nlp()
    matcher = ThemeMatcher(taxonomy if taxonomy is not None else DEFAULT_TAXONOMY)
    if not dict.__len__(_tb):
        _tb.load()
    sentiment_words = set(dict.keys(_tb)) | {w for p in DOMAIN_POLARITY for w in p.split()}
    texts = [getattr(t, "text", t) or "" for t in texts_or_analyses]
    counts: Counter = Counter()
    seen_in: dict[str, list[str]] = defaultdict(list)
    written: dict[str, Counter] = defaultdict(Counter)
    for doc in nlp.pipe(texts, batch_size=256):
        covered = set()
        for m in matcher.matches(doc):
            covered.update(range(m.start, m.end))
        phrases_here = {}
        for sent in doc.sents:
            if not _reads_as_english(sent):
                continue  # the taxonomy is English: "Sehr zufrieden" suggests nothing to it
            run = []
            for tok in list(sent) + [None]:
                if tok is not None and tok.i not in covered and _is_content(tok, sentiment_words, names):
                    run.append(tok)
                    continue
                for n in range(1, max_len + 1):
                    for k in range(len(run) - n + 1):
                        if _tag(run[k + n - 1]) not in NOUN_LIKE:
                            continue  # "unfinished", "flexible": a phrase names a thing
                        phrase = " ".join(t.lemma_.lower() for t in run[k:k + n])
                        phrases_here.setdefault(phrase, (sent.text.strip(), " ".join(t.text for t in run[k:k + n])))
                run = []
        for phrase, (sentence, as_written) in phrases_here.items():
            counts[phrase] += 1
            written[phrase][as_written] += 1
            if len(seen_in[phrase]) < examples and _plain(sentence) not in map(_plain, seen_in[phrase]):
                seen_in[phrase].append(sentence)
    frequent = {p: c for p, c in counts.items() if c >= min_count}
    # drop a phrase when a longer phrase containing it is as frequent
    keep = []
    for p, c in frequent.items():
        if any(len(q) > len(p) and f" {p} " in f" {q} " and frequent[q] >= c for q in frequent):
            continue
        keep.append((_as_written(written[p]), c, seen_in[p]))
    keep.sort(key=lambda x: (-x[1], -len(x[0].split()), x[0]))
    return keep[:limit]
