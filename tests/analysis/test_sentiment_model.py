"""The learned sentiment layer (voc-analysis-1.2): weights, direction, provenance, consistency, training."""
import json
import os

import pytest

from analysis import Analyzer
from analysis.model import CLASSES, WEIGHTS_PATH, SentimentModel, polarity_for
from analysis.sentiment import label_for
from analysis.training.train_sentiment import DEFAULT_W_ROADMAP

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEV = os.path.join(ROOT, "tests", "data", "feedback_dev.jsonl")


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


@pytest.fixture(scope="module")
def rules_only():
    return Analyzer(sentiment_model=None)


def test_weights_load_and_ship_inside_the_package():
    assert WEIGHTS_PATH.startswith(os.path.join(ROOT, "analysis", "data"))
    m = SentimentModel.load()
    assert tuple(m.meta["classes"]) == CLASSES
    assert "bias" in m.weights and len(m.weights) > 100
    assert all(len(w) == 3 for w in m.weights.values())
    assert not any("eval" in name for name in m.meta["trained_on"])  # dev sets only
    assert any(k.startswith("lem:") for k in m.weights) and "rule:polarity" in m.weights


def test_default_analyzer_uses_the_model_and_rules_only_does_not(analyzer, rules_only):
    assert analyzer.model is not None and rules_only.model is None
    r = rules_only.analyze("Great product.")
    assert r.probabilities is None and not r.label_reason.startswith("model:")


@pytest.mark.parametrize("text,label", [
    ("We will not renew, support ignored our tickets for weeks.", "negative"),
    ("The app crashes every day and nobody answers.", "negative"),
    ("Love it, the team is fantastic and the reports are great.", "positive"),
    ("Setup was painless and adoption is high.", "positive"),
    ("We have 40 users on the Professional plan.", "neutral"),
    ("Could you add a filter by region on the dashboard?", "neutral"),
])
def test_clear_cases(analyzer, text, label):
    assert analyzer.analyze(text).label == label


def test_model_moves_labels_in_the_direction_of_its_weights(rules_only):
    """A hand-made model: 'workaround' pushes to negative, strongly enough to overrule the rules."""
    m = SentimentModel({"bias": [0.0, 0.0, 0.0], "rule:polarity": [-1.0, 0.0, 1.0],
                        "lem:workaround": [4.0, 0.0, -4.0]})
    a = Analyzer(sentiment_model=m)
    text = "Support was nice and gave us a workaround."
    base = rules_only.analyze(text)
    r = a.analyze(text)
    assert base.label == "positive"
    assert r.label == "negative" and r.rule_label == "positive"
    assert r.probabilities["negative"] > 0.9
    assert "lem:workaround" in r.label_reason and "overruled" in r.label_reason
    # without the word the same model agrees with the rules
    assert a.analyze("Support was nice and helpful.").label == "positive"


def test_label_reason_names_model_top_features_and_rules(analyzer):
    r = analyzer.analyze("We are switching to a competitor next quarter.")
    assert r.label == "negative"
    assert r.label_reason.startswith("model: p(neg)=")
    assert "top features: " in r.label_reason
    assert "rules: churn intent" in r.label_reason
    feats = r.label_reason.split("top features: ")[1].split("; rules:")[0]
    assert feats != "none" and "(+" in feats


def test_polarity_and_label_agree(analyzer):
    with open(DEV, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh][:60]
    texts += ["", "ok", "Meh.", "Terrible!", "It's fine I guess."]
    for r in analyzer.analyze_many(texts):
        assert -1.0 <= r.polarity <= 1.0
        assert label_for(r.polarity) == r.label, (r.text, r.polarity, r.label)
        if not r.text.strip():
            assert r.probabilities is None and r.label == "neutral"
            continue
        p = r.probabilities
        assert abs(sum(p.values()) - 1) < 1e-3
        assert r.label == max(p, key=p.get)
        assert r.to_dict()["probabilities"] == p


@pytest.mark.parametrize("probs,label", [
    ([0.4, 0.35, 0.25], "negative"), ([0.1, 0.5, 0.4], "neutral"), ([0.3, 0.3, 0.4], "positive"),
    ([0.0, 0.0, 1.0], "positive"), ([0.45, 0.1, 0.45], "neutral"),
])
def test_polarity_for_lands_in_the_label_band(probs, label):
    pol = polarity_for(probs, label)
    assert -1 <= pol <= 1 and label_for(pol) == label


