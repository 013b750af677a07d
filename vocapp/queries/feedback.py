"""Roadmap feedback: items ranked by the revenue of the accounts that asked, with their evidence."""
from datetime import date
from typing import Optional

from sqlalchemy import select

from analysis.ranking import AccountFacts, RankedItem, ordered, rank
from vocapp.extensions import db
from vocapp.models import Account, FeedbackItem, FeedbackMention
from vocapp.queries.digest import interview_losses, voice, within
from vocapp.queries.personas import at_risk_accounts


def account_facts(account_ids: list[int]) -> dict[int, AccountFacts]:
    risky = at_risk_accounts(account_ids)
    return {account.id: AccountFacts(arr=account.arr or 0, status=account.status, tier=account.tier,
                                     at_risk=account.id in risky)
            for account in db.session.scalars(select(Account).where(Account.id.in_(account_ids)))}


def item_roots() -> dict[int, int]:
    """Every item's id -> the item it ends up in after following merges, through chains of any length.
    A cycle (stored before merges refused them) stands as one item: its lowest id."""
    merged_into = dict(db.session.execute(select(FeedbackItem.id, FeedbackItem.merged_into_id)).all())
    roots: dict[int, int] = {}
    for start in merged_into:
        path, node = [], start
        while node not in roots and merged_into.get(node) is not None and node not in path:
            path.append(node)
            node = merged_into[node]
        if node in roots:
            root = roots[node]
        elif node in path:
            root = min(path[path.index(node):])
        else:
            root = node
        for visited in path + [node]:
            roots.setdefault(visited, root)
    return roots


def ranked_items(status: Optional[str] = None, product_area: Optional[str] = None,
                 item_ids: Optional[list[int]] = None, since: Optional[date] = None,
                 until: Optional[date] = None) -> list[RankedItem]:
    """The ranking by impacted ARR; `since`/`until` keep the asks made on those days (both included)."""
    roots = item_roots()
    items = select(FeedbackItem.id, FeedbackItem.title).where(
        FeedbackItem.id.in_([item_id for item_id, root in roots.items() if item_id == root]))
    if status:
        items = items.where(FeedbackItem.status == status)
    if product_area:
        items = items.where(FeedbackItem.product_area == product_area)
    if item_ids is not None:
        items = items.where(FeedbackItem.id.in_(item_ids))
    titles = dict(db.session.execute(items).all())
    # a mention left on a merged item counts for the item it was merged into
    members = [item_id for item_id, root in roots.items() if root in titles]
    asks = select(FeedbackMention.item_id, FeedbackMention.account_id, FeedbackMention.mentioned_at,
                  voice()).where(FeedbackMention.item_id.in_(members))
    if since or until:
        asks = asks.where(within(FeedbackMention.mentioned_at, since or date.min, until or date.max))
    mentions = [(roots[item_id], account_id, at, who) for item_id, account_id, at, who in db.session.execute(asks)]
    if since or until:  # an item nobody asked for in the period is not part of its ranking
        asked = {item_id for item_id, *_ in mentions}
        titles = {item_id: title for item_id, title in titles.items() if item_id in asked}
    asking = sorted({account_id for _, account_id, *_ in mentions if account_id is not None})
    ranked = rank(titles, mentions, account_facts(asking))
    # ARR already lost also counts the loss and churn interviews that cite an item, as the digest does
    by_id = {entry.item_id: entry for entry in ranked}
    for item_id, arr in interview_losses(since or date.min, until or date.max,
                                         select(FeedbackItem.id).where(FeedbackItem.id.in_(members)), None).items():
        if roots.get(item_id) in by_id:
            by_id[roots[item_id]].arr_lost += arr
    return ordered(ranked)


def with_items(ranked: list[RankedItem]) -> list[tuple[RankedItem, FeedbackItem]]:
    """Each ranked item beside its stored item (title, status, product area)."""
    items = {item.id: item for item in db.session.scalars(
        select(FeedbackItem).where(FeedbackItem.id.in_([entry.item_id for entry in ranked])))}
    return [(entry, items[entry.item_id]) for entry in ranked]


def ranking_json(since: Optional[date] = None, until: Optional[date] = None,
                 product_area: Optional[str] = None) -> list[dict]:
    """The ranking as `voc feedback ranking --json`, the API and `voc report roadmap --json` give it, in rank order."""
    return [{"item": entry.title, "impacted_arr": round(entry.impacted_arr, 2), "accounts": entry.accounts,
             "at_risk_arr": round(entry.arr_at_risk, 2), "lost_arr": round(entry.arr_lost, 2),
             "mentions": entry.mentions, "item_id": entry.item_id}
            for entry in ranked_items(product_area=product_area, since=since, until=until) if entry.mentions]


FEEDBACK_COLUMNS = ["item_id", "title", "product_area", "status", "impacted_arr", "accounts", "mentions",
                    "arr_at_risk", "arr_lost", "tiers", "last_mentioned"]


def feedback_rows(status: Optional[str] = None, product_area: Optional[str] = None, since: Optional[date] = None,
                  until: Optional[date] = None) -> list[dict]:
    """The ranked items as plain rows, for the CSV download and the API (which also gives the contract's keys:
    item, at_risk_arr, lost_arr)."""
    return [{"item_id": ranked.item_id, "title": ranked.title, "item": ranked.title,
             "at_risk_arr": round(ranked.arr_at_risk, 2), "lost_arr": round(ranked.arr_lost, 2),
             "product_area": item.product_area,
             "status": item.status, "impacted_arr": round(ranked.impacted_arr, 2),
             "accounts": ranked.accounts, "mentions": ranked.mentions, "arr_at_risk": round(ranked.arr_at_risk, 2),
             "arr_lost": round(ranked.arr_lost, 2), "tiers": ranked.tier_summary,
             "last_mentioned": ranked.last_mentioned.isoformat() if ranked.last_mentioned else None}
            for ranked, item in with_items(ranked_items(status, product_area, since=since, until=until))
            if ranked.mentions]  # an item nobody asked for (a catalogue item) is not part of the ranking
