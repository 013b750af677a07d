"""E-mail jobs without a broker: claims that make a retried or redelivered send skip what went out, stable
Message-IDs, a report delivery left 'sending' by a dead task taken back by its redelivery, the beat schedule, and
the command line's progress bar."""
import re
from datetime import date, timedelta

from sqlalchemy import select, update

from tests.conftest import make_user
from tests.helpers import add_account, add_contact
from vocapp.cli import voc
from vocapp.distribution import Audience
from vocapp.extensions import db
from vocapp.mailer import CLAIM_LEASE, send_invitations, send_reminders
from vocapp.models import Invitation, Job, ReportDelivery, ReportSubscription, Survey
from vocapp.models.base import utcnow
from vocapp.tasks.app import celery, in_process
from vocapp.tasks.jobs import JobRun
from vocapp.tasks.mail import deliver_reports, invite, start_reminders
from vocapp.tasks.schedule import schedule_reminders


def _link(message) -> str:
    return re.search(r"http://voc\.test(/s/[A-Za-z0-9_-]{43})", message.get_body(("plain",)).get_content()).group(1)


def _survey(*emails: str) -> Survey:
    acme = add_account()
    for email in emails:
        add_contact(acme, email, email.split("@")[0].title())
    survey = Survey(kind="nps", name="Q4 NPS", status="open", product_name="Pipely", reminder_after_days=5)
    db.session.add(survey)
    db.session.commit()
    return survey


def _hold(email: str, holder: str, since=None) -> None:
    """Leaves the invitation's e-mail claimed by `holder`, as a run that died mid-send would."""
    invitation = db.session.scalar(select(Invitation).join(Invitation.contact).where(
        Invitation.contact.has(email=email)))
    db.session.execute(update(Invitation).where(Invitation.id == invitation.id).values(
        mail_claim=holder, mail_claimed_at=since or utcnow(), sent_at=None))
    db.session.commit()


def test_a_claim_held_by_a_live_run_is_left_to_it_and_one_left_by_a_dead_run_is_taken_back(app, ctx, smtp, client):
    survey = _survey("ana@acme.example", "ben@acme.example")
    send_invitations(survey, Audience(), app.config, batch="first")
    first_ben = next(m for m in smtp.messages if m["To"] == "ben@acme.example")
    _hold("ben@acme.example", "another-run")  # as if sending to Ben right now, or dead a moment ago
    again = send_invitations(survey, Audience(), app.config, batch="second")
    assert len(smtp.messages) == 2 and again.sent == 0, "a claim another run holds is left to it"

    _hold("ben@acme.example", "another-run", since=utcnow() - CLAIM_LEASE - timedelta(minutes=1))
    after_lease = send_invitations(survey, Audience(), app.config, batch="second")
    assert after_lease.sent == 1 and [m["To"] for m in smtp.messages].count("ben@acme.example") == 2
    second_ben = smtp.messages[-1]
    assert second_ben["Message-ID"] == first_ben["Message-ID"], "a repeat can be collapsed by mail clients"
    assert client.get(_link(second_ben)).status_code == 200
    assert client.get(_link(first_ben)).status_code == 200, "the copy a dead run may have sent still opens"


def test_each_e_mail_has_a_stable_message_id_per_invitation_and_kind(app, ctx, smtp):
    survey = _survey("ana@acme.example", "ben@acme.example")
    send_invitations(survey, Audience(), app.config)
    send_reminders(survey, app.config, now=utcnow() + timedelta(days=6))
    ids = [message["Message-ID"] for message in smtp.messages]
    assert len(ids) == len(set(ids)) == 4
    assert all(re.fullmatch(r"<vocapp\.invitation\.\d+\.(invitation|reminder)@pipely\.example>", i) for i in ids)