def test_theme_mentions_stay_rule_based(analyzer):
    r = analyzer.analyze("The dashboards are excellent. The mobile app crashes all the time.")
    by_key = {m.key: m.label for m in r.theme_mentions()}
    assert by_key["reporting"] == "positive" and by_key["mobile"] == "negative"


def test_training_script_runs_on_a_tiny_sample(tmp_path):
    from analysis.training import train_sentiment
    out = tmp_path / "w.json"
    data = train_sentiment.main(["--train", DEV, "--blind-dev", "--roadmap-dev", "--external", "--limit", "40", "--iters", "60",
                                 "--min-df", "2", "--out", str(out)])
    assert data["n_train"] == 40 and out.exists()
    m = SentimentModel.load(str(out))
    assert "bias" in m.weights
    r = Analyzer(sentiment_model=m).analyze("Great support, fast answers.")
    assert r.label in CLASSES and r.label_reason.startswith("model:")


@pytest.mark.parametrize("held_out", [
    os.path.join("tests", "data", "feedback_eval.jsonl"),
    os.path.join("tests", "data", "blind", "sentiment_blind.jsonl"),
    os.path.join("tests", "data", "outside", "uci_sentiment_sentences.jsonl"),
])
def test_training_refuses_the_held_out_sets(tmp_path, held_out):
    from analysis.training import train_sentiment
    for option in ("--train", "--blind-dev", "--roadmap-dev", "--external"):
        with pytest.raises(SystemExit):
            train_sentiment.main([option, os.path.join(ROOT, held_out), "--out", str(tmp_path / "w.json")])


def test_an_empty_text_is_neutral_with_the_model_too():
    from analysis import Analyzer

    result = Analyzer().analyze("   ")
    assert (result.label, result.polarity, result.probabilities) == ("neutral", 0.0, None)


@pytest.mark.parametrize("text", [
    "Could we log in with our Microsoft 365 accounts? Managing separate passwords for seasonal crews is a pain.",
    "Custom dashboards per region, please. Our VPs want cost-to-complete by division and we can't get that out "
    "of the standard reports.",
])
def test_a_request_with_the_trouble_behind_it_is_neutral(analyzer, text):
    # the writers of the 30 roadmap sets label a request and its reason neutral; the layer learned it from them
    assert analyzer.analyze(text).label == "neutral"


@pytest.mark.parametrize("text", [
    "Support is slow and the app crashes daily. Please add a Salesforce integration.",
    "I wish there was a dark mode. Support is slow and unhelpful.",
])
def test_a_complaint_about_the_vendor_beside_a_request_stays_negative(analyzer, text):
    result = analyzer.analyze(text)
    assert result.label == "negative" and result.polarity < 0


def test_the_complaint_beside_a_request_keeps_a_comment_the_layer_calls_neutral_negative(analyzer):
    result = analyzer.analyze("Support is slow and the app crashes daily. Please add a Salesforce integration.")
    assert max(result.probabilities, key=result.probabilities.get) != "negative"  # the layer alone would not
    assert result.label == "negative"
    assert result.label_reason.startswith("a complaint beside the request: “Support is slow")


def test_the_roadmap_sets_train_the_layer_at_their_own_weight():
    meta = SentimentModel.load().meta
    roadmap = {name: spec for name, spec in meta["trained_on"].items() if name.endswith("/roadmap.jsonl")}
    assert len(roadmap) >= 29 and {spec["weight"] for spec in roadmap.values()} == {DEFAULT_W_ROADMAP}


def test_an_unsure_model_does_not_turn_the_rules_negative_into_positive(analyzer):
    # the rules read "pricey" (negative); the layer leans positive on "reliable" at p 0.48: evenly mixed
    result = analyzer.analyze("Small agency, small budget. Coverly is a bit pricey for us but it's reliable.")
    assert result.rule_label == "negative"
    assert max(result.probabilities, key=result.probabilities.get) == "positive"
    assert result.probabilities["positive"] < 0.5
    assert result.label == "neutral" and label_for(result.polarity) == "neutral"
    assert result.label_reason.startswith("mixed: the rules and the model disagree")
