"""Gathers the roadmap digest (reports.roadmap) from the database: the ranking of the period and of the period
before it, the asking accounts' renewals, quotes with their speaker's role, and the win-back list."""
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Optional

from sqlalchemy import case, func, select

from analysis.ranking import LOST_STATUSES, AccountFacts, RankedItem, ordered, rank
from reports.roadmap import DETAILED_ITEMS, DigestItem, DigestQuote, RoadmapDigest, WinBack
from vocapp.anonymity import hidden_response_ids
from vocapp.extensions import db
from vocapp.models import Account, Contact, FeedbackItem, FeedbackMention, Response
from vocapp.queries.personas import at_risk_accounts

QUOTES_PER_ITEM = 3
RENEWAL_WINDOW_DAYS = 90


def within(column, since: date, until: date):
    """SQL: a timestamp column on any day from `since` to `until`, both included."""
    return column.between(datetime.combine(since, time.min), datetime.combine(until, time.max))


def _mentions(item_ids: list[int], since: date, until: date):
    return db.session.execute(
        select(FeedbackMention.id, FeedbackMention.item_id, FeedbackMention.account_id, FeedbackMention.mentioned_at,
               FeedbackMention.quote, FeedbackMention.source_type, FeedbackMention.source_id)
        .where(FeedbackMention.item_id.in_(item_ids), within(FeedbackMention.mentioned_at, since, until))
        .order_by(FeedbackMention.mentioned_at.desc())).all()


def _roles(mentions) -> dict[int, Optional[str]]:
    """Response id -> the role of the contact who answered (none for anonymous answers)."""
    response_ids = [row.source_id for row in mentions if row.source_type == "response" and row.source_id]
    if not response_ids:
        return {}
    return dict(db.session.execute(select(Response.id, Contact.role).join(Contact, Response.contact_id == Contact.id)
                                   .where(Response.id.in_(response_ids))).all())


def roadmap_digest(since: date, until: date, product_area: Optional[str] = None, tier: Optional[int] = None,
                   anonymise: bool = False, today: Optional[date] = None) -> RoadmapDigest:
    today = today or date.today()
    items = select(FeedbackItem).where(FeedbackItem.merged_into_id.is_(None))
    if product_area:  # as typed or as shown: "Integrations" finds the items stored under "integrations"
        items = items.where(func.lower(FeedbackItem.product_area) == product_area.strip().lower())
    stored = {item.id: item for item in db.session.scalars(items)}
    previous_until = since - timedelta(days=1)
    previous = previous_impacted_arr(list(stored), since - (until - since) - timedelta(days=1), previous_until, tier)
    mentions = _mentions(list(stored), since, until)
    asking = {row.account_id for row in mentions if row.account_id is not None}
    accounts = {row.id: row for row in db.session.execute(
        select(Account.id, Account.name, Account.arr, Account.status, Account.tier, Account.renewal_date)
        .where(Account.id.in_(asking), *([Account.tier == tier] if tier is not None else [])))}
    risky = at_risk_accounts(list(accounts))
    facts = {key: AccountFacts(arr=float(row.arr or 0), status=row.status, tier=row.tier, at_risk=key in risky)
             for key, row in accounts.items()}
    titles = {row.item_id: stored[row.item_id].title for row in mentions if row.account_id in accounts}
    ranking = rank(titles, [(row.item_id, row.account_id, row.mentioned_at) for row in mentions], facts)
    renewal_end = today + timedelta(days=RENEWAL_WINDOW_DAYS)
    renewing = {key for key, account in accounts.items()
                if account.status == "active" and account.renewal_date and today <= account.renewal_date <= renewal_end}
    hidden = hidden_response_ids([row.source_id for row in mentions if row.source_type == "response"])
    roles = _roles(mentions)
    by_item: dict[int, list] = defaultdict(list)
    asked_by: dict[int, set[int]] = defaultdict(set)
    for row in mentions:
        if row.account_id in accounts:
            by_item[row.item_id].append(row)
            asked_by[row.item_id].add(row.account_id)

    def quotes(item_id: int) -> list[DigestQuote]:
        chosen, speakers = [], set()
        by_arr = sorted(by_item[item_id],
                        key=lambda row: (-(accounts[row.account_id].arr or 0), roles.get(row.source_id) is None
                                         if row.source_type == "response" else True, -len(row.quote)))
        for row in by_arr:  # the largest accounts first, one quote an account, a named speaker and more words first
            if row.account_id in speakers or len(chosen) == QUOTES_PER_ITEM:
                continue
            speakers.add(row.account_id)
            named = not anonymise and not (row.source_type == "response" and row.source_id in hidden)
            chosen.append(DigestQuote(row.quote, accounts[row.account_id].name if named else None,
                                      roles.get(row.source_id) if row.source_type == "response" else None,
                                      row.mentioned_at.date()))
        return chosen

    digest_items = [
        DigestItem(rank=position, title=entry.title, status=stored[entry.item_id].status,
                   product_area=stored[entry.item_id].product_area, impacted_arr=entry.impacted_arr,
                   accounts=entry.accounts, mentions=entry.mentions, tiers=tuple(entry.tiers[tier] for tier in (1, 2, 3)),
                   at_risk_arr=entry.arr_at_risk, lost_arr=entry.arr_lost,
                   renewing_arr=sum(accounts[key].arr or 0 for key in asked_by[entry.item_id] & renewing),
                   previous_impacted_arr=previous.get(entry.item_id),
                   quotes=quotes(entry.item_id) if position <= DETAILED_ITEMS else [])
        for position, entry in enumerate(ranking, 1)]
    all_asking = set().union(*asked_by.values()) if asked_by else set()
    return RoadmapDigest(period_start=since, period_end=until, arr_as_of=today, items=digest_items,
                         win_back=win_back_list(), product_area=product_area,
                         segment=f"tier {tier}" if tier is not None else None, anonymised=anonymise,
                         renewing_arr=sum(accounts[key].arr or 0 for key in all_asking & renewing))


