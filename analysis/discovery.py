"""Discovery of candidate themes: frequent noun-like phrases that no theme pattern covers.

No tagger is used (speed, and no trained model): a phrase is a run of one to three content words
(not stop words, not numbers, not sentiment words from TextBlob's lexicon or ours, not request or
filler words), counted once per comment, on lemmas. Phrases touching a theme match are skipped.
Longer phrases win over their parts when they are as frequent.
"""
from __future__ import annotations

from collections import Counter, defaultdict

from spacy.lang.en.stop_words import STOP_WORDS
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
           "basically", "literally", "finally", "still", "even", "just", "able", "last", "first"}


def _is_content(tok, sentiment_words) -> bool:
    lem = tok.lemma_
    return (tok.is_alpha and len(lem) > 2 and lem not in STOP_WORDS and tok.lower_ not in STOP_WORDS
            and lem not in sentiment_words and tok.lower_ not in sentiment_words
            and lem not in GENERIC and lem not in REQUEST_FILLER and lem not in NEGATORS
            and lem not in INTENSIFIERS)


def candidate_themes(texts_or_analyses, taxonomy=None, min_count: int = 3, max_len: int = 3,
                     limit: int = 50, examples: int = 3):
    """Return [(phrase, count, [example sentences])], most frequent first."""
    nlp = get_nlp()
    matcher = ThemeMatcher(taxonomy if taxonomy is not None else DEFAULT_TAXONOMY)
    if not dict.__len__(_tb):
        _tb.load()
    sentiment_words = set(dict.keys(_tb)) | {w for p in DOMAIN_POLARITY for w in p.split()}
    texts = [getattr(t, "text", t) or "" for t in texts_or_analyses]
    counts: Counter = Counter()
    seen_in: dict[str, list[str]] = defaultdict(list)
    for doc in nlp.pipe(texts, batch_size=256):
        covered = set()
        for m in matcher.matches(doc):
            covered.update(range(m.start, m.end))
        phrases_here = {}
        for sent in doc.sents:
            run = []
            for tok in list(sent) + [None]:
                if tok is not None and tok.i not in covered and _is_content(tok, sentiment_words):
                    run.append(tok)
                    continue
                for n in range(1, max_len + 1):
                    for k in range(len(run) - n + 1):
                        phrase = " ".join(t.lemma_ for t in run[k:k + n])
                        phrases_here.setdefault(phrase, sent.text.strip())
                run = []
        for phrase, sentence in phrases_here.items():
            counts[phrase] += 1
            if len(seen_in[phrase]) < examples:
                seen_in[phrase].append(sentence)
    frequent = {p: c for p, c in counts.items() if c >= min_count}
    # drop a phrase when a longer phrase containing it is as frequent
    keep = []
    for p, c in frequent.items():
        if any(len(q) > len(p) and f" {p} " in f" {q} " and frequent[q] >= c for q in frequent):
            continue
        keep.append((p, c, seen_in[p]))
    keep.sort(key=lambda x: (-x[1], -len(x[0].split()), x[0]))
    return keep[:limit]
