"""The analysis's fast paths give exactly what the slower, plainer way they replace gives: spaCy's Matcher for the
request rules, Token objects for span texts, TextBlob for every clause, the naive phrase scan."""
import json
import os
import random

import pytest
from spacy.matcher import Matcher

from analysis.patterns import PatternIndex, TokenView
from analysis.pipeline import get_nlp
from analysis.requests import _RULES, RequestDetector
from analysis.sentiment import SentimentScorer

DATA = os.path.join(os.path.dirname(__file__), "..", "data")


def dev_texts():
    texts = []
    for name in ("feedback_dev.jsonl", "feedback_dev2.jsonl", "feedback_dev3.jsonl"):
        with open(os.path.join(DATA, name), encoding="utf-8") as fh:
            texts += [json.loads(line)["text"] for line in fh if line.strip()]
    return texts


def word_salads(count, seed=7):
    """Random runs of the rules' own words (and punctuation, names, contractions): every optional and repeated
    token spec gets exercised, far more than real comments do."""
    words = set()
    for patterns in _RULES.values():
        for pattern in patterns:
            for spec in pattern:
                for value in spec.values():
                    if isinstance(value, dict):
                        for listed in value.values():
                            words.update(w for w in listed if isinstance(w, str))
    words = sorted(words) + [",", ".", "!", "?", "SSO", "Jira", "offline", "mode", "the", "we", "can't",
                             "wouldn't", "Need", "  ", "3"]
    rng = random.Random(seed)
    return [" ".join(rng.choice(words) for _ in range(rng.randint(1, 25))) for _ in range(count)]


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


@pytest.fixture(scope="module")
def detector():
    return RequestDetector()


@pytest.fixture(scope="module")
def spacy_matchers(nlp, detector):
    """One spaCy Matcher per group of the detector, as the rules used to run."""
    matchers = []
    for _, group in detector.groups:
        matcher = Matcher(nlp.vocab)
        for name, pattern in group:
            matcher.add(name, [pattern])
        matchers.append(matcher)
    return matchers


def spacy_matches(nlp, matchers, doclike):
    return [(nlp.vocab.strings[key], s, e) for matcher in matchers for key, s, e in matcher(doclike)]


def test_request_rules_match_as_spacy_matcher_does(nlp, detector, spacy_matchers):
    """Same matches in the same order (the order picks the ask when a rule fires twice in a sentence)."""
    found = 0
    for doc in nlp.pipe(dev_texts() + word_salads(3000)):
        expected = spacy_matches(nlp, spacy_matchers, doc)
        assert detector.matches(doc) == expected, doc.text
        found += len(expected)
        view, starts = TokenView(doc), [t.is_sent_start is True for t in doc]
        for sent in doc.sents:
            assert detector.patterns(view, starts, sent.start, sent.end) == \
                spacy_matches(nlp, spacy_matchers, doc[sent.start:sent.end]), sent.text
    assert found > 3000  # the salads do fire the rules


def test_optional_and_repeated_specs(nlp, detector, spacy_matchers):
    for text in ["We can't even even group by two fields.", "can not really currently export",
                 "We can't roll this out for the team without SSO without Okta.",
                 "Our single biggest one ask is offline.", "It would be even nicer with SSO"]:
        doc = nlp(text)
        assert detector.matches(doc) == spacy_matches(nlp, spacy_matchers, doc) != []


def test_token_view_spans_read_as_spacy_spans(nlp):
    for doc in nlp.pipe(dev_texts()[:150] + ["  Two  spaces,\n\nnew lines\tand a tab. ", "", "x"]):
        view = TokenView(doc)
        assert view.text == doc.text
        for start in range(len(doc)):
            for end in range(start, min(len(doc), start + 6) + 1):
                span = doc[start:end]
                assert view.span_text(start, end) == span.text
                if end > start:
                    assert (view.start_char(start), view.end_char(end)) == (span.start_char, span.end_char)