def _asking(since: date, until: date, item_ids: Optional[list[int]] = None):
    """The distinct (item, account) pairs of a period, as a subquery."""
    pairs = (select(FeedbackMention.item_id, FeedbackMention.account_id).distinct()
             .where(within(FeedbackMention.mentioned_at, since, until)))
    if item_ids is not None:
        pairs = pairs.where(FeedbackMention.item_id.in_(item_ids))
    return pairs.subquery()


def previous_impacted_arr(item_ids: list[int], since: date, until: date, tier: Optional[int]) -> dict[int, float]:
    """Impacted ARR of each item in an earlier period, summed in the database (each active account once)."""
    asked = _asking(since, until, item_ids)
    totals = (select(asked.c.item_id, func.sum(Account.arr)).join(Account, Account.id == asked.c.account_id)
              .where(Account.status == "active", *([Account.tier == tier] if tier is not None else []))
              .group_by(asked.c.item_id))
    return {item_id: float(total or 0) for item_id, total in db.session.execute(totals)}


def item_ranks(since: date, until: date) -> dict[int, int]:
    """Each item's place in the digest of the period, aggregated in the database: the account review shows it
    without ranking every account's evidence."""
    asked = _asking(since, until)
    active = case((Account.status == "active", Account.arr), else_=0)
    lost = case((Account.status.in_(LOST_STATUSES), Account.arr), else_=0)
    rows = db.session.execute(
        select(FeedbackItem.id, FeedbackItem.title, func.sum(active), func.count(), func.sum(lost))
        .join(asked, asked.c.item_id == FeedbackItem.id).join(Account, Account.id == asked.c.account_id)
        .where(FeedbackItem.merged_into_id.is_(None)).group_by(FeedbackItem.id, FeedbackItem.title))
    ranked = ordered(RankedItem(item_id, title, accounts=count, impacted_arr=float(impacted or 0),
                                arr_lost=float(lost_arr or 0)) for item_id, title, impacted, count, lost_arr in rows)
    return {entry.item_id: position for position, entry in enumerate(ranked, 1)}


def win_back_list() -> list[WinBack]:
    """Churned or lost accounts that asked for an item that has shipped, largest ARR first."""
    rows = db.session.execute(
        select(Account.name, Account.status, Account.arr, FeedbackItem.title)
        .join(FeedbackMention, FeedbackMention.account_id == Account.id)
        .join(FeedbackItem, FeedbackItem.id == FeedbackMention.item_id)
        .where(Account.status.in_(("churned", "lost")), FeedbackItem.status == "shipped")).all()
    asked: dict[tuple, set[str]] = defaultdict(set)
    for name, status, arr, title in rows:
        asked[(name, status, float(arr or 0))].add(title)
    return sorted((WinBack(name, status, arr, tuple(sorted(titles))) for (name, status, arr), titles in asked.items()),
                  key=lambda entry: (-entry.arr, entry.account))
