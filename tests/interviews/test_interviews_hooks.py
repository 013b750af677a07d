"""Interviews join the analysis and the personas: their notes and the buyer's turns are analysed like comments
(a request in a churn interview counts in the roadmap ranking, its account's ARR as lost); a churn interview
settles "no longer needed"; an interview's key-question answer counts as a direct answer."""
from datetime import date, timedelta


from conftest import make_user
from helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.insights.sources import PROVIDERS, texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer
from vocapp.interviews import sources  # noqa: F401
from vocapp.models import Interview
from vocapp.queries.feedback import ranked_items
from vocapp.queries.personas import account_persona


def _interview(account, **fields):
    values = dict(outcome="loss", interviewed_on=date.today() - timedelta(days=10), notes="", transcript="", turns=[],
                  answers={}, next_steps="")
    values.update(fields)
    interview = Interview(account=account, **values)
    db.session.add(interview)
    db.session.commit()
    return interview


def test_the_buyers_words_are_analysed_not_the_interviewers_questions(ctx):
    sam = make_user("interviewer", "sam@example.com")
    sam.name = "Sam Reyes"
    account = add_account("A-1", "Acme", 10_000)
    interview = _interview(account, interviewer_id=sam.id, notes="Budget owner was the CFO.",
                           answers={"why": {"question": "Why?", "answer": "Too pricey for what we used."}},
                           turns=[{"speaker": "Sam", "text": "Did the lack of a Jira integration matter?"},
                                  {"speaker": "Ana", "text": "We left because there was no Salesforce integration."}])
    found = PROVIDERS["interview"](None, [interview.id])
    assert len(found) == 1 and found[0].source_type == "interview" and found[0].account_id == account.id
    assert "Salesforce" in found[0].text and "Too pricey" in found[0].text and "CFO" in found[0].text
    assert "Jira" not in found[0].text
    # each part of the record is marked where it starts, so the analysis reads notes as notes, answers as answers
    assert [part for _, part in found[0].parts] == ["notes", "answers.why", "turns.1"]
    assert [found[0].text[start:].split("\n\n")[0] for start, _ in found[0].parts] == [
        "Budget owner was the CFO.", "Too pricey for what we used.",
        "We left because there was no Salesforce integration."]
    assert any(text.source_type == "interview" for text in texts())


def test_a_request_in_a_churn_interview_ranks_with_its_accounts_arr_as_lost(ctx):
    churned = add_account("A-1", "Gone Ltd", 40_000, status="churned")
    _interview(churned, outcome="churn", notes="Please add a Salesforce integration. We could not live without it.")
    analyse(texts(), current_analyzer())
    ranked = [item for item in ranked_items() if "salesforce" in item.title.lower()]
    assert ranked, [item.title for item in ranked_items()]
    assert ranked[0].arr_lost == 40_000 and ranked[0].accounts == 1
    # analysed once: a second run finds nothing pending for this version
    assert PROVIDERS["interview"](current_analyzer().up_to_date, None) == []


def test_a_churn_interview_settles_no_longer_needed(ctx):
    account = add_account("A-1", "Acme", 10_000)   # still active in the CRM
    contact = add_contact(account, "ana@acme.example", "Ana", decision_maker=True)
    _interview(account, outcome="win", key_question="essential", contact_id=contact.id)
    assert account_persona(account.id).persona == "essential"
    _interview(account, outcome="churn", contact_id=contact.id, interviewed_on=date.today() - timedelta(days=2))
    placement = account_persona(account.id)
    assert placement.persona == "no_longer_needed" and placement.rule == "churn"


def test_the_interview_key_question_counts_as_a_direct_answer_with_decision_makers_double(ctx):
    account = add_account("A-1", "Acme", 10_000)
    boss = add_contact(account, "boss@acme.example", "Boss", decision_maker=True)
    user = add_contact(account, "user@acme.example", "User")
    _interview(account, outcome="downgrade", key_question="nice_to_have", contact_id=boss.id)
    _interview(account, outcome="win", key_question="essential", contact_id=user.id,
               interviewed_on=date.today() - timedelta(days=1))
    placement = account_persona(account.id)
    assert placement.rule == "key_question" and placement.persona == "nice_to_have"   # 2 against 1
    assert any("downgrade interview" in reason for reason in placement.reasons)


def test_what_a_recorded_competitor_was_ahead_on_ranks_as_lost(ctx):
    from vocapp.models import Competitor
    db.session.add(Competitor(name="Brightbin", key="brightbin"))
    lost = add_account("A-1", "Harbour Foods", 30_000, status="churned")
    _interview(lost, outcome="loss", answers={"criteria": "Usability (you), lot traceability (Brightbin)."})
    analyse(texts(), current_analyzer())
    titles = {item.title.lower(): item for item in ranked_items()}
    assert any("traceability" in title for title in titles), list(titles)
    assert not any("brightbin" in title or "usability" in title for title in titles), list(titles)
    assert next(item for title, item in titles.items() if "traceability" in title).arr_lost == 30_000
