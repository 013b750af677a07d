"""Each account's persona (essential / nice to have / no longer needed) with its evidence, the profile of
each persona group, and the watermelons: the placement rules live in analysis.personas; this module gathers
the evidence from the database in a few set-based queries."""
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Callable, Optional

from flask import current_app
from sqlalchemy import Select, String, case, cast, func, literal, select
from sqlalchemy.orm import selectinload

from analysis.personas import (CHURNED_STATUSES, CSM_VIEW, NICE, NO_LONGER, PERSONAS, UNKNOWN, AccountEvidence,
                               KeyAnswer, NpsAnswer, PersonaConfig, Placement, _latest_per_contact, _vote, place,
                               profile, watermelons)
from analysis.lookalikes import Lookalike, lookalikes, size_band
from vocapp.anonymity import account_hidden, quotes_shown
from vocapp.extensions import db
from vocapp.models import Account, Contact, CsmView, Response, Survey, TextAnalysis, ThemeTag
from vocapp.models.base import utcnow

PERSONA_LABELS = {"essential": "Essential", "nice_to_have": "Nice to have", "no_longer_needed": "No longer needed",
                  "unknown": "Unknown"}

# Later areas (interviews) add a function that fills AccountEvidence.interviews for the accounts given.
EVIDENCE_PROVIDERS: list[Callable[[dict[int, AccountEvidence]], None]] = []


def persona_config() -> PersonaConfig:
    return PersonaConfig(window_days=current_app.config.get("VOC_PERSONA_WINDOW_DAYS", 365),
                         decision_maker_weight=current_app.config.get("VOC_DECISION_MAKER_WEIGHT", 2.0))


@dataclass(frozen=True)
class AnonymousAnswer:
    """Who gave an anonymous answer: one person per answer, shown without its number."""
    response_id: int

    def __str__(self) -> str:
        return "An anonymous answer"


AccountIds = Optional[list[int] | Select]  # a list, a query of ids, or None for every account


def _among(column, account_ids: AccountIds) -> list:
    return [] if account_ids is None else [column.in_(account_ids)]


def gather_evidence(account_ids: AccountIds = None, since: Optional[datetime] = None,
                    until: Optional[datetime] = None, sentiment: bool = True) -> dict[int, AccountEvidence]:
    """Every account's evidence. With `since` and `until`, only the answers and CSM views of that window are read
    (the only ones a placement counts; churn and interviews are read whatever their date)."""
    evidence = {row.id: AccountEvidence(row.id, row.status) for row in db.session.execute(
        select(Account.id, Account.status).where(*_among(Account.id, account_ids)))}
    if not evidence:
        return evidence

    def in_window(column) -> list:
        return [column.between(since, until)] if since is not None and until is not None else []

    answers = db.session.execute(
        select(Response.id, Response.account_id, Response.contact_id, Response.score, Response.key_question,
               Response.submitted_at, Contact.name, Contact.email, Contact.decision_maker, Survey.kind,
               Survey.name.label("survey"))
        .join(Survey, Response.survey_id == Survey.id)
        .outerjoin(Contact, Response.contact_id == Contact.id)
        .where(*_among(Response.account_id, account_ids), *in_window(Response.submitted_at), ~account_hidden())
        .order_by(Response.id))  # of a person's answers at the same moment, the one stored first counts
    for row in answers:
        who = row.name or row.email or AnonymousAnswer(row.id)  # a contact's e-mail is unique in its account
        source = f"survey “{row.survey}”"
        if row.key_question:
            evidence[row.account_id].key_answers.append(
                KeyAnswer(who, row.key_question, row.submitted_at, bool(row.decision_maker), source))
        if row.score is not None and row.kind == "nps":
            evidence[row.account_id].nps_answers.append(
                NpsAnswer(who, row.score, row.submitted_at, bool(row.decision_maker), source))

    views = db.session.scalars(select(CsmView).options(selectinload(CsmView.user))
                               .where(*_among(CsmView.account_id, account_ids), *in_window(CsmView.created_at)))
    for view in views:
        who = f"CSM {view.user.display_name}" if view.user else "CSM"
        evidence[view.account_id].key_answers.append(
            KeyAnswer(who, view.answer, view.created_at, False, CSM_VIEW, note=(view.note or "").strip()))

    if sentiment:
        polarities = db.session.execute(select(TextAnalysis.account_id, TextAnalysis.polarity)
                                        .where(*_among(TextAnalysis.account_id, account_ids),
                                               quotes_shown(TextAnalysis)))
        for account_id, polarity in polarities:
            if account_id in evidence:
                evidence[account_id].sentiment.append(polarity)

    for provider in EVIDENCE_PROVIDERS:
        provider(evidence)
    return evidence


