"""Survey e-mails over SMTP: the invitation, then one reminder to those who have not answered. Every attempt's
outcome is recorded (InvitationEmail), so a failed send shows on the survey page and can be retried.

Sending runs as a job (vocapp.tasks.mail) that may be retried, or redelivered after its worker died, so each e-mail
is claimed in the database before it goes out (a conditional UPDATE: the row count says who holds it) and marked
sent right after; a repeated run skips what went out and sends the rest. One window cannot be closed: the server
has accepted a message and the process dies (or the connection drops before the server's reply) before the next
commit records it. The message then goes out again when the claim is taken back; the window is one commit long
(or one reply), the copy has the same Message-ID (per invitation and kind, per record for the others), so mail
clients that de-duplicate by Message-ID show one, and the first copy's survey link keeps working.

SMTP_URL: smtp://user:pass@host:port (plain), smtp://...?starttls, or smtps://... (TLS from the start);
?from=surveys@example.com sets the sender (default: no-reply at the host of VOC_BASE_URL)."""
import smtplib
import ssl
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import formataddr, parseaddr
from types import SimpleNamespace
from typing import Optional
from urllib.parse import parse_qs, unquote, urlsplit
from uuid import uuid4

from celery import current_task
from flask import render_template
from sqlalchemy import and_, case, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import joinedload

from vocapp.distribution import Audience, Skip, issue_links, survey_url
from vocapp.extensions import db
from vocapp.models import Account, Contact, Invitation, InvitationEmail, Survey
from vocapp.models.base import utcnow
from surveys.questions import SCORE_QUESTION
from surveys.tokens import new_token, token_hash

# How long a claim protects an e-mail from other runs. A live run holds one for a single send (its SMTP timeouts
# are seconds); past this, the claim's run is taken to be dead and another may send the e-mail.
CLAIM_LEASE = timedelta(minutes=30)


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


def run_id() -> str:
    """The holder of this run's claims: its Celery task's id, which a retried or redelivered task keeps (so it takes
    back at once what its dead attempt held; VOC_JOB_REDELIVERY_SECONDS, longer than any job, keeps two attempts of
    a task from running at once), else a new id, whose claims others take back after CLAIM_LEASE."""
    request = getattr(current_task, "request", None)
    return getattr(request, "id", None) or uuid4().hex


def _takeable(holder_column, claimed_at_column, holder: str):
    return or_(holder_column.is_(None), holder_column == holder, claimed_at_column < utcnow() - CLAIM_LEASE)


def claim(record, model, claimed_status: str, holder: Optional[str] = None, **key):
    """Makes `record` (a new row keyed by `key`, unique in the table) this run's to send, or takes back a row of that
    key whose last send failed, or that `holder`'s earlier attempt (or any run, after CLAIM_LEASE) left claimed.
    None when another run has it or it was sent: a message goes out once."""
    holder = holder or run_id()
    record.claimed_by = holder
    try:
        db.session.add(record)
        db.session.commit()
        return record
    except IntegrityError:
        db.session.rollback()
    where = [getattr(model, column) == value for column, value in key.items()]
    left = and_(model.status == claimed_status,
                or_(model.claimed_by == holder, model.claimed_at < utcnow() - CLAIM_LEASE))
    retried = db.session.execute(update(model).where(*where, or_(model.status == "failed", left))
                                 .values(status=claimed_status, error=None, claimed_at=utcnow(), claimed_by=holder))
    db.session.commit()
    return db.session.scalar(select(model).where(*where)) if retried.rowcount == 1 else None


