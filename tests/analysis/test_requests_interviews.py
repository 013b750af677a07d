"""Asks in win / loss / churn interviews: the analysis knows which part of the record a sentence is in (the
interviewer's notes, an answer to the guide, a buyer's turn), and that interviews name competitors, people and
firms all the time: a name alone is not what a customer asks for."""
import json

import pytest

from analysis import Analyzer
from analysis.asks import part_kinds
from analysis.requests import RequestDetector, _only_names
from analysis.transcripts import customer_parts, joined


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer(sentiment_model=None)


def _said_by_the_buyer(analyzer, sentence):
    text, parts = joined(customer_parts("", {}, [{"speaker": "Dana Cole", "text": "What tipped it?"},
                                                 {"speaker": "Ana Ruiz", "text": sentence}], ["Dana Cole"]))
    return analyzer.analyze_many([text], parts=[parts])[0].requests


@pytest.mark.parametrize("sentence", ["With Brightbin they logged in twice and went back to their notes.",
                                      "We also looked at Brightbin, which our IT team liked.", "Brightbin."])
def test_a_competitor_named_in_passing_is_never_the_ask(analyzer, sentence):
    assert not any("Brightbin" in request.subject for request in _said_by_the_buyer(analyzer, sentence))


def test_a_product_the_catalogue_connects_to_is_a_thing_to_ask_for_not_a_name_in_passing(analyzer):
    asked = [request.subject for request in
             _said_by_the_buyer(analyzer, "Also DocuSign built in, the partners asked about it.")]
    assert asked == ["DocuSign"]


def test_what_a_competitor_had_is_the_ask_not_the_competitor(analyzer):
    (request,) = _said_by_the_buyer(analyzer, "Brightbin has native EDI with the big grocery chains.")
    assert "EDI" in request.subject and "Brightbin" not in request.subject


@pytest.mark.parametrize("subject, names", [
    ("Pipedrive", True), ("Harriet", True), ("Lagerwerk Nord", True), ("Kestrel Freight", False),
    ("Okta SSO", False), ("Zoho CRM", False), ("EDI", False), ("viewer licence", False), ("Warehouse", False)])
def test_only_names(subject, names):
    assert _only_names(subject) is names


def test_each_sentence_knows_its_part_of_the_record():
    parts = customer_parts("Lost on EDI.", {"why": "No EDI."}, [{"speaker": "Ana", "text": "We need EDI."}], [])
    text, starts = joined(parts)
    doc = Analyzer(sentiment_model=None).nlp(text)
    features = [f for sent, f, _ in RequestDetector(ask_model=None).read(doc, parts=starts) if sent.text.strip()]
    assert [sorted(k for k in f if k.startswith("part:") and "|" not in k) for f in features] == [
        ["part:notes"], ["part:answer", "part:answer:why"], ["part:turn"]]
    assert "part:turn|kept:need" in features[2]
    plain = [f for _, f, _ in RequestDetector(ask_model=None).read(doc)]
    assert not any(k.startswith("part:") for f in plain for k in f)


def test_part_kinds():
    assert part_kinds(None) == [] and part_kinds("notes") == ["notes"] and part_kinds("turns.4") == ["turn"]
    assert part_kinds("answers.what_would_change") == ["answer", "answer:what_would_change"]


def test_interviews_are_read_by_their_own_model(analyzer):
    from analysis.asks import INTERVIEW_WEIGHTS_PATH, default_model, interview_model
    model = interview_model()
    assert analyzer.detector.interview_model is model and analyzer.detector.ask_model is default_model()
    assert model is not None and model is not default_model() and 0 < model.add < 1
    assert any(name.startswith("part:") for name in model.weights)
    with open(INTERVIEW_WEIGHTS_PATH, encoding="utf-8") as fh:
        assert "interviews" in json.load(fh)["trained_on"]


def _asked(analyzer, text, rivals=("Brightbin", "Quaystack WMS")):
    found = analyzer.analyze_many([text], rivals=rivals)[0].requests
    return sorted((r.subject, r.rule.partition(":")[0]) for r in found)


def test_a_criterion_a_rival_was_ahead_on_is_an_ask(analyzer):
    found = _asked(analyzer, "Transfers (you), lot traceability (Brightbin), usability (Stockwise), "
                             "price (Brightbin cheaper), implementation (Quaystack WMS).")
    assert found == [("lot traceability", "rival_ahead")]
    found = _asked(analyzer, "Ease of use (won), e-signature (Brightbin far ahead), price (slightly higher than "
                             "Brightbin), usability (Stockwise cheaper by about 15%).")
    assert found == [("e-signature", "rival_ahead")]


