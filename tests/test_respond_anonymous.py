"""Anonymous surveys, read as an attacker with the database and as staff with the pages: nothing stored or shown
ties an answer to the contact, and an answer is never shown with an account that had fewer than 3 contacts
invited to the survey (it still counts in the totals)."""
import csv
import io
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select, text

from helpers import add_account, add_contact
from test_mail import _link
from vocapp.distribution import Audience, issue_links
from vocapp.extensions import db
from vocapp.mailer import send_invitations, send_reminders
from vocapp.models import ApiToken, FollowUpCase, Invitation, Response, Survey
from vocapp.models.base import utcnow
from vocapp.queries.nps import NpsFilter, reach
from vocapp.web import respond

HIDDEN = "an account with fewer than 3 invited contacts"


def _survey(anonymous=True, **fields) -> Survey:
    survey = Survey(kind="nps", name="Staff name", status="open", anonymous=anonymous, product_name="Pipely",
                    **fields)
    db.session.add(survey)
    db.session.commit()
    return survey


def _portfolio(anonymous=True):
    """Big Bank with 3 invited contacts, Tiny Ltd with 1: returns the survey and each contact's link path."""
    big = add_account("B-1", "Big Bank", 300_000)
    tiny = add_account("T-1", "Tiny Ltd", 20_000)
    for n in range(3):
        add_contact(big, f"p{n}@big.example", f"Big Person {n}")
    add_contact(tiny, "solo@tiny.example", "Solo Tiny")
    survey = _survey(anonymous)
    links = {link.contact_email: link.url.removeprefix("http://voc.test")
             for link in issue_links(survey, "http://voc.test", Audience()).links}
    db.session.commit()
    return survey, links


def _answer_at(client, monkeypatch, path, moment, score, reason=None):
    monkeypatch.setattr(respond, "utcnow", lambda: moment)
    client.get(path)
    client.post(path, data={"score": str(score)})
    if reason:
        client.post(path + "/more", data={"reason": reason})


def test_the_database_no_longer_pairs_an_answer_with_its_invitation(ctx, client, monkeypatch):
    survey, links = _portfolio()
    base = datetime(2026, 11, 3, 9, 0, 0)
    for minute, (email, path) in enumerate(sorted(links.items())):
        _answer_at(client, monkeypatch, path, base + timedelta(minutes=7 * minute, seconds=13), minute * 3,
                   reason="Support is slow")
    db.session.expire_all()
    # the join an attacker would try: the same moment on both sides
    paired = db.session.execute(text(
        "SELECT i.id, r.id FROM invitations i JOIN responses r ON r.survey_id = i.survey_id "
        "AND (r.created_at = i.answered_at OR r.submitted_at = i.answered_at OR r.updated_at = i.answered_at "
        "OR r.created_at = i.opened_at OR r.submitted_at = i.opened_at)")).all()
    assert paired == []
    invitations = db.session.scalars(select(Invitation)).all()
    assert [(i.opened_at, i.answered_at) for i in invitations] == [(None, None)] * 4
    answers = db.session.scalars(select(Response)).all()
    assert len(answers) == 4
    for answer in answers:
        assert (answer.contact_id, answer.invitation_id) == (None, None)
        for moment in (answer.created_at, answer.submitted_at, answer.updated_at):
            assert moment == datetime(2026, 11, 3), "kept to the day"
    assert {answer.link_key for answer in answers}.isdisjoint({i.token_hash for i in invitations})
    cases = db.session.scalars(select(FollowUpCase)).all()
    assert cases, "detractors still open cases"
    for case in cases:
        assert case.contact_id is None and case.opened_at == case.updated_at == datetime(2026, 11, 3)


def test_anonymous_comments_are_not_analysed_the_moment_they_arrive(ctx, client, monkeypatch):
    scheduled = []
    monkeypatch.setattr(respond, "schedule_analysis", lambda kind, ident: scheduled.append(ident))
    survey, links = _portfolio()
    path = links["p0@big.example"]
    client.post(path, data={"score": "5"})
    client.post(path + "/more", data={"reason": "Too slow"})
    assert scheduled == [] and db.session.scalar(select(Response.comment)) == "Too slow"


def test_the_survey_page_lists_no_answerers(ctx, client, login, monkeypatch):
    survey, links = _portfolio()
    _answer_at(client, monkeypatch, links["p1@big.example"], datetime(2026, 11, 3, 9), 9)
    staff = login("csm")
    page = staff.get(f"/surveys/{survey.id}").get_data(as_text=True)
    assert "p1@big.example" in page, "the invitations are listed"
    assert ">answered<" not in page and ">opened<" not in page
    assert "records neither whether it was opened nor whether it was answered" in page


