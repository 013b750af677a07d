"""Scheduled reports through a real local SMTP server: the PDFs arrive, and nothing is sent twice for a period."""
from datetime import date
from io import BytesIO

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from tests.conftest import make_user
from tests.helpers import add_account
from vocapp.delivery import last_period, send_due_reports
from vocapp.extensions import db
from vocapp.mailer import SmtpConnection
from vocapp.models import ReportDelivery, ReportSubscription

TODAY = date(2026, 12, 2)  # a Wednesday


def test_periods_are_the_last_complete_week_and_month():
    assert last_period("weekly", TODAY) == (date(2026, 11, 23), date(2026, 11, 29))
    assert last_period("weekly", date(2026, 11, 30)) == (date(2026, 11, 23), date(2026, 11, 29))  # a Monday
    assert last_period("monthly", TODAY) == (date(2026, 11, 1), date(2026, 11, 30))
    assert last_period("monthly", date(2026, 1, 1)) == (date(2025, 12, 1), date(2025, 12, 31))


@pytest.fixture
def subscribed(ctx):
    pm = make_user("product", "pm@example.example")
    csm = make_user("csm", "csm@example.example")
    add_account("A-1", "Acme Logistics", 120_000, csm_id=csm.id)
    add_account("B-1", "Bolt Freight", 80_000, csm_id=csm.id)
    add_account("C-1", "Crux Gone", 50_000, csm_id=csm.id, status="churned")
    add_account("D-1", "Dune Elsewhere", 40_000)
    db.session.add_all([ReportSubscription(user=pm, kind="roadmap", frequency="weekly"),
                        ReportSubscription(user=csm, kind="accounts", frequency="monthly")])
    db.session.commit()
    return ctx


def attachments(inbox) -> dict[str, str]:
    """Recipient and first-page text of each PDF received."""
    found = {}
    for message in inbox.messages:
        part = next(message.iter_attachments())
        assert part.get_content_type() == "application/pdf"
        found[message["Subject"]] = (message["To"], PdfReader(BytesIO(part.get_content())).pages[0].extract_text())
    return found


def test_each_subscriber_gets_their_reports_once(subscribed, smtp):
    run = send_due_reports(TODAY)
    assert (run.sent, run.skipped, run.failed) == (3, 0, [])
    received = attachments(smtp)
    assert received["Roadmap feedback, 23 Nov 2026 to 29 Nov 2026"][0] == "pm@example.example"
    to, text = received["Account review: Acme Logistics, 1 Nov 2026 to 30 Nov 2026"]
    assert to == "csm@example.example" and "Acme Logistics" in text and "$120,000" in text
    assert "Account review: Bolt Freight, 1 Nov 2026 to 30 Nov 2026" in received
    assert not any("Crux" in subject or "Dune" in subject for subject in received)  # churned; another CSM's
    again = send_due_reports(TODAY)
    assert (again.sent, again.skipped) == (0, 3) and len(smtp.messages) == 3
    statuses = db.session.scalars(select(ReportDelivery.status)).all()
    assert sorted(statuses) == ["sent"] * 3


def test_a_refused_e_mail_is_retried_on_the_next_run(subscribed, smtp):
    smtp.refuse.add("pm@example.example")
    run = send_due_reports(TODAY)
    assert run.sent == 2 and len(run.failed) == 1 and "pm@example.example" in run.failed[0]
    smtp.refuse.clear()
    retry = send_due_reports(TODAY)
    assert (retry.sent, retry.skipped) == (1, 2)
    assert [message["To"] for message in smtp.messages].count("pm@example.example") == 1


def test_a_run_interrupted_halfway_sends_nothing_twice(subscribed, smtp, monkeypatch):
    real_send, sent = SmtpConnection.send, []

    def send_then_die(self, message):
        if sent:
            raise KeyboardInterrupt  # the process is stopped while the second e-mail is going out
        real_send(self, message)
        sent.append(message)

    monkeypatch.setattr(SmtpConnection, "send", send_then_die)
    with pytest.raises(KeyboardInterrupt):
        send_due_reports(TODAY)
    db.session.rollback()
    monkeypatch.setattr(SmtpConnection, "send", real_send)
    run = send_due_reports(TODAY)
    assert (run.sent, run.skipped) == (1, 2)  # the one interrupted mid-send is not risked twice
    subjects = [message["Subject"] for message in smtp.messages]
    assert len(subjects) == len(set(subjects)) == 2
    interrupted = db.session.scalars(select(ReportDelivery).where(ReportDelivery.status == "sending")).all()
    assert len(interrupted) == 1


def test_the_command_says_what_it_did(subscribed, smtp, runner):
    result = runner.invoke(args=["voc", "report", "send", "--today", "2026-12-02"])
    assert result.exit_code == 0, result.output
    assert "3 sent, 0 already delivered, 0 failed" in result.output


def test_without_smtp_the_command_says_e_mail_is_off(subscribed, runner):
    result = runner.invoke(args=["voc", "report", "send"])
    assert result.exit_code == 1 and "SMTP_URL is not set" in result.output
    assert db.session.scalars(select(ReportDelivery)).all() == []
