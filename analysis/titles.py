"""The title of a roadmap item opened from an ask: a clean noun phrase naming the thing asked for ("Jira
integration", "Offline mode"), never the words around it ("Days when we travel", "Possible").

The ask's words are parsed by en_core_web_md (tagger and parser; only when an item is opened, so its
cost does not fall on every comment). The title is the noun chunk of the ask that weighs most (rare words
weigh more, ``linking.weight``), without determiners, pronouns or filler ("proper", "simple"); an ask to
connect to a named product ("integrate with Jira", "if it talked to Asana") is titled "<Product>
integration". Without the parser, the cleaned words of the ask are the title.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from .catalogue import load_catalogue
from .rarity import weight
from .requests import (APP_WORDS, NAMED_BY_THE_WORD_BEFORE, REQUEST_FILLER, Request, in_other_language_sentence,
                       joins_a_word, names_nothing, title_of, word_tags)
from .vectors import md_pipeline, model_dir

CONNECT_VERBS = {"integrate", "sync", "synch", "connect", "talk", "link", "plug", "hook", "push", "pull",
                 "import", "feed", "send"}
CONNECT_NOUNS = {"integration", "sync", "connector", "connection", "plugin", "add-on", "api", "link"}
DROP = {"DET", "PRON", "PUNCT", "CCONJ", "ADP", "PART", "AUX", "SCONJ", "INTJ", "SPACE", "NUM"}
MAX_WORDS = 5
NOT_NOUN_PHRASE_START = {"DET", "ADP", "CCONJ", "SCONJ", "PRON", "AUX", "PART", "PUNCT", "INTJ"}
FINITE = {"VBZ", "VBP", "VBD", "MD"}
NAMES_A_TROUBLE = {"gap", "gaps", "issue", "issues", "problem", "problems", "pain", "headache", "headaches",
                   "weakness", "dealbreaker", "blocker", "blockers", "showstopper", "complaint", "complaints",
                   "limitation", "limitations", "shortcoming", "shortcomings", "nightmare", "mess"}
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
    if nlp is None or in_other_language_sentence(sentence):
        # "Wir brauchen eine SAP-Schnittstelle": the English tagger cannot read it; the detector's words name it
        return _shown(title_of(subject)), True
    doc = nlp(sentence)
    start = sentence.find(subject)
    if start < 0:  # the detector capitalises a subject that starts a title ("Pipeline stages")
        start = sentence.lower().find(subject.lower())
    span = doc.char_span(start, start + len(subject), alignment_mode="expand") if start >= 0 else None
    span = span if span is not None and len(span) else doc[:]
    tried = []
    for candidate in _candidates(subject, span, doc):
        if _cuts_a_plural(candidate, subject, nlp):
            continue
        title, names_a_thing = _judged(candidate, nlp)
        if names_a_thing:
            return _shown(_offline(subject, title)), True
        tried.append(title)
    worded = [t for t in tried if any(c.isalpha() for c in t)]  # not "🙏" when the sentence says "Dark mode pls 🙏"
    title = (worded or tried or [title_of(subject)])[0]
    offline = _offline(subject, title)
    return _shown(offline), offline != title


NO_SIGNAL = re.compile(r"\b(?:without|w/o|no|zero|patchy|poor|bad|terrible|spotty|weak|lose|losing|lost|drops?)\s+"
                       r"(?:a |any |the |our |mobile |phone |cell |4g |)(?:signal|internet|wi-?fi|connection|"
                       r"connectivity|coverage|reception)\b", re.IGNORECASE)
# alone, "connection" may be one to another product ("the connection to Xero is missing"): only "without a connection"
SIGNAL_WORDS = {"signal", "internet", "wifi", "wi-fi", "connectivity", "coverage", "reception"}


def _offline(subject: str, title: str) -> str:
    """"work without signal", "useless in crawlspaces without signal", "ran without a connection": what is asked
    for is working offline, not the signal (nor the crawlspace) the title would name."""
    if "offline" in title.lower() and title.lower() != "offline" or title.lower().endswith(" integration"):
        return title  # "Offline stock counts"; "Salesforce integration" of "offline sync with Salesforce"
    if title.lower() in SIGNAL_WORDS or NO_SIGNAL.search(subject) or re.search(r"\boffline\b", subject, re.I):
        return "Offline mode"
    return title


def _cuts_a_plural(candidate: str, subject: str, nlp) -> bool:
    """"Custom" of "Custom reports": alone or before "please", the tagger reads a plural noun ending the ask as a
    verb ("reports", "invoices") and the title loses its head. Not "Studiofit" of "Studiofit works": the whole
    must read as a noun phrase."""
    whole = title_of(subject)
    cut, words = candidate.lower().split(), whole.lower().split()
    return len(words) == len(cut) + 1 and words[:-1] == cut and word_tags().get(words[-1]) == "NNS" \
        and reads_as_noun_phrase(_shown(whole), nlp)


def _shown(title: str) -> str:
    """The title as a product manager reads it: a capital first, and product words as the catalogue writes them
    ("sso" -> "SSO", "netsuite" -> "NetSuite", "ios" -> "iOS")."""
    casing = _product_casing()
    words = [casing.get(w.lower(), w) for w in title.split(" ")]
    shown = " ".join(words)
    return shown if words[0].lower() in casing else shown[:1].upper() + shown[1:]  # "iOS app" stays


@lru_cache(maxsize=1)
def _product_casing() -> dict[str, str]:
    """Words of three letters or more that the default catalogue writes with capitals inside ("SAML", "HubSpot")."""
    forms = {}
    for item in load_catalogue():
        for name in (item.name, *item.aliases):
            for word in re.findall(r"[A-Za-z][A-Za-z0-9.+]*", name):
                if len(word) >= 3 and any(c.isupper() for c in word[1:]):
                    forms.setdefault(word.lower(), word)
    return forms


def _candidates(subject: str, span, doc):
    """The titles to try, best first, each made only when the ones before it name nothing."""
    yield from filter(None, (_connect_title(span), _app_for(span), _chunk_title(span), title_of(subject)))
    in_sentence = _chunk_title(doc[:], strict=True) or _text(_clean(doc[:]))
    if in_sentence:
        yield in_sentence


# words that, alone, name the product itself, not a thing to build in it: "Please put that in the system"
THE_PRODUCT_ITSELF = {"system", "software", "platform", "tool", "solution"}


def _judged(title: str, nlp) -> tuple[str, bool]:
    """The title ("<adjective> support" for a bare adjective: "Offline", "Spanish" ask for their support) and
    whether it names a thing: a noun phrase (``reads_as_noun_phrase``) ending on a word written in letters
    (the tagger calls "🙏" a noun)."""
    parsed = nlp(title)
    if len(parsed) == 1 and parsed[0].pos_ == "ADJ":
        title = f"{title} support"
        parsed = nlp(title)
    words = [t for t in parsed if not t.is_punct and not t.is_space]
    if len(words) == 1 and (not word_tags().get(words[0].lower_, "NN").startswith("NN")
                            or names_nothing(words[0].lower_) or words[0].lower_ in THE_PRODUCT_ITSELF):
        return title, False  # alone, the tagger calls "Fix", "Manage", "Yes" or "Monday" a noun; they name no thing
    if any(w.lower_ in NAMES_A_TROUBLE and (w is words[-1] or w.nbor().pos_ == "ADP") for w in words):
        return title, False  # "Forecasting gap (versus Salesforce)": what hurts, not what to build
    shown = _shown(title)
    return title, bool(words) and any(c.isalpha() for c in words[-1].text) and reads_as_noun_phrase(shown, nlp)


def reads_as_noun_phrase(title: str, nlp) -> bool:
    """Whether a title reads as a noun phrase, as a product manager would read it: "Jira integration", "Batch
    picking", "Single sign-on", not "Export all our matters", "Days when we travel" or "Check".

    The tagger reads a title alone badly ("Single sign-on", "Flaky tests", "Recurring invoices" come out as
    verbs), so a title of several words is also read where a noun phrase stands: "The <title> is ready.". A
    single word must read as a noun alone ("Check", "Copy" do not). Of the 241 item names the blind writers
    of the development sets gave, two fail ("Calendar sync for time off", "Insurance claims submission")."""
    alone = [t for t in nlp(title) if not t.is_punct]
    if not alone or len(alone) > MAX_WORDS + 1:
        return False
    if len(alone) == 1:
        return alone[0].pos_ in {"NOUN", "PROPN"}
    first = title.split()[0]
    is_name = first.isupper() or any(c.isupper() for c in first[1:])
    frame = nlp(f"The {title if is_name else first.lower() + title[len(first):]} is ready.")
    words = [t for t in frame[1:-3] if not t.is_punct]
    if len(words) != len(alone) or any(t.pos_ in {"PRON", "AUX", "SCONJ", "PART"} for t in alone) \
            or any(t.pos_ in {"DET", "PRON"} for t in alone[1:]) \
            or any(w.tag_ in FINITE and a.tag_ in FINITE for w, a in zip(words, alone)):
        return False  # "Needs to work offline", "Days when we travel", "Export all our matters"
    if alone[0].tag_ == "VB" and alone[1].pos_ in {"DET", "ADP", "PART", "ADV", "PRON", "ADJ"}:
        return False  # "Fix the sync", "Integrate with Jira"
    hyphenated = frame[2].tag_ == "HYPH"  # "In-app redlining", "Sign-up flow"
    if alone[0].tag_ in FINITE or words[0].tag_ in FINITE or not hyphenated and (
            alone[0].pos_ in NOT_NOUN_PHRASE_START or words[0].pos_ in NOT_NOUN_PHRASE_START | {"ADV"}
            or words[0].tag_ == "VB"):
        return False
    last = words[-1]
    gerund_head = _practice(last) and words[-2].pos_ in {"NOUN", "PROPN", "ADJ"}  # "Batch picking"
    return last.pos_ in {"NOUN", "PROPN", "NUM"} or frame[last.i - 1].tag_ == "HYPH" or gerund_head


def _clean(tokens) -> list:
    tokens = [t for t in tokens if not t.is_punct or _compound(t) != (t.i, t.i + 1)]
    words = [t for t in tokens if t.pos_ not in DROP and t.lower_ not in REQUEST_FILLER or t.pos_ == "PROPN"]
    head = tokens[-1] if tokens else None
    if words and head is not None and head.pos_ == "NOUN" and words[-1].i == head.i - 1 \
            and (words[-1].pos_ == "ADJ"
                 or head.lower_ in NAMED_BY_THE_WORD_BEFORE and words[-1].pos_ in {"NOUN", "PROPN"}):
        # a filler word that heads what is named: "smaller starter plan", "mobile app", "parent app", "pen tool"
        words.append(head)
    while words and words[-1].pos_ not in {"NOUN", "PROPN"} and not (len(words) == 1 and words[0].pos_ == "ADJ") \
            and not _gerund_head(words):
        words.pop()
    while words and words[0].pos_ in {"VERB", "ADV"} and _compound(words[0]) == (words[0].i, words[0].i + 1) \
            and not (words[0].dep_ in {"amod", "compound"} and words[0].tag_ in {"VBG", "VBN"}):
        words.pop(0)  # not the first part of a hyphenated word ("read-only seat"), nor "recurring invoices"
    return words[-MAX_WORDS:]


def _gerund_head(words) -> bool:
    """'batch picking', 'usage-based billing': a gerund after what it is done to names a practice."""
    return len(words) >= 2 and _practice(words[-1]) and words[-2].pos_ in {"NOUN", "PROPN", "ADJ"} \
        and words[-2].i == words[-1].i - 1


# verbs whose -ing after a noun tells what the noun does or when, not a practice done to it: "Android app
# coming", "invoices going", "minutes waiting" (against "route planning", "barcode scanning")
NOT_PRACTICES = {"come", "go", "run", "land", "sit", "wait", "ask", "do", "make", "be", "have", "get", "take",
                 "need", "look", "say", "try", "happen", "exist", "miss", "stay", "arrive", "appear", "seem", "want"}


def _practice(token) -> bool:
    return token.tag_ == "VBG" and token.lemma_.lower() not in NOT_PRACTICES


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

    def joined(i: int) -> bool:  # "single sign-on", "A/B testing" (whose "A" is no article)
        return 0 < i < len(doc) and joins_a_word(doc[i])

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


def _app_for(span) -> str:
    """"an app for the dock team", "an app for android": the ask's words say whom an app is for, and the thing
    asked for is that app ("Dock app", "Android app"), not the dock."""
    i = span.start - 1
    while i >= 0 and span.doc[i].pos_ in {"DET", "PRON"} and span.doc[i].lower_ not in {"them", "us", "me"}:
        i -= 1
    if i < 1 or span.doc[i].lower_ != "for" or span.doc[i - 1].lower_ not in APP_WORDS:
        return ""
    named = _chunk_title(span)
    if not named or named.split()[-1].lower() in APP_WORDS:
        return named
    last = next((t for t in span if t.text == named.split()[-1]), None)
    if last is not None and last.tag_ == "NNS":  # "an app for patients": a patient app
        named = named[:len(named) - len(last.text)] + last.lemma_
    return f"{named} app"


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
        after = span.doc[chunk.end] if chunk.end < span.end else None
        if words and after is not None and _gerund_head([*words, after]):
            words.append(after)  # the parser leaves "picking" out of "batch picking"
        elif words and after is not None and after.pos_ == "NOUN" and words[-1].i == after.i - 1 \
                and words[-1].lower_.endswith("ing"):
            words.append(after)  # nor "numbers" out of "Tracking numbers"
        if words and sum(weight(t.lower_) for t in words) >= MIN_TITLE_WEIGHT:
            return _text(words)
    if strict:
        return ""
    words = _clean(_before_a_clause(span))
    if len(words) == 1 and words[0].pos_ == "ADJ" and any(t.pos_ == "NOUN" for t in span if t.i > words[0].i):
        return ""  # "optimal send time": the adjective says which kind of a thing the cleaning left out
    return _text(words)


# the words that open a clause saying when or why: what follows is the circumstance, not the thing asked for
CLAUSE_OPENERS = frozenset({"when", "whenever", "if", "because", "once", "unless", "until", "while"})


def _before_a_clause(span):
    """The ask's words before a clause that says when or why: "text when their coffee ships" names a text, and
    its words without the function words ("Text coffee ships") name nothing."""
    cut = next((t.i for t in span if t.i > span.start and t.lower_ in CLAUSE_OPENERS), span.end)
    return span.doc[span.start:cut]


def group_title(asks, own_names=()) -> str:
    """The title of a group of asks ((ask's words, its sentence, how central it is to the group)): of the titles
    that name a thing, the one most of them would give, and of those the most central ask's. The product's own
    name (`own_names`) names nothing to build: "Ticketwell" is no item of Ticketwell's roadmap."""
    own = {name.lower() for name in own_names}
    titled = []
    for words, sentence, centrality in asks:
        title, names_a_thing = _titled(words, sentence or words)
        # a product team reads its roadmap in English: "French UI" before "Français svp"
        english = not in_other_language_sentence(sentence or words)
        titled.append((title, names_a_thing and title.lower() not in own, english, centrality))
    counts = Counter(title.lower() for title, *_ in titled)
    subjects = [words.lower() for words, _, _ in asks]
    # then the title the sentences around the asks speak of: "Forecasting gap versus Salesforce noted (scenario
    # planning)" is an ask for scenario planning, not for "worst case views"
    sentences = [(sentence or words).lower() for words, sentence, _ in asks]
    best = max(titled, key=lambda t: (t[1], t[2], _support(t[0], subjects, own), counts[t[0].lower()],
                                      _support(t[0], sentences, own), t[3]), default=None)
    return best[0] if best else ""


def _support(title: str, subjects: list[str], own: set[str]) -> int:
    """How many of a group's asks speak of the thing a title names: of the title's words (not the product's
    own name, nor "integration" or "support"), the one most asks use. "Mobile punch clock" names what most
    asks to "clock in on the phone" speak of; "Phones", though two asks give it, does not. "API", a thing of its
    own, is supported by itself ("Connection" or "Sync" alone name nothing)."""
    words = [word for word in re.split(r"[\s\-]+", title.lower())
             if word not in own and any(c.isalnum() for c in word)]
    words = [word for word in words if word not in CONNECT_NOUNS and word != "support"] or \
        [word for word in words if word == "api"]
    best = 0
    for word in words:
        stem = word[:-3] if word.endswith("ing") and len(word) > 5 else \
            word[:-1] if word.endswith("s") and len(word) > 3 else word  # "counting", "counts": "count"
        # the stem's own inflections, not longer words: "mode" is not "model"
        pattern = re.compile(r"\b" + re.escape(stem) + r"(?:s|es|ed|ing|er|ers)?\b")
        best = max(best, sum(1 for subject in subjects if pattern.search(subject)))
    return best