def reason(error: OSError) -> str:
    """What went wrong with a send, in the server's words where it gave some."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        replies = list(error.recipients.values())
        return "the server refused the address: " + "; ".join(f"{code} {text.decode(errors='replace')}"
                                                              for code, text in replies)
    if isinstance(error, smtplib.SMTPResponseException):
        return f"the server answered {error.smtp_code} {error.smtp_error.decode(errors='replace')}"
    if isinstance(error, ConnectionRefusedError):
        return "the mail server refused the connection"
    return str(error) or type(error).__name__


def connection_lost(error: OSError) -> bool:
    """A failure of the connection (the server went away, a timeout), not the server's answer about this message."""
    return not isinstance(error, (smtplib.SMTPRecipientsRefused, smtplib.SMTPResponseException))


def set_message_id(message: EmailMessage, *names) -> None:
    """The same Message-ID every time this e-mail is sent, at the sender's domain."""
    domain = parseaddr(message["From"])[1].rpartition("@")[2] or "localhost"
    del message["Message-ID"]
    message["Message-ID"] = f"<vocapp.{'.'.join(str(name) for name in names)}@{domain}>"


class RecordedSends:
    """E-mails over one SMTP connection, opened at the first send (or by `open`) and again after a failure. `send`
    marks its claimed record (a report delivery, a shipped notice) sent or failed with the error, and commits."""

    def __init__(self, settings: SmtpSettings):
        self.settings = settings
        self.connection: Optional[SmtpConnection] = None

    def open(self) -> SmtpConnection:
        self.connection = self.connection or SmtpConnection(self.settings)
        return self.connection

    def deliver(self, message: EmailMessage) -> None:
        try:
            self.open().send(message)
        except OSError:  # smtplib's errors are OSErrors too
            self.connection = None
            raise

    def send(self, record, message: EmailMessage) -> Optional[OSError]:
        """Sends `message`; returns the error when it failed."""
        set_message_id(message, record.__tablename__, record.id)
        try:
            self.deliver(message)
            record.status, record.sent_at = "sent", utcnow()  # the window: accepted, not yet recorded
            return None
        except OSError as error:
            record.status, record.error = "failed", str(error)[:500]
            return error
        finally:
            db.session.commit()

    def __enter__(self) -> "RecordedSends":
        return self

    def __exit__(self, *exc) -> None:
        if self.connection is not None:
            self.connection.close()


class Quiet:
    """Progress nobody watches (a JobRun, or the command line's bar, takes its place)."""

    def expect(self, total: int, done: int = 0) -> None:
        pass

    def advance(self, units: int = 1) -> None:
        pass


@dataclass
class SendReport:
    sent: int = 0
    failed: list[str] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.sent} sent, {len(self.failed)} failed, {len(self.skipped)} skipped"

    def details(self, limit: int = 20) -> str:
        """The summary, then the failures and skips (the first `limit`), one a line: a job's outcome."""
        lines = [f"failed {failure}" for failure in self.failed] + [str(skip) for skip in self.skipped]
        more = [f"... and {len(lines) - limit} more"] if len(lines) > limit else []
        return "\n".join([str(self)] + lines[:limit] + more)


def sender_address(config, settings: SmtpSettings) -> str:
    if settings.sender:
        return settings.sender
    host = urlsplit(config["VOC_BASE_URL"]).hostname or "localhost"
    return formataddr(("Customer feedback", f"no-reply@{host}"))


def compose(survey: Survey, invitation: Invitation, url: str, kind: str, sender: str) -> EmailMessage:
    product = survey.product_name
    question = SCORE_QUESTION.format(product=product) if survey.kind == "nps" else None
    subject = f"Quick question about {product}" if survey.kind == "nps" else f"How your team uses {product}"
    if kind == "reminder":  # the survey's name is the staff's: a contact never reads it
        subject = f"Reminder: {subject[:1].lower()}{subject[1:]}"
    context = dict(survey=survey, url=url, kind=kind, question=question, name=invitation.contact.name,
                   expires=invitation.expires_at)
    message = EmailMessage()
    message["Subject"], message["From"], message["To"] = subject, sender, invitation.contact.email
    set_message_id(message, "invitation", invitation.id, kind)
    message.set_content(render_template("surveys/email.txt", **context))
    message.add_alternative(render_template("surveys/email.html", **context), subtype="html")
    return message


