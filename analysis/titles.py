"""The title of a roadmap item opened from an ask: a clean noun phrase naming the thing asked for ("Jira
integration", "Offline mode"), never the words around it ("Days when we travel", "Possible").

The ask's words are parsed by en_core_web_md (tagger and parser; only when an item is opened, so its
cost does not fall on every comment). The title is the noun chunk of the ask that weighs most (rare words
weigh more, ``linking.weight``), without determiners, pronouns or filler ("proper", "simple"); an ask to
connect to a named product ("integrate with Jira", "if it talked to Asana") is titled "<Product>
integration". Without the parser, the cleaned words of the ask are the title.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from .rarity import weight
from .requests import REQUEST_FILLER, Request, infix_hyphen, title_of, word_tags
from .vectors import md_pipeline, model_dir

CONNECT_VERBS = {"integrate", "sync", "synch", "connect", "talk", "link", "plug", "hook", "push", "pull",
                 "import", "feed", "send"}
CONNECT_NOUNS = {"integration", "sync", "connector", "connection", "plugin", "add-on", "api", "link"}
DROP = {"DET", "PRON", "PUNCT", "CCONJ", "ADP", "PART", "AUX", "SCONJ", "INTJ", "SPACE", "NUM"}
MAX_WORDS = 5
MIN_TITLE_WEIGHT = 0.5


def tagger_path() -> str | None:
    return model_dir()


def item_title(request: Request | str) -> str:
    if isinstance(request, Request):
        return _title(request.subject, request.sentence)
    return _title(request, request)


def _title(subject: str, sentence: str) -> str:
    return _titled(subject, sentence)[0]


@lru_cache(maxsize=20_000)
def _titled(subject: str, sentence: str) -> tuple[str, bool]:
    """The title, and whether it names a thing (else it is the best of what was tried)."""
    nlp = md_pipeline()
    if nlp is None:
        return title_of(subject), True
    doc = nlp(sentence)
    start = sentence.find(subject)
    if start < 0:  # the detector capitalises a subject that starts a title ("Pipeline stages")
        start = sentence.lower().find(subject.lower())
    span = doc.char_span(start, start + len(subject), alignment_mode="expand") if start >= 0 else None
    span = span if span is not None and len(span) else doc[:]
    tried = []
    for candidate in _candidates(subject, span, doc):
        title, names_a_thing = _judged(candidate, nlp)
        if names_a_thing:
            return title[:1].upper() + title[1:], True
        tried.append(title)
    worded = [t for t in tried if any(c.isalpha() for c in t)]  # not "🙏" when the sentence says "Dark mode pls 🙏"
    title = (worded or tried or [title_of(subject)])[0]
    return title[:1].upper() + title[1:], False


def _candidates(subject: str, span, doc):
    """The titles to try, best first, each made only when the ones before it name nothing."""
    yield from filter(None, (_connect_title(span), _chunk_title(span), title_of(subject)))
    in_sentence = _chunk_title(doc[:], strict=True) or _text(_clean(doc[:]))
    if in_sentence:
        yield in_sentence


def _judged(title: str, nlp) -> tuple[str, bool]:
    """The title ("<adjective> support" for a bare adjective: "Offline", "Spanish" ask for their support) and
    whether it names a thing: a noun phrase ending on a noun or a name ("Fix", "Pretty", "Connecting" do not),
    written in letters (the tagger calls "🙏" a noun)."""
    parsed = nlp(title)
    if len(parsed) == 1 and parsed[0].pos_ == "ADJ":
        title = f"{title} support"
        parsed = nlp(title)
    words = [t for t in parsed if not t.is_punct and not t.is_space]
    if len(words) == 1 and not word_tags().get(words[0].lower_, "NN").startswith("NN"):
        return title, False  # alone, the tagger calls "Fix", "Manage" or "Yes" a noun; mostly they are not
    return title, bool(words) and words[-1].pos_ in {"NOUN", "PROPN"} and len(words) <= MAX_WORDS + 1 \
        and any(c.isalpha() for c in words[-1].text)


def _clean(tokens) -> list:
    tokens = [t for t in tokens if not t.is_punct or _compound(t) != (t.i, t.i + 1)]
    words = [t for t in tokens if t.pos_ not in DROP and t.lower_ not in REQUEST_FILLER or t.pos_ == "PROPN"]
    head = tokens[-1] if tokens else None
    if words and head is not None and head.pos_ == "NOUN" and words[-1].i == head.i - 1 \
            and words[-1].pos_ == "ADJ":
        words.append(head)  # a filler word that heads what is named: "smaller starter plan", "mobile app"
    while words and words[-1].pos_ not in {"NOUN", "PROPN"} and not (len(words) == 1 and words[0].pos_ == "ADJ"):
        words.pop()
    while words and words[0].pos_ in {"VERB", "ADV"} and _compound(words[0]) == (words[0].i, words[0].i + 1):
        words.pop(0)  # not the first part of a hyphenated word: "read-only seat"
    return words[-MAX_WORDS:]


def _text(words) -> str:
    """The words' text; a hyphenated word is whole ("single sign-on", "two-way sync"), though the tagger
    splits it and its parts may be dropped ("on" is a preposition)."""
    out, seen = [], set()
    for token in words:
        span = _compound(token)
        if span not in seen:
            out.append(token.doc[span[0]:span[1]].text)
            seen.add(span)
    return " ".join(out)


def _compound(token) -> tuple[int, int]:
    doc, start, end = token.doc, token.i, token.i + 1

    def joined(i: int) -> bool:
        return 0 < i < len(doc) and infix_hyphen(doc[i])

    if joined(start):
        start, end = start - 1, end - 1
    while joined(start - 1):
        start -= 2
    while joined(end):
        end += 2
    return start, end


def _connect_title(span) -> str:
    """'integrate with Jira', 'sync invoices to QuickBooks Online', 'if it talked to Asana' -> '<X> integration'."""
    for token in span:
        connecting = token.pos_ == "VERB" and token.lemma_.lower() in CONNECT_VERBS
        if not connecting and not (token.pos_ == "NOUN" and token.lemma_.lower() in CONNECT_NOUNS):
            continue
        names = [t for t in span if _is_name(t) and t.i != token.i]
        if not names:
            continue
        first = names[0]
        run = [first]
        for t in span[first.i - span.start + 1:]:
            if _is_name(t) or t.like_num and run:
                run.append(t)
            else:
                break
        return f"{_text(run)} integration"
    return ""


def _is_name(token) -> bool:
    """A product or vendor name: tagged as one, or written in capitals mid-sentence ("SFDC", "Jira")."""
    if token.pos_ == "PROPN":
        return True
    return token.pos_ == "NOUN" and not token.is_sent_start and (token.is_upper or token.text[:1].isupper())


def _chunk_title(span, strict: bool = False) -> str:
    """The first noun chunk of the ask that names something (the object of the ask comes first: "custom
    fields for sign dimensions"), unless it is too common a word to name a thing; else the cleaned words of
    the ask (not when `strict`)."""
    for chunk in span.doc.noun_chunks:
        if chunk.end <= span.start or chunk.start >= span.end:
            continue
        words = _clean(chunk)
        if words and sum(weight(t.lower_) for t in words) >= MIN_TITLE_WEIGHT:
            return _text(words)
    return "" if strict else _text(_clean(span))


def group_title(asks, own_names=()) -> str:
    """The title of a group of asks ((ask's words, its sentence, how central it is to the group)): of the titles
    that name a thing, the one most of them would give, and of those the most central ask's. The product's own
    name (`own_names`) names nothing to build: "Ticketwell" is no item of Ticketwell's roadmap."""
    own = {name.lower() for name in own_names}
    titled = []
    for words, sentence, centrality in asks:
        title, names_a_thing = _titled(words, sentence or words)
        titled.append((title, names_a_thing and title.lower() not in own, centrality))
    counts = Counter(title.lower() for title, _, _ in titled)
    best = max(titled, key=lambda t: (t[1], counts[t[0].lower()], t[2]), default=None)
    return best[0] if best else ""
