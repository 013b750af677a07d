"""The comment analyser: sentences, sentiment per sentence and per theme mention, themes, requests."""
from __future__ import annotations

import os
import re
from dataclasses import asdict, dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from . import ask_reader
from .model import (CAREFUL_WEIGHTS_PATH, CLASSES, WEIGHTS_PATH, SentimentModel, comment_features, describe,
                    polarity_for)
from .patterns import TokenView
from .pipeline import get_nlp
from .foreign import foreign_sentiment, judging_words, judging_words_beside_asks
from .requests import Request, RequestDetector, in_other_language, reads_as_english
from .sentiment import SentimentScorer, label_for
from .taxonomy import DEFAULT_TAXONOMY, ThemeMatcher, taxonomy_hash
from .version import ANALYSIS_VERSION

REQUEST_SENTENCE_WEIGHT = 0.5
EVENLY = 0.5  # praise and complaint weigh evenly when the lesser is at least this share of the greater
REVERSAL_SURE = 0.5  # the learned layer turns the rules' negative into positive (or back) only this sure; else neutral
CONTRAST_SENTENCE_WEIGHT = 2.0


@dataclass
class ThemeMention:
    key: str
    name: str
    pattern: str        # the taxonomy pattern that matched
    matched_text: str   # the words of the comment it matched
    polarity: float     # polarity of the clause holding the mention
    label: str
    parent: str | None = None


@dataclass
class SentenceAnalysis:
    text: str
    start_char: int
    end_char: int
    polarity: float
    label: str
    rules: list[str]
    themes: list[ThemeMention]
    request: Request | None = None
    subjectivity: float = 0.0


@dataclass
class CommentAnalysis:
    text: str
    polarity: float
    subjectivity: float
    label: str
    label_reason: str
    themes: list[str]
    sentences: list[SentenceAnalysis]
    requests: list[Request]
    version: str = ""
    rule_polarity: float | None = None   # what the rules alone said (before the learned layer)
    rule_label: str | None = None
    probabilities: dict[str, float] | None = None  # the learned layer's class probabilities
    features: dict[str, float] | None = field(default=None, repr=False, compare=False)
    meaning: object = field(default=None, repr=False, compare=False)  # with the features: the careful model's input

    def theme_mentions(self) -> list[ThemeMention]:
        return [m for s in self.sentences for m in s.themes]

    def to_dict(self, details: bool = True) -> dict:
        out = {"polarity": round(self.polarity, 4), "label": self.label, "themes": list(self.themes),
               "requests": [r.to_dict() for r in self.requests]}
        if details:
            out.update({
                "subjectivity": round(self.subjectivity, 4),
                "label_reason": self.label_reason,
                "explanation": plain_reason(self.label, [{"rules": s.rules} for s in self.sentences]),
                "rule_label": self.rule_label,
                "probabilities": self.probabilities,
                "theme_mentions": [asdict(m) | {"polarity": round(m.polarity, 4), "sentence": s.text}
                                   for s in self.sentences for m in s.themes],
                "sentences": [{"text": s.text, "start_char": s.start_char, "end_char": s.end_char,
                               "polarity": round(s.polarity, 4), "label": s.label,
                               "rules": s.rules} for s in self.sentences],
                "version": self.version,
            })
        return out


_WEIGHED_WORDS = re.compile(r"^[\w-]+:(?P<words>.+?)\((?P<value>[+-]\d\.\d\d)\)$")


def weighed_words(rules: list[str]) -> dict[str, float]:
    """The customer's words that the rules weighed, with their polarity: {"slow": -0.5, "never answers": -0.5}."""
    weighed: dict[str, float] = {}
    for rule in rules:
        found = _WEIGHED_WORDS.match(rule)
        if found:
            words = found["words"].strip().replace("n't ", "not ")
            words = words if words[:2] == "I " or words.isupper() else words[:1].lower() + words[1:]
            if abs(float(found["value"])) > abs(weighed.get(words, 0.0)):
                weighed[words] = float(found["value"])
    return weighed


