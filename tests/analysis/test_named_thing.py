"""Which run of words names the thing the learned layer's ask is for (analysis/named_thing.py): the chooser
decides among a sentence's runs, its shipped weights were chosen left out and fit today's features."""
import json

import pytest

from analysis.named_thing import WEIGHTS_PATH, NamedThing, default_chooser, run_features
from analysis.patterns import TokenView
from analysis.pipeline import get_nlp
from analysis.requests import REQUEST_FILLER, RequestDetector, word_tags


def learned_subjects(detector, text) -> list[str]:
    doc = get_nlp()(text)
    return [ask.subject for _, _, req in detector.read(doc) if req is not None for ask in req.all()
            if ask.rule.startswith("learned")]


@pytest.mark.parametrize("text, rarest, named", [
    ("No single sign-on = no security approval.", "security approval", "single sign-on"),
    ("We'd get a lot more out of it with two-way sync to NetSuite (vendors + GL codes + payment status).",
     "vendors + GL codes + payment status", "two-way sync to NetSuite"),
])
def test_the_learned_ask_is_the_run_that_names_the_thing_not_the_rarest_words(text, rarest, named):
    assert learned_subjects(RequestDetector(named_thing=None), text) == [rarest]
    assert learned_subjects(RequestDetector(), text) == [named]


def runs_of(text):
    doc = get_nlp()(text)
    view, sent = TokenView.of(doc), next(iter(doc.sents))
    words = {view.lowers[i]: i for i in range(sent.start, sent.end)}
    return view, sent, words


def test_the_chooser_takes_the_run_its_weights_score_highest_and_the_first_of_equals():
    view, sent, at = runs_of("Our board wants an audit log for the grant reports.")
    runs = [(at["board"], at["board"] + 1, 1.0), (at["audit"], at["log"] + 1, 3.0),
            (at["grant"], at["reports"] + 1, 2.0)]
    tags = word_tags()
    assert NamedThing({"before:an": 2.0}).best(view, sent, runs, tags, REQUEST_FILLER) == runs[1][:2]
    assert NamedThing({"order:0": 2.0}).best(view, sent, runs, tags, REQUEST_FILLER) == runs[0][:2]
    assert NamedThing({}).best(view, sent, runs, tags, REQUEST_FILLER) == runs[0][:2]
    features = run_features(view, sent, runs, 2, tags, REQUEST_FILLER)
    assert features["order:2"] == features["order_from_end:0"] == 1.0
    assert features["wrel"] == pytest.approx(2 / 3) and features["is_heaviest"] == 0.0
    assert features["before:the"] == 1.0 and features["after:."] == 1.0 and "at_start" not in features


def test_the_shipped_chooser_was_chosen_left_out_and_fits_todays_features():
    """Each product left out, the chooser named the item better than the rarest words did, and so on the
    interviews it never saw; every weight it ships is a feature ``run_features`` still makes."""
    with open(WEIGHTS_PATH, encoding="utf-8") as fh:
        shipped = json.load(fh)
    left_out = shipped["left_out"]
    assert left_out["chooser"] > left_out["rarest"] + 0.05 * left_out["sentences"]
    assert left_out["interviews"]["chooser"] > left_out["interviews"]["rarest"]
    assert not any("blind" in name or "eval" in name for name in shipped["trained_on"])
    made = {"wlog", "wrel", "is_heaviest", "capitalised", "at_start"}
    prefixes = ("order:", "order_from_end:", "runlen:", "before:", "before2:", "after:", "tag_last:", "tag_first:",
                "product_words:")
    assert all(name in made or name.startswith(prefixes) for name in shipped["weights"])
    assert default_chooser() is not None and RequestDetector().named_thing is default_chooser()
