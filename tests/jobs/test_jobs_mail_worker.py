"""Invitations through a real `celery -A vocapp.tasks worker` and a real local SMTP server. The done-when of
background jobs: 500 invitations, the worker SIGKILLed once mid-run and started again, every contact e-mailed once.

The kill point is fixed: the SMTP server holds its reply to one message, the test kills the worker while it waits
for that reply, then the server refuses the message (the client is gone), so the message was not delivered and the
claim on it was left by a dead worker; the redelivered task (same task id) takes the claim back and sends it."""
import asyncio
import threading
import time
from collections import Counter

from sqlalchemy import func, select

from tests.jobs.conftest import wait_for
from vocapp.distribution import Audience
from vocapp.extensions import db
from vocapp.models import Account, Contact, Invitation, Job, Survey
from vocapp.tasks.mail import start_invitations

CONTACTS = 500
HELD = 150  # the message whose reply the server holds while the worker is killed


def hold_reply_to(inbox, number: int) -> tuple[threading.Event, threading.Event]:
    """The `number`th message waits for its reply until `release` is set, then is refused; (reached, release)."""
    reached, release, seen = threading.Event(), threading.Event(), []
    accept = inbox.handle_DATA

    async def handle_DATA(server, session, envelope):
        seen.append(envelope.rcpt_tos[0])
        if len(seen) != number:
            return await accept(server, session, envelope)
        reached.set()
        while not release.is_set():
            await asyncio.sleep(0.02)
        return "451 4.3.0 the client went away"

    inbox.handle_DATA = handle_DATA  # read by each new SMTP connection: set it before the worker connects
    return reached, release


def survey_with_contacts(count: int) -> int:
    accounts = [Account(external_id=f"A-{n:02}", name=f"Account {n:02}", arr=10_000) for n in range(25)]
    db.session.add_all(accounts)
    db.session.add_all(Contact(account=accounts[n % len(accounts)], email=f"contact{n:03}@example.test",
                               name=f"Contact {n}") for n in range(count))
    survey = Survey(kind="nps", name="Q4 NPS", status="open", product_name="Pipely")
    db.session.add(survey)
    db.session.commit()
    return survey.id


def finished(app, job_id: int):
    with app.app_context():
        job = db.session.get(Job, job_id)
        return job if job.finished else None


def test_500_invitations_through_a_worker_killed_once_mid_run_each_sent_once(app, smtp, workers):
    with app.app_context():
        survey_id = survey_with_contacts(CONTACTS)
    reached, release = hold_reply_to(smtp, HELD)
    with app.test_request_context():
        job_id = start_invitations(db.session.get(Survey, survey_id), Audience()).id
    began = time.monotonic()
    worker = workers()
    assert reached.wait(90), "the worker never reached the held message"
    worker.kill()
    release.set()
    killed_after = time.monotonic() - began
    assert len(smtp.messages) == HELD - 1
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert (job.state, job.total) == ("running", CONTACTS) and job.done < HELD, "the job shows how far it got"
        held = db.session.scalars(select(Invitation).where(Invitation.mail_claim.is_not(None))).all()
        assert len(held) == 1 and held[0].sent_at is None, "the e-mail the worker died on is claimed, not sent"

    worker.start()
    job = wait_for(lambda: finished(app, job_id), timeout=120, every=0.25, what="the restarted worker to finish")
    took = time.monotonic() - began

    recipients = Counter(message["To"] for message in smtp.messages)
    assert len(recipients) == CONTACTS, "every contact got the invitation"
    assert recipients.most_common(1)[0][1] == 1, "nobody got it twice"
    assert len({message["Message-ID"] for message in smtp.messages}) == CONTACTS
    assert job.state == "succeeded" and (job.done, job.total) == (CONTACTS, CONTACTS)
    assert job.outcome.splitlines()[0] == f"{CONTACTS} sent, 0 failed, 0 skipped"
    with app.app_context():
        sent = db.session.scalar(select(func.count(Invitation.id)).where(Invitation.sent_at.is_not(None)))
        claimed = db.session.scalar(select(func.count(Invitation.id)).where(Invitation.mail_claim.is_not(None)))
        assert (sent, claimed) == (CONTACTS, 0)
    print(f"\n{CONTACTS} invitations: killed after {killed_after:.1f} s at message {HELD}, "
          f"all sent {took:.1f} s after the start (including the redelivery wait)")
