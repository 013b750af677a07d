"""Closing the loop when an item ships: who asked for it (accounts, contacts, their quotes) and one e-mail to
each asking contact.

A survey answer leads to its contact (the answer's own, else its invitation's) unless the survey is anonymous:
an anonymous answer never leads to a person, and its account is shown only as vocapp.anonymity allows. An
interview leads to its contact; a staff note to its account only.

Each e-mail is claimed first (a shipped_notices row, unique per item and contact), then sent, then marked sent or
failed with the error: two runs at once, or a run after an interruption, never e-mail a contact twice about one
item. A failed e-mail is tried again on the next run. One interrupted while sending is taken back by the same job
when its task is retried or redelivered (a worker died), and by any run after vocapp.mailer.CLAIM_LEASE."""
from collections import defaultdict
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Optional

from flask import current_app
from sqlalchemy import select

from analysis.ranking import LOST_STATUSES
from reports.pdf import day
from vocapp.anonymity import hidden_mentions
from vocapp.extensions import db
from vocapp.mailer import Quiet, RecordedSends, claim, parse_smtp_url, reason, run_id, sender_address
from vocapp.models import Account, Contact, FeedbackItem, FeedbackMention, ShippedNotice
from vocapp.queries.feedback import item_roots
from vocapp.queries.speakers import speakers
from vocapp.queries.winback import deals_at_stake
from vocapp.roadmap.messages import render, template


@dataclass
class Asker:
    """A contact who asked, with their words, newest first."""

    contact: Contact
    quotes: list[str] = field(default_factory=list)
    notice: Optional[ShippedNotice] = None


@dataclass
class AskingAccount:
    account: Optional[Account]  # None: an anonymous answer whose account may not be shown
    people: list[Asker] = field(default_factory=list)
    unnamed_quotes: list[str] = field(default_factory=list)  # anonymous answers and staff notes: no person
    at_stake: float = 0.0  # a lost prospect's ARR at stake in its lost deals (it has no ARR of its own)


def _mentions(item: FeedbackItem) -> list[FeedbackMention]:
    members = [member for member, root in item_roots().items() if root == item.id] or [item.id]
    return list(db.session.scalars(select(FeedbackMention).where(FeedbackMention.item_id.in_(members))
                                   .order_by(FeedbackMention.mentioned_at.desc(), FeedbackMention.id.desc())))


def asking_accounts(item: FeedbackItem) -> list[AskingAccount]:
    """Every account and contact that asked for the item, with their quotes; largest ARR first."""
    mentions = _mentions(item)
    said = speakers(mentions)
    hidden = hidden_mentions(mentions)
    notices = {notice.contact_id: notice for notice in db.session.scalars(
        select(ShippedNotice).where(ShippedNotice.item_id == item.id))}
    by_account: dict[Optional[int], AskingAccount] = {}
    people: dict[int, Asker] = {}
    for mention in mentions:
        account_id = None if mention.id in hidden else mention.account_id
        asking = by_account.setdefault(account_id, AskingAccount(mention.account if account_id else None))
        contact = said.get((mention.source_type, mention.source_id))
        if contact is None:
            asking.unnamed_quotes.append(mention.quote)
            continue
        if contact.id not in people:
            people[contact.id] = Asker(contact, notice=notices.get(contact.id))
            asking.people.append(people[contact.id])
        if mention.quote not in people[contact.id].quotes:
            people[contact.id].quotes.append(mention.quote)
    stakes = deals_at_stake([a.account.id for a in by_account.values()
                             if a.account is not None and a.account.status in LOST_STATUSES and not a.account.arr])
    for asking in by_account.values():
        if asking.account is not None:
            asking.at_stake = stakes.get(asking.account.id, 0.0)
    return sorted(by_account.values(), key=lambda asking: (
        asking.account is None, -((asking.account.arr or asking.at_stake) if asking.account else 0),
        asking.account.name if asking.account else ""))


def asking_contacts(item: FeedbackItem) -> list[Asker]:
    """The contacts an e-mail about the item may go to: named people with an address."""
    return [person for asking in asking_accounts(item) for person in asking.people if person.contact.email]


def message_values(item: FeedbackItem, asker: Asker) -> dict[str, str]:
    return {"contact_name": asker.contact.name or asker.contact.email, "account": asker.contact.account.name,
            "item": item.title, "quote": asker.quotes[0] if asker.quotes else "",
            "shipped_on": day(item.shipped_on) if item.shipped_on else "", "description": item.description or ""}


def compose(item: FeedbackItem, asker: Asker, sender: str) -> EmailMessage:
    chosen = template("shipped")
    values = message_values(item, asker)
    message = EmailMessage()
    message["Subject"] = " ".join(render(chosen.subject, values).split())
    message["From"], message["To"] = sender, asker.contact.email
    message.set_content(render(chosen.body, values))
    return message


@dataclass
class NoticeRun:
    sent: int = 0
    skipped: int = 0  # already e-mailed about this item, or being e-mailed by another run
    failed: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.sent} sent, {self.skipped} already told, {len(self.failed)} failed"


def _claim(item_id: int, contact_id: int, holder: str) -> Optional[ShippedNotice]:
    """The notice row, now this run's to send; None when it was sent or another run has it."""
    return claim(ShippedNotice(item_id=item_id, contact_id=contact_id, status="claimed"), ShippedNotice, "claimed",
                 holder, item_id=item_id, contact_id=contact_id)


def check_notifiable(item: FeedbackItem) -> None:
    if item.status != "shipped":
        raise ValueError(f"“{item.title}” is not shipped: mark it shipped before telling the people who asked")
    parse_smtp_url(current_app.config.get("SMTP_URL", ""))


def send_shipped_notices(item: FeedbackItem, progress=None) -> NoticeRun:
    """E-mails each contact who asked for the shipped item, once. MailNotConfigured without SMTP_URL."""
    check_notifiable(item)
    config = current_app.config
    settings = parse_smtp_url(config.get("SMTP_URL", ""))
    progress, holder = progress or Quiet(), run_id()
    run = NoticeRun()
    askers = asking_contacts(item)
    progress.expect(len(askers))
    with RecordedSends(settings) as sends:
        for asker in askers:
            notice = _claim(item.id, asker.contact.id, holder)
            error = None if notice is None else sends.send(notice, compose(item, asker,
                                                                           sender_address(config, settings)))
            if notice is None:
                run.skipped += 1
            elif error is None:
                run.sent += 1
            else:
                run.failed.append(f"{asker.contact.email}: {reason(error)}")
            progress.advance()
    return run


def shipped_items_to_notify() -> list[FeedbackItem]:
    """Shipped items, not merged away, with at least one asking contact not yet e-mailed."""
    items = db.session.scalars(select(FeedbackItem).where(FeedbackItem.status == "shipped",
                                                          FeedbackItem.merged_into_id.is_(None))
                               .order_by(FeedbackItem.id)).all()
    return [item for item in items if any(asker.notice is None or asker.notice.status == "failed"
                                          for asker in asking_contacts(item))]


def notice_counts(item: FeedbackItem) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for status in db.session.scalars(select(ShippedNotice.status).where(ShippedNotice.item_id == item.id)):
        counts[status] += 1
    return counts
