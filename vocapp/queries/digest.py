"""Gathers the roadmap digest (reports.roadmap) from the database: the ranking of the period and of the period
before it, the asking accounts' renewals, quotes with their speaker's role, and the win-back list.

The database sums each item's figures over the distinct accounts that asked (one aggregate query); Python reads
only what it must: the persona evidence of the active accounts that asked and have no detractor (the database finds
those that do; for the ARR at risk), the loss and churn interviews that cite an item, and the few quotes the detailed
items print."""
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Optional

from sqlalchemy import String, and_, case, cast, distinct, func, literal, select

from analysis.ranking import LOST_STATUSES, RankedItem, ordered
from analysis.wlc import InterviewFacts
from reports.roadmap import DETAILED_ITEMS, DigestItem, DigestQuote, RoadmapDigest
from vocapp.anonymity import hidden_response_ids
from vocapp.extensions import db
from vocapp.interviews.asks import interview_questions
from vocapp.models import Account, Contact, FeedbackItem, FeedbackMention, Interview, Response
from vocapp.queries.personas import at_risk_accounts
from vocapp.queries.winback import LOSS_OUTCOMES, win_back_list

QUOTES_PER_ITEM = 3
RENEWAL_WINDOW_DAYS = 90


def voice():
    """SQL: who a mention's ask came from, as ranking counts mentions: its comment or interview ("response:12"),
    or the mention itself when it has no source (a staff note). One voice asking twice is one mention."""
    return case((FeedbackMention.source_id.is_(None), literal("mention:") + cast(FeedbackMention.id, String)),
                else_=FeedbackMention.source_type + literal(":") + cast(FeedbackMention.source_id, String))


def within(column, since: date, until: date):
    """SQL: a timestamp column on any day from `since` to `until`, both included."""
    return column.between(datetime.combine(since, time.min), datetime.combine(until, time.max))


def _items(product_area: Optional[str] = None):
    """The roadmap items a digest ranks (merged items live on in the item they were merged into)."""
    items = select(FeedbackItem.id).where(FeedbackItem.merged_into_id.is_(None))
    if product_area:  # as typed or as shown: "Integrations" finds the items stored under "integrations"
        items = items.where(func.lower(FeedbackItem.product_area) == product_area.strip().lower())
    return items


def _in_segment(tier: Optional[int]) -> list:
    return [Account.tier == tier] if tier is not None else []


def _asking(since: date, until: date):
    """The distinct (item, account) pairs of a period, as a subquery. Callers keep the items they rank with
    `asked.c.item_id.in_(items)` on the pairs: the database then finds the period's mentions by their date,
    where a filter on the item inside would have it read every mention through the items' index (a quarter's
    digest, or an earlier period with few mentions, took as long as the whole year)."""
    return (select(FeedbackMention.item_id, FeedbackMention.account_id).distinct()
            .where(within(FeedbackMention.mentioned_at, since, until))).subquery()


def _arr_where(*conditions):
    return func.coalesce(func.sum(case((and_(*conditions), Account.arr), else_=0)), 0)


def _totals(since: date, until: date, items, tier: Optional[int], today: date, at_risk=None) -> dict[int, dict]:
    """Each item's figures over the distinct accounts that asked in the period, summed in the database: accounts,
    accounts by tier, impacted ARR (active accounts), ARR lost (churned or lost accounts), ARR renewing in the next
    90 days and, given a condition that holds for the active asking accounts at risk, the ARR at risk."""
    asked = _asking(since, until)
    active = Account.status == "active"
    renewing = Account.renewal_date.between(today, today + timedelta(days=RENEWAL_WINDOW_DAYS))
    columns = [asked.c.item_id, func.count().label("accounts"), _arr_where(active).label("impacted"),
               _arr_where(Account.status.in_(LOST_STATUSES)).label("lost"),
               _arr_where(active, renewing).label("renewing"),
               *(func.sum(case((Account.tier == number, 1), else_=0)).label(f"tier_{number}") for number in (1, 2, 3))]
    if at_risk is not None:
        columns.append(_arr_where(active, at_risk).label("at_risk"))
    rows = db.session.execute(select(*columns).join(Account, Account.id == asked.c.account_id)
                              .where(asked.c.item_id.in_(items), *_in_segment(tier)).group_by(asked.c.item_id))
    return {row.item_id: row._asdict() for row in rows}