def sample_messages(survey: Survey, config) -> list[tuple[str, EmailMessage]]:
    """(kind, message): the invitation and the reminder as a contact of `survey` will receive them, written to a
    sample contact (the survey's preview shows them)."""
    settings = parse_smtp_url(config["SMTP_URL"]) if config.get("SMTP_URL") else SmtpSettings("localhost", 25, "plain")
    sample = SimpleNamespace(id=0, contact=SimpleNamespace(name="Ana Lopez", email="ana.lopez@customer.example"),
                             expires_at=utcnow() + timedelta(days=survey.link_ttl_days))
    url = survey_url(config["VOC_BASE_URL"], "…")  # each contact's own link
    return [(kind, compose(survey, sample, url, kind, sender_address(config, settings)))
            for kind in ("invitation", "reminder")]


def check_sendable(survey: Survey, kind: str, config) -> SmtpSettings:
    """The SMTP settings, once the survey may send `kind` e-mails: MailNotConfigured or ValueError says why not."""
    if survey.status != "open":
        raise ValueError(f"survey {survey.id} is {survey.status}: " + (
            "open it before sending invitations" if kind == "invitation" else "reminders go out only while it is open"))
    return parse_smtp_url(config.get("SMTP_URL", ""))


def _claim_email(invitation_id: int, kind: str, holder: str) -> Optional[str]:
    """Claims the invitation's `kind` e-mail for `holder` and stores the hash of the new link it will carry; the
    token, or None when it went out already or another live run holds it. When an earlier attempt was made (a dead
    run's, or one cut off by a lost connection), the link it carried keeps working too: it may have arrived."""
    token = new_token()
    unanswered = [Invitation.id == invitation_id, Invitation.answered_at.is_(None), Invitation.revoked_at.is_(None),
                  _takeable(Invitation.mail_claim, Invitation.mail_claimed_at, holder)]
    if kind == "invitation":
        where = [Invitation.sent_at.is_(None)]
        values = dict(token_hash=token_hash(token), reminder_token_hash=case(
            (Invitation.mail_claimed_at.is_not(None), Invitation.token_hash), else_=Invitation.reminder_token_hash))
    else:  # a reminder carries a second link; the first keeps working
        where = [Invitation.sent_at.is_not(None), Invitation.reminded_at.is_(None)]
        values = dict(reminder_token_hash=token_hash(token))
    taken = db.session.execute(update(Invitation).where(*unanswered, *where)
                               .values(mail_claim=holder, mail_claimed_at=utcnow(), **values)
                               .execution_options(synchronize_session=False)).rowcount
    db.session.commit()
    return token if taken == 1 else None


def _send_email(sends: RecordedSends, survey: Survey, invitation_id: int, kind: str, holder: str, config,
                report: SendReport, now: datetime) -> None:
    token = _claim_email(invitation_id, kind, holder)
    if token is None:
        return
    invitation = db.session.scalars(select(Invitation).options(joinedload(Invitation.contact))
                                    .where(Invitation.id == invitation_id)
                                    .execution_options(populate_existing=True)).one()
    message = compose(survey, invitation, survey_url(config["VOC_BASE_URL"], token), kind,
                      sender_address(config, sends.settings))
    outcome = InvitationEmail(invitation=invitation, kind=kind, attempted_at=now, ok=False)
    db.session.add(outcome)
    try:
        sends.deliver(message)
        outcome.ok = True  # the window: the server has the message; the commit below records it
        if kind == "invitation":
            invitation.sent_at = now
        else:
            invitation.reminded_at = now
        report.sent += 1
    except OSError as exc:  # smtplib's errors too: the claim is let go, and the next send retries it
        outcome.error = reason(exc)[:1000]
        invitation.mail_claim = None  # mail_claimed_at stays: an attempt was made
        db.session.commit()
        if connection_lost(exc):
            raise  # the server went away: stop here; a job's retry (with backoff) sends the rest
        report.failed.append(f"{invitation.contact.email}: {reason(exc)}")
        return
    invitation.mail_claim = None
    db.session.commit()