def test_the_redelivered_invitation_task_takes_back_the_claim_its_dead_attempt_left(app, ctx, smtp):
    survey = _survey("ana@acme.example", "ben@acme.example", "cy@acme.example")
    job = Job(kind="invitations", title="Invitations for Q4 NPS")
    db.session.add(job)
    db.session.commit()
    # the first attempt issued the links and sent Ana's; it died while Ben's and Cy's were going out (the server
    # never accepted them), leaving their claims held by task 7
    smtp.refuse.update({"ben@acme.example", "cy@acme.example"})
    invite.apply(args=(job.id, survey.id, {}), task_id="task-7")
    smtp.refuse.clear()
    _hold("ben@acme.example", "task-7")
    _hold("cy@acme.example", "task-7")
    sent_before = len(smtp.messages)
    assert sent_before == 1
    invite.apply(args=(job.id, survey.id, {}), task_id="task-7")  # the redelivery: same task id
    db.session.expire_all()
    recipients = [m["To"] for m in smtp.messages[sent_before:]]
    assert sorted(recipients) == ["ben@acme.example", "cy@acme.example"]
    assert [m["To"] for m in smtp.messages].count("ana@acme.example") == 1
    job = db.session.get(Job, job.id)
    assert job.state == "succeeded" and job.outcome.splitlines()[0] == "3 sent, 0 failed, 0 skipped"
    assert db.session.scalar(select(Invitation.id).where(Invitation.mail_claim.is_not(None))) is None


def test_a_report_left_sending_by_a_dead_task_is_sent_by_its_redelivery_not_by_others(app, ctx, smtp):
    pm = make_user("product", "pm@example.example")
    subscription = ReportSubscription(user=pm, kind="roadmap", frequency="weekly")
    db.session.add(subscription)
    db.session.commit()
    today = date(2026, 12, 2)
    db.session.add(ReportDelivery(subscription=subscription, period_start=date(2026, 11, 23),
                                  period_end=date(2026, 11, 29), account_id=0, status="sending", claimed_by="task-9"))
    db.session.commit()

    def run(task_id: str) -> Job:
        job = Job(kind="report-deliveries", title="Scheduled reports")
        db.session.add(job)
        db.session.commit()
        deliver_reports.apply(args=(job.id, today.isoformat()), task_id=task_id)
        db.session.expire_all()
        return db.session.get(Job, job.id)

    other = run("task-10")
    assert other.outcome.splitlines()[0] == "0 sent, 1 already delivered, 0 failed" and smtp.messages == []
    redelivered = run("task-9")
    assert redelivered.outcome.splitlines()[0] == "1 sent, 0 already delivered, 0 failed"
    assert len(smtp.messages) == 1 and smtp.messages[0]["Message-ID"].startswith("<vocapp.report_deliveries.")
    assert run("task-9").outcome.startswith("0 sent, 1 already delivered") and len(smtp.messages) == 1
    assert db.session.scalar(select(ReportDelivery.status)) == "sent"


def test_a_reminder_job_reports_its_progress_and_outcome(app, ctx, smtp):
    survey = _survey("ana@acme.example", "ben@acme.example")
    send_invitations(survey, Audience(), app.config)
    db.session.execute(update(Invitation).values(sent_at=utcnow() - timedelta(days=6)))
    db.session.commit()
    with app.test_request_context():
        job_id = start_reminders(survey).id
    in_process(app).drain()
    job = db.session.get(Job, job_id)
    assert (job.state, job.done, job.total, job.link) == ("succeeded", 2, 2, f"/surveys/{survey.id}")
    assert job.outcome == "2 sent, 0 failed, 0 skipped" and len(smtp.messages) == 4