def placements(account_ids: Optional[list[int]] = None, now: Optional[datetime] = None) -> dict[int, Placement]:
    now, config = now or utcnow(), persona_config()
    return {account_id: place(ev, now, config) for account_id, ev in gather_evidence(account_ids).items()}


def persona_of(evidence: AccountEvidence, now: datetime, config: PersonaConfig) -> str:
    """The persona `place` gives, by the same precedence, without writing its reasons: the roadmap digest asks
    it of thousands of accounts (a test keeps the two in step)."""
    since = now - timedelta(days=config.window_days)
    if (evidence.status or "").lower() in CHURNED_STATUSES or any(i.outcome == "churn" for i in evidence.interviews):
        return NO_LONGER
    answers = list(evidence.key_answers) + [
        KeyAnswer(i.contact_id if i.contact_id is not None else f"interview:{i.ref or i.at}",
                  i.key_question, i.at, i.decision_maker, f"{i.outcome} interview")
        for i in evidence.interviews if i.key_question in PERSONAS]
    for latest, persona in ((_latest_per_contact(answers, since, now), lambda a: a.answer),
                            (_latest_per_contact(evidence.nps_answers, since, now), lambda a: a.persona)):
        if latest:
            return _vote(latest, persona, config)[0]
    return UNKNOWN


def latest_detractors(account_ids: AccountIds, since: datetime, until: datetime) -> Select:
    """The accounts with a detractor among each person's latest NPS answer in the window, as a query: the rule
    of _latest_per_contact over gather_evidence's answers (a person is whom gather_evidence names; of their
    answers at the same moment, the one stored first), applied by the database."""
    who = case((func.coalesce(Contact.name, "") != "", Contact.name),
               (func.coalesce(Contact.email, "") != "", Contact.email),
               else_=literal("anonymous answer ") + cast(Response.id, String))
    latest = (select(Response.account_id, Response.score, func.row_number().over(
        partition_by=(Response.account_id, who), order_by=(Response.submitted_at.desc(), Response.id)).label("newest"))
              .join(Survey, Response.survey_id == Survey.id)
              .outerjoin(Contact, Response.contact_id == Contact.id)
              .where(Survey.kind == "nps", Response.score.is_not(None), Response.submitted_at.between(since, until),
                     *_among(Response.account_id, account_ids), ~account_hidden())).subquery()
    return select(latest.c.account_id).distinct().where(latest.c.newest == 1, latest.c.score < 7)


def at_risk_accounts(account_ids: AccountIds = None, now: Optional[datetime] = None) -> set[int]:
    """Accounts placed as nice to have or no longer needed, or with a detractor among their contacts' latest
    NPS answers in the window: whose ARR is at risk. The database finds those with a detractor (the digest asks
    about thousands of accounts); only the others' evidence is read and placed."""
    now, config = now or utcnow(), persona_config()
    since = now - timedelta(days=config.window_days)
    risky = set(db.session.scalars(latest_detractors(account_ids, since, now)))
    others = [i for i in account_ids if i not in risky] if isinstance(account_ids, list) else account_ids
    return risky | {account_id for account_id, persona in personas_of(others, now).items()
                    if persona in (NICE, NO_LONGER)}


def personas_of(account_ids: AccountIds, now: Optional[datetime] = None) -> dict[int, str]:
    """Each account's persona, `place`'s answer without its reasons: for the accounts list and the ARR at
    risk."""
    if isinstance(account_ids, list) and not account_ids:
        return {}
    now, config = now or utcnow(), persona_config()
    evidence = gather_evidence(account_ids, now - timedelta(days=config.window_days), now, sentiment=False)
    return {account_id: persona_of(ev, now, config) for account_id, ev in evidence.items()}


