"""Sentiment rules: negation, contrast per theme, intensifiers, B2B phrases, sarcasm, provenance."""
import pytest

from analysis import Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def test_negation_flips_polarity(analyzer):
    good = analyzer.analyze("The reporting is good.")
    bad = analyzer.analyze("The reporting is not good.")
    assert good.label == "positive" and good.polarity > 0
    assert bad.label == "negative" and bad.polarity < 0


def test_negated_domain_problem_is_positive(analyzer):
    r = analyzer.analyze("We never had any downtime.")
    assert r.label == "positive"
    assert any(rule.startswith("negation:") for rule in r.sentences[0].rules)


def test_negated_function_verb_is_negative(analyzer):
    r = analyzer.analyze("The Outlook plugin doesn't work.")
    assert r.label == "negative"
    assert any(rule.startswith("function:") for rule in r.sentences[0].rules)


def test_contrast_splits_sentiment_per_theme(analyzer):
    r = analyzer.analyze("Great product but support is really slow.")
    mentions = {m.key: m for m in r.sentences[0].themes}
    assert mentions["support"].label == "negative"
    assert mentions["performance"].label == "negative"
    # DOMAIN.md's own example of evenly mixed ("love the product, support is slow") is neutral: the clause after
    # "but" weighs double in the rules, and the learned layer (1.24) reads the comment as a whole
    assert r.rule_label == "negative" and r.label == "neutral"
    assert any(rule.startswith("contrast:but") for rule in r.sentences[0].rules)


def test_mixed_comment_positive_and_negative_themes(analyzer):
    r = analyzer.analyze("The dashboards are excellent. The mobile app crashes all the time.")
    by_key = {m.key: m.label for m in r.theme_mentions()}
    assert by_key["reporting"] == "positive"
    assert by_key["mobile"] == "negative"


def test_intensifier_strengthens_domain_term(analyzer):
    plain = analyzer.analyze("The app is laggy.").polarity
    strong = analyzer.analyze("The app is super laggy.").polarity
    assert strong < plain < 0


@pytest.mark.parametrize("text", [
    "We are switching to a competitor next quarter.",
    "We will not be renewing.",
    "Honestly, we're looking elsewhere.",
])
def test_churn_intent_is_negative(analyzer, text):
    r = analyzer.analyze(text)
    assert r.label == "negative"
    assert "rules: churn intent" in r.label_reason


def test_churn_intent_beats_polite_praise(analyzer):
    r = analyzer.analyze("Nice people, good product. We are switching to a competitor anyway.")
    assert r.label == "negative"


def test_cant_live_without_is_positive(analyzer):
    r = analyzer.analyze("We can't live without it.")
    assert r.label == "positive" and "rules: loyalty" in r.label_reason
    assert r.requests == []  # not a request either


def test_sarcastic_opener(analyzer):
    r = analyzer.analyze("Oh great, another outage during our demo.")
    assert r.label == "negative"
    assert any(rule.startswith("sarcasm:") for rule in r.sentences[0].rules)


def test_backhanded_conditional(analyzer):
    r = analyzer.analyze("Reporting is great when it loads.")
    assert r.label == "negative"


def test_request_frame_is_not_praise(analyzer):
    r = analyzer.analyze("It would be great if you added a Zoom integration.")
    assert r.label == "neutral"


def test_textblob_is_the_base(analyzer):
    r = analyzer.analyze("Excellent onboarding.")
    assert any(rule.startswith("textblob:excellent") for rule in r.sentences[0].rules)
    assert 0 < r.subjectivity <= 1


def test_empty_and_blank(analyzer):
    for text in ("", "   "):
        r = analyzer.analyze(text)
        assert r.label == "neutral" and r.themes == [] and r.requests == []


def test_typo_repair(analyzer):
    r = analyzer.analyze("The intergration with hubspt is awsome")
    assert "integrations" in r.themes and r.label == "positive"


def test_capitalised_names_are_not_repaired(analyzer):
    req = analyzer.analyze("Please add a Gantt view.").requests[0]
    assert req.key == "gantt view"
