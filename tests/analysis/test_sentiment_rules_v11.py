"""Rules added in voc-analysis-1.1: time/effort cues, persistence, direction x metric, churn to a
named competitor, ratings, neutral masks, remedy verbs, lukewarm words, sentence-level contrast."""
import pytest

from analysis import ANALYSIS_VERSION, Analyzer


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


def rules_of(r):
    return [rule for s in r.sentences for rule in s.rules]


def test_results_carry_the_code_version_and_the_taxonomy_hash(analyzer):
    assert analyzer.version.startswith(ANALYSIS_VERSION + "+tax.")
    assert analyzer.analyze("Fine.").version == analyzer.version


def test_time_cost_with_effort_unit(analyzer):
    r = analyzer.analyze("It took four emails to get an answer.")
    assert r.label == "negative" and "cue:time cost" in rules_of(r)


def test_speed_is_praise_but_long_spans_are_not(analyzer):
    fast = analyzer.analyze("The integration was running within an hour.")
    assert fast.label == "positive" and "cue:speed" in rules_of(fast)
    assert "cue:speed" not in rules_of(analyzer.analyze("We had three admins in 18 months."))


@pytest.mark.parametrize("text, label", [
    ("Customer support answered in 5 minutes on a Saturday.", "positive"),
    ("Our CFO signed off on the renewal in five minutes.", "positive"),
    ("It took 5 minutes on hold to get anyone.", "negative"),
    ("Still waiting on a reply, been 3 hours.", "negative"),
])
def test_done_in_minutes_is_speed_even_beside_on(analyzer, text, label):
    """"in 5 minutes" right before its unit is speed; "on" ("on a Saturday", "signed off on") had made it a time cost
    (1.47). Taking, spending and waiting still make minutes a cost."""
    assert analyzer.analyze(text).label == label


def test_a_falling_cost_metric_is_not_also_a_complaint_word(analyzer):
    """"churn dropped" is good news: the direction rule reads the metric, whose own word ("churn") no longer counts
    as a complaint, nor as the customer leaving (1.47)."""
    r = analyzer.analyze("Our churn dropped after we started using the health score dashboards.")
    assert r.label == "positive" and "churn intent" not in r.label_reason


def test_still_plus_negation_is_a_persisting_problem(analyzer):
    r = analyzer.analyze("Still no reply about the invoice.")
    assert r.label == "negative" and "cue:still + negation" in rules_of(r)
    # "still no issues" praises: the cue stays out
    assert "cue:still + negation" not in rules_of(analyzer.analyze("Two years in, still no issues."))


@pytest.mark.parametrize("text, label", [
    ("The price went up 25% this year.", "negative"),
    ("Our win rate went up after the rollout.", "positive"),
    ("Response times dropped a lot with the new routing.", "positive"),
])
def test_direction_times_metric(analyzer, text, label):
    r = analyzer.analyze(text)
    assert r.label == label
    assert any(rule.startswith("cue:up x") or rule.startswith("cue:down x") for rule in rules_of(r))


@pytest.mark.parametrize("text, label", [
    ("The renewal reminders alone paid for the licence.", "positive"),
    ("The time tracking alone justifies the price.", "positive"),
    ("Our account manager checks in every quarter, which we value.", "positive"),
    ("Sehr zufrieden, die Pipeline-Ansicht ist genau richtig. Our account manager checks in every quarter, "
     "which we value.", "positive"),
    ("We value our data and this export is broken.", "negative"),
    ("I value honesty, and this pricing is not honest.", "negative"),
])
def test_what_something_is_worth_to_the_customer(analyzer, text, label):
    """Praise of value without a praise word: a feature that alone paid for the licence, a habit "which we value"
    (1.46; both were neutral or negative). Valuing something the product then fails stays a complaint."""
    assert analyzer.analyze(text).label == label


@pytest.mark.parametrize("text, label", [
    ("Brilliant app, only wish it pushed costs to Sage like it does to Xero.", "positive"),
    ("Great tool, would love SSO.", "positive"),
    ("Love it, please add dark mode.", "positive"),
    ("It would be great to have SSO.", "neutral"),
    ("If you could add SSO, that would be great.", "neutral"),
    ("Win/loss notes: they needed a French interface.", "neutral"),
])
def test_a_short_verdict_before_the_ask_is_praise_and_a_polite_frame_is_not(analyzer, text, label):
    """Praise with a request is positive (DOMAIN.md): in a request sentence, a short clause a comma sets before the
    thing asked for is the customer's verdict (1.46); the ask's own polite words ("would be great") stay neutral,
    and a colon's lead-in ("we'd love two things:") frames the ask."""
    assert analyzer.analyze(text).label == label


@pytest.mark.parametrize("text, label", [
    ("Works well.", "positive"),
    ("The team likes it.", "positive"),
    ("Fab.", "positive"),
    ("Can't fault it.", "positive"),
    ("Doesn't work well.", "negative"),
    ("It used to work well.", "negative"),
    ("The calendar on the phone works well enough.", "neutral"),
    ("Recall cards. We still post them by hand, every month, like it's 1995.", "negative"),
    ("Can Brewlog do that? It doesn't look like it.", "neutral"),
    ("Can't fault the uptime. Can fault the price.", "negative"),
])
def test_plain_praise_the_lexicons_did_not_know(analyzer, text, label):
    """Praise in plain words that neither TextBlob nor the domain lexicon scored read neutral (1.47): "works well",
    "likes it", "fab". A simile ("like it's 1995"), a lukewarm "well enough" and negation keep their reading."""
    assert analyzer.analyze(text).label == label


def test_set_up_is_not_a_direction(analyzer):
    r = analyzer.analyze("We set up the pipeline in March.")
    assert not any(rule.startswith("cue:up x") for rule in rules_of(r))


