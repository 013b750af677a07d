"""The WLC summary read from the database: each interview as analysis.wlc's InterviewFacts, filtered by period,
segment (tier), interviewer and competitor, then summarised by analysis.wlc."""
from dataclasses import dataclass
from datetime import date
from typing import Optional

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import selectinload

from analysis.wlc import InterviewFacts, Quote, Rating, ReasonCode, quarter_of, summarise
from vocapp.extensions import db
from vocapp.models import Account, Interview, InterviewRating, Reason


@dataclass
class WlcFilter:
    since: Optional[date] = None
    until: Optional[date] = None
    tier: Optional[int] = None
    interviewer_id: Optional[int] = None
    competitor_id: Optional[int] = None
    account_id: Optional[int] = None


def quarter_bounds(quarter: str) -> tuple[date, date]:
    """'2026-Q3' -> (2026-07-01, 2026-09-30); ValueError for anything else."""
    year, _, number = quarter.partition("-Q")
    year, number = int(year), int(number)
    if not 1 <= number <= 4 or not 2000 <= year <= 2100:
        raise ValueError(quarter)
    start = date(year, 3 * number - 2, 1)
    end = date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)
    return start, date.fromordinal(end.toordinal() - 1)


def quarters() -> list[str]:
    """The quarters that have interviews, newest first."""
    days = db.session.execute(select(func.min(Interview.interviewed_on), func.max(Interview.interviewed_on))).one()
    if days[0] is None:
        return []
    found, day = [], days[0].replace(day=1)
    while day <= days[1]:
        if quarter_of(day) not in found:
            found.append(quarter_of(day))
        day = date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return found[::-1]


def _code(reason: Optional[Reason]) -> Optional[ReasonCode]:
    return ReasonCode(reason.category.name, reason.name, reason.direction) if reason else None


def facts(interview: Interview) -> InterviewFacts:
    account = interview.account
    return InterviewFacts(
        id=interview.id, account=interview.account_id, outcome=interview.outcome,
        interviewed_on=interview.interviewed_on, deal_id=interview.deal_id, arr=float(interview.arr_at_stake or 0),
        competitors=tuple(c.name for c in interview.competitors),
        chosen=interview.chosen_competitor.name if interview.chosen_competitor else None,
        primary=_code(interview.primary_reason), secondary=tuple(_code(r) for r in interview.secondary_reasons),
        rep_reason=_code(interview.rep_reason), key_question=interview.key_question,
        decision_maker=bool(interview.contact and interview.contact.decision_maker), decided_on=interview.decided_on,
        account_name=account.name, segment=f"Tier {account.tier}" if account.tier else "No tier",
        ratings=tuple(Rating(r.criterion.name, r.ours, r.theirs) for r in interview.ratings),
        quotes=tuple(Quote(q.speaker, q.text) for q in interview.quotes))


def interviews(wlc_filter: WlcFilter = WlcFilter()) -> list[Interview]:
    statement = (select(Interview).join(Account, Interview.account_id == Account.id)
                 .options(selectinload(Interview.competitors), selectinload(Interview.secondary_reasons),
                          selectinload(Interview.ratings).joinedload(InterviewRating.criterion),
                          selectinload(Interview.quotes), selectinload(Interview.primary_reason),
                          selectinload(Interview.rep_reason), selectinload(Interview.chosen_competitor),
                          selectinload(Interview.contact), selectinload(Interview.account),
                          selectinload(Interview.interviewer))
                 .order_by(Interview.interviewed_on.desc(), Interview.id.desc()))
    if wlc_filter.since:
        statement = statement.where(Interview.interviewed_on >= wlc_filter.since)
    if wlc_filter.until:
        statement = statement.where(Interview.interviewed_on <= wlc_filter.until)
    if wlc_filter.tier:
        statement = statement.where(Account.tier == wlc_filter.tier)
    if wlc_filter.interviewer_id:
        statement = statement.where(Interview.interviewer_id == wlc_filter.interviewer_id)
    if wlc_filter.account_id:
        statement = statement.where(Interview.account_id == wlc_filter.account_id)
    found = list(db.session.scalars(statement))
    if wlc_filter.competitor_id:
        # whole deals where the competitor was present, every respondent of them
        keys = {facts(i).deal_key for i in found
                if wlc_filter.competitor_id in {c.id for c in i.competitors} | {i.chosen_competitor_id}}
        found = [i for i in found if facts(i).deal_key in keys]
    return found


# an account's status and the interview outcome that tells its story
CLOSED_OUTCOMES = {"churned": "churn", "lost": "loss"}


def closed_deals() -> dict[str, int]:
    """What the CRM says closed, as far as vocapp knows it: churned accounts, and prospects lost."""
    counts = dict(db.session.execute(select(Account.status, func.count(Account.id))
                                     .where(Account.status.in_(tuple(CLOSED_OUTCOMES))).group_by(Account.status)).all())
    return {kind: counts.get(status, 0) for status, kind in CLOSED_OUTCOMES.items()}


def _not_heard():
    """The interview outcome each closed account's story calls for, and the condition that none tells it yet."""
    outcome = case(*((Account.status == status, literal(kind)) for status, kind in CLOSED_OUTCOMES.items()))
    heard = select(Interview.id).where(Interview.account_id == Account.id, Interview.outcome == outcome)
    return outcome, Account.status.in_(tuple(CLOSED_OUTCOMES)) & ~heard.exists()


def not_interviewed() -> list[tuple[Account, str]]:
    """(account, outcome) for each churned account with no churn interview and each lost prospect with no loss
    interview, the most ARR first, with their contacts: whom the programme has not heard yet."""
    outcome, waiting = _not_heard()
    rows = db.session.execute(select(Account, outcome).where(waiting).options(selectinload(Account.contacts))
                              .order_by(Account.arr.desc(), Account.name)).all()
    return [(account, kind) for account, kind in rows]


def not_interviewed_count() -> int:
    return db.session.scalar(select(func.count(Account.id)).where(_not_heard()[1]))


def wlc_summary(wlc_filter: WlcFilter = WlcFilter()) -> dict:
    return summarise([facts(i) for i in interviews(wlc_filter)], closed_deals())


def latest_wlc(days: int = 365) -> Optional[dict]:
    """The overview's figures: the win rates and churned ARR by reason of the last `days` days, and how many
    churned or lost accounts wait for their interview; None without interviews in that window."""
    since = date.fromordinal(date.today().toordinal() - days + 1)
    summary = wlc_summary(WlcFilter(since=since))
    if not summary["interviews"]:
        return None
    return {"since": since, "days": days, "interviews": summary["interviews"], "deals": summary["deals"],
            "overall": summary["win_rate_detail"]["overall"], "competitive": summary["win_rate_detail"]["competitive"],
            "churned_arr_by_reason": list(summary["churned_arr_by_reason"].items())[:5],
            "churned_arr": summary["by_outcome"]["churn"]["arr"], "not_interviewed": not_interviewed_count()}
