"""Survey e-mails over SMTP: the invitation, then one reminder to those who have not answered. Every attempt's
outcome is recorded (InvitationEmail), so a failed send shows on the survey page and can be retried.

SMTP_URL: smtp://user:pass@host:port (plain), smtp://...?starttls, or smtps://... (TLS from the start);
?from=surveys@example.com sets the sender (default: no-reply at the host of VOC_BASE_URL)."""
import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from typing import Optional
from urllib.parse import parse_qs, unquote, urlsplit

from flask import render_template
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from vocapp.distribution import Audience, Skip, issue_links, rotate_for_reminder, survey_url
from vocapp.extensions import db
from vocapp.models import Invitation, InvitationEmail, Survey
from vocapp.models.base import utcnow
from surveys.questions import SCORE_QUESTION
from surveys.tokens import new_token, token_hash


class MailNotConfigured(Exception):
    pass


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str  # plain | starttls | ssl
    username: Optional[str] = None
    password: Optional[str] = None
    sender: Optional[str] = None


def parse_smtp_url(url: str) -> SmtpSettings:
    if not url:
        raise MailNotConfigured("SMTP_URL is not set: e-mail is off (use voc survey links for a CSV instead)")
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise MailNotConfigured(f"SMTP_URL must look like smtp://user:pass@host:port or smtps://..., got "
                                f"scheme {parts.scheme!r}")
    query = parse_qs(parts.query, keep_blank_values=True)
    security = "ssl" if parts.scheme == "smtps" else "starttls" if "starttls" in query else "plain"
    port = parts.port or {"ssl": 465, "starttls": 587, "plain": 25}[security]
    return SmtpSettings(host=parts.hostname, port=port, security=security,
                        username=unquote(parts.username) if parts.username else None,
                        password=unquote(parts.password) if parts.password else None,
                        sender=query.get("from", [None])[0])


class SmtpConnection:
    """One connection for a batch of messages."""

    def __init__(self, settings: SmtpSettings, timeout: float = 15):
        self.settings = settings
        if settings.security == "ssl":
            self.smtp = smtplib.SMTP_SSL(settings.host, settings.port, timeout=timeout,
                                         context=ssl.create_default_context())
        else:
            self.smtp = smtplib.SMTP(settings.host, settings.port, timeout=timeout)
            if settings.security == "starttls":
                self.smtp.starttls(context=ssl.create_default_context())
        if settings.username:
            self.smtp.login(settings.username, settings.password or "")

    def send(self, message: EmailMessage) -> None:
        self.smtp.send_message(message)

    def close(self) -> None:
        try:
            self.smtp.quit()
        except smtplib.SMTPException:
            self.smtp.close()


def claim(record, model, claimed_status: str, **key):
    """Makes `record` (a new row keyed by `key`, unique in the table) this run's to send, or takes back a row of that
    key whose last send failed. None when another run has it or it was sent: a message goes out once."""
    try:
        db.session.add(record)
        db.session.commit()
        return record
    except IntegrityError:
        db.session.rollback()
    where = [getattr(model, column) == value for column, value in key.items()]
    retried = db.session.execute(update(model).where(*where, model.status == "failed")
                                 .values(status=claimed_status, error=None, claimed_at=utcnow()))
    db.session.commit()
    return db.session.scalar(select(model).where(*where)) if retried.rowcount == 1 else None


class RecordedSends:
    """E-mails over one SMTP connection, opened at the first send and again after a failure; each send marks its
    claimed record (a report delivery, a shipped notice) sent or failed with the error, and commits."""

    def __init__(self, settings: SmtpSettings):
        self.settings = settings
        self.connection: Optional[SmtpConnection] = None

    def send(self, record, message: EmailMessage) -> Optional[OSError]:
        """Sends `message`; returns the error when it failed (smtplib's errors are OSErrors too)."""
        try:
            self.connection = self.connection or SmtpConnection(self.settings)
            self.connection.send(message)
            record.status, record.sent_at = "sent", utcnow()
            return None
        except OSError as error:
            record.status, record.error = "failed", str(error)[:500]
            self.connection = None
            return error
        finally:
            db.session.commit()

    def __enter__(self) -> "RecordedSends":
        return self

    def __exit__(self, *exc) -> None:
        if self.connection is not None:
            self.connection.close()


@dataclass
class SendReport:
    sent: int = 0
    failed: list[str] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.sent} sent, {len(self.failed)} failed, {len(self.skipped)} skipped"