@pytest.mark.parametrize("text", [
    "We left for GitHub Actions. It was simply cheaper for a team of 6.",
    "Went with a competitor: they had a native HubSpot integration.",
    "We went with another vendor that had WhatsApp out of the box.",
    "The account manager was nice but the decision to leave was made at corporate level.",
    "We went with a cheaper tool.",  # "cheaper" is no praise of the vendor left (1.48)
    "We switched to a cheaper provider last spring.",
])
def test_leaving_for_a_rival_nobody_named_is_churn(analyzer, text):
    """Leaving is always negative (DOMAIN.md), also when the rival is no vendor the word lists know (1.47)."""
    r = analyzer.analyze(text)
    assert r.label == "negative" and "rules: churn intent" in r.label_reason


def test_going_by_text_is_no_leaving(analyzer):
    """"gone by March" is churn; a reminder that should "go by text" is not (1.47: the phrase is matched as written)."""
    assert "churn" not in analyzer.analyze("Can the reminders go by text message instead of email?").label_reason
    assert "rules: churn intent" in analyzer.analyze("We will be gone by March.").label_reason


@pytest.mark.parametrize("text, label", [
    ("Great, another mandatory update that moves the save button.", "negative"),
    ("Oh brilliant, another update that moved the buttons I use fifty times a day.", "negative"),
    ("Love that for us.", "negative"),
    ("Great tool, another team wants it too.", "positive"),
])
def test_an_ironic_opener_before_another(analyzer, text, label):
    """"Great, another ..." is sarcasm without a complaint word after it (1.47); praise with "another" later is not."""
    assert analyzer.analyze(text).label == label


def test_churn_to_named_competitor(analyzer):
    r = analyzer.analyze("We're considering moving to Pipedrive next year.")
    assert r.label == "negative" and "rules: churn intent" in r.label_reason
    # past move to us is not churn
    assert "rules: churn" not in analyzer.analyze("We moved from Pipedrive to you in 2022.").label_reason


def test_choosing_or_moving_to_a_competitor_the_app_records_is_churn(analyzer):
    """The competitors the app records (``vocapp.insights.store.rival_names``) reach the sentiment rules too (1.48):
    "We went with Cargolane" is a customer lost whatever the product; without the list it is a name like any."""
    texts = ["We went with Cargolane in the end.", "Chose Routewise because of the tracking page.",
             "We switched to Cargolane last spring.", "We did not go with Cargolane.",
             "We moved from Cargolane to you in 2022."]
    told = analyzer.analyze_many(texts, rivals=["Cargolane", "Routewise TMS"])
    churn = ["rules: churn intent" in r.label_reason for r in told]
    assert churn == [True, True, True, False, False]
    assert all(r.label == "negative" for r in told[:3])
    assert not any("rules: churn intent" in r.label_reason for r in analyzer.analyze_many(texts[:3]))


@pytest.mark.parametrize("text, label", [("2/10", "negative"), ("9 out of 10", "positive"),
                                         ("5/10", "neutral")])
def test_ratings(analyzer, text, label):
    assert analyzer.analyze(text).label == label


def test_neutral_masks(analyzer):
    assert analyzer.analyze("The help articles are in the help center.").label == "neutral"
    assert analyzer.analyze("We use the drag and drop board.").label == "neutral"


def test_remedy_verb_flips_problem(analyzer):
    r = analyzer.analyze("The new tool cleaned up thousands of duplicates.")
    assert r.label == "positive" and any(rule.startswith("remedy:") for rule in rules_of(r))
    neg = analyzer.analyze("They never cleaned up the duplicates.")
    assert not any(rule.startswith("remedy:") for rule in rules_of(neg))


def test_lukewarm_words_stay_neutral(analyzer):
    for text in ("It's fine.", "It's okay."):
        assert analyzer.analyze(text).label == "neutral"


def test_negated_function_verb_does_not_negate_following_problem(analyzer):
    r = analyzer.analyze("The update doesn't fix the broken export.")
    assert r.label == "negative"
    assert not any(rule.startswith("negation:") for rule in rules_of(r))


def test_sentence_level_contrast_weighs_double(analyzer):
    r = analyzer.analyze("The dashboards are nice. However, the sync is slow and buggy.")
    assert r.label == "negative" and "contrast sentences weigh double" in r.label_reason


def test_repetition_cue(analyzer):
    r = analyzer.analyze("We have asked for an invoice correction three times now.")
    assert r.label == "negative" and "cue:repetition" in rules_of(r)


def test_past_chore_is_an_improvement_not_nostalgia(analyzer):
    r = analyzer.analyze("Reminders we used to send manually now go out automatically.")
    assert r.rule_label == "positive" and any(rule.startswith("past-problem:") for rule in rules_of(r))
    # the learned layer (1.24) reads the plain statement as neutral by a hair (0.46 / positive 0.43), never negative
    assert r.label in ("positive", "neutral") and r.probabilities["negative"] < 0.2
    assert analyzer.analyze("Support used to be great.").label == "negative"


def test_single_quote_scare_quotes(analyzer):
    r = analyzer.analyze("Thanks for the 'upgrade' that hid the export button.")
    assert r.label == "negative"


@pytest.mark.parametrize("text, explanation", [
    ("Support got slower and slower.", "Negative, mostly because of “slower”."),
    ("The easiest CRM we have used.", "Positive, mostly because of “easiest”."),
])
def test_the_explanation_quotes_the_word_as_written(analyzer, text, explanation):
    """TextBlob is given the base adjective of "slower" and "easiest"; staff read the customer's own word (1.47)."""
    assert analyzer.analyze(text).to_dict()["explanation"] == explanation
