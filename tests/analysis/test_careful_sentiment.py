"""The careful reading's sentiment (1.54): the learned layer also weighs the comment's meaning, the mean of its
sentences' encodings by the comments' reader, which that reading computes for the asks anyway."""
import json
import os

import numpy as np
import pytest

from analysis import Analyzer
from analysis.model import CAREFUL_WEIGHTS_PATH, CLASSES, MEANING, SentimentModel
from analysis.training.train_sentiment import DEFAULT_CHURN_UNLESS, DEFAULT_MIXED_BELOW, Meaning

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DEV = os.path.join(ROOT, "tests", "data", "feedback_dev.jsonl")


@pytest.fixture(scope="module")
def quick():
    return Analyzer()


@pytest.fixture(scope="module")
def careful():
    return Analyzer(careful=True)


def test_the_careful_weights_ship_with_the_meaning_and_the_mix_guard():
    assert CAREFUL_WEIGHTS_PATH.startswith(os.path.join(ROOT, "analysis", "data"))
    model = SentimentModel.load(CAREFUL_WEIGHTS_PATH)
    assert model.meaning.shape == (384, 3) and np.abs(model.meaning).max() > 0.1
    assert model.meta["mixed_below"] == DEFAULT_MIXED_BELOW and model.meta["churn_unless"] == DEFAULT_CHURN_UNLESS
    assert "meaning" not in model.meta  # the weights are not kept twice
    assert not any("eval" in name or "blind/" in name for name in model.meta["trained_on"])
    assert "grantwell/roadmap.jsonl" in model.meta["trained_on"]


def test_only_the_careful_reading_of_a_comment_weighs_its_meaning(quick, careful):
    assert quick.careful_model is None and careful.careful_model is not None
    assert Analyzer(sentiment_model=None, careful=True).careful_model is None
    text = "The team barely opens it any more."
    fast, read = quick.analyze(text), careful.analyze(text)
    assert fast.label == "neutral" and MEANING not in fast.label_reason
    # no rule or lexicon word says it; the meaning of the sentence does
    assert read.label == "negative" and f"{MEANING} (+" in read.label_reason


def test_an_interview_keeps_the_quick_sentiment(quick, careful):
    text = "We cancelled because the reports never matched the ledger. A proper audit trail would have kept us."
    parts = [[(0, "notes")]]
    assert careful.analyze_many([text], parts=parts)[0].probabilities == \
        quick.analyze_many([text], parts=parts)[0].probabilities


@pytest.mark.parametrize("text", [
    "Love the product, support is slow.",  # DOMAIN.md's own evenly mixed example
    "Great product but support is really slow.",
    "Good features, poor documentation.",
])
def test_an_evenly_mixed_comment_stays_neutral_in_the_careful_reading(careful, text):
    read = careful.analyze(text)
    assert read.label == "neutral"
    assert read.label_reason.startswith("mixed: praise and complaint, the model unsure")


def test_a_clear_comment_is_not_held_back_by_the_mix_guard(careful):
    read = careful.analyze("Honestly the reconciliation screen has given my team their Fridays back.")
    assert read.label == "positive" and not read.label_reason.startswith("mixed")
    # one word of praise among many complaints is not an even mix ("fixed" weighs positive)
    read = careful.analyze("Billing errors three months in a row; finance is fed up. Support closes tickets before "
                           "the problem is fixed. Please add a Salesforce integration.")
    assert read.label == "negative" and not read.label_reason.startswith("mixed")


def test_churn_intent_stays_negative_unless_the_careful_model_is_sure(careful):
    # "not renewing" is always negative (DOMAIN.md); the question's meaning alone leans neutral
    text = "We are not renewing unless this improves. Any plans to integrate with SFDC?"
    read = careful.analyze(text)
    assert read.label == "negative" and read.label_reason.startswith("churn intent stands: the model unsure")
    assert read.probabilities["neutral"] > read.probabilities["negative"]


def test_the_standardisation_folds_into_the_weights_of_the_raw_meaning():
    rng = np.random.default_rng(3)
    rows = rng.normal(0.1, 0.05, size=(60, 384))
    meaning = Meaning(rows)
    V = rng.normal(size=(384, 3))
    raw, shift = meaning.folded(V)
    new = rng.normal(0.1, 0.05, size=(5, 384))
    assert np.allclose(meaning.standardised(new) @ V, new @ raw + shift)


def test_careful_training_writes_a_model_that_reads_the_meaning(tmp_path):
    from analysis.training import train_sentiment
    out = tmp_path / "careful.json"
    data = train_sentiment.main(["--careful", "--train", DEV, "--blind-dev", "--roadmap-dev", "--external",
                                 "--limit", "40", "--iters", "60", "--min-df", "2", "--out", str(out)])
    assert data["n_train"] == 40 and len(data["meaning"]) == 384 and all(len(row) == 3 for row in data["meaning"])
    assert json.loads(out.read_text())["mixed_below"] == DEFAULT_MIXED_BELOW
    model = SentimentModel.load(str(out))
    analyzer = Analyzer(careful=True)
    analyzer.careful_model = model
    read = analyzer.analyze("Great support, fast answers.")
    assert read.label in CLASSES and read.label_reason.startswith("model:")
    # the meaning moves the probabilities: without it the same weights say something else
    feats = Analyzer(sentiment_model=None, keep_features=True, careful=True).analyze("Great support, fast answers.")
    assert model.predict(feats.features, meaning=feats.meaning) != model.predict(feats.features)


def test_a_one_sentence_comment_and_its_themes_take_the_comment_label(careful):
    # the rules weigh no word here; the careful layer reads the comment as negative, and the sentence is the comment
    read = careful.analyze("Onboarding was rushed, we never got the pipeline stages right.")
    assert read.label == "negative"
    assert read.sentences[0].label == "negative" and read.sentences[0].polarity == read.polarity
    assert {m.key: m.label for m in read.theme_mentions()}["onboarding"] == "negative"


def test_a_sentence_the_rules_judged_keeps_its_own_label(careful):
    # evenly mixed: the comment is neutral and its one sentence keeps the rules' reading of it
    read = careful.analyze("Great product but support is really slow.")
    assert read.label == "neutral" and read.sentences[0].label == "negative"
    assert {m.key: m.label for m in read.theme_mentions()}["support"] == "negative"
