"""Scheduled reports: each subscription's report for the last complete week or month, e-mailed as a PDF.

`voc report send` (for cron) renders what is due and sends it through SMTP_URL. Each delivery is claimed in the
database before its e-mail goes out (unique per subscription, period and account), so running it twice, or again
after an interruption, sends nothing twice. A delivery whose e-mail the server refused is retried on the next run.
One interrupted while sending is taken back by the same job when its task is retried or redelivered (a worker
died), and by any run after vocapp.mailer.CLAIM_LEASE: not stuck, and never sent by two live runs."""
from dataclasses import dataclass, field
from datetime import date, timedelta
from email.message import EmailMessage
from typing import Callable, Iterator, Optional

from flask import current_app
from sqlalchemy import select

from reports.account_review import render_account_review
from reports.pdf import day
from reports.roadmap import render_roadmap_digest
from vocapp.extensions import db
from vocapp.mailer import Quiet, RecordedSends, claim, parse_smtp_url, reason, run_id, sender_address
from vocapp.models import Account, ReportDelivery, ReportSubscription
from vocapp.queries.digest import roadmap_digest
from vocapp.queries.review import account_review


def last_period(frequency: str, today: date) -> tuple[date, date]:
    """The last complete period before today: Monday to Sunday, or a calendar month."""
    if frequency == "weekly":
        end = today - timedelta(days=today.weekday() + 1)
        return end - timedelta(days=6), end
    end = today.replace(day=1) - timedelta(days=1)
    return end.replace(day=1), end


@dataclass
class DeliveryRun:
    sent: int = 0
    skipped: int = 0  # already delivered, or being delivered, for that period
    failed: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.sent} sent, {self.skipped} already delivered, {len(self.failed)} failed"


def _claim(subscription: ReportSubscription, start: date, end: date, account_id: int,
           holder: str) -> Optional[ReportDelivery]:
    """The delivery row, now ours to send; None when another run has it or it was sent."""
    key = {"subscription_id": subscription.id, "period_end": end, "account_id": account_id}
    return claim(ReportDelivery(period_start=start, **key), ReportDelivery, "sending", holder, **key)


def _reports(subscription: ReportSubscription, start: date, end: date) -> Iterator[tuple[int, Callable]]:
    """(account id or 0, a function giving the subject and PDF) for each report the subscription covers."""
    period = f"{day(start)} to {day(end)}"
    if subscription.kind == "roadmap":
        def digest():
            found = roadmap_digest(start, end, product_area=subscription.product_area)
            return f"{found.subject}, {period}", render_roadmap_digest(found)
        yield 0, digest
        return
    accounts = db.session.scalars(select(Account).where(Account.csm_id == subscription.user_id,
                                                        Account.status == "active").order_by(Account.name)).all()
    for account in accounts:
        yield account.id, lambda account=account: (f"Account review: {account.name}, {period}",
                                                   render_account_review(account_review(account, start, end)))


def compose(subscription: ReportSubscription, subject: str, pdf: bytes, sender: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"], message["From"], message["To"] = subject, sender, subscription.user.email
    message.set_content(f"Hello {subscription.user.display_name},\n\nYour {subscription.frequency} report is "
                        f"attached: {subject}.\n\nManage your subscriptions under Reports in vocapp.\n")
    filename = "".join(char if char.isalnum() else "-" for char in subject.lower()).strip("-")[:80] + ".pdf"
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=filename)
    return message


def send_due_reports(today: Optional[date] = None, progress=None) -> DeliveryRun:
    """Sends every subscription's report for its last complete period, once."""
    config = current_app.config
    settings = parse_smtp_url(config.get("SMTP_URL", ""))
    today, progress, holder = today or date.today(), progress or Quiet(), run_id()
    run = DeliveryRun()
    subscriptions = db.session.scalars(select(ReportSubscription).order_by(ReportSubscription.id)).all()
    progress.expect(len(subscriptions))
    with RecordedSends(settings) as sends:
        for subscription in subscriptions:
            start, end = last_period(subscription.frequency, today)
            for account_id, report in _reports(subscription, start, end):
                delivery = _claim(subscription, start, end, account_id, holder)
                if delivery is None:
                    run.skipped += 1
                    continue
                subject, pdf = report()  # rendered only once claimed: a second run renders nothing
                error = sends.send(delivery, compose(subscription, subject, pdf, sender_address(config, settings)))
                if error is None:
                    run.sent += 1
                else:
                    run.failed.append(f"{subscription.user.email}: {subject}: {reason(error)}")
            progress.advance()
    return run