def interview_losses(since: date, until: date, items, tier: Optional[int]) -> dict[int, float]:
    """ARR lost in the loss and churn interviews of the period that cite each item, a deal counted once (however
    many of its people cited it) at its ARR at stake. An account already counted lost with its own ARR (churned
    or lost, ARR above 0) is not counted a second time; a lost prospect's ARR is 0, so its deal's ARR counts."""
    if not db.session.scalar(select(Interview.id).join(Account, Account.id == Interview.account_id)
                             .where(Interview.outcome.in_(LOSS_OUTCOMES), *_in_segment(tier)).limit(1)):
        return {}  # nothing can cite one: spare the search through the period's mentions
    rows = db.session.execute(
        select(FeedbackMention.item_id, Interview.id, Interview.account_id, Interview.outcome, Interview.deal_id,
               Interview.interviewed_on, Interview.arr_at_stake, Account.status, Account.arr)
        .join(Interview, and_(FeedbackMention.source_type == "interview", Interview.id == FeedbackMention.source_id))
        .join(Account, Account.id == Interview.account_id)
        .where(FeedbackMention.item_id.in_(items), within(FeedbackMention.mentioned_at, since, until),
               Interview.outcome.in_(LOSS_OUTCOMES), *_in_segment(tier))).all()
    deal_ids = {row.deal_id for row in rows if row.deal_id}
    stakes: dict[str, float] = defaultdict(float)  # a deal's ARR at stake: the largest any of its interviews gives
    for deal_id, stake in db.session.execute(
            select(Interview.deal_id, func.max(Interview.arr_at_stake)).where(Interview.deal_id.in_(deal_ids))
            .group_by(Interview.deal_id)) if deal_ids else ():
        stakes[f"deal {deal_id}"] = float(stake or 0)
    counted: dict[int, dict[str, float]] = defaultdict(dict)
    for row in rows:
        if row.status in LOST_STATUSES and (row.arr or 0) > 0:
            continue  # counted with the account's ARR
        facts = InterviewFacts(row.id, row.account_id, row.outcome, row.interviewed_on, row.deal_id,
                               float(row.arr_at_stake or 0))
        counted[row.item_id][facts.deal_key] = stakes.get(facts.deal_key, facts.arr)
    return {item_id: sum(deals.values()) for item_id, deals in counted.items()}


# 1 for a mention waiting in the triage list: counted apart, and quoted last
_WAITING = case((FeedbackMention.review == "pending", 1), else_=0)


def _quotes(item_ids: list[int], since: date, until: date, tier: Optional[int],
            anonymise: bool) -> dict[int, list[DigestQuote]]:
    """Up to three quotes an item: the largest accounts first, one quote an account, a named speaker and more words
    first, an ask still waiting for review last. The database picks them; only the chosen quotes are read."""
    if not item_ids:
        return {}
    unnamed = case((Contact.role.is_(None), 1), else_=0)
    words = func.length(FeedbackMention.quote)
    arr = func.coalesce(Account.arr, 0)
    candidates = (
        select(FeedbackMention.id, FeedbackMention.item_id, arr.label("arr"), unnamed.label("unnamed"),
               words.label("words"), _WAITING.label("waiting"), FeedbackMention.mentioned_at,
               func.row_number().over(partition_by=(FeedbackMention.item_id, FeedbackMention.account_id),
                                      order_by=(_WAITING, unnamed, words.desc(), FeedbackMention.mentioned_at.desc(),
                                                FeedbackMention.id)).label("best_of_account"))
        .join(Account, Account.id == FeedbackMention.account_id)
        .outerjoin(Response, and_(FeedbackMention.source_type == "response", Response.id == FeedbackMention.source_id))
        .outerjoin(Contact, Contact.id == Response.contact_id)
        .where(FeedbackMention.item_id.in_(item_ids), within(FeedbackMention.mentioned_at, since, until),
               *_in_segment(tier))).subquery()
    placed = (select(candidates.c.id, func.row_number().over(
        partition_by=candidates.c.item_id,
        order_by=(candidates.c.waiting, candidates.c.arr.desc(), candidates.c.unnamed, candidates.c.words.desc(),
                  candidates.c.mentioned_at.desc(), candidates.c.id)).label("place"))
              .where(candidates.c.best_of_account == 1)).subquery()
    rows = db.session.execute(
        select(FeedbackMention.item_id, FeedbackMention.quote, FeedbackMention.source_type, FeedbackMention.source_id,
               FeedbackMention.mentioned_at, Account.name, Account.arr, Contact.role)
        .join(placed, placed.c.id == FeedbackMention.id).join(Account, Account.id == FeedbackMention.account_id)
        .outerjoin(Response, and_(FeedbackMention.source_type == "response", Response.id == FeedbackMention.source_id))
        .outerjoin(Contact, Contact.id == Response.contact_id)
        .where(placed.c.place <= QUOTES_PER_ITEM).order_by(FeedbackMention.item_id, placed.c.place)).all()
    hidden = hidden_response_ids([row.source_id for row in rows if row.source_type == "response"])
    # an interviewer's question may name the people in the room: an anonymised digest leaves it out
    asked = {} if anonymise else interview_questions(
        [(row.source_id, row.quote) for row in rows if row.source_type == "interview"])
    quotes: dict[int, list[DigestQuote]] = defaultdict(list)
    for row in rows:
        named = not anonymise and not (row.source_type == "response" and row.source_id in hidden)
        quotes[row.item_id].append(DigestQuote(row.quote, row.name if named else None, row.role,
                                               row.mentioned_at.date(), asked.get((row.source_id, row.quote))))
    return quotes


