"""Product requests: find the sentences that ask for something, and consolidate near-duplicates.

Detection is rule-based (spaCy ``Matcher`` over lower-case forms and lemmas); each rule has a name
that travels with the request as its provenance:

=================  ==========================================================================
rule               example
=================  ==========================================================================
would_be_nice      "it would be great if ...", "X would be nice", "would save me hours"
would_like         "we'd love ...", "would like to be able to", "would prefer", "would appreciate"
need               "we need X", "Need an audit log", "X is a must"
please             "please add ...", "Salesforce integration please!"
ask_question       "could you add ...", "can you let us ...", "any plans to ...", "is there a way to"
wish               "I wish ...", "wish list"
missing            "missing X", "X is missing", "lacks X"
no_way             "there is no X", "no way to ...", "no option to ..."
not_supported      "doesn't support X", "won't let me ...", "does not allow ..."
cannot_do          "you can't even group by two fields", "can't be customised", "unable to ..."
cannot_without     "we can't roll this out without SSO"
should             "X should be included", "it should support ..."
imperative         "Give us a status page", "Let us restrict exports", "Add ..."
looking_for        "looking for an X", "hoping for", "feature request", "we want ..."
=================  ==========================================================================

"Needs" that report a failure of something that exists ("we can't close the month without the
export, and it failed again") are bugs, not requests: the weaker rules (need, missing, cannot_do,
cannot_without, not_supported) are vetoed in a sentence that reports a failure.

Consolidation works on plain records ``(mention_id, text or Request)``: each request is reduced to
a *key*, the set of its content lemmas after synonym folding (SFDC = Salesforce; integrate, sync,
connector = integrate; download, export = export ...), and keys are merged when their token-set
similarity is high enough.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.matcher import Matcher

from .pipeline import get_nlp

NICE = ["great", "nice", "good", "helpful", "amazing", "awesome", "useful", "ideal", "fantastic",
        "brilliant", "cool", "handy", "perfect", "lovely", "valuable", "excellent", "wonderful",
        "beneficial", "big", "huge", "game"]
ASK_VERBS = ["add", "make", "let", "allow", "consider", "build", "support", "provide", "give",
             "offer", "include", "bring", "implement", "create", "enable", "introduce", "integrate",
             "improve", "reconsider", "change", "expose", "open"]
IMPERATIVE_VERBS = ["add", "give", "let", "allow", "make", "bring", "provide", "include", "build",
                    "consider", "enable", "introduce", "offer"]
CANT_BLOCK = {"live", "imagine", "complain", "recommend", "figure", "find", "believe", "wait",
              "trust", "remember", "say", "tell", "stand", "get", "open", "log", "login", "access",
              "see", "load", "use", "run", "work", "reach", "understand", "thank", "stress",
              "praise", "fault", "afford", "keep", "go", "do", "help", "speak", "overstate",
              "justify", "think", "blame", "deny", "argue", "be"}
FAILURE_LEMMAS = {"fail", "failed", "break", "broke", "broken", "crash", "freeze", "freezing",
                  "error", "bug", "buggy", "outage", "stop", "down", "glitch", "timeout", "lose",
                  "lost"}
WEAK_RULES = {"need", "missing", "cannot_do", "cannot_without", "not_supported"}

# words that carry no meaning for a request's key
REQUEST_FILLER = set(STOP_WORDS) | {
    "add", "added", "adding", "have", "able", "ability", "option", "way", "feature", "support",
    "allow", "let", "please", "want", "need", "like", "love", "would", "could", "nice", "great",
    "good", "helpful", "amazing", "awesome", "really", "possible", "possibility", "consider",
    "plan", "chance", "wish", "missing", "miss", "lack", "provide", "include", "make", "build",
    "get", "see", "new", "native", "proper", "official", "basic", "simple", "better", "also",
    "just", "us", "team", "our", "app", "tool", "product", "thing", "something", "lot", "much",
    "time", "day", "save", "life", "easy", "easier", "use", "using", "offer", "give", "bring",
    "must", "enable", "there", "it", "would", "be", "do", "can", "i", "we", "you", "right", "now",
    "even", "still", "yet", "at", "least", "appreciate", "prefer", "hop", "hope", "look",
    "request", "create", "introduce", "sure", "someone", "anyone", "others", "other", "help",
    "ideal", "useful", "perfect", "handy", "cool", "brilliant", "excellent", "big", "huge",
    "game", "changer", "hour", "hours", "saving", "valuable", "fantastic", "amazing", "lovely",
    "wonderful", "beneficial", "improve", "improvement", "instead", "automatically", "possibly",
    "currently", "already", "maybe", "perhaps", "somehow", "kind", "sort", "thanks", "thank",
}

SYNONYMS = {
    "sfdc": "salesforce", "salesforce.com": "salesforce",
    "integration": "integrate", "integrations": "integrate", "integrated": "integrate",
    "sync": "integrate", "synch": "integrate", "syncing": "integrate", "synchronise": "integrate",
    "synchronize": "integrate", "synchronisation": "integrate", "synchronization": "integrate",
    "connector": "integrate", "connect": "integrate", "connection": "integrate",
    "plugin": "integrate", "plug-in": "integrate", "add-on": "integrate", "addon": "integrate",
    "download": "export", "extract": "export", "exporting": "export",
    "xls": "excel", "xlsx": "excel", "spreadsheet": "excel", "sheets": "excel",
    "iphone": "mobile", "android": "mobile", "phone": "mobile", "ios": "mobile",
    "smartphone": "mobile", "tablet": "mobile", "ipad": "mobile",
    "saml": "sso", "okta": "sso", "single": "sso", "sign-on": "sso", "signon": "sso",
    "2fa": "mfa", "two-factor": "mfa",
    "notification": "notify", "alert": "notify", "notifications": "notify", "notif": "notify",
    "reporting": "report", "reports": "report", "dashboards": "dashboard",
    "bi-directional": "two-way", "bidirectional": "two-way",
    "multicurrency": "multi-currency", "currency": "multi-currency",
    "dupe": "duplicate", "dedupe": "duplicate", "deduplicate": "duplicate",
    "deduplication": "duplicate", "merge": "duplicate",
    "teams": "teams", "msteams": "teams",
}


@dataclass
class Request:
    text: str          # a short title for the ask ("Native Zoom integration")
    sentence: str      # the sentence that asks, as written
    rule: str          # the detection rule and the words that fired it
    subject: str       # the part of the sentence naming what is asked for
    key: str           # normalised form used for consolidation ("integrate zoom")
    start_char: int = 0
    end_char: int = 0

    def to_dict(self) -> dict:
        return {"text": self.text, "sentence": self.sentence, "rule": self.rule,
                "subject": self.subject, "key": self.key}


def _L(*words):
    return {"LEMMA": {"IN": list(words)}}


def _W(*words):
    return {"LOWER": {"IN": list(words)}}


_RULES: dict[str, list[list[dict]]] = {
    "would_be_nice": [
        [_L("would"), _L("be"), _W("so", "really", "very", "super", "extremely", "a"), _W(*NICE)],
        [_L("would"), _L("be"), _W(*NICE)],
        [_L("would"), _W("really", "definitely", "also"), _L("help", "save", "make", "simplify")],
        [_L("would"), _L("help", "save", "simplify", "make")],
    ],
    "would_like": [
        [_L("would"), _W("really", "also", "definitely", "so"), _L("love", "like", "appreciate", "prefer")],
        [_L("would"), _L("love", "like", "appreciate", "prefer")],
    ],
    "need": [
        [_W("we", "i", "they", "team", "users", "reps", "really", "also", "still", "definitely"),
         _W("need", "needs", "require", "requires"), {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["to"]}}],
        [{"IS_SENT_START": True, "LOWER": {"IN": ["need", "needs", "require"]}},
         {"IS_PUNCT": False, "LOWER": {"NOT_IN": ["to"]}}],
        [_W("need", "needs", "require", "requires"), _W("to"),
         _W("be", "have", "integrate", "sync", "export", "see", "support", "work", "connect")],
        [_L("be"), _W("a"), _W("must", "requirement", "necessity")],
        [_W("must"), _W("-"), _W("have")],
        [_W("must-have")],
    ],
    "please": [[_W("please", "pls", "plz")]],
    "ask_question": [
        [_W("can", "could", "will", "would", "ca"), _W("you", "u", "ya"), _W("please"), _L(*ASK_VERBS)],
        [_W("can", "could", "will", "would", "ca"), _W("you", "u", "ya"), _L(*ASK_VERBS)],
        [_W("any"), _L("plan", "chance", "news", "eta", "roadmap")],
        [_L("be"), _W("there"), _W("a", "any"), _L("way", "plan", "chance", "option", "roadmap")],
        [_L("be"), _W("there"), _L("plan")],
        [_W("when"), _L("will", "be", "do"), _W("you"), _L(*ASK_VERBS)],
    ],
    "wish": [[_L("wish")], [_W("wishlist")]],
    "missing": [
        [_W("missing", "lacks", "lacking"), {"LOWER": {"NOT_IN": ["out"]}}],
        [_L("be"), _W("missing")],
        [_W("missing"), {"IS_PUNCT": True}],
        [_W("missing")],
    ],
    "no_way": [
        [_W("there"), _L("be"), _W("no")],
        [_W("there"), _W("'s", "’s"), _W("no")],
        [_W("theres"), _W("no")],
        [_W("no"), _L("way", "option", "ability", "possibility", "setting", "support", "native",
                     "built-in", "integration", "connector", "export", "api"), ],
    ],
    "cannot_do": [
        [_W("ca", "can", "cannot", "could"), _W("not", "n't", "nt"), {"OP": "?", "LOWER": {"IN": ["even", "really", "currently", "still", "yet"]}},
         {"IS_ALPHA": True, "LEMMA": {"NOT_IN": sorted(CANT_BLOCK)}}],
        [_W("cannot"), {"OP": "?", "LOWER": {"IN": ["even", "really"]}}, {"IS_ALPHA": True, "LEMMA": {"NOT_IN": sorted(CANT_BLOCK)}}],
        [_W("ca", "can", "cannot"), _W("not", "n't", "nt"), _W("be"), {"IS_ALPHA": True}],
        [_W("unable"), _W("to")],
        [_W("not"), _W("possible"), _W("to")],
    ],
    "cannot_without": [
        [_W("ca", "can", "cannot", "could"), _W("not", "n't", "nt"),
         {"IS_ALPHA": True, "LEMMA": {"NOT_IN": ["live", "imagine", "do", "survive", "work"]}},
         {"OP": "*", "IS_PUNCT": False}, _W("without")],
    ],
    "should": [
        [_L("should"), {"OP": "?", "LOWER": {"IN": ["really", "also", "definitely", "just"]}},
         _L("have", "be", "support", "allow", "let", "include", "offer", "integrate", "provide",
            "come", "work", "show", "sync", "export")],
    ],
    "imperative": [
        [{"IS_SENT_START": True, "LOWER": {"IN": IMPERATIVE_VERBS}}, _W("us", "me", "admins", "users", "the", "a", "an", "more", "an", "support", "some", "option", "ability")],
        [{"IS_SENT_START": True, "LOWER": {"IN": ["just", "pls", "plz"]}}, _W(*IMPERATIVE_VERBS)],
    ],
    "looking_for": [
        [_L("look"), _W("for"), _W("a", "an", "some", "the")],
        [_L("hope", "hoping"), _W("for", "to", "you")],
        [_W("feature"), _W("request")],
        [_W("we", "i"), _L("want"), _W("to", "a", "an", "the", "more", "better")],
        [_W("it"), _L("would"), _W("be"), _W("good"), _W("to")],
    ],
}
_RULES["not_supported"] = [
    [_L("not", "never"), _L("support", "offer", "allow", "let", "handle", "integrate", "include", "provide")],
    [_L("not", "never"), {"LOWER": {"IN": ["yet", "even", "really", "currently", "still"]}},
     _L("support", "offer", "allow", "let", "handle", "integrate", "include", "provide")],
]

RULE_ORDER = ["would_be_nice", "would_like", "please", "ask_question", "wish", "imperative",
              "looking_for", "should", "need", "no_way", "missing", "not_supported", "cannot_without",
              "cannot_do"]

RELATIVE_BEFORE_NEED = {"what", "everything", "all", "anything", "exactly", "whatever"}

_BOUNDARY = {",", ";", ":", ".", "!", "?", "so", "because", "since", "as", "which", "but", "and",
             "(", ")", "-", "–", "—", "though", "otherwise", "especially"}


class RequestDetector:
    def __init__(self):
        nlp = get_nlp()
        self.matcher = Matcher(nlp.vocab)
        for name, patterns in _RULES.items():
            self.matcher.add(name, patterns)
        self.strings = nlp.vocab.strings

    def detect_all(self, doc) -> dict[int, Request]:
        """Requests of a doc, keyed by the start token of their sentence (one matcher pass)."""
        by_sent: dict[int, dict[str, tuple[int, int]]] = {}
        starts = None
        for mid, s, e in self.matcher(doc):
            if starts is None:
                starts = [(sent.start, sent.end, sent) for sent in doc.sents]
            sent = next(x for x in starts if x[0] <= s < x[1])
            if e > sent[1]:
                continue
            hits = by_sent.setdefault(sent[0], {})
            name = self.strings[mid]
            if name not in hits or (s, -e) < (hits[name][0], -hits[name][1]):
                hits[name] = (s, e)
        out = {}
        for start, hits in by_sent.items():
            sent = next(x[2] for x in starts if x[0] == start)
            req = self._choose(doc, sent, hits)
            if req is not None:
                out[start] = req
        return out

    def detect(self, doc, sent) -> Request | None:
        hits = {}
        for mid, s, e in self.matcher(doc[sent.start:sent.end]):
            name = self.strings[mid]
            if name not in hits or (s, -e) < (hits[name][0], -hits[name][1]):
                hits[name] = (s + sent.start, e + sent.start)
        return self._choose(doc, sent, hits) if hits else None

    def _choose(self, doc, sent, hits) -> Request | None:
        span = doc[sent.start:sent.end]
        failure = any(t.lemma_ in FAILURE_LEMMAS or t.lower_ in FAILURE_LEMMAS for t in span)
        for name in RULE_ORDER:
            if name not in hits:
                continue
            if failure and name in WEAK_RULES:
                continue
            s, e = hits[name]
            if name == "missing" and s > sent.start and doc[s - 1].lemma_ == "go":
                continue
            if name == "need" and s > sent.start and doc[s - 1].lower_ in RELATIVE_BEFORE_NEED:
                continue  # "fine for what we need": a description, not an ask
            # "A dark mode would be great", "Syncing with X would save us hours": the ask comes first.
            subject = extract_subject(doc, sent, s, e, prefer_before=name == "would_be_nice")
            if not subject:
                continue
            key = request_key(subject)
            if not key:
                continue
            return Request(text=title_of(subject), sentence=sent.text.strip(),
                           rule=f"{name}: '{doc[s:e].text}'", subject=subject, key=key,
                           start_char=sent.start_char, end_char=sent.end_char)
        return None


def _content(tokens) -> list:
    return [t for t in tokens if not t.is_punct and t.lemma_ not in REQUEST_FILLER
            and t.lower_ not in REQUEST_FILLER and not t.like_num]


def extract_subject(doc, sent, s, e, prefer_before: bool = False) -> str:
    """The words naming what is asked for: after the trigger up to a clause boundary, or the
    words before the trigger ("custom date ranges would be nice"); `prefer_before` tries those first."""
    after = []
    for t in doc[e:sent.end]:
        if t.lower_ in _BOUNDARY and _content(after):
            break
        after.append(t)
    before = []
    for t in reversed(list(doc[sent.start:s])):
        if t.lower_ in _BOUNDARY and _content(before):
            break
        before.insert(0, t)
    if prefer_before and _content(before):
        toks = before
    else:
        toks = after if _content(after) else before
    while toks and (toks[0].is_punct or toks[0].lower_ in REQUEST_FILLER):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].lower_ in REQUEST_FILLER):
        toks = toks[:-1]
    if not _content(toks):
        return ""
    return doc[toks[0].i:toks[-1].i + 1].text


def canonical_tokens(text_or_doc) -> list[str]:
    doc = get_nlp()(text_or_doc) if isinstance(text_or_doc, str) else text_or_doc
    out = []
    for t in doc:
        if t.is_punct or t.is_space:
            continue
        lem = t.lemma_
        w = SYNONYMS.get(t.lower_) or SYNONYMS.get(lem) or lem
        if w in REQUEST_FILLER or t.lower_ in REQUEST_FILLER or t.like_num and w not in ("2fa",):
            continue
        out.append(w)
    # "two way" written as two words
    joined = " ".join(out).replace("two way", "two-way").replace("single sign on", "sso")
    return joined.split()


def request_key(subject: str) -> str:
    return " ".join(sorted(set(canonical_tokens(subject))))


def title_of(subject: str) -> str:
    s = subject.strip().strip(".,;:!?")
    return s[:1].upper() + s[1:] if s else s


def similarity(a: set[str], b: set[str]) -> float:
    """Token-set similarity of two request keys: Jaccard, lifted when one key contains the other."""
    if not a or not b:
        return 0.0
    inter = len(a & b)
    jac = inter / len(a | b)
    small = min(len(a), len(b))
    if inter == small and small >= 2:
        jac = max(jac, 0.75)
    elif inter == small == 1 and max(len(a), len(b)) == 2:
        jac = max(jac, 0.5)
    return jac


MERGE_THRESHOLD = 0.5


@dataclass
class Cluster:
    title: str
    key: str
    mention_ids: list = field(default_factory=list)
    subjects: list = field(default_factory=list)

    @property
    def size(self) -> int:
        return len(self.mention_ids)


def _as_request(value) -> tuple[str, str]:
    """(subject, key) for a Request or a plain text (a title or a whole sentence)."""
    if isinstance(value, Request):
        return value.subject, value.key
    text = str(value)
    doc = get_nlp()(text)
    det = _detector()
    for sent in doc.sents:
        req = det.detect(doc, sent)
        if req is not None:
            return req.subject, req.key
    return text.strip(), request_key(text)


_DETECTOR = None


def _detector() -> RequestDetector:
    global _DETECTOR
    if _DETECTOR is None:
        _DETECTOR = RequestDetector()
    return _DETECTOR


def _typical_wording(subjects: list[str]) -> str:
    """The wording most typical of a cluster: most frequent, then sharing the most words with the
    others (so "Salesforce integration" beats "sync to SFDC"), then the shortest."""
    counts = Counter(title_of(s).lower() for s in subjects)
    words = {s: {t.lemma_ for t in get_nlp()(s) if t.is_alpha and t.lemma_ not in REQUEST_FILLER}
             for s in counts}
    freq = Counter(w for s, c in counts.items() for w in words[s] for _ in range(c))
    best = min(counts, key=lambda s: (-counts[s], -sum(freq[w] for w in words[s]), len(s), s))
    return next(title_of(s) for s in subjects if title_of(s).lower() == best)


def consolidate(mentions, threshold: float = MERGE_THRESHOLD) -> list[Cluster]:
    """Merge near-duplicate requests. ``mentions``: iterable of (mention_id, text or Request).

    Returns clusters, largest first, each with a title (the most frequent wording, shortest on
    ties), a key (the cluster's most frequent key) and every mention id it absorbed.
    """
    groups: dict[str, list[tuple[object, str]]] = {}
    order: list[str] = []
    for mention_id, value in mentions:
        subject, key = _as_request(value)
        if not key:
            key = subject.lower()
        if key not in groups:
            groups[key] = []
            order.append(key)
        groups[key].append((mention_id, subject))
    ranked = sorted(order, key=lambda k: (-len(groups[k]), -len(k.split()), order.index(k)))
    clusters: list[tuple[set[str], list[str], Cluster]] = []
    for key in ranked:
        tokens = set(key.split())
        best, best_sim = None, 0.0
        for core, keys, cl in clusters:
            sim = max(similarity(tokens, set(k.split())) for k in keys)
            if sim > best_sim:
                best, best_sim = (core, keys, cl), sim
        if best is not None and best_sim >= threshold:
            _, keys, cl = best
            keys.append(key)
        else:
            cl = Cluster(title="", key=key)
            clusters.append((tokens, [key], cl))
        for mid, subj in groups[key]:
            cl.mention_ids.append(mid)
            cl.subjects.append(subj)
    result = []
    for _, _, cl in clusters:
        cl.title = _typical_wording(cl.subjects)
        result.append(cl)
    result.sort(key=lambda c: -c.size)
    return result


def match_item(request, items, threshold: float = MERGE_THRESHOLD):
    """Find the existing feedback item a new request belongs to.

    ``request``: a Request or text; ``items``: iterable of (item_id, title) or (item_id, title,
    key). Returns (item_id, score) for the best item at or above ``threshold``, else None.
    """
    _, key = _as_request(request)
    tokens = set(key.split())
    best = None
    for item in items:
        item_id, title = item[0], item[1]
        ikey = item[2] if len(item) > 2 and item[2] else request_key(title)
        sim = similarity(tokens, set(ikey.split()))
        if sim >= threshold and (best is None or sim > best[1]):
            best = (item_id, sim)
    return best