def _forget_recipients() -> None:
    """Lets go of the invitations, contacts and accounts the session holds: each e-mail commits, and a commit
    expires every object held (with 500 recipients, most of a send's time)."""
    for row in list(db.session.identity_map.values()):
        if isinstance(row, (Invitation, InvitationEmail, Contact, Account)):
            db.session.expunge(row)


def send_invitations(survey: Survey, audience: Audience, config, now: Optional[datetime] = None,
                     progress=None, batch: Optional[str] = None) -> SendReport:
    """Issues a link to every contact of the audience (with the over-survey protection) and e-mails it; also
    retries earlier invitations whose e-mail failed or was left unsent (each with a new link: a token is never
    kept). `batch` names this send (a job's); run again with the same batch, it sends what is left of it."""
    settings = check_sendable(survey, "invitation", config)
    now, progress, batch = now or utcnow(), progress or Quiet(), batch or uuid4().hex
    holder = run_id()
    report = SendReport()
    with RecordedSends(settings) as sends:
        sends.open()  # before any link is issued: no server, nothing written
        issued = issue_links(survey, config["VOC_BASE_URL"], audience, now)
        for link in issued.links:
            link.invitation.mail_batch = batch
        unsent = [Invitation.survey_id == survey.id, Invitation.sent_at.is_(None),
                  Invitation.answered_at.is_(None), Invitation.revoked_at.is_(None)]
        db.session.execute(update(Invitation).where(*unsent, Invitation.mail_batch.is_not(None),
                                                    Invitation.mail_batch != batch).values(mail_batch=batch)
                           .execution_options(synchronize_session=False))
        db.session.commit()  # the links and what to e-mail, at once: a run that dies later leaves them to resend
        ours = set(db.session.scalars(select(Contact.email).join(Invitation, Invitation.contact_id == Contact.id)
                                      .where(Invitation.mail_batch == batch)))
        report.skipped = [skip for skip in issued.skipped if skip.contact_email not in ours]
        _forget_recipients()
        pending = db.session.scalars(select(Invitation.id).where(*unsent, Invitation.mail_batch == batch)
                                     .order_by(Invitation.id)).all()
        report.sent = db.session.scalar(select(func.count(Invitation.id)).where(
            Invitation.mail_batch == batch, Invitation.sent_at.is_not(None)))  # by an earlier attempt of this send
        progress.expect(len(pending) + report.sent, done=report.sent)
        for invitation_id in pending:
            _send_email(sends, survey, invitation_id, "invitation", holder, config, report, now)
            progress.advance()
    return report


def due_reminders(survey: Survey, now: datetime) -> list[Invitation]:
    return list(db.session.scalars(select(Invitation).where(
        Invitation.survey_id == survey.id, Invitation.sent_at <= now - timedelta(days=survey.reminder_after_days),
        Invitation.reminded_at.is_(None), Invitation.answered_at.is_(None), Invitation.revoked_at.is_(None),
        Invitation.expires_at > now).order_by(Invitation.id)))


def send_reminders(survey: Survey, config, now: Optional[datetime] = None, progress=None) -> SendReport:
    """One reminder to each e-mailed contact who has not answered after the survey's reminder delay."""
    settings = check_sendable(survey, "reminder", config)
    now, progress = now or utcnow(), progress or Quiet()
    due = [invitation.id for invitation in due_reminders(survey, now)]
    _forget_recipients()
    progress.expect(len(due))
    report = SendReport()
    if not due:
        return report
    holder = run_id()
    with RecordedSends(settings) as sends:
        sends.open()
        for invitation_id in due:
            _send_email(sends, survey, invitation_id, "reminder", holder, config, report, now)
            progress.advance()
    return report