def plain_reason(label: str, sentences: list[dict], with_label: bool = True) -> str:
    """Why a comment got its label, for people: "Negative, mostly because of “never answers” and “slow”."
    (without the label: "mostly because of ..."). `sentences`: the stored sentence dicts (their `rules` hold
    the weighed words, e.g. "domain:slow(-0.50)")."""
    rules = [rule for sentence in sentences for rule in sentence.get("rules") or []]
    weighed = weighed_words(rules)
    good = sorted((w for w, v in weighed.items() if v > 0), key=lambda w: -weighed[w])
    bad = sorted((w for w, v in weighed.items() if v < 0), key=lambda w: weighed[w])

    def quoted(words: list[str]) -> str:
        words = [f"“{w}”" for w in words[:3]]
        return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]

    if label == "negative" and any(rule.startswith("sarcasm:") for rule in rules):
        why = "the praise reads as sarcasm" + (f", next to “{bad[0]}”" if bad else "")
    elif label in ("negative", "positive"):
        words, other = (bad, good) if label == "negative" else (good, bad)
        why = f"mostly because of {quoted(words)}" if words else "judging by the comment as a whole"
        why += f", despite {quoted(other[:2])}" if other else ""
    elif good and bad:
        why = f"mixed, {quoted(good[:2])} against {quoted(bad[:2])}"
    elif any(rule.startswith("request:") for rule in rules):
        why = "a request, with no clear praise or complaint"
    elif good or bad:
        why = f"lukewarm ({quoted(good or bad)})"
    else:
        why = "no clear praise or complaint"
    return f"{label.capitalize()}, {why}." if with_label else f"{why[:1].upper()}{why[1:]}."


def _judged_in_its_language(sentence: SentenceAnalysis, good: list[str], bad: list[str]) -> None:
    """A sentence in another language: its label from its words of praise and complaint, each kept as a rule the
    explanation reads ("Positive, mostly because of “bon” and “merci”.")."""
    sentence.rules += [f"other-language:{word}({value:+.2f})" for words, value in ((good, 0.3), (bad, -0.3))
                       for word in words]
    sentence.polarity = max(-0.8, min(0.8, 0.3 * (len(good) - len(bad))))
    sentence.label = label_for(sentence.polarity)


_MODELS: dict[str, SentimentModel] = {}


def default_model(path: str = WEIGHTS_PATH) -> SentimentModel | None:
    """The shipped weights (``CAREFUL_WEIGHTS_PATH``: the careful reading's), loaded once per process (None when
    the file is absent)."""
    if path not in _MODELS and os.path.exists(path):
        _MODELS[path] = SentimentModel.load(path)
    return _MODELS.get(path)


def _unsure_of_a_mix(model: SentimentModel, sentences: list[SentenceAnalysis], feats: dict, label: str,
                     sure: float) -> bool:
    """DOMAIN.md's evenly mixed comment is neutral: where the rules weighed praise and complaint about evenly (the
    lesser at least ``EVENLY`` of the greater) and saw no churn intent, a model that says so (the careful one,
    ``mixed_below``) leaves neutral a label it is less sure of. The meaning it weighs leans to one side of a mix
    ("love the product, support is slow") where the words' balance did not."""
    below = model.meta.get("mixed_below")
    if not below or label == "neutral" or sure >= below or feats.get("flag:churn"):
        return False
    weighed = weighed_words([rule for sentence in sentences for rule in sentence.rules]).values()
    praise, complaint = sum(v for v in weighed if v > 0), -sum(v for v in weighed if v < 0)
    return min(praise, complaint) >= EVENLY * max(praise, complaint) > 0


def _churn_kept(model: SentimentModel, feats: dict, label: str, sure: float) -> bool:
    """Leaving, not renewing or switching is always negative (DOMAIN.md): a model that says so (the careful one,
    ``churn_unless``) overrules the rules' churn intent only when at least that sure ("We are not renewing unless
    this improves. Any plans to integrate with SFDC?" read neutral at 0.69 by the meaning of its question)."""
    unless = model.meta.get("churn_unless")
    return bool(unless) and bool(feats.get("flag:churn")) and label != "negative" and sure < unless