def test_the_response_rate_of_an_anonymous_survey_comes_from_counts(ctx, client, monkeypatch):
    survey, links = _portfolio()
    for email in ("p0@big.example", "solo@tiny.example"):
        _answer_at(client, monkeypatch, links[email], datetime(2026, 11, 3, 9), 8)
    rate = reach(NpsFilter(survey_id=survey.id))
    assert (rate.invitations, rate.answered, rate.response_rate) == (4, 2, 50.0)


def test_a_small_accounts_answer_is_shown_without_its_account(ctx, client, login, monkeypatch):
    survey, links = _portfolio()
    _answer_at(client, monkeypatch, links["solo@tiny.example"], datetime(2026, 11, 3, 9), 2, "Tiny says hi")
    _answer_at(client, monkeypatch, links["p2@big.example"], datetime(2026, 11, 4, 9), 10, "Big says hi")
    staff = login("csm")
    page = staff.get(f"/surveys/{survey.id}/results").get_data(as_text=True)
    assert "Tiny says hi" in page and "Big says hi" in page
    assert "Tiny Ltd" not in page and HIDDEN in page and "Big Bank" in page
    assert "n = 2" in page or ">2<" in page  # both answers count

    exported = staff.get(f"/surveys/{survey.id}/results/answers.csv").get_data(as_text=True)
    rows = {row["comment"]: row for row in csv.DictReader(io.StringIO(exported))}
    assert rows["Tiny says hi"]["account_name"] == HIDDEN and rows["Tiny says hi"]["account_external_id"] == ""
    assert rows["Big says hi"]["account_name"] == "Big Bank" and "Tiny Ltd" not in exported and "T-1" not in exported
    as_json = staff.get(f"/surveys/{survey.id}/results/answers.json").get_data(as_text=True)
    assert "Tiny Ltd" not in as_json and "T-1" not in as_json and "Big Bank" in as_json

    api_token, secret = ApiToken.issue("reports")
    db.session.add(api_token)
    db.session.commit()
    api = client.get(f"/api/v1/surveys/{survey.id}/answers", headers={"Authorization": f"Bearer {secret}"}).json
    by_comment = {item["comment"]: item for item in api["items"]}
    assert by_comment["Tiny says hi"]["account_name"] == HIDDEN
    assert by_comment["Tiny says hi"]["account_external_id"] is None
    assert by_comment["Big says hi"]["account_external_id"] == "B-1"
    results = client.get(f"/api/v1/surveys/{survey.id}/results", headers={"Authorization": f"Bearer {secret}"}).json
    assert results["n"] == 2

    [case] = db.session.scalars(select(FollowUpCase)).all()  # Tiny's detractor answer
    assert (case.account_id, case.owner_id) == (None, None)
    assert "Tiny Ltd" not in staff.get(f"/cases/{case.id}").get_data(as_text=True)


def test_a_named_survey_still_shows_every_account(ctx, client, login, monkeypatch):
    survey, links = _portfolio(anonymous=False)
    _answer_at(client, monkeypatch, links["solo@tiny.example"], datetime(2026, 11, 3, 9), 2, "Tiny says hi")
    page = login("csm").get(f"/surveys/{survey.id}/results").get_data(as_text=True)
    assert "Tiny Ltd" in page and HIDDEN not in page
    invitation = db.session.scalar(select(Invitation).where(Invitation.answered_at.is_not(None)))
    assert invitation.answered_at == datetime(2026, 11, 3, 9) and invitation.opened_at is not None


def test_reminders_go_to_everyone_and_thank_those_who_answered(app, ctx, smtp, client):
    acme = add_account()
    add_contact(acme, "ana@acme.example", "Ana")
    add_contact(acme, "ben@acme.example", "Ben")
    survey = _survey(reminder_after_days=5)
    send_invitations(survey, Audience(), app.config)
    client.post(_link(smtp.messages[0]), data={"score": "9"})
    reminded = send_reminders(survey, app.config, now=utcnow() + timedelta(days=6))
    assert reminded.sent == 2, "who answered is not known, so who gets a reminder cannot tell"
    body = smtp.messages[-1].get_body(("plain",)).get_content()
    assert "If you have already answered, thank you" in body


def test_whether_a_survey_is_anonymous_cannot_change_once_links_are_out(ctx, client, login):
    survey, _links = _portfolio()
    staff = login("csm")
    page = staff.post(f"/surveys/{survey.id}/edit", data={
        "kind": "nps", "name": "Staff name", "journey_stage": "", "product_name": "Pipely", "questions": "",
        "effectiveness_model_id": "0", "link_ttl_days": "30", "cooldown_days": "90", "reminder_after_days": "5",
        "ask_key_question": "y"})  # anonymous unticked
    assert page.status_code == 200 and "whether it is anonymous stays as it is" in page.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.get(Survey, survey.id).anonymous is True