def sender_address(config, settings: SmtpSettings) -> str:
    if settings.sender:
        return settings.sender
    host = urlsplit(config["VOC_BASE_URL"]).hostname or "localhost"
    return formataddr(("Customer feedback", f"no-reply@{host}"))


def compose(survey: Survey, invitation: Invitation, url: str, kind: str, sender: str) -> EmailMessage:
    product = survey.product_name
    question = SCORE_QUESTION.format(product=product) if survey.kind == "nps" else None
    subject = (f"Reminder: {survey.name}" if kind == "reminder" else
               f"Quick question about {product}" if survey.kind == "nps" else f"How your team uses {product}")
    context = dict(survey=survey, url=url, kind=kind, question=question, name=invitation.contact.name,
                   expires=invitation.expires_at)
    message = EmailMessage()
    message["Subject"], message["From"], message["To"] = subject, sender, invitation.contact.email
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2].strip(">") or None)
    message.set_content(render_template("surveys/email.txt", **context))
    message.add_alternative(render_template("surveys/email.html", **context), subtype="html")
    return message


def _deliver(connection: SmtpConnection, survey: Survey, invitation: Invitation, token: str, kind: str,
             config, report: SendReport, now: datetime) -> None:
    url = survey_url(config["VOC_BASE_URL"], token)
    outcome = InvitationEmail(invitation=invitation, kind=kind, attempted_at=now, ok=False)
    db.session.add(outcome)
    try:
        connection.send(compose(survey, invitation, url, kind, sender_address(config, connection.settings)))
        outcome.ok = True
        if kind == "invitation":
            invitation.sent_at = now
        else:
            invitation.reminded_at = now
        report.sent += 1
    except (smtplib.SMTPException, OSError) as exc:
        outcome.error = f"{type(exc).__name__}: {exc}"[:1000]
        report.failed.append(f"{invitation.contact.email}: {outcome.error}")
    db.session.commit()  # one outcome at a time: an interrupted batch keeps what already went out


def send_invitations(survey: Survey, audience: Audience, config, now: Optional[datetime] = None) -> SendReport:
    """Issues a link to every contact of the audience (with the over-survey protection) and e-mails it; also
    retries earlier invitations whose e-mail failed (with a new link: the old token was never kept)."""
    if survey.status != "open":
        raise ValueError(f"survey {survey.id} is {survey.status}: open it before sending invitations")
    settings = parse_smtp_url(config.get("SMTP_URL", ""))
    now = now or utcnow()
    connection = SmtpConnection(settings)  # before any link is issued: no server, nothing written
    report = SendReport()
    try:
        retry = db.session.scalars(select(Invitation).where(
            Invitation.survey_id == survey.id, Invitation.sent_at.is_(None), Invitation.answered_at.is_(None),
            Invitation.revoked_at.is_(None), Invitation.emails.any(InvitationEmail.kind == "invitation"))).all()
        issued = issue_links(survey, config["VOC_BASE_URL"], audience, now)
        report.skipped = issued.skipped
        db.session.commit()
        batch = [(link.invitation, link.token) for link in issued.links]
        for invitation in retry:
            token = new_token()
            invitation.token_hash = token_hash(token)
            batch.append((invitation, token))
        for invitation, token in batch:
            _deliver(connection, survey, invitation, token, "invitation", config, report, now)
    finally:
        connection.close()
    return report


def due_reminders(survey: Survey, now: datetime) -> list[Invitation]:
    return list(db.session.scalars(select(Invitation).where(
        Invitation.survey_id == survey.id, Invitation.sent_at <= now - timedelta(days=survey.reminder_after_days),
        Invitation.reminded_at.is_(None), Invitation.answered_at.is_(None), Invitation.revoked_at.is_(None),
        Invitation.expires_at > now).order_by(Invitation.id)))


def send_reminders(survey: Survey, config, now: Optional[datetime] = None) -> SendReport:
    """One reminder to each e-mailed contact who has not answered after the survey's reminder delay."""
    if survey.status != "open":
        raise ValueError(f"survey {survey.id} is {survey.status}: reminders go out only while it is open")
    settings = parse_smtp_url(config.get("SMTP_URL", ""))
    now = now or utcnow()
    due = due_reminders(survey, now)
    report = SendReport()
    if not due:
        return report
    connection = SmtpConnection(settings)
    try:
        for invitation in due:
            _deliver(connection, survey, invitation, rotate_for_reminder(invitation), "reminder", config, report,
                     now)
    finally:
        connection.close()
    return report
