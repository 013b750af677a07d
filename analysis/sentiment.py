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

import re
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
AGREEMENT_BOOST = 0.5  # clause polarity: weight of each further assessment of the same sign
_NUMBER_WORDS = frozenset("two three four five six seven eight nine ten twelve fifteen twenty "
                          "several many".split())  # in a request sentence only clearly negative words count
_PLACEHOLDER = "xxxx"  # unknown to TextBlob: breaks its modifier/negation chains
_RATING = re.compile(r"^(\d+(?:\.\d+)?)/(10|5)$")
_QUANTITY_FILLERS = frozenset("couple few of more full whole entire extra additional".split())
_SENTENCE_CONTRAST = frozenset({"but", "however", "unfortunately", "sadly", "still", "yet", "though",
                                "shame", "pity"})
_INTERJECTIONS = frozenset({"seriously", "honestly", "so", "but", "and", "ok", "okay", "like", "just"})
_OPENERS = _INTERJECTIONS | {","}  # skipped before a rhetorical "why"
_UP_OR_DOWN = L.UP_WORDS | L.DOWN_WORDS


def textblob_assessed_words(lexicon) -> frozenset:
    """The words that TextBlob's ``assessments`` (with no part of speech) can make an assessment of: its lexicon's
    words with a sense for any part of speech, its sarcasm mark "(!)" and its emoticons. A clause holding none of
    them gets no assessment, so TextBlob need not be asked."""
    from textblob._text import EMOTICONS
    words = {w for w, senses in dict.items(lexicon) if None in senses}
    words.add("(!)")
    words.update(e.lower() for faces in EMOTICONS.values() for e in faces)
    return frozenset(words)


def label_for(polarity: float) -> str:
    if polarity >= POSITIVE_THRESHOLD:
        return "positive"
    if polarity <= NEGATIVE_THRESHOLD:
        return "negative"
    return "neutral"


VERDICT = "verdict"  # the clause before a request sentence's ask, after which a comma sets the ask apart
VERDICT_WORDS = 5  # a verdict is short ("Great tool", "We love it overall"); a longer clause tells a story


def _with_verdict(clauses: list[Clause], view, asked_at: int | None) -> list[Clause]:
    """The first clause cut at the last comma or semicolon before `asked_at`, its first part, when it is short, marked
    as the customer's verdict ("Brilliant app, | only wish it pushed costs to Sage"). Not at a colon: "we'd love two
    things:" frames the ask."""
    first = clauses[0]
    if asked_at is None or not first.start < asked_at <= first.end:
        return clauses
    cut = next((i for i in range(asked_at - 1, first.start, -1) if view.texts[i] in (",", ";")), None)
    if cut is None or sum(1 for i in range(first.start, cut) if not view.punct[i]) > VERDICT_WORDS:
        return clauses
    return [Clause(first.start, cut, first.weight, VERDICT), Clause(cut, first.end, first.weight, first.marker),
            *clauses[1:]]


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
        """Mean of the clause's assessments; when they all agree in sign, each extra piece of
        evidence adds half ("buggy and slow" is more negative than "slow"), capped to -1..1."""
        if not self.assessments:
            return None
        n = len(self.assessments)
        mean = sum(a.polarity for a in self.assessments) / n
        if n > 1 and all((a.polarity > 0) == (mean > 0) for a in self.assessments):
            mean *= 1 + AGREEMENT_BOOST * (n - 1)
        return max(-1.0, min(1.0, mean))


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
    contrast: bool = False  # opens with / holds an adverbial contrast to the previous sentence

    def clause_polarity_at(self, token_index: int) -> float:
        """Polarity of the clause holding a token, else of the sentence."""
        for c in self.clauses:
            if c.start <= token_index < c.end and c.polarity is not None:
                return c.polarity
        return self.polarity


