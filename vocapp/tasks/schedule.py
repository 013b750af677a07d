"""What `celery -A vocapp.tasks beat` starts: reminders every hour for each open survey that has some due, and the
scheduled reports once a day. Each entry starts a job (so it shows under Jobs); the sending is once-only however
often it runs, so a missed or doubled tick does no harm. The `voc survey remind` and `voc report send` commands
do the same from cron."""
import logging

from celery.schedules import crontab
from flask import current_app
from sqlalchemy import select

from vocapp.extensions import db
from vocapp.mailer import MailNotConfigured, due_reminders
from vocapp.models import Survey
from vocapp.models.base import utcnow
from vocapp.tasks.app import app_context, celery
from vocapp.tasks.mail import start_reminders, start_report_deliveries

log = logging.getLogger(__name__)


@celery.task(name="vocapp.schedule.reminders")
def schedule_reminders() -> int:
    """Starts a reminder job for every open survey with reminders due; how many it started."""
    with app_context():
        if not current_app.config.get("SMTP_URL"):
            log.info("no SMTP_URL: no reminders scheduled")
            return 0
        started = 0
        for survey in db.session.scalars(select(Survey).where(Survey.status == "open").order_by(Survey.id)).all():
            if due_reminders(survey, utcnow()):
                start_reminders(survey)
                started += 1
        return started


@celery.task(name="vocapp.schedule.reports")
def schedule_reports() -> int:
    with app_context():
        try:
            start_report_deliveries()
        except MailNotConfigured:
            log.info("no SMTP_URL: no reports scheduled")
            return 0
        return 1


@celery.task(name="vocapp.schedule.regrouping")
def schedule_regrouping() -> int:
    """Starts the nightly regrouping of the asks by meaning (a job, listed under Jobs)."""
    from vocapp.insights.regrouping import available
    from vocapp.tasks.analysis import regroup
    from vocapp.tasks.jobs import start

    with app_context():
        if not available():
            log.info("no sentence encoder installed: no regrouping")
            return 0
        start(regroup, "Regrouping of the asks by meaning")
        return 1


celery.conf.beat_schedule = {
    "reminders-hourly": {"task": schedule_reminders.name, "schedule": crontab(minute=7)},
    "reports-daily": {"task": schedule_reports.name, "schedule": crontab(hour=6, minute=15)},
    "regrouping-nightly": {"task": schedule_regrouping.name, "schedule": crontab(hour=2, minute=30)},
}