def test_the_beat_schedule_names_registered_tasks_and_starts_due_reminders(app, ctx, smtp):
    schedule = celery.conf.beat_schedule
    assert {entry["task"] for entry in schedule.values()} == {"vocapp.schedule.reminders", "vocapp.schedule.reports",
                                                               "vocapp.schedule.regrouping"}
    assert all(entry["task"] in celery.tasks for entry in schedule.values())
    assert {"vocapp.invitations", "vocapp.reminders", "vocapp.shipped-notices",
            "vocapp.report-deliveries", "vocapp.regrouping"} <= set(celery.tasks)

    survey = _survey("ana@acme.example")
    assert schedule_reminders.apply().get() == 0, "nothing due: no job"
    send_invitations(survey, Audience(), app.config)
    db.session.execute(update(Invitation).values(sent_at=utcnow() - timedelta(days=6)))
    db.session.commit()
    assert schedule_reminders.apply().get() == 1
    in_process(app).drain()
    job = db.session.scalar(select(Job).where(Job.kind == "reminders"))
    assert job.state == "succeeded" and job.user_id is None and smtp.messages[-1]["Subject"] == "Reminder: quick question about Pipely"


def test_the_command_line_sends_in_process_with_a_progress_bar(app, ctx, smtp, runner):
    survey = _survey("ana@acme.example", "ben@acme.example", "cy@acme.example")
    result = runner.invoke(voc, ["survey", "send", str(survey.id)])
    assert result.exit_code == 0, result.output
    # off a terminal click prints the bar's label once, not the bar
    assert result.output.startswith("Sending") and "3 sent, 0 failed, 0 skipped" in result.output
    assert db.session.scalar(select(Job.id)) is None, "no worker and no job row: cron's run is its own"


def test_a_job_run_is_what_the_sending_code_reports_progress_to(app, ctx, smtp):
    survey = _survey("ana@acme.example", "ben@acme.example")
    job = Job(kind="invitations", title="t")
    db.session.add(job)
    db.session.commit()
    send_invitations(survey, Audience(), app.config, progress=JobRun(job.id), batch="b")
    db.session.expire_all()
    assert (db.session.get(Job, job.id).done, db.session.get(Job, job.id).total) == (2, 2)


def test_a_server_that_goes_away_mid_run_stops_the_job_and_its_retry_sends_the_rest_once(app, ctx, smtp,
                                                                                       monkeypatch):
    from smtplib import SMTPServerDisconnected

    from vocapp.mailer import SmtpConnection
    from vocapp.tasks.mail import start_invitations

    survey = _survey("ana@acme.example", "ben@acme.example", "cy@acme.example")
    real_send, calls = SmtpConnection.send, []

    def drop_the_second(self, message):
        calls.append(message["To"])
        if len(calls) == 2:
            raise SMTPServerDisconnected("Connection unexpectedly closed")
        real_send(self, message)

    monkeypatch.setattr(SmtpConnection, "send", drop_the_second)
    with app.test_request_context():
        job_id = start_invitations(survey, Audience()).id
    in_process(app).drain()
    job = db.session.get(Job, job_id)
    assert (job.state, job.attempts, job.done, job.total) == ("succeeded", 2, 3, 3)
    assert job.outcome.splitlines()[0] == "3 sent, 0 failed, 0 skipped"
    assert sorted(m["To"] for m in smtp.messages) == ["ana@acme.example", "ben@acme.example", "cy@acme.example"]


def test_a_resent_invitation_keeps_the_link_of_an_attempt_cut_off_mid_send(app, ctx, smtp, client, monkeypatch):
    from smtplib import SMTPServerDisconnected

    from vocapp.mailer import SmtpConnection

    survey = _survey("ana@acme.example")
    real_send = SmtpConnection.send

    def delivered_then_cut_off(self, message):
        real_send(self, message)  # the server has it, but the reply never comes back
        raise SMTPServerDisconnected("Connection unexpectedly closed")

    monkeypatch.setattr(SmtpConnection, "send", delivered_then_cut_off)
    try:
        send_invitations(survey, Audience(), app.config)
    except SMTPServerDisconnected:
        pass
    monkeypatch.setattr(SmtpConnection, "send", real_send)
    assert send_invitations(survey, Audience(), app.config).sent == 1
    first, second = smtp.messages
    assert first["Message-ID"] == second["Message-ID"], "a client that collapses repeats shows one"
    assert client.get(_link(first)).status_code == client.get(_link(second)).status_code == 200