def roadmap_digest(since: date, until: date, product_area: Optional[str] = None, tier: Optional[int] = None,
                   anonymise: bool = False, today: Optional[date] = None) -> RoadmapDigest:
    today = today or date.today()
    items = _items(product_area)
    stored = {row.id: row for row in db.session.execute(
        select(FeedbackItem.id, FeedbackItem.title, FeedbackItem.status, FeedbackItem.product_area)
        .where(FeedbackItem.id.in_(items)))}
    # The active accounts that asked, read once (each evidence query filters on them), each row with the ARR of
    # those renewing within 90 days: one pass through the period's mentions for both.
    asking = select(FeedbackMention.account_id).where(within(FeedbackMention.mentioned_at, since, until),
                                                      FeedbackMention.item_id.in_(items))
    renews = Account.renewal_date.between(today, today + timedelta(days=RENEWAL_WINDOW_DAYS))
    asking_active = db.session.execute(
        select(Account.id, func.coalesce(func.sum(case((renews, Account.arr), else_=0)).over(), 0))
        .where(Account.id.in_(asking), Account.status == "active", *_in_segment(tier))).all()
    asking_ids = [account_id for account_id, _ in asking_active]
    risky = at_risk_accounts(asking_ids)
    safe = [account_id for account_id in asking_ids if account_id not in risky]
    # The active accounts the totals sum over are these same accounts: the shorter list names the ones at risk.
    at_risk = Account.id.in_(risky) if len(risky) <= len(safe) else Account.id.not_in(safe)
    totals = _totals(since, until, items, tier, today, at_risk=at_risk)
    lost_in_interviews = interview_losses(since, until, items, tier)
    mentions, waiting = {}, {}
    for item_id, count, pending in db.session.execute(
            select(FeedbackMention.item_id, func.count(distinct(voice())),
                   func.sum(_WAITING))
            .where(FeedbackMention.item_id.in_(list(totals)), within(FeedbackMention.mentioned_at, since, until))
            .group_by(FeedbackMention.item_id)):
        mentions[item_id], waiting[item_id] = count, int(pending or 0)
    ranking = ordered(RankedItem(item_id, stored[item_id].title, accounts=row["accounts"],
                                 impacted_arr=float(row["impacted"]),
                                 arr_lost=float(row["lost"]) + lost_in_interviews.get(item_id, 0))
                      for item_id, row in totals.items())
    previous_until = since - timedelta(days=1)
    previous = previous_impacted_arr(items, since - (until - since) - timedelta(days=1), previous_until, tier)
    quotes = _quotes([entry.item_id for entry in ranking[:DETAILED_ITEMS]], since, until, tier, anonymise)
    digest_items = []
    for position, entry in enumerate(ranking, 1):
        row, item = totals[entry.item_id], stored[entry.item_id]
        digest_items.append(DigestItem(
            rank=position, title=item.title, status=item.status, product_area=item.product_area,
            impacted_arr=entry.impacted_arr, accounts=entry.accounts, mentions=mentions.get(entry.item_id, 0),
            to_review=waiting.get(entry.item_id, 0),
            tiers=(row["tier_1"], row["tier_2"], row["tier_3"]), at_risk_arr=float(row["at_risk"]),
            lost_arr=entry.arr_lost, renewing_arr=float(row["renewing"]),
            previous_impacted_arr=previous.get(entry.item_id), quotes=quotes.get(entry.item_id, [])))
    renewing = asking_active[0][1] if asking_active else 0
    return RoadmapDigest(period_start=since, period_end=until, arr_as_of=today, items=digest_items,
                         win_back=win_back_list(), product_area=product_area,
                         segment=f"tier {tier}" if tier is not None else None, anonymised=anonymise,
                         renewing_arr=float(renewing))


def previous_impacted_arr(items, since: date, until: date, tier: Optional[int]) -> dict[int, float]:
    """Impacted ARR of each item in an earlier period, summed in the database (each active account once);
    `items` a query of item ids."""
    asked = _asking(since, until)
    totals = (select(asked.c.item_id, func.sum(Account.arr)).join(Account, Account.id == asked.c.account_id)
              .where(asked.c.item_id.in_(items), Account.status == "active", *_in_segment(tier))
              .group_by(asked.c.item_id))
    return {item_id: float(total or 0) for item_id, total in db.session.execute(totals)}


def item_ranks(since: date, until: date) -> dict[int, int]:
    """Each item's place in the digest of the period, from the same aggregates: the account review shows it
    without ranking every account's evidence (the ARR at risk does not change the order)."""
    items = _items()
    titles = dict(db.session.execute(select(FeedbackItem.id, FeedbackItem.title).where(FeedbackItem.id.in_(items))).all())
    totals = _totals(since, until, items, None, until)
    lost_in_interviews = interview_losses(since, until, items, None)
    ranked = ordered(RankedItem(item_id, titles[item_id], accounts=row["accounts"], impacted_arr=float(row["impacted"]),
                                arr_lost=float(row["lost"]) + lost_in_interviews.get(item_id, 0))
                     for item_id, row in totals.items())
    return {entry.item_id: position for position, entry in enumerate(ranked, 1)}