def _the_whole_comment(sentences: list[SentenceAnalysis], label: str, polarity: float) -> None:
    """A comment of one sentence in which the rules weighed no word ("Onboarding was rushed, we never got the
    pipeline stages right.") is that sentence: it and its themes take the comment's label, which the learned
    layer gave it, rather than show neutral beside a negative comment."""
    if len(sentences) != 1 or label == "neutral":
        return
    sentence = sentences[0]
    if sentence.label != "neutral" or weighed_words(sentence.rules):
        return
    sentence.label, sentence.polarity = label, polarity
    for mention in sentence.themes:
        if mention.label == "neutral":
            mention.label, mention.polarity = label, polarity


# what a complaint about the vendor rather than a missing capability speaks of
_THE_VENDOR = frozenset({"support"})
COMPLAINT_BESIDE = -0.4  # ... and how plainly it complains


def _content_words(text: str) -> set[str]:
    return {word.rstrip("s") for word in re.findall(r"[a-z]{4,}", text.lower()) if word not in STOP_WORDS}


def _first_words(rivals) -> frozenset[str]:
    """The first word, lower case, of each competitor's name ("Routewise TMS" -> "routewise"), as the sentiment
    rules read a rival after "moved to" or "went with"; none that is a function word."""
    return frozenset(word for name in rivals for word in name.lower().split()[:1] if word not in STOP_WORDS)


def _complaint_beside_ask(sentences: list[SentenceAnalysis]) -> SentenceAnalysis | None:
    """A sentence that complains about the vendor beside a comment's asks ("Support is slow and the app crashes
    daily. Please add a Salesforce integration."): no ask of its own, plainly negative (COMPLAINT_BESIDE), about
    support, and with neither a theme nor a word in common with the asking sentences. A complaint that is the
    reason for the ask ("Custom dashboards per region, please. We can't get cost-to-complete out of the standard
    reports.") keeps DOMAIN.md's neutral request: the writers of the roadmap sets label it so, and the learned
    layer learned it from them."""
    asking = [s for s in sentences if s.request is not None]
    if not asking:
        return None
    ask_themes = {m.key for s in asking for m in s.themes}
    ask_words = set().union(*(_content_words(s.text) for s in asking))
    for sentence in sentences:
        themes = {m.key for m in sentence.themes}
        if (sentence.request is None and sentence.polarity <= COMPLAINT_BESIDE and themes & _THE_VENDOR
                and not themes & ask_themes and not _content_words(sentence.text) & ask_words):
            return sentence
    return None


CAREFUL = "+careful"  # in the version of an analysis that read the comments carefully


