"""NPS from the database: the counting (by score, by account, by segment, by month) is done in SQL, then
`surveys.nps.nps` turns the counts into the score, its margin and the ARR-weighted score.

Only answers with a score count: a contact who skipped the NPS question is not in n."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Callable, Optional

from sqlalchemy import Select, func, literal_column, or_, select
from sqlalchemy.orm import joinedload

from surveys.nps import AccountCounts, NpsResult, nps
from surveys.questions import RATING_MAX
from vocapp.anonymity import HIDDEN_ACCOUNT, account_hidden, shown
from vocapp.extensions import db
from vocapp.models import JOURNEY_STAGES, Account, Contact, Invitation, Response, Survey, User
from vocapp.params import date_arg, int_arg

STAGE = func.coalesce(Response.journey_stage, Survey.journey_stage)
DIMENSIONS: dict[str, tuple[str, Any]] = {
    "tier": ("Tier", Account.tier),
    "industry": ("Industry", Account.industry),
    "region": ("Region", Account.region),
    "stage": ("Journey stage", STAGE),
    "csm": ("CSM", Account.csm_id),
}


@dataclass
class NpsFilter:
    """What the insights page and the exports narrow answers by; every field is optional."""

    survey_id: Optional[int] = None
    since: Optional[date] = None
    until: Optional[date] = None  # inclusive
    stage: str = ""
    account_id: Optional[int] = None

    @classmethod
    def from_args(cls, args) -> "NpsFilter":
        stage = args.get("stage", "")
        return cls(survey_id=int_arg("survey", args=args) or None, since=date_arg("since", args),
                   until=date_arg("until", args), stage=stage if stage in JOURNEY_STAGES else "")

    def as_args(self) -> dict:
        """The query arguments that give this filter again (for the page's own links)."""
        values = {"survey": self.survey_id, "since": self.since, "until": self.until, "stage": self.stage}
        return {name: value for name, value in values.items() if value}

    @property
    def active(self) -> bool:
        return bool(self.survey_id or self.since or self.until or self.stage)

    def apply(self, statement: Select) -> Select:
        """Narrows a statement over responses joined to their survey."""
        if self.survey_id:
            statement = statement.where(Response.survey_id == self.survey_id)
        if self.since:
            statement = statement.where(Response.submitted_at >= datetime.combine(self.since, time.min))
        if self.until:
            statement = statement.where(Response.submitted_at < datetime.combine(self.until + timedelta(days=1), time.min))
        if self.stage:
            statement = statement.where(STAGE == self.stage)
        if self.account_id:
            # one account's figure leaves out the anonymous answers it may not be shown with: with fewer than
            # three of its contacts invited, its NPS would be theirs
            statement = statement.where(Response.account_id == self.account_id, ~account_hidden())
        return statement


def _scored(*columns) -> Select:
    return (select(*columns).select_from(Response).join(Survey, Survey.id == Response.survey_id)
            .outerjoin(Account, Account.id == Response.account_id).where(Response.score.is_not(None)))


def nps_by_key(key, filters: NpsFilter, *where) -> dict[Any, NpsResult]:
    """NPS for each value of `key` (a column or SQL expression; None for one group, "all"): one grouped
    count in the database by key, account and score, folded here into each key's distribution and its
    accounts for the ARR weighting. `where`: further conditions on the answers."""
    keys = [] if key is None else [key]
    rows = db.session.execute(filters.apply(
        _scored(*keys, Response.account_id, Account.arr, Response.score, func.count(Response.id)).where(*where)
        .group_by(*keys, Response.account_id, Account.arr, Response.score))).all()
    return fold(tuple(row) if keys else ("all", *row) for row in rows)


def fold(rows) -> dict[Any, NpsResult]:
    """(group, account_id, arr, score, count) rows into an NpsResult per group."""
    distributions: dict[Any, list[int]] = {}
    accounts: dict[Any, dict[Any, list]] = {}
    for group, account_id, arr, score, count in rows:
        distributions.setdefault(group, [0] * 11)[score] += count
        if account_id is not None:
            tally = accounts.setdefault(group, {}).setdefault(account_id, [float(arr or 0), 0, 0, 0])
            tally[1 if score >= 9 else 2 if score >= 7 else 3] += count
    return {group: nps(counts=distribution, accounts=[AccountCounts(*tally) for tally in
                                                       accounts.get(group, {}).values()])
            for group, distribution in distributions.items()}


def nps_summary(filters: Optional[NpsFilter] = None) -> NpsResult:
    return nps_by_key(None, filters or NpsFilter()).get("all") or nps(counts=[0] * 11)


def accounts_nps(account_ids: list[int], since: Optional[date] = None) -> dict[int, NpsResult]:
    """Each account's NPS since a date, for a page of the accounts list: account_nps's figure for each, in one
    query (an anonymous answer an account may not be shown with is left out of it)."""
    if not account_ids:
        return {}
    return nps_by_key(Response.account_id.label("account"), NpsFilter(since=since),
                      Response.account_id.in_(account_ids), ~account_hidden())


def account_nps(account_id: int, since: Optional[date] = None, until: Optional[date] = None) -> NpsResult:
    """One account's NPS (every answer of its contacts, optionally in a date range): for the account page
    and the account review."""
    return nps_summary(NpsFilter(account_id=account_id, since=since, until=until))


# --- per survey --------------------------------------------------------------------------------------
@dataclass
class Reach:
    invitations: int = 0
    answered: int = 0
    skipped_score: int = 0  # responses without a score: answered, but not in n

    @property
    def response_rate(self) -> Optional[float]:
        return 100 * self.answered / self.invitations if self.invitations else None


@dataclass
class QuestionSummary:
    """The answers to one extra question: a rating's or a choice's count per value, a text question's texts."""

    question: dict
    answered: int = 0
    counts: dict = field(default_factory=dict)  # rating 1..5 or choice option -> answers
    texts: list = field(default_factory=list)  # text questions, newest first

    @property
    def mean(self) -> Optional[float]:
        if self.question["type"] != "rating" or not self.answered:
            return None
        return sum(int(value) * count for value, count in self.counts.items()) / self.answered

    def to_dict(self) -> dict:
        item = {"id": self.question["id"], "type": self.question["type"], "text": self.question["text"],
                "answered": self.answered}
        if self.question["type"] == "rating":
            item.update(distribution={str(value): count for value, count in self.counts.items()},
                        mean=None if self.mean is None else round(self.mean, 2))
        elif self.question["type"] == "choice":
            item.update(options=list(self.question.get("options", [])), distribution=dict(self.counts))
        return item


def question_summaries(survey: Survey) -> list[QuestionSummary]:
    """Each extra question of the survey with its answers (read from the answers' JSON, newest first)."""
    questions = [] if survey.kind == "effectiveness" else list(survey.questions or [])
    if not questions:
        return []
    summaries = {}
    for question in questions:
        summary = summaries[question["id"]] = QuestionSummary(question)
        if question["type"] == "rating":
            summary.counts = {value: 0 for value in range(1, RATING_MAX + 1)}
        elif question["type"] == "choice":
            summary.counts = {option: 0 for option in question.get("options", [])}
    stored = db.session.scalars(select(Response.answers).where(Response.survey_id == survey.id)
                                .order_by(Response.submitted_at.desc(), Response.id.desc()))
    for answers in stored:
        for key, value in (answers or {}).items():
            summary = summaries.get(key)
            if summary is None or value in (None, ""):
                continue
            summary.answered += 1
            if summary.question["type"] == "text":
                summary.texts.append(value)
            else:  # a value no longer among the options (the question was edited) still counts, under its name
                summary.counts[value] = summary.counts.get(value, 0) + 1
    return list(summaries.values())


@dataclass
class SurveyResults:
    survey: Survey
    result: NpsResult
    reach: Reach
    questions: list[QuestionSummary] = field(default_factory=list)
    effectiveness: Any = None  # an effectiveness survey's EffectivenessResults

    def to_dict(self) -> dict:
        rate = self.reach.response_rate
        return {**self.result.to_dict(), "survey": {"id": self.survey.id, "name": self.survey.name,
                                                    "kind": self.survey.kind, "status": self.survey.status},
                "invitations": self.reach.invitations, "answered_invitations": self.reach.answered,
                "response_rate": None if rate is None else round(rate, 1),
                "responses_without_score": self.reach.skipped_score,
                "questions": [summary.to_dict() for summary in self.questions],
                **({"effectiveness": self.effectiveness.to_dict()} if self.effectiveness else {})}


def reach(filters: NpsFilter) -> Reach:
    """Response rate: answered invitations over invitations sent (withdrawn, unanswered links not counted)."""
    statement = (select(func.count(Invitation.id), func.count(Invitation.answered_at))
                 .join(Survey, Survey.id == Invitation.survey_id)
                 .where(or_(Invitation.revoked_at.is_(None), Invitation.answered_at.is_not(None))))
    if filters.survey_id:
        statement = statement.where(Invitation.survey_id == filters.survey_id)
    else:  # across surveys, only NPS surveys ask for a score
        statement = statement.where(Survey.kind == "nps")
    if filters.since:
        statement = statement.where(Invitation.created_at >= datetime.combine(filters.since, time.min))
    if filters.until:
        statement = statement.where(Invitation.created_at < datetime.combine(filters.until + timedelta(days=1), time.min))
    if filters.stage:
        statement = statement.where(Survey.journey_stage == filters.stage)
    invitations, answered = db.session.execute(statement).one()
    # An anonymous survey's invitations never record an answer: its answers through links are counted instead.
    anonymous = (select(func.count(Response.id)).select_from(Response).join(Survey, Survey.id == Response.survey_id)
                 .where(Survey.anonymous.is_(True), Response.source == "link"))
    if not filters.survey_id:
        anonymous = anonymous.where(Survey.kind == "nps")
    answered = min(invitations, answered + (db.session.scalar(filters.apply(anonymous)) or 0))
    unscored = (select(func.count(Response.id)).select_from(Response).join(Survey, Survey.id == Response.survey_id)
                .where(Response.score.is_(None)))
    if not filters.survey_id:
        unscored = unscored.where(Survey.kind == "nps")
    skipped = db.session.scalar(filters.apply(unscored))
    return Reach(invitations, answered, skipped or 0)


def survey_results(survey: Survey) -> SurveyResults:
    filters = NpsFilter(survey_id=survey.id)
    from vocapp.queries.effectiveness import effectiveness_results

    return SurveyResults(survey, nps_summary(filters), reach(filters), question_summaries(survey),
                         effectiveness_results(survey) if survey.kind == "effectiveness" else None)


# --- segments and trend ------------------------------------------------------------------------------
@dataclass
class Segment:
    key: Any
    label: str
    result: NpsResult


def nps_by(dimension: str, filters: Optional[NpsFilter] = None) -> list[Segment]:
    """NPS by tier, industry, region, journey stage or CSM: tiers and stages in their own order, the others
    largest n first; answers whose account lacks the attribute come last, as "not set"."""
    _title, key = DIMENSIONS[dimension]
    results = nps_by_key(key, filters or NpsFilter())
    names = _csm_names([k for k in results if k is not None]) if dimension == "csm" else {}
    segments = [Segment(k, _label(dimension, k, names), result) for k, result in results.items()]
    if dimension == "tier":
        return sorted(segments, key=lambda s: (s.key is None, s.key or 0))
    if dimension == "stage":
        order = {stage: index for index, stage in enumerate(JOURNEY_STAGES)}
        return sorted(segments, key=lambda s: (s.key is None, order.get(s.key, len(order)), str(s.key)))
    return sorted(segments, key=lambda s: (s.key is None, -s.result.n, s.label))


def _label(dimension: str, key, names: dict) -> str:
    if key is None:
        return "not set"
    if dimension == "tier":
        return f"Tier {key}"
    if dimension == "csm":
        return names.get(key, f"user {key}")
    return str(key).replace("_", " ").capitalize() if dimension == "stage" else str(key)


def _csm_names(ids: list) -> dict:
    return {user_id: name or email for user_id, name, email in
            db.session.execute(select(User.id, User.name, User.email).where(User.id.in_(ids)))}


def month_of(column):
    """'YYYY-MM' of a timestamp, in the database's own dialect."""
    if db.session.get_bind().dialect.name == "postgresql":
        return func.to_char(column, literal_column("'YYYY-MM'"))  # inline: GROUP BY must repeat it exactly
    return func.strftime(literal_column("'%Y-%m'"), column)


def nps_trend(filters: Optional[NpsFilter] = None) -> list[tuple[str, Optional[NpsResult]]]:
    """NPS by month of the answers, from the first month with answers to the last; a month without answers
    is (month, None), so a chart leaves a gap rather than drawing a line through it."""
    by_month = nps_by_key(month_of(Response.submitted_at), filters or NpsFilter())
    if not by_month:
        return []
    months = _months(min(by_month), max(by_month))
    return [(month, by_month.get(month)) for month in months]


def _months(first: str, last: str) -> list[str]:
    year, month = map(int, first.split("-"))
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


# --- drifting accounts -------------------------------------------------------------------------------
@dataclass
class Drift:
    account: Account
    current: NpsResult
    previous: NpsResult
    current_mean: float
    previous_mean: float
    last_answer: datetime

    @property
    def change(self) -> float:
        return (self.current.nps or 0) - (self.previous.nps or 0)


@dataclass
class DriftWindow:
    end: date
    days: int = 90
    min_drop: float = 10
    current_start: date = field(init=False)
    previous_start: date = field(init=False)

    def __post_init__(self):
        self.current_start = self.end - timedelta(days=self.days - 1)
        self.previous_start = self.current_start - timedelta(days=self.days)


def drifting_accounts(end: Optional[date] = None, days: int = 90, min_drop: float = 10,
                      limit: int = 50) -> tuple[DriftWindow, list[Drift]]:
    """Accounts whose NPS in the last `days` (up to `end`) is at least `min_drop` points below their NPS
    in the `days` before: both periods need answers. The largest accounts first."""
    window = DriftWindow(end or date.today(), days, min_drop)
    bounds = [datetime.combine(day, time.min) for day in
              (window.previous_start, window.current_start, window.end + timedelta(days=1))]
    counts: dict[int, list[list[int]]] = {}
    last: dict[int, datetime] = {}
    for period, (start, stop) in enumerate(zip(bounds, bounds[1:])):  # 0 the previous period, 1 the current
        rows = db.session.execute(
            _scored(Response.account_id, Response.score, func.count(Response.id), func.max(Response.submitted_at))
            .where(Response.account_id.is_not(None), Response.submitted_at >= start, Response.submitted_at < stop)
            .group_by(Response.account_id, Response.score)).all()
        for account_id, score, count, latest in rows:
            counts.setdefault(account_id, [[0] * 11, [0] * 11])[period][score] += count
            last[account_id] = max(latest, last.get(account_id, latest))
    candidates = []
    for account_id, (previous, current) in counts.items():
        if sum(previous) and sum(current):
            before, now = nps(counts=previous), nps(counts=current)
            if (now.nps or 0) - (before.nps or 0) <= -min_drop:
                candidates.append((account_id, now, before, _mean(current), _mean(previous)))
    accounts = {account.id: account for account in db.session.scalars(
        select(Account).where(Account.id.in_([c[0] for c in candidates])))} if candidates else {}
    drifts = [Drift(accounts[a], now, before, now_mean, before_mean, last[a])
              for a, now, before, now_mean, before_mean in candidates]
    drifts.sort(key=lambda d: (-(d.account.arr or 0), d.change, d.account.name))  # the money at stake first
    return window, drifts[:limit]


def _mean(distribution: list[int]) -> float:
    total = sum(distribution)
    return sum(score * count for score, count in enumerate(distribution)) / total if total else 0.0


def key_question_counts(filters: NpsFilter) -> dict[str, int]:
    """How many answers call the product essential, nice to have or no longer needed."""
    statement = filters.apply(select(Response.key_question, func.count(Response.id)).select_from(Response)
                              .join(Survey, Survey.id == Response.survey_id)
                              .where(Response.key_question.is_not(None)).group_by(Response.key_question))
    return dict(db.session.execute(statement).all())


# --- answers: the table, the exports -----------------------------------------------------------------
EXPORT_COLUMNS = ("account_external_id", "survey", "score", "submitted_at", "contact_email", "comment",
                  "key_question", "stage", "category", "account_name", "contact_name", "source", "response_id",
                  "survey_id", "updated_at")


def answers(filters: NpsFilter, scored_only: bool = False) -> Select:
    """Responses, their account and contact loaded along, newest first (for the answers table)."""
    statement = (select(Response).join(Survey, Survey.id == Response.survey_id)
                 .options(joinedload(Response.account), joinedload(Response.contact)))
    if scored_only:
        statement = statement.where(Response.score.is_not(None))
    return filters.apply(statement).order_by(Response.submitted_at.desc(), Response.id.desc())


def export_rows(filters: NpsFilter, cell: Callable[[Any], Any] = lambda value: value):
    """Each answer as a dict of EXPORT_COLUMNS and its `extra_answers` ([{"id", "question", "answer"}] for
    each extra question of its survey), oldest first; re-importable by `voc import responses`.
    `cell` guards customer text (the CSV export makes formula-like cells inert)."""
    questions = dict(db.session.execute(select(Survey.id, Survey.questions)
                                        .where(Survey.kind != "effectiveness")).all())
    statement = filters.apply(
        select(shown(Account.external_id), Survey.name, Response.score, Response.submitted_at, Contact.email,
               Response.comment, Response.key_question, STAGE, shown(Account.name, HIDDEN_ACCOUNT), Contact.name, Response.source,
               Response.id, Survey.id, Response.updated_at, Response.answers)
        .select_from(Response).join(Survey, Survey.id == Response.survey_id)
        .outerjoin(Account, Account.id == Response.account_id)
        .outerjoin(Contact, Contact.id == Response.contact_id)
    ).order_by(Response.submitted_at, Response.id)
    for row in db.session.execute(statement).yield_per(1000):
        values = dict(zip(EXPORT_COLUMNS[:8], row[:8]))
        values.update(account_name=row[8], contact_name=row[9], source=row[10], response_id=row[11],
                      survey_id=row[12], updated_at=row[13])
        values["category"] = None if row.score is None else ("promoter" if row.score >= 9 else
                                                               "passive" if row.score >= 7 else "detractor")
        for text_column in ("account_external_id", "survey", "comment", "account_name", "contact_name"):
            values[text_column] = cell(values[text_column])
        for moment in ("submitted_at", "updated_at"):
            values[moment] = values[moment].isoformat(timespec="seconds") if values[moment] else None
        extra = [{"id": q["id"], "question": q["text"], "answer": (row.answers or {}).get(q["id"])}
                 for q in questions.get(row[12]) or []]
        for item in extra:
            item["answer"] = cell(item["answer"])
        yield {**{column: values[column] for column in EXPORT_COLUMNS}, "extra_answers": extra}


def csv_export(filters: NpsFilter, cell: Callable[[Any], Any]) -> tuple[list[str], Any]:
    """The header and rows of the answers CSV: EXPORT_COLUMNS, then, for one survey, a column per extra
    question ("q1: How easy is the reporting?")."""
    survey = db.session.get(Survey, filters.survey_id) if filters.survey_id else None
    questions = survey.questions or [] if survey is not None and survey.kind != "effectiveness" else []
    header = [*EXPORT_COLUMNS, *(f"{q['id']}: {q['text']}" for q in questions)]

    def rows():
        for row in export_rows(filters, cell=cell):
            answers = {item["id"]: item["answer"] for item in row["extra_answers"]}
            yield [row[column] for column in EXPORT_COLUMNS] + [answers.get(q["id"]) for q in questions]
    return header, rows()


def surveys_with_answers() -> list[tuple[int, str, int]]:
    """(id, name, scored answers) of every survey, newest first: the survey filter's choices."""
    return db.session.execute(
        select(Survey.id, Survey.name, func.count(Response.score))
        .outerjoin(Response, Response.survey_id == Survey.id)
        .group_by(Survey.id, Survey.name, Survey.created_at).order_by(Survey.created_at.desc(), Survey.id.desc())
    ).all()
