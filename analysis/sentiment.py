"""Sentence-level sentiment: TextBlob's lexicon scores, corrected by rules for customer feedback.

For each sentence (a spaCy span) the scorer
1. splits it into clauses at contrast words ("but", "however", "although" ...) and weighs them
   (the clause after "but" counts double, an "although ..." concession counts half);
2. scores each clause with TextBlob's own lexicon and algorithm (``textblob.en.sentiment``,
   fed the clause's words; its "not good" negation and "very good" intensity rules apply),
   after dropping TextBlob words that are neutral in B2B feedback ("more seats", "free trial");
3. adds domain terms TextBlob misses ("outage", "clunky", "switching to a competitor",
   "can't live without"), with their own negation ("no issues", "never had any downtime"),
   intensifiers ("super laggy") and negated function verbs ("doesn't work", "never responds");
4. applies sarcasm rules (backhanded conditionals "great when it loads", ironic openers
   "oh great, another outage", scare-quoted praise) and neutralises the polite frame of requests
   ("it would be great if ..." is not praise).

Every contribution is recorded as a readable rule string: the provenance of the label.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from textblob.en import sentiment as _textblob_lexicon

from . import lexicon as L
from .pipeline import get_nlp
from .patterns import PatternIndex, TokenView
from .taxonomy import pattern_spec

POSITIVE_THRESHOLD = 0.1
NEGATIVE_THRESHOLD = -0.05
DOMAIN_SUBJECTIVITY = 0.6
REQUEST_MIN_NEGATIVE = 0.25
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten twelve fifteen twenty "
                          "several many".split())  # in a request sentence only clearly negative words count
_PLACEHOLDER = "xxxx"  # unknown to TextBlob: breaks its modifier/negation chains


def label_for(polarity: float) -> str:
    if polarity >= POSITIVE_THRESHOLD:
        return "positive"
    if polarity <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


@dataclass
class Assessment:
    words: str
    polarity: float
    subjectivity: float
    source: str  # "textblob" | "domain" | "function" | "sarcasm"

    def rule(self) -> str:
        return f"{self.source}:{self.words}({self.polarity:+.2f})"


@dataclass
class Clause:
    start: int  # token index in doc
    end: int
    weight: float
    marker: str | None
    assessments: list[Assessment] = field(default_factory=list)

    @property
    def polarity(self) -> float | None:
        if not self.assessments:
            return None
        return sum(a.polarity for a in self.assessments) / len(self.assessments)


@dataclass
class SentenceScore:
    polarity: float
    subjectivity: float
    scored: bool  # False when no sentiment-bearing word was found
    clauses: list[Clause]
    rules: list[str]
    sarcasm: bool = False
    churn_signal: str | None = None
    loyalty_signal: str | None = None

    def clause_polarity_at(self, token_index: int) -> float:
        """Polarity of the clause holding a token, else of the sentence."""
        for c in self.clauses:
            if c.start <= token_index < c.end and c.polarity is not None:
                return c.polarity
        return self.polarity


CHURN_PHRASES = frozenset({"switch to a competitor", "switch to competitor", "not renew",
                           "not be renew", "cancel", "cancelled", "churn", "move to salesforce",
                           "move to hubspot", "look elsewhere", "look at alternative",
                           "evaluate other tool", "gone by", "would not recommend",
                           "not recommend"})
LOYALTY_PHRASES = frozenset({"can not live without", "cannot live without", "can not imagine",
                             "can not recommend it enough", "worth every penny"})


class SentimentScorer:
    def __init__(self):
        get_nlp()
        if not dict.__len__(_textblob_lexicon):
            _textblob_lexicon.load()
        self.tb = _textblob_lexicon
        self.domain = PatternIndex()
        for phrase, pol in L.DOMAIN_POLARITY.items():
            self.domain.add((phrase.lstrip("="), pol), pattern_spec(phrase))
        self.sarcasm_cond = [tuple(p.split()) for p in L.SARCASM_CONDITIONALS]
        self.sarcasm_open = [tuple(p.split()) for p in L.SARCASM_OPENERS]
        self.drop_words = L.NEUTRAL_WORDS | set(L.INTENSIFIERS) | set(L.DOWNTONERS)

    # -- clauses ---------------------------------------------------------------------------
    def clauses(self, sent) -> list[Clause]:
        toks = list(sent)
        n = len(toks)
        cuts: list[tuple[int, str, float]] = []  # (relative index, marker, weight)
        for i, t in enumerate(toks):
            low = t.lower_
            prev = toks[i - 1].lower_ if i else ""
            if low in L.CONTRAST_AFTER:
                if low == "yet" and prev in ("not", "n't"):
                    continue
                if i >= n - 2:  # trailing "..., however." contrasts with a previous sentence
                    continue
                cuts.append((i, low, L.AFTER_WEIGHT))
            elif low in L.CONTRAST_CONCESSIVE:
                if i >= n - 2:
                    continue
                if low == "while" and i and prev not in (",", ";", "-"):
                    continue
                cuts.append((i, low, L.CONCESSIVE_WEIGHT))
        clauses: list[Clause] = []
        start, marker, weight = 0, None, 1.0
        for idx, mk, w in cuts:
            if idx > start:
                clauses.append(Clause(toks[start].i, toks[idx].i, weight, marker))
            start, marker, weight = idx, mk, w
            if mk in L.CONTRAST_CONCESSIVE:
                # the concession runs to the next comma; what follows is the main clause
                for j in range(idx + 1, n):
                    if toks[j].text == "," and j > idx + 1:
                        clauses.append(Clause(toks[idx].i, toks[j].i, w, mk))
                        start, marker, weight = j, "main", 1.5
                        break
        clauses.append(Clause(toks[start].i if start < n else sent.end, sent.end, weight, marker))
        if start == 0 and len(clauses) == 1:
            clauses[0].start = sent.start
        # "although X, Y" where the first clause is the concession: the part before
        # the marker (if any) stays at weight 1.0
        return clauses

    # -- scoring ---------------------------------------------------------------------------
    def score(self, doc, sent, neutral_spans=(), request=False, view: TokenView | None = None) -> SentenceScore:
        view = view or TokenView(doc)
        rules: list[str] = []
        clauses = self.clauses(sent)
        if len(clauses) > 1:
            rules.append("contrast:" + ",".join(
                f"{c.marker}(x{c.weight:g})" for c in clauses if c.marker))
        # domain matches, longest first, non-overlapping
        covered: set[int] = set()
        domain_hits: list[tuple[int, int, str, float]] = []
        for (phrase, pol), s, e in sorted(self.domain.matches(view, sent.start, sent.end),
                                          key=lambda m: (-(m[2] - m[1]), m[1])):
            if any(i in covered for i in range(s, e)):
                continue
            if any(ns <= s < ne for ns, ne in neutral_spans):
                continue
            covered.update(range(s, e))
            domain_hits.append((s, e, phrase, pol))
        churn = loyalty = None
        for s, e, phrase, pol in sorted(domain_hits):
            clause = next(c for c in clauses if c.start <= s < c.end) if any(
                c.start <= s < c.end for c in clauses) else clauses[-1]
            negator = self._negator_before(doc, s, clause.start, view=view) if not phrase.startswith(
                ("not ", "no ", "can not", "cannot", "would not")) else None
            mult, mod = self._intensity_before(view, s, clause.start)
            p = max(-1.0, min(1.0, pol * mult))
            words = doc[s:e].text
            if negator is not None:
                p = p * L.NEGATION_FACTOR
                words = f"{doc[negator].text} ... {words}" if negator < s - 1 else f"{doc[negator].text} {words}"
                rules.append(f"negation:{doc[negator].text}->{doc[s:e].text}")
            elif mod:
                words = f"{mod} {words}"
            else:
                if phrase in CHURN_PHRASES:
                    churn = doc[s:e].text
                if phrase in LOYALTY_PHRASES:
                    loyalty = doc[s:e].text
            clause.assessments.append(Assessment(words, p, DOMAIN_SUBJECTIVITY, "domain"))
        # negated function verbs: "doesn't work", "never responds"
        lemmas = view.lemmas
        for i in range(sent.start, sent.end):
            if i in covered or lemmas[i] not in L.FUNCTION_VERBS:
                continue
            clause = next((c for c in clauses if c.start <= i < c.end), clauses[-1])
            neg = self._negator_before(doc, i, clause.start, scope=2, view=view)
            if neg is not None:
                covered.add(i)
                clause.assessments.append(Assessment(f"{view.texts[neg]} {view.texts[i]}",
                                                     L.NEGATED_FUNCTION_POLARITY, 0.5, "function"))
        # TextBlob on what is left, clause by clause
        for c in clauses:
            words = []
            for i in range(c.start, c.end):
                if i in covered or any(ns <= i < ne for ns, ne in neutral_spans):
                    words.append((_PLACEHOLDER, None))
                else:
                    words.append((view.norms[i], None))
            for chunk, p, s, _ in self.tb.assessments(words):
                if len(chunk) == 1 and chunk[0] in self.drop_words:
                    continue
                if all(w in self.drop_words or w in L.NEGATORS or w in ("n't", "!") for w in chunk):
                    continue
                c.assessments.append(Assessment(" ".join(chunk), float(p), float(s), "textblob"))
        # structural complaint cues
        low = view.lowers
        sent_low = low[sent.start:sent.end]
        # a time cost: "took 9 days", "3 hours on hold", "waited two weeks"
        for k in range(sent.start, sent.end - 1):
            if (view.texts[k].isdigit() or low[k] in _NUMBER_WORDS) and \
                    lemmas[k + 1] in ("day", "week", "month", "hour", "minute") and \
                    any(lemmas[j] in ("take", "wait", "took", "spend", "after", "later", "on")
                        for j in range(max(sent.start, k - 4), min(sent.end, k + 4))):
                clause = next((c for c in clauses if c.start <= k < c.end), clauses[-1])
                clause.assessments.append(Assessment(f"{view.texts[k]} {view.texts[k + 1]}", -0.35,
                                                     0.5, "time-cost"))
                rules.append("cue:time cost")
                break
        # nobody / no one as the subject: "nobody told us", "no one has reached out"
        if sent_low[:1] in (["nobody"], ["noone"]) or sent_low[:2] == ["no", "one"] or \
                any(sent_low[k] in ("nobody", "noone") and sent_low[k - 1] in (",", "and", "but", "left", "us")
                    for k in range(1, len(sent_low))):
            clauses[-1].assessments.append(Assessment("nobody ...", -0.4, 0.5, "cue"))
            rules.append("cue:nobody/no one")
        # rhetorical complaint: "Why does it log me out every morning?", "Really?"
        if sent_low and sent_low[0] == "why" and "?" in view.texts[sent.end - 1]:
            clauses[-1].assessments.append(Assessment("why ...?", -0.3, 0.6, "cue"))
            rules.append("cue:rhetorical why-question")
        # elliptical negation: "our AM is great, the renewal quote was not."
        toks = [t for t in doc[sent.start:sent.end] if not t.is_punct]
        if len(toks) >= 4 and toks[-1].lemma_ == "not" and toks[-2].lemma_ in ("be", "do", "have") \
                and any(t.text == "," for t in doc[sent.start:sent.end]):
            praise = [a.polarity for c in clauses for a in c.assessments if a.polarity > 0]
            if praise:
                last = Clause(toks[-2].i, sent.end, L.AFTER_WEIGHT, "elliptical negation")
                last.assessments.append(Assessment(f"{toks[-2].text} {toks[-1].text}",
                                                   -max(praise) * 0.8, 0.6, "ellipsis"))
                clauses.append(last)
                rules.append("contrast:elliptical negation")
        # nostalgia: "used to be great" -> praise of the past is a complaint about now
        sl = lemmas[sent.start:sent.end]
        if any(sl[k:k + 2] == ["use", "to"] and (k == 0 or sl[k - 1] not in ("get", "be"))
               for k in range(len(sl) - 1)):
            for c in clauses:
                flipped = [Assessment(a.words, -a.polarity * 0.8, a.subjectivity, "nostalgia")
                           if a.polarity > 0 else a for a in c.assessments]
                if flipped != c.assessments:
                    rules.append("nostalgia:'used to' + praise -> decline")
                c.assessments = flipped
        # sarcasm
        sarcasm = self._sarcasm(doc, sent, clauses, rules, view)
        # request frames: polite praise inside an ask is not praise
        if request:
            dropped = False
            for c in clauses:
                # praise inside an ask, and weak words ("dark mode", "closed deals"), are dropped
                keep = [a for a in c.assessments if a.polarity <= -REQUEST_MIN_NEGATIVE]
                if len(keep) != len(c.assessments):
                    dropped = True
                c.assessments = keep
            if dropped:
                rules.append("request_frame:praise and weak words ignored")
        scored = [c for c in clauses if c.assessments]
        for c in clauses:
            rules.extend(a.rule() for a in c.assessments)
        if not scored:
            return SentenceScore(0.0, 0.0, False, clauses, rules, sarcasm, churn, loyalty)
        wsum = sum(c.weight for c in scored)
        pol = sum(c.polarity * c.weight for c in scored) / wsum
        all_a = [a for c in scored for a in c.assessments]
        subj = sum(a.subjectivity for a in all_a) / len(all_a)
        return SentenceScore(max(-1.0, min(1.0, pol)), max(0.0, min(1.0, subj)), True,
                             clauses, rules, sarcasm, churn, loyalty)

    def _negator_before(self, doc, i, floor, scope=L.NEGATION_SCOPE, view=None):
        view = view or TokenView(doc)
        for j in range(i - 1, max(floor, i - scope) - 1, -1):
            if view.punct[j]:
                return None
            if view.lemmas[j] in L.NEGATORS or view.lowers[j] in L.NEGATORS:
                return j
        return None

    def _intensity_before(self, view, i, floor):
        if i - 1 >= floor:
            w = view.lowers[i - 1]
            if w in L.INTENSIFIERS:
                return L.INTENSIFIERS[w], w
            if w in L.DOWNTONERS:
                return L.DOWNTONERS[w], w
        return 1.0, None

    def _sarcasm(self, doc, sent, clauses, rules, view=None) -> bool:
        view = view or TokenView(doc)
        lemmas = view.lemmas[sent.start:sent.end]
        lowers = view.lowers[sent.start:sent.end]
        all_a = [a for c in clauses for a in c.assessments]
        has_pos = any(a.polarity > 0 for a in all_a)
        has_neg = any(a.polarity < 0 for a in all_a)
        lem_s = " " + " ".join(lemmas) + " "
        low_s = " " + " ".join(lowers) + " "

        def contains(seq, pat):
            needle = " " + " ".join(pat) + " "
            return needle in (lem_s if seq is lemmas else low_s if seq is lowers else
                              " " + " ".join(seq) + " ")

        # backhanded conditional after praise: "great when it loads"
        for pat in self.sarcasm_cond:
            if has_pos and (contains(lemmas, pat) or contains(lowers, pat)):
                for c in clauses:
                    c.assessments = [Assessment(a.words, -abs(a.polarity), a.subjectivity, "sarcasm")
                                     if a.polarity > 0 else a for a in c.assessments]
                rules.append("sarcasm:conditional '" + " ".join(pat) + "'")
                return True
        # ironic opener with a negative fact: "oh great, another outage"
        head = lemmas[:4]
        head_low = lowers[:4]
        for pat in self.sarcasm_open:
            if (contains(head, pat) or contains(head_low, pat)) and has_neg:
                for c in clauses:
                    c.assessments = [a for a in c.assessments if a.polarity <= 0]
                rules.append("sarcasm:ironic opener '" + " ".join(pat) + "'")
                return True
        # scare-quoted praise word: another "improvement"
        toks = list(sent)
        for k in range(1, len(toks) - 1):
            if toks[k].lemma_ in L.SCARE_QUOTED and toks[k - 1].text in ('"', "“") and \
                    toks[k + 1].text in ('"', "”"):
                clauses[-1].assessments.append(Assessment(f'"{toks[k].text}"', -0.4, 0.8, "sarcasm"))
                for c in clauses:
                    c.assessments = [a for a in c.assessments if a.polarity <= 0]
                rules.append(f'sarcasm:scare quotes "{toks[k].text}"')
                return True
        return False