def account_persona(account_id: int) -> Placement:
    return placements([account_id])[account_id]


@dataclass
class PersonaOverview:
    """`counts` and `arr`: every placed account by persona, churned, lost and prospects included (the groups'
    profiles describe them all); `customer_counts` and `customer_arr`: the active customers only, the share
    DOMAIN.md's key question asks about, beside the active ARR."""
    counts: dict[str, int]
    arr: dict[str, float]
    profiles: dict[str, dict]
    rows: list[tuple[Account, Placement]]
    lookalikes: list[tuple[Account, Lookalike]]
    customer_counts: dict[str, int]
    customer_arr: dict[str, float]

    @property
    def not_customers(self) -> int:
        """Placed accounts that are not active customers: churned, lost, prospects."""
        return sum(self.counts.values()) - sum(self.customer_counts.values())


def overview(now: Optional[datetime] = None) -> PersonaOverview:
    placed = placements(now=now)
    accounts = {account.id: account for account in db.session.scalars(select(Account))}
    themes = _top_themes_by_account()
    sentiment = dict(db.session.execute(
        select(TextAnalysis.account_id, func.avg(TextAnalysis.polarity)).where(quotes_shown(TextAnalysis))
        .group_by(TextAnalysis.account_id)).all())
    counts: dict[str, int] = defaultdict(int)
    arr: dict[str, float] = defaultdict(float)
    customer_counts: dict[str, int] = defaultdict(int)
    customer_arr: dict[str, float] = defaultdict(float)
    with_attributes = []
    for account_id, placement in placed.items():
        account = accounts[account_id]
        counts[placement.persona] += 1
        arr[placement.persona] += account.arr or 0
        if account.status == "active":
            customer_counts[placement.persona] += 1
            customer_arr[placement.persona] += account.arr or 0
        with_attributes.append((placement, {
            "industry": account.industry, "region": account.region, "tier": account.tier,
            "size": account.employees,
            "arr": None if account.status == "lost" else account.arr,  # a lost deal's 0 would drag the average
            "usage": account.usage_score / 100 if account.usage_score is not None else None,
            "themes": themes.get(account_id, []), "sentiment": sentiment.get(account_id)}))
    rows = sorted(((accounts[i], p) for i, p in placed.items()), key=lambda pair: -(pair[0].arr or 0))
    firmographics = {i: {"industry": a.industry, "region": a.region, "tier": a.tier, "size_band": size_band(a.employees)}
                     for i, a in accounts.items()}
    candidates = [(i, firmographics[i]) for i, p in placed.items()
                  if accounts[i].status == "prospect" or p.persona == "unknown"]
    known = [(p.persona, firmographics[i]) for i, p in placed.items() if p.persona != "unknown"]
    warnings = [(accounts[item.account_id], item) for item in lookalikes(candidates, known)]
    return PersonaOverview(dict(counts), dict(arr), profile(with_attributes, top=3), rows, warnings,
                           dict(customer_counts), dict(customer_arr))


def _top_themes_by_account() -> dict[int, list[str]]:
    rows = db.session.execute(
        select(TextAnalysis.account_id, ThemeTag.theme_key)
        .join(ThemeTag, ThemeTag.analysis_id == TextAnalysis.id)
        .where(ThemeTag.removed.is_(False), TextAnalysis.account_id.is_not(None), quotes_shown(TextAnalysis)))
    themes: dict[int, list[str]] = defaultdict(list)
    for account_id, key in rows:
        themes[account_id].append(key)
    return themes


def watermelon_accounts(now: Optional[datetime] = None, usage_threshold: int = 70):
    """Healthy-looking accounts (usage score at or above the threshold) whose people say otherwise."""
    accounts = {account.id: account for account in db.session.scalars(select(Account).where(Account.status == "active"))}
    evidence = gather_evidence(list(accounts))
    health = [(ev, {"usage": accounts[i].usage_score / 100 if accounts[i].usage_score is not None else None})
              for i, ev in evidence.items()]
    found = watermelons(health, now or utcnow(), persona_config(), usage_threshold=usage_threshold / 100)
    return sorted(((accounts[w.account_id], w) for w in found), key=lambda pair: -(pair[0].arr or 0))