class Analyzer:
    """Build once (pipeline, matchers), then analyse many comments.

    ``sentiment_model``: "default" (the shipped learned layer over the rules), None (rules only),
    or a :class:`analysis.model.SentimentModel`. ``keep_features=True`` keeps the learned layer's
    input on each result (``CommentAnalysis.features``), for training. ``careful=True`` also reads survey
    comments with the fine-tuned comment reader (``ask_reader.py``): better asks, at about 80 comments a second
    where the quick analysis reads 2,000 (vocapp reads carefully in the background, before regrouping).
    """

    def __init__(self, taxonomy: list[dict] | None = None, sentiment_model="default",
                 keep_features: bool = False, careful: bool = False):
        self.nlp = get_nlp()
        self.model = default_model() if sentiment_model == "default" else sentiment_model
        self.keep_features = keep_features
        self.taxonomy = [dict(t) for t in (taxonomy if taxonomy is not None else DEFAULT_TAXONOMY)]
        self.themes = ThemeMatcher(self.taxonomy)
        self.scorer = SentimentScorer()
        self.careful = careful and ask_reader.available(ask_reader.COMMENT_READER_PATH)  # none to read with: quick
        # a comment read carefully weighs its meaning too; an interview's sentiment stays the quick model's
        self.careful_model = default_model(CAREFUL_WEIGHTS_PATH) if self.careful and sentiment_model == "default" \
            else None
        self.detector = RequestDetector(comment_reader="default" if self.careful else None)
        self.version = f"{ANALYSIS_VERSION}{CAREFUL if self.careful else ''}+tax.{taxonomy_hash(self.taxonomy)}"
        # the versions whose analyses this one would not change: a careful analysis is all a quick one is
        self.up_to_date = (self.version,) if self.careful else (
            self.version, self.version.replace("+tax.", CAREFUL + "+tax.", 1))

    def analyze(self, text: str) -> CommentAnalysis:
        return self._analyze_doc(self.nlp(text or ""))

    def analyze_many(self, texts, batch_size: int = 256, parts=None, rivals=(), own_names=()) -> list[CommentAnalysis]:
        """`parts`: beside each text, None for a comment, or an interview's [(start character, part)]. `rivals`:
        the competitors' names (what a rival has is what a customer wanted). `own_names`: the product's names, as
        the surveys give it (the product itself is never the thing asked for)."""
        texts = list(texts)
        parts = parts if parts is not None else [None] * len(texts)
        docs = self.nlp.pipe((t or "" for t in texts), batch_size=batch_size)
        if self.careful:  # the comments' sentences read in one pass: one comment at a time costs twice as much
            docs = list(docs)
            self.detector.read_ahead([doc for doc, text_parts in zip(docs, parts) if text_parts is None])
        return [self._analyze_doc(doc, text_parts, rivals, own_names) for doc, text_parts in zip(docs, parts)]

    def iter_analyze(self, texts, batch_size: int = 256, own_names=()):
        for doc in self.nlp.pipe((t or "" for t in texts), batch_size=batch_size):
            yield self._analyze_doc(doc, own_names=own_names)

    # ----------------------------------------------------------------------------------------
    def _analyze_doc(self, doc, parts=None, rivals=(), own_names=()) -> CommentAnalysis:
        view = TokenView.of(doc)
        matches = self.themes.matches(doc, view)
        sents = list(doc.sents)
        found_requests = self.detector.detect_all(doc, view, sents, parts, rivals, own_names)
        rival_words = _first_words(rivals)
        sentences: list[SentenceAnalysis] = []
        scores = []
        for sent in sents:
            sent_text = view.span_text(sent.start, sent.end).strip()
            if not sent_text:
                continue
            request = found_requests.get(sent.start)
            score = self.scorer.score(doc, sent, request=request is not None, view=view, rivals=rival_words,
                                      asked_at=request.subject_start if request is not None else None)
            mentions = []
            for m in matches:
                if sent.start <= m.start < sent.end:
                    pol = score.clause_polarity_at(m.start)
                    mentions.append(ThemeMention(
                        key=m.key, name=self.themes.name_of(m.key), pattern=m.pattern,
                        matched_text=view.span_text(m.start, m.end), polarity=pol, label=label_for(pol),
                        parent=self.themes.parent_of(m.key)))
            rules = list(score.rules)
            if request is not None:
                rules.append(f"request:{request.rule}")
            sentences.append(SentenceAnalysis(
                text=sent_text, start_char=view.start_char(sent.start), end_char=view.end_char(sent.end),
                polarity=score.polarity, label=label_for(score.polarity) if score.scored else "neutral",
                rules=rules, themes=mentions, request=request, subjectivity=score.subjectivity))
            scores.append((score, request is not None))
        polarity, subjectivity, reason = self._aggregate(scores)
        label = label_for(polarity)
        rule_polarity, rule_label = polarity, label
        feats = probs = meaning = None
        model = self.model
        if self.model is not None or self.careful_model is not None or self.keep_features:
            feats = comment_features(view.text, view, [(sc, req, s.rules) for (sc, req), s in
                                                      zip(scores, sentences)], polarity)
        if parts is None and self.careful and (self.careful_model is not None or self.keep_features):
            meaning = self.detector.meaning(doc)
            if meaning is not None and self.careful_model is not None:
                model = self.careful_model
        if model is not None and sentences:  # an empty text has nothing to weigh: neutral, as the rules say
            weighed = model.weighed(feats)
            p = model.predict(feats, weighed, meaning)
            k = max(range(3), key=p.__getitem__)
            label = CLASSES[k]
            unsure_turn = {label, rule_label} == {"positive", "negative"} and p[k] < REVERSAL_SURE
            unsure_mix = _unsure_of_a_mix(model, sentences, feats, label, p[k])
            churn_kept = _churn_kept(model, feats, label, p[k])
            if churn_kept:
                label = "negative"
            elif unsure_turn or unsure_mix:
                label = "neutral"
            polarity = polarity_for(p, label)
            probs = dict(zip(CLASSES, (round(v, 4) for v in p)))
            reason = (f"{describe(p, CLASSES[k], model.explain(feats, k, weighed=weighed, meaning=meaning))}; "
                      f"rules: {reason} ({rule_label}{', overruled' if rule_label != label else ''})")
            if unsure_turn:
                reason = f"mixed: the rules and the model disagree, the model unsure ({p[k]:.2f}); {reason}"
            elif unsure_mix:
                reason = f"mixed: praise and complaint, the model unsure ({p[k]:.2f}); {reason}"
            if churn_kept:
                reason = f"churn intent stands: the model unsure ({p[k]:.2f}); {reason}"
        beside = _complaint_beside_ask(sentences) if label == "neutral" else None
        if beside is not None:
            label, polarity = "negative", min(polarity, beside.polarity)
            reason = f"a complaint beside the request: “{beside.text[:80]}”; {reason}"
        if sentences and in_other_language(view.texts) and not any(
                reads_as_english(re.findall(r"[^\W\d_]+|\w+'\w+", s.text), among_foreign=True) for s in sentences):
            # the sentiment layers read English; a comment all in another language is read by its own words of
            # praise and complaint (``foreign.foreign_sentiment``); one that mixes in English sentences by them
            judged = [(s, judging_words(s.text) if s.request is None else
                       judging_words_beside_asks(s.text, [ask.subject for ask in s.request.all()]))
                      for s in sentences]
            label, polarity, reason = foreign_sentiment([words for _, words in judged])
            probs = None
            for sentence, (good, bad) in judged:
                _judged_in_its_language(sentence, good, bad)
        _the_whole_comment(sentences, label, polarity)
        themes: list[str] = []
        for m in matches:
            if m.key not in themes:
                themes.append(m.key)
        requests = [r for s in sentences if s.request is not None for r in s.request.all()]
        return CommentAnalysis(text=view.text, polarity=polarity, subjectivity=subjectivity,
                               label=label, label_reason=reason, themes=themes,
                               sentences=sentences, requests=requests, version=self.version,
                               rule_polarity=rule_polarity, rule_label=rule_label, probabilities=probs,
                               features=feats if self.keep_features else None,
                               meaning=meaning if self.keep_features else None)

    @staticmethod
    def _aggregate(scores) -> tuple[float, float, str]:
        churn = next((s.churn_signal for s, _ in scores if s.churn_signal), None)
        loyalty = next((s.loyalty_signal for s, _ in scores if s.loyalty_signal), None)
        sarcasm = any(s.sarcasm for s, _ in scores)
        scored = [(s, req) for s, req in scores if s.scored]
        subj = sum(s.subjectivity for s, _ in scored) / len(scored) if scored else 0.0
        if churn:
            pol = min([s.polarity for s, _ in scored] + [-0.5])
            return pol, subj, f"churn intent: '{churn}'"
        if sarcasm:
            neg = [s.polarity for s, _ in scored if s.polarity < 0]
            if neg:
                return sum(neg) / len(neg), subj, "sarcasm: praise in a sarcastic comment ignored"
        if loyalty:
            pol = max([s.polarity for s, _ in scored] + [0.5])
            return pol, subj, f"loyalty: '{loyalty}'"
        if not scored:
            return 0.0, 0.0, "no sentiment-bearing words"
        # requests weigh half; a sentence that turns against the previous one ("However, ...",
        # "..., though, ...", "But ...") weighs double, like the clause after "but" inside a sentence
        weights = [(REQUEST_SENTENCE_WEIGHT if req else 1.0) *
                   (CONTRAST_SENTENCE_WEIGHT if s.contrast and len(scored) > 1 else 1.0) for s, req in scored]
        pol = sum(s.polarity * w for (s, _), w in zip(scored, weights)) / sum(weights)
        lab = label_for(pol)
        notes = [n for n, on in (("requests weigh half", any(r for _, r in scored)),
                                 ("contrast sentences weigh double",
                                  len(scored) > 1 and any(s.contrast for s, _ in scored))) if on]
        return pol, subj, (f"weighted mean of {len(scored)} sentence polarities = {pol:+.2f} -> {lab}"
                           f" ({'; '.join(notes)})" if notes else
                           f"mean of {len(scored)} sentence polarities = {pol:+.2f} -> {lab}")