CHURN_PHRASES = frozenset(phrase.lstrip("=") for phrase in L.CHURN_POLARITY)
LOYALTY_PHRASES = frozenset({"can not live without", "cannot live without", "can not imagine",
                             "can not work without", "could not work without",
                             "could not live without", "could not imagine",
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
        self._cond_needles = [(pat, f" {' '.join(pat)} ") for pat in self.sarcasm_cond]
        self._open_needles = [(pat, f" {' '.join(pat)} ") for pat in self.sarcasm_open]
        self.drop_words = L.NEUTRAL_WORDS | set(L.INTENSIFIERS) | set(L.DOWNTONERS)
        self.tb_words = textblob_assessed_words(self.tb)

    # -- clauses ---------------------------------------------------------------------------
    def clauses(self, sent, view: TokenView | None = None) -> list[Clause]:
        view = view or TokenView(sent.doc)
        s0 = sent.start
        lowers = view.lowers[s0:sent.end]
        texts = view.texts[s0:sent.end]
        n = len(lowers)
        cuts: list[tuple[int, str, float]] = []  # (relative index, marker, weight)
        for i, low in enumerate(lowers):
            if low not in L.CONTRAST_AFTER and low not in L.CONTRAST_CONCESSIVE:
                continue
            prev = lowers[i - 1] if i else ""
            if low in L.CONTRAST_AFTER:
                if low == "yet" and prev in ("not", "n't"):
                    continue
                if i >= n - 2:  # trailing "..., however." contrasts with a previous sentence
                    continue
                cuts.append((i, low, L.AFTER_WEIGHT))
            elif low in L.CONTRAST_CONCESSIVE:
                if i >= n - 2:
                    continue
                if low == "though" and texts[i + 1] in (",", ";", "."):
                    continue  # adverbial "..., though, and ...": contrast with the previous sentence
                if low == "while" and i and prev not in (",", ";", "-"):
                    continue
                cuts.append((i, low, L.CONCESSIVE_WEIGHT))
        clauses: list[Clause] = []
        start, marker, weight = 0, None, 1.0
        for idx, mk, w in cuts:
            if idx > start:
                clauses.append(Clause(s0 + start, s0 + idx, weight, marker))
            start, marker, weight = idx, mk, w
            if mk in L.CONTRAST_CONCESSIVE:
                # the concession runs to the next comma; what follows is the main clause
                for j in range(idx + 1, n):
                    if texts[j] == "," and j > idx + 1:
                        clauses.append(Clause(s0 + idx, s0 + j, w, mk))
                        start, marker, weight = j, "main", 1.5
                        break
        clauses.append(Clause(s0 + start if start < n else sent.end, sent.end, weight, marker))
        if start == 0 and len(clauses) == 1:
            clauses[0].start = sent.start
        # "although X, Y" where the first clause is the concession: the part before
        # the marker (if any) stays at weight 1.0
        return clauses

    # -- scoring ---------------------------------------------------------------------------
    def score(self, doc, sent, neutral_spans=(), request=False, view: TokenView | None = None,
              asked_at: int | None = None, rivals: frozenset = frozenset()) -> SentenceScore:
        """`asked_at`: in a request sentence, the token where the thing asked for is named; words before the last
        comma or semicolon ahead of it are the customer's verdict ("Great tool, would love SSO"). `rivals`: the
        first words, lower case, of the competitors' names the app records ("cargolane", "routewise"): moving to
        one, going with one or choosing one is churn, as moving to a CRM the lexicon names is."""
        view = view or TokenView(doc)
        rules: list[str] = []
        clauses = _with_verdict(self.clauses(sent, view), view, asked_at)
        if len(clauses) > 1:
            rules.append("contrast:" + ",".join(
                f"{c.marker}(x{c.weight:g})" for c in clauses if c.marker))
        covered: set[int] = set()
        pre = self._structural(doc, sent, clauses, covered, rules, view, rivals)
        # domain matches, longest first, non-overlapping
        domain_hits: list[tuple[int, int, str, float]] = []
        for (phrase, pol), s, e in sorted(self.domain.matches(view, sent.start, sent.end),
                                          key=lambda m: (-(m[2] - m[1]), m[1])):
            if any(i in covered for i in range(s, e)):
                continue
            if any(ns <= s < ne for ns, ne in neutral_spans):
                continue
            covered.update(range(s, e))
            if pol == 0.0:  # neutral phrase ("help article", "drag and drop"): masks its words
                continue
            domain_hits.append((s, e, phrase, pol))
        churn = loyalty = None
        lemmas = view.lemmas
        for s, e, phrase, pol in sorted(domain_hits):
            clause = next(c for c in clauses if c.start <= s < c.end) if any(
                c.start <= s < c.end for c in clauses) else clauses[-1]
            negator = self._negator_before(doc, s, clause.start, view=view) if not phrase.startswith(
                ("not ", "no ", "can not", "cannot", "would not")) else None
            if negator is not None and any(lemmas[j] in L.FUNCTION_VERBS for j in range(negator + 1, s)):
                negator = None  # "doesn't fix a broken import": the negation belongs to the verb
            mult, mod = self._intensity_before(view, s, clause.start)
            p = max(-1.0, min(1.0, pol * mult))
            words = view.span_text(s, e)
            remedy = self._remedy_before(view, s, clause.start) if pol < 0 and negator is None else None
            if remedy is not None:
                p = -p
                words = f"{view.texts[remedy]} ... {words}"
                rules.append(f"remedy:{view.texts[remedy]}->{view.span_text(s, e)}")
            elif negator is not None:
                p = p * L.NEGATION_FACTOR
                words = f"{view.texts[negator]} ... {words}" if negator < s - 1 else f"{view.texts[negator]} {words}"
                rules.append(f"negation:{view.texts[negator]}->{view.span_text(s, e)}")
            elif mod:
                words = f"{mod} {words}"
            else:
                if phrase in CHURN_PHRASES:
                    churn = view.span_text(s, e)
                if phrase in LOYALTY_PHRASES:
                    loyalty = view.span_text(s, e)
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
        self._still_negated(view, sent, clauses, domain_hits, rules)
        # TextBlob on what is left, clause by clause
        norms, tb_words = view.norms, self.tb_words
        for c in clauses:
            words = []
            written = {}  # a base adjective TextBlob was given -> the word the customer wrote, shown to staff
            for i in range(c.start, c.end):
                if i in covered or neutral_spans and any(ns <= i < ne for ns, ne in neutral_spans):
                    words.append((_PLACEHOLDER, None))
                else:
                    w = norms[i]
                    # "smoothest", "easier": TextBlob only knows the base adjective
                    if w.endswith(("est", "er")) and not dict.__contains__(self.tb, w) and \
                            dict.__contains__(self.tb, lemmas[i]):
                        written[lemmas[i]] = w
                        w = lemmas[i]
                    words.append((w, None))
            if not any(w in tb_words for w, _ in words):
                continue  # TextBlob would assess nothing
            for chunk, p, s, _ in self.tb.assessments(words):
                if p == 0:  # "overall", "actually", "solid": no polarity, would only dilute the clause
                    continue
                if len(chunk) == 1 and chunk[0] in self.drop_words:
                    continue
                if all(w in self.drop_words or w in L.NEGATORS or w in ("n't", "!") for w in chunk):
                    continue
                c.assessments.append(Assessment(" ".join(written.get(w, w) for w in chunk), float(p), float(s),
                                                "textblob"))
        # structural complaint cues
        low = view.lowers
        sent_low = low[sent.start:sent.end]
        self._time_cues(view, sent, clauses, rules)
        # nobody / no one as the subject: "nobody told us", "no one has reached out"
        # ("nobody needs training", "nobody has to ..." are not complaints)
        sent_lem = lemmas[sent.start:sent.end]

        def _nobody_complaint(k, width):
            nxt = sent_lem[k + width:k + width + 2]
            after = sent_lem[k + width:k + width + 6]
            return not (nxt[:1] and nxt[0] in ("need", "complain", "miss", "regret") or nxt == ["have", "to"]
                        or any(after[m:m + 2] == ["go", "back"] for m in range(len(after) - 1)))
        if ("nobody" in sent_low or "noone" in sent_low) and any(
                sent_low[k] in ("nobody", "noone") and _nobody_complaint(k, 1) for k in range(len(sent_low))) or \
                (sent_low[:2] == ["no", "one"] and _nobody_complaint(0, 2)):
            clauses[-1].assessments.append(Assessment("nobody ...", -0.4, 0.5, "cue"))
            rules.append("cue:nobody/no one")
        # rhetorical complaint: "Why does it log me out every morning?", "Really?"
        # also "seriously why can't I ...", "Has anyone at your company tried to ...?"
        q = 0
        while q < len(sent_low) - 1 and sent_low[q] in _OPENERS:
            q += 1
        asks = "?" in view.texts[sent.end - 1]
        if sent_low[q:q + 1] == ["why"] and (asks or any(
                w in L.NEGATORS or w == "n't" for w in sent_low[q + 1:q + 5])):
            clauses[-1].assessments.append(Assessment("why ...?", -0.3, 0.6, "cue"))
            rules.append("cue:rhetorical why-question")
        elif asks and sent_low[q + 1:q + 2] == ["anyone"] and sent_low[q] in ("has", "have", "does", "did", "is"):
            clauses[-1].assessments.append(Assessment(f"{sent_low[q]} anyone ...?", -0.3, 0.6, "cue"))
            rules.append("cue:rhetorical anyone-question")
        # elliptical negation: "our AM is great, the renewal quote was not."
        toks = [i for i in range(sent.start, sent.end) if not view.punct[i]]
        if len(toks) >= 4 and lemmas[toks[-1]] == "not" and lemmas[toks[-2]] in ("be", "do", "have") \
                and "," in view.texts[sent.start:sent.end]:
            praise = [a.polarity for c in clauses for a in c.assessments if a.polarity > 0]
            if praise:
                last = Clause(toks[-2], sent.end, L.AFTER_WEIGHT, "elliptical negation")
                last.assessments.append(Assessment(f"{view.texts[toks[-2]]} {view.texts[toks[-1]]}",
                                                   -max(praise) * 0.8, 0.6, "ellipsis"))
                clauses.append(last)
                rules.append("contrast:elliptical negation")
        # nostalgia: "used to be great" -> praise of the past is a complaint about now
        sl = lemmas[sent.start:sent.end]
        if "use" in sl and any(sl[k:k + 2] == ["use", "to"] and (k == 0 or sl[k - 1] not in ("get", "be"))
               for k in range(len(sl) - 1)):
            k_use = next(k for k in range(len(sl) - 1) if sl[k:k + 2] == ["use", "to"] and (
                k == 0 or sl[k - 1] not in ("get", "be")))
            if k_use + 2 < len(sl) and sl[k_use + 2] not in L.NOSTALGIA_VERBS:
                # "reminders we used to handle manually": a problem of the past is an improvement
                for c in clauses:
                    if any(a.polarity < 0 for a in c.assessments):
                        c.assessments = [Assessment(a.words, -a.polarity * 0.5, a.subjectivity, "past-problem")
                                         if a.polarity < 0 else a for a in c.assessments]
                        rules.append("past-problem:'used to' + complaint -> solved")
            else:
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
            for n_c, c in enumerate(clauses):
                if n_c and c.marker in L.CONTRAST_AFTER:
                    continue  # "missing X, but the core is excellent": the verdict after the ask counts
                # praise inside an ask, and weak words ("dark mode", "closed deals"), are dropped; the verdict
                # before it keeps its praise ("Love it, please add dark mode")
                keep = [a for a in c.assessments
                        if a.polarity <= -REQUEST_MIN_NEGATIVE or c.marker == VERDICT and a.polarity > 0]
                if len(keep) != len(c.assessments):
                    dropped = True
                c.assessments = keep
            if dropped:
                rules.append("request_frame:praise and weak words ignored")
        scored = [c for c in clauses if c.assessments]
        for c in clauses:
            rules.extend([a.rule() for a in c.assessments])
        churn = churn or pre.get("churn")
        first = next((w for w in sent_low if w.isalpha()), "")
        contrast = first in _SENTENCE_CONTRAST or first == "that" and sent_low[1:2] == ["said"] or (
            "however" in sent_low or "though" in sent_low) and any(
            sent_low[k] in ("however", "though") and (k >= len(sent_low) - 2 or sent_low[k + 1] == ",")
            for k in range(1, len(sent_low)))
        if not scored:
            return SentenceScore(0.0, 0.0, False, clauses, rules, sarcasm, churn, loyalty, contrast)
        wsum = sum(c.weight for c in scored)
        pol = sum(c.polarity * c.weight for c in scored) / wsum
        all_a = [a for c in scored for a in c.assessments]
        subj = sum(a.subjectivity for a in all_a) / len(all_a)
        return SentenceScore(max(-1.0, min(1.0, pol)), max(0.0, min(1.0, subj)), True,
                             clauses, rules, sarcasm, churn, loyalty, contrast)

    # -- structural cues -------------------------------------------------------------------
    @staticmethod
    def _clause_of(clauses, k):
        return next((c for c in clauses if c.start <= k < c.end), clauses[-1])

    def _to_a_rival(self, view, clauses, covered, rules, out, k, end, how) -> None:
        """Tokens k to `end` say the customer left for a competitor: churn, −0.7 in its clause."""
        out["churn"] = view.span_text(k, end)
        covered.update(range(k, end))
        self._clause_of(clauses, k).assessments.append(Assessment(out["churn"], -0.7, 0.6, "churn"))
        rules.append(f"churn:{how} competitor '{out['churn']}'")

    def _structural(self, doc, sent, clauses, covered, rules, view, rivals=frozenset()) -> dict:
        """Rules read before the word lists; they cover their tokens. Returns {"churn": words}."""
        out: dict = {}
        low, lem, texts = view.lowers, view.lemmas, view.texts
        s0, s1 = sent.start, sent.end
        for k in range(s0, s1):
            # ratings: "1/10", "9 out of 10"
            text = texts[k]
            m = _RATING.match(text) if "/" in text else None
            scale = None
            if m:
                value, scale = float(m.group(1)), float(m.group(2))
            elif text.isdigit() and k + 3 < s1 + 1 and low[k + 1:k + 3] == ["out", "of"] and \
                    k + 3 < s1 and low[k + 3] in ("10", "5", "ten", "five"):
                value, scale = float(texts[k]), 10.0 if low[k + 3] in ("10", "ten") else 5.0
            if scale and value <= scale:
                r = value / scale
                p = 0.6 if r >= 0.7 else -0.6 if r <= 0.4 else 0.0
                covered.add(k)
                if p:
                    self._clause_of(clauses, k).assessments.append(Assessment(texts[k], p, 0.6, "rating"))
                    rules.append(f"cue:rating {texts[k]}")
                continue
            # direction of a change times the metric: "price went up", "response times dropped"
            is_up = is_down = False
            if lem[k] in _UP_OR_DOWN:
                is_up, is_down = lem[k] in L.UP_WORDS, lem[k] in L.DOWN_WORDS
            if (is_up or is_down) and lem[k] in ("up", "down") and (
                    k == s0 or lem[k - 1] not in ("go", "be", "way", "come", "shoot", "trend")):
                is_up = is_down = False  # "set up", "follow up", "narrow down"
            if (is_up or is_down) and k not in covered:
                best = None
                for j in range(max(s0, k - 6), min(s1, k + 7)):
                    if j == k or view.punct[j]:
                        continue
                    kind = "cost" if lem[j] in L.COST_METRICS else "benefit" if lem[j] in L.BENEFIT_METRICS else None
                    if kind and (best is None or abs(j - k) < abs(best[0] - k)):
                        best = (j, kind)
                if best is not None:
                    j, kind = best
                    p = 0.4 if (kind == "benefit") == is_up else -0.4
                    covered.update((j, k))  # "churn dropped": the metric's own word is no complaint here
                    a, b = sorted((j, k))
                    self._clause_of(clauses, k).assessments.append(
                        Assessment(f"{texts[a]} ... {texts[b]}" if b > a + 1 else f"{texts[a]} {texts[b]}",
                                   p, 0.5, "direction"))
                    rules.append(f"cue:{'up' if is_up else 'down'} x {kind} metric '{texts[j]}'")
            # churn to a named competitor: "thinking about moving to Pipedrive", "switching to HubSpot"
            if (low[k] in L.CHURN_VERB_FORMS or lem[k] in L.CHURN_VERB_LEMMAS) and "churn" not in out:
                j = k + 1
                while j < s1 and low[j] in ("over", "back", "away"):
                    j += 1
                if j + 1 < s1 and low[j] == "to":
                    tgt = low[j + 1] if low[j + 1] not in ("a", "another") else low[j + 2] if j + 2 < s1 else ""
                    if (tgt in L.COMPETITORS or tgt in rivals) and self._negator_before(doc, k, s0, view=view) is None:
                        self._to_a_rival(view, clauses, covered, rules, out, k, j + 2, "move to")
            # going with, choosing or signing with a rival the app records: "We went with Cargolane", "Chose
            # Routewise because of the tracking page"
            if rivals and lem[k] in L.CHOOSING_VERB_LEMMAS and "churn" not in out:
                j = k + 2 if k + 1 < s1 and low[k + 1] == "with" else k + 1
                if j < s1 and low[j] in rivals and self._negator_before(doc, k, s0, view=view) is None:
                    self._to_a_rival(view, clauses, covered, rules, out, k, j + 1, "chose")
            # "well documented", "well designed"
            if low[k] == "well" and k + 1 < s1 and low[k + 1].endswith("ed") and not view.punct[k + 1] and \
                    (k == s0 or low[k - 1] != "as"):
                covered.update((k, k + 1))
                self._clause_of(clauses, k).assessments.append(
                    Assessment(f"well {texts[k + 1]}", 0.5, 0.6, "domain"))
        return out

    def _unit_after(self, view, k, end):
        j, skipped = k + 1, 0
        while j < end and view.lowers[j] in _QUANTITY_FILLERS and skipped < 3:
            j, skipped = j + 1, skipped + 1
        if j < end and (view.lemmas[j] in L.TIME_UNITS or view.lemmas[j] in L.EFFORT_UNITS):
            return j
        return None

    def _time_cues(self, view, sent, clauses, rules):
        """Time cost ("took 5 months", "4 emails to", "took our team ages") is a complaint;
        speed ("running in a day", "answered within ten minutes") is praise."""
        low, lem, texts = view.lowers, view.lemmas, view.texts
        s0, s1 = sent.start, sent.end
        for k in range(s0, s1 - 1):
            if lem[k + 1] == "time" and (low[k] in L.REPEAT_COUNTS or texts[k].isdigit() and int(texts[k]) > 1) \
                    and any(w in L.REPEAT_CONTEXT for w in lem[max(s0, k - 6):min(s1, k + 8)]):
                self._clause_of(clauses, k).assessments.append(
                    Assessment(f"{texts[k]} {texts[k + 1]}", -0.35, 0.5, "repetition"))
                rules.append("cue:repetition")
                break
        speed = None
        for k in range(s0, s1 - 1):
            qty = texts[k].isdigit() or low[k] in _NUMBER_WORDS or low[k] in ("a", "an")
            j = self._unit_after(view, k, s1) if qty else None
            if j is None and lem[k + 1] in ("age", "while") and low[k] in ("a", "for", "our", "us", "me", "them",
                                                                           "team", "ages"):
                j = k + 1  # "took our team ages", "took a while"
            if j is None:
                continue
            window = lem[max(s0, k - 5):min(s1, j + 3)]
            effort = lem[j] in L.EFFORT_UNITS
            quick = k > s0 and low[k - 1] in L.SPEED_PREPOSITIONS and (
                lem[j] in ("second", "minute", "hour") or low[k] in ("a", "an", "one") and lem[j] in L.SPEED_UNITS)
            costly = any(w in ("take", "took", "spend", "wait") for w in window) if quick else \
                any(w in ("take", "took") for w in window) if effort else \
                any(w in ("take", "took", "spend", "wait", "been") for w in window) if low[k] in ("a", "an") else \
                any(w in L.TIME_COST_CONTEXT for w in window)
            if costly:
                self._clause_of(clauses, k).assessments.append(
                    Assessment(" ".join(texts[k:j + 1]), -0.35, 0.5, "time-cost"))
                rules.append("cue:time cost")
                return
            before = [low[i] for i in range(max(s0, k - 2), k)]
            if speed is None and lem[j] in L.SPEED_UNITS and any(w in L.SPEED_PREPOSITIONS for w in before):
                speed = (k, j)
        if speed is not None:
            k, j = speed
            self._clause_of(clauses, k).assessments.append(
                Assessment(" ".join(texts[k - 1:j + 1]), 0.3, 0.5, "speed"))
            rules.append("cue:speed")

    def _still_negated(self, view, sent, clauses, domain_hits, rules):
        """"still no answer", "still not live", "still can't": a problem that persists."""
        low = view.lowers
        for k in range(sent.start, sent.end - 1):
            if low[k] != "still":
                continue
            for j in range(k + 1, min(sent.end, k + 4)):
                if view.punct[j]:
                    break
                if low[j] in L.NEGATORS or low[j] in ("n't", "cannot"):
                    if any(j < s <= j + 3 and p < 0 for s, _, _, p in domain_hits):
                        break  # "still no issues": the negation praises
                    self._clause_of(clauses, k).assessments.append(
                        Assessment(f"still {view.texts[j]}", -0.4, 0.6, "cue"))
                    rules.append("cue:still + negation")
                    return

    def _remedy_before(self, view, i, floor, scope=4):
        """A verb that removes the problem ("cleaned up duplicates"), itself not negated."""
        for j in range(i - 1, max(floor, i - scope) - 1, -1):
            if view.punct[j]:
                return None
            if view.lemmas[j] in L.REMEDY_VERBS or view.lowers[j] in L.REMEDY_PAST_FORMS:
                for n in range(j - 1, max(floor, j - 2) - 1, -1):
                    if view.lemmas[n] in L.NEGATORS or view.lowers[n] in L.NEGATORS:
                        return None
                return j
        return None

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
        lem_s = " " + " ".join(lemmas) + " " if has_pos else ""
        low_s = " " + " ".join(lowers) + " " if has_pos else ""

        # backhanded conditional after praise: "great when it loads"
        for pat, needle in (self._cond_needles if has_pos else ()):
            if needle in lem_s or needle in low_s:
                for c in clauses:
                    c.assessments = [Assessment(a.words, -abs(a.polarity), a.subjectivity, "sarcasm")
                                     if a.polarity > 0 else a for a in c.assessments]
                rules.append("sarcasm:conditional '" + " ".join(pat) + "'")
                return True
        # ironic opener with a negative fact: "oh great, another outage"; "another" is that fact on its own
        # ("Great, another mandatory update that moves the save button")
        another = has_pos and "another" in lowers[:6]
        ironic = has_neg or another
        head_s = " " + " ".join(lemmas[:4]) + " " if ironic else ""
        head_low_s = " " + " ".join(lowers[:4]) + " " if ironic else ""
        for pat, needle in (self._open_needles if ironic else ()):
            if needle in head_s or needle in head_low_s:
                for c in clauses:
                    c.assessments = [a for a in c.assessments if a.polarity <= 0]
                if not has_neg:
                    clauses[0].assessments.append(Assessment("another", -0.5, 0.8, "sarcasm"))
                rules.append("sarcasm:ironic opener '" + " ".join(pat) + "'")
                return True
        # scare-quoted praise word: another "improvement"
        texts = view.texts
        for k in range(sent.start + 1, sent.end - 1) if not L.SCARE_QUOTED.isdisjoint(lemmas) else ():
            if view.lemmas[k] in L.SCARE_QUOTED and texts[k - 1] in ('"', "“", "'", "‘") and \
                    texts[k + 1] in ('"', "”", "'", "’"):
                clauses[-1].assessments.append(Assessment(f'"{texts[k]}"', -0.4, 0.8, "sarcasm"))
                for c in clauses:
                    c.assessments = [a for a in c.assessments if a.polarity <= 0]
                rules.append(f'sarcasm:scare quotes "{texts[k]}"')
                return True
        return False
