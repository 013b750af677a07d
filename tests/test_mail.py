"""Invitations and one reminder by e-mail, through a real local SMTP server; every outcome is recorded."""
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from helpers import add_account, add_contact
from vocapp.cli import voc
from vocapp.distribution import Audience
from vocapp.extensions import db
from vocapp.mailer import MailNotConfigured, parse_smtp_url, send_invitations, send_reminders
from vocapp.models import Invitation, InvitationEmail, Response, Survey
from vocapp.models.base import utcnow


def _link(message) -> str:
    text = message.get_body(("plain",)).get_content()
    return re.search(r"http://voc\.test(/s/[A-Za-z0-9_-]{43})", text).group(1)


def _setup():
    acme = add_account()
    add_contact(acme, "ana@acme.example", "Ana")
    add_contact(acme, "ben@acme.example", "Ben")
    survey = Survey(kind="nps", name="Q2 NPS", status="open", product_name="Pipely", reminder_after_days=5)
    db.session.add(survey)
    db.session.commit()
    return survey


def test_invitations_then_one_reminder_to_those_who_have_not_answered(app, ctx, smtp, client):
    survey = _setup()
    report = send_invitations(survey, Audience(), app.config)
    assert (report.sent, report.failed) == (2, [])
    assert sorted(m["To"] for m in smtp.messages) == ["ana@acme.example", "ben@acme.example"]
    first = {m["To"]: m for m in smtp.messages}
    assert first["ana@acme.example"]["From"] == "feedback@pipely.example"
    assert "How likely is it that you would recommend Pipely" in first["ana@acme.example"].get_body(("plain",)).get_content()
    assert first["ana@acme.example"].get_body(("html",)) is not None
    ana_link = _link(first["ana@acme.example"])
    client.post(ana_link, data={"score": "9"})

    assert send_reminders(survey, app.config, now=utcnow() + timedelta(days=4)).sent == 0
    reminded = send_reminders(survey, app.config, now=utcnow() + timedelta(days=6))
    assert reminded.sent == 1 and smtp.messages[-1]["To"] == "ben@acme.example"
    assert smtp.messages[-1]["Subject"] == "Reminder: quick question about Pipely"  # never the staff's "Q2 NPS"
    assert send_reminders(survey, app.config, now=utcnow() + timedelta(days=7)).sent == 0, "only one reminder"

    old, new = _link(first["ben@acme.example"]), _link(smtp.messages[-1])
    assert old != new
    client.post(old, data={"score": "6"})
    client.post(new, data={"score": "7"})
    db.session.expire_all()
    assert sorted(r.score for r in db.session.scalars(select(Response))) == [7, 9], "both of Ben's links: one answer"
    outcomes = db.session.execute(select(InvitationEmail.kind, InvitationEmail.ok).order_by(InvitationEmail.id)).all()
    assert outcomes == [("invitation", True), ("invitation", True), ("reminder", True)]


def test_a_refused_recipient_is_recorded_and_retried_with_a_new_link(app, ctx, smtp, client):
    survey = _setup()
    smtp.refuse.add("ben@acme.example")
    report = send_invitations(survey, Audience(), app.config)
    assert report.sent == 1 and report.failed[0] == "ben@acme.example: the server refused the address: 550 5.1.1 mailbox unavailable"
    failed = db.session.scalar(select(InvitationEmail).where(InvitationEmail.ok.is_(False)))
    assert "mailbox unavailable" in failed.error and failed.invitation.sent_at is None
    smtp.refuse.clear()
    retry = send_invitations(survey, Audience(), app.config)
    assert retry.sent == 1 and smtp.messages[-1]["To"] == "ben@acme.example"
    assert {skip.contact_email for skip in retry.skipped} == {"ana@acme.example"}, "Ben is retried, not skipped"
    assert client.get(_link(smtp.messages[-1])).status_code == 200
    assert db.session.scalar(select(Invitation).join(Invitation.contact)
                             .where(Invitation.contact.has(email="ben@acme.example"))).sent_at is not None


def test_sending_needs_an_open_survey_and_a_server(app, ctx, runner):
    survey = _setup()
    with pytest.raises(MailNotConfigured):
        send_invitations(survey, Audience(), app.config)
    result = runner.invoke(voc, ["survey", "send", str(survey.id)])
    assert result.exit_code != 0 and "SMTP_URL is not set" in result.output
    assert db.session.scalar(select(Invitation.id)) is None, "nothing issued without a way to send it"
    survey.status = "draft"
    db.session.commit()
    app.config["SMTP_URL"] = "smtp://127.0.0.1:1"
    try:
        result = runner.invoke(voc, ["survey", "send", str(survey.id)])
    finally:
        app.config["SMTP_URL"] = ""
    assert result.exit_code != 0 and "open it before sending" in result.output


def test_smtp_urls():
    plain = parse_smtp_url("smtp://u%40x:p%3Ass@mail.example:2525")
    assert (plain.host, plain.port, plain.security, plain.username, plain.password) == \
        ("mail.example", 2525, "plain", "u@x", "p:ss")
    assert parse_smtp_url("smtps://mail.example").port == 465
    starttls = parse_smtp_url("smtp://mail.example?starttls")
    assert (starttls.security, starttls.port) == ("starttls", 587)
    with pytest.raises(MailNotConfigured, match="scheme 'http'"):
        parse_smtp_url("http://mail.example")


def test_the_cli_sends_and_reminds(app, ctx, smtp, runner):
    survey = _setup()
    result = runner.invoke(voc, ["survey", "send", str(survey.id)])
    assert result.exit_code == 0 and "2 sent, 0 failed, 0 skipped" in result.output
    result = runner.invoke(voc, ["survey", "remind", str(survey.id)])
    assert result.exit_code == 0 and "0 sent" in result.output
