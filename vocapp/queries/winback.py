"""The win-back list: churned or lost accounts that asked for an item that has since shipped, with what they lost
us, who asked and in what words: a reason to call them, and whom to call.

An anonymous answer whose account may not be shown (vocapp.anonymity) puts no account on the list: naming the
account beside what it asked for would tie the answer to the few people invited."""
from collections import defaultdict

from sqlalchemy import select

from analysis.ranking import LOST_STATUSES
from analysis.wlc import InterviewFacts
from reports.roadmap import WinBack, WinBackContact
from vocapp.anonymity import hidden_mentions
from vocapp.extensions import db
from vocapp.imports.rows import chunked
from vocapp.models import Account, Contact, FeedbackItem, FeedbackMention, Interview
from vocapp.queries.speakers import speakers

LOSS_OUTCOMES = ("loss", "churn")
WIN_BACK_COLUMNS = ["account", "external_id", "status", "arr_lost", "asked_for", "shipped_on", "contacts",
                    "emails", "quote"]


def win_back_list() -> list[WinBack]:
    """Largest ARR lost first. A churned account's ARR is what it paid; a lost prospect has none, so its ARR is
    what its lost deals had at stake (each deal once, at the largest ARR any of its loss or churn interviews
    gives)."""
    rows = db.session.execute(
        select(FeedbackMention, Account, FeedbackItem.title, FeedbackItem.shipped_on, FeedbackItem.id)
        .join(FeedbackItem, FeedbackItem.id == FeedbackMention.item_id)
        .join(Account, Account.id == FeedbackMention.account_id)
        .where(Account.status.in_(LOST_STATUSES), FeedbackItem.status == "shipped")
        .order_by(FeedbackMention.mentioned_at.desc(), FeedbackMention.id.desc())).all()
    hidden = hidden_mentions([mention for mention, *_ in rows])
    rows = [row for row in rows if row[0].id not in hidden]
    said = speakers([mention for mention, *_ in rows])
    by_account: dict[int, list] = defaultdict(list)
    for mention, account, title, shipped_on, item_id in rows:
        by_account[account.id].append((mention, account, title, shipped_on, item_id))
    at_stake = deals_at_stake([asked[0][1].id for asked in by_account.values() if not asked[0][1].arr])
    entries = []
    for account_id, asked in by_account.items():
        account = asked[0][1]
        people: dict[int, Contact] = {}
        for mention, *_ in asked:  # newest first
            contact = said.get((mention.source_type, mention.source_id))
            if contact is not None:
                people.setdefault(contact.id, contact)
        shipped = [shipped_on for *_, shipped_on, _ in asked if shipped_on]
        items = sorted({(title, item_id) for _, _, title, _, item_id in asked})
        entries.append(WinBack(
            account.name, account.status, float(account.arr or 0) or at_stake.get(account_id, 0.0),
            tuple(title for title, _ in items), account_id, max(shipped, default=None),
            tuple(WinBackContact(c.name, c.email, c.role) for c in people.values()), asked[0][0].quote,
            account.external_id, tuple(item_id for _, item_id in items)))
    return sorted(entries, key=lambda entry: (-entry.arr, entry.account))


def win_back_rows(entries: list[WinBack]) -> list[dict]:
    """The list as plain rows (the CSV download and `voc feedback win-back --json`): WIN_BACK_COLUMNS."""
    return [{"account": entry.account, "external_id": entry.external_id, "status": entry.status,
             "arr_lost": entry.arr, "asked_for": "; ".join(entry.items),
             "shipped_on": entry.shipped_on.isoformat() if entry.shipped_on else None,
             "contacts": "; ".join(person.name for person in entry.people),
             "emails": "; ".join(person.email for person in entry.people if person.email),
             "quote": entry.quote} for entry in entries]


def deals_at_stake(account_ids: list[int]) -> dict[int, float]:
    """Each account's ARR at stake in its lost or churned deals, each deal once."""
    deals: dict[int, dict[str, float]] = defaultdict(dict)
    for chunk in chunked(account_ids, 900):
        for row in db.session.execute(
                select(Interview.id, Interview.account_id, Interview.outcome, Interview.interviewed_on,
                       Interview.deal_id, Interview.arr_at_stake)
                .where(Interview.account_id.in_(chunk), Interview.outcome.in_(LOSS_OUTCOMES))):
            facts = InterviewFacts(row.id, row.account_id, row.outcome, row.interviewed_on, row.deal_id,
                                   float(row.arr_at_stake or 0))
            known = deals[row.account_id]
            known[facts.deal_key] = max(known.get(facts.deal_key, 0.0), facts.arr)
    return {account_id: sum(stakes.values()) for account_id, stakes in deals.items()}