def naive_phrase_matches(index_specs, view, start, end):
    """The phrase scan as first written: every pattern tried at every token."""
    out = []
    for i in range(start, end):
        for kind in ("L", "W"):
            for label, spec in index_specs:
                if spec[0] != (kind, view.lemmas[i] if kind == "L" else view.lowers[i]) or i + len(spec) > end:
                    continue
                if all(k == "*" or (view.lemmas if k == "L" else view.lowers)[i + j] == v
                       for j, (k, v) in enumerate(spec)):
                    out.append((label, i, i + len(spec)))
    return out


def test_phrase_index_matches_the_naive_scan(nlp):
    specs = [("a", [("L", "be"), ("*", None), ("L", "slow")]), ("b", [("W", "not"), ("L", "work")]),
             ("c", [("L", "slow")]), ("d", [("W", "slow")]), ("e", [("L", "be")]), ("f", [("L", "be"), ("W", "not")])]
    index = PatternIndex()
    for label, spec in specs:
        index.add(label, spec)
    for doc in nlp.pipe(dev_texts()[:300] + ["It is so slow, it's not working and was not slow"]):
        view = TokenView(doc)
        for sent in doc.sents:
            assert index.matches(view, sent.start, sent.end) == naive_phrase_matches(specs, view, sent.start, sent.end)


class _EveryWord:
    def __contains__(self, word):
        return True


def test_textblob_skipped_only_where_it_assesses_nothing(nlp):
    """A scorer that asks TextBlob about every clause scores every sentence the same."""
    fast, always = SentimentScorer(), SentimentScorer()
    always.tb_words = _EveryWord()
    skipped = 0
    for doc in nlp.pipe(dev_texts()):
        view = TokenView(doc)
        for sent in doc.sents:
            a, b = fast.score(doc, sent, view=view), always.score(doc, sent, view=view)
            assert (a.polarity, a.subjectivity, a.rules, a.scored) == (b.polarity, b.subjectivity, b.rules, b.scored)
            skipped += not any(w in fast.tb_words for w in view.norms[sent.start:sent.end])
    assert skipped > 50


def test_fragment_pretest_turns_down_only_what_fragment_turns_down(nlp, detector):
    from analysis.requests import _like_num, _may_be_fragment
    passed = 0
    for doc in nlp.pipe(dev_texts() + ["Dark mode.", "Then SSO with Okta.", "3 more seats", "Our CFO", "  ", "2"]):
        for token in doc:
            assert _like_num(token.text) == token.like_num and token.text.isspace() == token.is_space
        view = TokenView(doc)
        for sent in doc.sents:
            if _may_be_fragment(view, sent.start, sent.end):
                passed += 1
            else:
                assert detector._fragment(doc, sent) is None, sent.text
    assert passed > 20


def test_view_left_by_the_pipeline_is_the_view_of_the_doc(nlp):
    fields = ("lemmas", "lowers", "norms", "texts", "punct", "idx", "text", "n")
    for doc in nlp.pipe(dev_texts()[:200] + ["intergration  reprots\n\nGantt  chart", ""]):
        left = TokenView.of(doc)
        assert TokenView.KEY not in doc.user_data  # taken off the doc: a second reading builds its own
        fresh = TokenView(doc)
        assert [getattr(left, f) for f in fields] == [getattr(fresh, f) for f in fields]


def test_remembered_similarities_are_the_vectors_own():
    from analysis import vectors
    from analysis.linking import _Similarities
    sims = _Similarities(limit=5)
    words = ["portuguese", "spanish", "jira", "integration", "sync", "offline", "xqzv", "mobile"]
    for a in words:
        for b in words:
            assert sims(a, b) == vectors.similarity(a, b)
            assert sims.size <= 5  # forgotten all at once past the limit


def test_learned_layer_one_lookup_gives_the_two_lookup_answers(nlp):
    from analysis import Analyzer
    from analysis.model import CLASSES, rule_kind
    analyzer = Analyzer(keep_features=True)
    model = analyzer.model
    for result in analyzer.analyze_many(dev_texts()[:150]):
        feats = result.features
        weighed = model.weighed(feats)
        p = model.predict(feats)
        assert model.predict(feats, weighed) == p
        k = CLASSES.index(result.label)
        assert model.explain(feats, k, weighed=weighed) == model.explain(feats, k)
        for sentence in result.sentences:
            for rule in sentence.rules:
                assert rule_kind(rule) == rule_kind.__wrapped__(rule)
