"""Request detection and consolidation of near-duplicates."""
import pytest

from analysis import Analyzer
from analysis.requests import Request, consolidate, match_item, request_key


@pytest.fixture(scope="module")
def analyzer():
    return Analyzer()


@pytest.mark.parametrize("text,rule", [
    ("It would be great if there was a native Zoom integration.", "would_be_nice"),
    ("We need two-way Outlook calendar sync.", "need"),
    ("Please add offline mode to the mobile app.", "please"),
    ("Missing custom fields on the activity object.", "missing"),
    ("I wish we could export dashboards to PDF.", "wish"),
    ("We can't roll this out without SSO.", "cannot_without"),
    ("The app does not support offline mode.", "not_supported"),
    ("Could you add Slack notifications when a deal closes?", "ask_question"),
    ("Nothing is missing except an API for the warehouse.", "missing"),
])
def test_request_detected(analyzer, text, rule):
    r = analyzer.analyze(text)
    assert len(r.requests) == 1, text
    req = r.requests[0]
    assert req.rule.startswith(rule)
    assert req.sentence == text and req.key
    assert r.sentences[0].request is req


@pytest.mark.parametrize("text,rule,subject", [
    ("We need account health scores.", "need: 'We need'", "account health scores"),
    ("We require SSO for every user.", "need: 'We require'", "SSO for every user"),
    ("It would be great if there were customer health scores.", "would_be_nice: 'would be great'",
     "customer health scores"),
])
def test_the_rule_quotes_the_cue_not_the_asks_first_word(analyzer, text, rule, subject):
    """The product shows the rule's words as "asked with “We need”": the first word of the ask, which the rule
    reads to know an ask follows, is the ask's, not the cue's."""
    [req] = analyzer.analyze(text).requests
    assert (req.rule, req.subject) == (rule, subject)


@pytest.mark.parametrize("text", [
    "We need to call support every week just to keep things running.",
    "Emails went missing after the update.",
    "We can't live without it.",
    "We can't close the month without the export, and it failed again.",
    "Support answered quickly.",
    "Nothing is missing from the reports.",
    "There's nothing missing in the scheduling.",
])
def test_not_a_request(analyzer, text):
    assert analyzer.analyze(text).requests == []


def test_request_subject_and_key(analyzer):
    req = analyzer.analyze("It would be great if there was a native Zoom integration so calls get logged.").requests[0]
    assert req.subject == "Zoom integration"
    assert req.key == "integrate zoom"


def test_consolidation_merges_synonyms(analyzer):
    texts = ["Salesforce integration please!", "Would be good to integrate with Salesforce.",
             "Any plans for a proper sync to SFDC?", "We need export to Excel.",
             "Can you let us download to xlsx?", "Please add dark mode."]
    mentions = []
    for i, t in enumerate(texts):
        for req in analyzer.analyze(t).requests:
            mentions.append((f"m{i}", req))
    clusters = consolidate(mentions)
    groups = sorted(sorted(c.mention_ids) for c in clusters)
    assert groups == [["m0", "m1", "m2"], ["m3", "m4"], ["m5"]]
    sf = next(c for c in clusters if "m0" in c.mention_ids)
    assert "salesforce" in sf.key and "Salesforce" in sf.title


def test_consolidation_on_plain_text_with_opaque_ids():
    ids = [object(), object(), object()]
    clusters = consolidate([(ids[0], "Salesforce integration"), (ids[1], "sync to SFDC"),
                            (ids[2], "HubSpot integration")])
    assert len(clusters) == 2
    assert set(map(id, clusters[0].mention_ids)) == {id(ids[0]), id(ids[1])}


def test_match_new_request_to_existing_item():
    items = [(1, "Salesforce integration"), (2, "Export reports to Excel"), (3, "Dark mode")]
    assert match_item("Please let us sync to SFDC", items)[0] == 1
    assert match_item("download reports as xlsx", items)[0] == 2
    assert match_item("Multi-currency quotes", items) is None


def test_request_key_is_order_and_synonym_insensitive():
    assert request_key("Salesforce integration") == request_key("integrate with SFDC")


def test_a_detected_request_keeps_its_own_subject_and_key():
    """A Request (already detected) is matched and consolidated by its key and subject, never read again as text:
    here the key says Salesforce while the words say dark mode."""
    detected = Request(text="Dark mode", sentence="Please add dark mode.", rule="please", subject="dark mode",
                       key="integrate salesforce")
    items = [(1, "Salesforce integration"), (2, "Dark mode")]
    assert match_item(detected, items)[0] == 1
    assert match_item("Please add dark mode.", items)[0] == 2
    [cluster] = consolidate([(10, detected), (11, "We need a Salesforce integration.")])
    assert cluster.mention_ids == [10, 11] and "dark mode" in cluster.subjects


@pytest.mark.parametrize("text,subject", [
    ("An actual app is overdue.", "app"),
    ("A Xero integration is long overdue.", "Xero integration"),
    ("Multi-currency is a glaring gap.", "Multi-currency"),
    ("Dental charting is the obvious hole.", "Dental charting"),
])
def test_what_is_overdue_or_the_obvious_gap_is_asked_for(analyzer, text, subject):
    """"X is overdue", "X is the obvious hole" ask for X (1.47); the thing named before the cue is the ask."""
    r = analyzer.analyze(text)
    assert [req.subject for req in r.requests] == [subject], text
    assert r.requests[0].rule.startswith("top_ask")


@pytest.mark.parametrize("text", [
    "Our invoice is overdue.",
    "The fix is long overdue and support stopped answering.",
    "It was overdue for service and nobody knew.",
])
def test_what_is_owed_being_overdue_asks_for_nothing(analyzer, text):
    """An invoice, a fix or a machine's service can be overdue without anything to build (1.47)."""
    assert not any(req.rule.startswith("top_ask") for req in analyzer.analyze(text).requests)


@pytest.mark.parametrize("text,subject", [
    ("Could the end-of-day report be emailed to me automatically?", "end-of-day report be emailed"),
    ("Could the weekly summary be emailed?", "weekly summary be emailed"),
    ("Could the student portal be in their languages?", "student portal be in their languages"),
    ("Could the reminders go by text?", "text"),
    ("Could the jobs sync with our Google Calendar?", "sync with our Google Calendar"),
])
def test_a_question_asks_of_the_whole_thing_it_names(analyzer, text, subject):
    """"Could the end-of-day report ...": the question's cue ("Could the") does not take the first word of the
    thing asked about ("of-day report", "summary be emailed" before 1.48); a one-word thing followed by what it
    should do is left to that."""
    r = analyzer.analyze(text)
    assert [req.subject for req in r.requests] == [subject], text
