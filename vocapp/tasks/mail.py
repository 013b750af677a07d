"""E-mail as jobs: invitations, reminders, shipped-item notices, scheduled reports and follow-up cases' alerts.
Each task may run again (a retry after a transient failure, or a redelivery after its worker died): the sending
code claims every e-mail before it goes out (see vocapp.mailer), so a repeat sends only what is left."""
import logging
import threading
from dataclasses import asdict
from datetime import date, timedelta
from typing import Optional

from flask import current_app, has_request_context, url_for
from kombu.exceptions import OperationalError as KombuOperationalError
from sqlalchemy import or_, select

from vocapp import case_alerts, delivery, mailer
from vocapp.distribution import Audience
from vocapp.extensions import db
from vocapp.models import FeedbackItem, Job, Survey
from vocapp.models.base import utcnow
from vocapp.roadmap import shipped
from vocapp.tasks.app import app_context, celery, in_process
from vocapp.tasks.jobs import job_task, start

log = logging.getLogger(__name__)
SHOWN_AFTER_FINISHING = timedelta(days=1)  # a page shows its last job's bar this long after it ended


def page(endpoint: str, **values) -> str:
    """The address of the page a job belongs to, from a request or not (the schedule)."""
    if has_request_context():
        return url_for(endpoint, **values)
    with current_app.test_request_context():
        return url_for(endpoint, **values)


def _survey(survey_id: int) -> Survey:
    survey = db.session.get(Survey, survey_id)
    if survey is None:
        raise LookupError(f"survey {survey_id} was deleted")
    return survey


@job_task("invitations")
def invite(job, survey_id: int, audience: dict) -> str:
    report = mailer.send_invitations(_survey(survey_id), Audience(**audience), current_app.config, progress=job,
                                     batch=f"job-{job.id}")
    return report.details()


@job_task("reminders")
def remind(job, survey_id: int) -> str:
    return mailer.send_reminders(_survey(survey_id), current_app.config, progress=job).details()


@job_task("shipped-notices")
def notify_shipped(job, item_id: int) -> str:
    item = db.session.get(FeedbackItem, item_id)
    if item is None:
        raise LookupError(f"item {item_id} was deleted")
    run = shipped.send_shipped_notices(item, progress=job)
    return "\n".join([str(run)] + [f"failed {failure}" for failure in run.failed])


@celery.task(name="vocapp.alert_case_owner")
def alert_case_owner(case_id: int, given_by: str = "") -> str:
    """Tells a follow-up case's owner; run again, it sends nothing more (vocapp.case_alerts)."""
    with app_context():
        return case_alerts.send_case_alert(case_id, given_by)


# How long a new case's alert waits for the words: the score comes first, the comment on the next page
CASE_ALERT_WAIT_SECONDS = 600


def schedule_case_alert(case_id: Optional[int], wait: float = 0, given_by: str = "") -> None:
    """After case `case_id` is committed (its answer, or a new owner given by `given_by`), its owner's alert goes
    out on a worker or the job thread, `wait` seconds later. A queue that does not answer costs the alert, never
    the customer's answer: the case is on /cases all the same. (Without a broker a waiting alert lives in this
    process: a restart loses it.)"""
    if case_id is None or not case_alerts.alerts_on(current_app.config):
        return
    app, args = current_app._get_current_object(), (case_id, given_by)
    try:
        if app.config["CELERY_BROKER_URL"]:
            alert_case_owner.apply_async(args=args, countdown=wait)
        elif wait:
            timer = threading.Timer(wait, lambda: in_process(app).submit(alert_case_owner, args))
            timer.daemon = True
            timer.start()
        else:
            in_process(app).submit(alert_case_owner, args)
    except (KombuOperationalError, OSError):
        log.exception("the alert for follow-up case %s was not sent: the job queue did not answer", case_id)


@job_task("report-deliveries")
def deliver_reports(job, today: Optional[str] = None) -> str:
    run = delivery.send_due_reports(date.fromisoformat(today) if today else None, progress=job)
    return "\n".join([str(run)] + [f"failed {failure}" for failure in run.failed])


def start_invitations(survey: Survey, audience: Audience) -> Job:
    """Checks the survey may send (MailNotConfigured or ValueError says why not), then starts the job."""
    mailer.check_sendable(survey, "invitation", current_app.config)
    return start(invite, f"Invitations for {survey.name}", survey.id, asdict(audience),
                 link=page("surveys.detail", survey_id=survey.id))


def start_reminders(survey: Survey) -> Job:
    mailer.check_sendable(survey, "reminder", current_app.config)
    return start(remind, f"Reminders for {survey.name}", survey.id, link=page("surveys.detail", survey_id=survey.id))


def start_shipped_notices(item: FeedbackItem) -> Job:
    shipped.check_notifiable(item)
    return start(notify_shipped, f"Shipped e-mail for {item.title}", item.id,
                 link=page("insights.feedback_asked", item_id=item.id))


def start_report_deliveries() -> Job:
    mailer.parse_smtp_url(current_app.config.get("SMTP_URL", ""))
    return start(deliver_reports, "Scheduled reports", link=page("reports.index"))


def latest_job(link: str, *kinds: str) -> Optional[Job]:
    """The newest job of these kinds for a page, unless it finished over a day ago: what its progress bar shows."""
    recent = or_(Job.finished_at.is_(None), Job.finished_at >= utcnow() - SHOWN_AFTER_FINISHING)
    return db.session.scalar(select(Job).where(Job.kind.in_(kinds), Job.link == link, recent)
                             .order_by(Job.created_at.desc(), Job.id.desc()).limit(1))