def test_a_thing_named_with_a_rival_is_still_an_ask(analyzer):
    assert [subject for subject, _ in _asked(analyzer, "Integration with Brightbin.")] == ["Integration with Brightbin"]


def test_how_a_rival_compares_is_no_ask_what_it_does_is(analyzer):
    assert not any("Brightbin" in subject for subject, _ in _asked(analyzer, "Brightbin more expensive overall."))
    assert any("engagement letters" in subject for subject, _ in _asked(
        analyzer, "Brightbin signs engagement letters inside the app."))


@pytest.mark.parametrize("text, asked", [
    ("Brightbin handles EDI natively.", "EDI"),
    ("Quaystack WMS includes free lookup users.", "free lookup users"),
    ("Brightbin syncs with their Shopify stores out of the box.", "Shopify"),
    ("Brightbin pulled those orders in automatically.", "orders"),
])
def test_what_a_rival_has_or_does_is_the_ask(analyzer, text, asked):
    assert any(asked in subject for subject, _ in _asked(analyzer, text)), _asked(analyzer, text)


def test_what_saves_the_buyer_time_in_an_interview_can_be_a_rivals_and_is_still_asked_for(analyzer):
    """In a comment "The Gmail add-in saves our reps a lot of typing" is praise; an interview tells as often what a
    rival's product saves them."""
    asked = [request.subject for request in _said_by_the_buyer(
        analyzer, "Brightbin. Saves my team time; catches billing errors on every invoice.")]
    assert asked and all("Brightbin" not in subject for subject in asked)


@pytest.mark.parametrize("text", [
    "Brightbin does that out of the box.",
    "Brightbin didn't have EDI either.",
    "Brightbin.",
    "Acquired; the parent company standardised on Brightbin.",
])
def test_a_rival_named_with_nothing_it_has_is_no_ask(analyzer, text):
    assert _asked(analyzer, text) == []


def test_what_a_rival_has_wins_over_the_learned_layers_reading_even_where_a_part_opens(analyzer):
    text, parts = joined([("notes", "Lost to a rival."), ("turns.3", "Brightbin connects to Lacerte.")])
    (found,) = [r for r in analyzer.analyze_many([text], parts=[parts], rivals=["Brightbin"])[0].requests]
    assert found.subject == "connects to Lacerte" and found.rule.startswith("rival_has")


def test_without_the_rivals_no_rule_reads_a_bracketed_name(analyzer):
    found = _asked(analyzer, "Usability (you), lot traceability (Brightbin).", rivals=())
    assert not any(rule.startswith("rival") for _, rule in found), found


def test_a_bare_phrase_that_opens_an_answer_is_an_ask_after_an_ask_in_the_notes(analyzer):
    text, parts = joined(customer_parts("Lost to a rival. They need EDI with the grocery chains.",
                                        {"what_would_change": "A phone app for scanning."}, [], []))
    subjects = [r.subject for r in analyzer.analyze_many([text], parts=[parts])[0].requests]
    assert any("phone app" in subject for subject in subjects), subjects
    # in one comment, the same phrase after an ask spells that ask out
    plain = [r.subject for r in analyzer.analyze_many([text.replace("\n\n", " ")])[0].requests]
    assert not any("phone app" in subject for subject in plain), plain


def test_a_buyer_saying_what_it_would_cost_asks_for_nothing(analyzer):
    assert _said_by_the_buyer(analyzer, "Bundles have a way of getting expensive at renewal.") == []


@pytest.mark.parametrize("sentence, asked", [
    ("We want a connector.", "connector"),  # 1.52's reader read this under its drop bar
    ("We want an API.", "API"),
    ("We want a Business Central connector.", "Business Central connector"),
])
def test_a_buyer_saying_plainly_what_they_want_asks_for_it(analyzer, sentence, asked):
    assert [r.subject for r in _said_by_the_buyer(analyzer, sentence)] == [asked]


def test_what_got_a_kind_of_product_ruled_out_is_no_ask_in_an_interview(analyzer):
    assert _said_by_the_buyer(analyzer, "Anything that made reps switch windows all day was out.") == []
    assert [r.subject for r in _said_by_the_buyer(analyzer, "Anything without offline mode was out.")] \
        == ["offline mode"]
