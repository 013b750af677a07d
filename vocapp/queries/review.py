"""Gathers one account's review (reports.account_review) from the database. Only that account's people, comments
and requests are read; an item's rank is its place in the whole roadmap ranking, which names nobody else."""
from collections import Counter
from datetime import date, timedelta
from itertools import zip_longest
from typing import Optional

from sqlalchemy import func, select

from analysis.personas import CSM_VIEW
from reports.account_review import (AccountReview, ContactScore, EffectivenessFigure, NpsFigure, Quote,
                                    RequestStatus, ThemeFigure)
from reports.pdf import day
from surveys.nps import category
from vocapp.anonymity import hidden_response_ids
from vocapp.extensions import db
from vocapp.models import (Account, Contact, FeedbackItem, FeedbackMention, Response, Survey, TextAnalysis, Theme,
                           ThemeTag)
from vocapp.queries.digest import item_ranks, within
from vocapp.queries.effectiveness import account_progress
from vocapp.queries.nps import account_nps
from vocapp.queries.personas import account_persona
from vocapp.queries.themes import effective_tags
from vocapp.queries.wlc import WlcFilter, interviews

QUARTERS_OF_HISTORY = 6
QUOTES = 5
CLOSED_STATUSES = ("shipped", "wont_do")


def _figure(result) -> NpsFigure:
    return NpsFigure(result.nps, result.n, result.margin, result.low_n, tuple(result.distribution))


def _quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def nps_history(account_id: int, until: date) -> list[tuple[str, Optional[float], Optional[float]]]:
    starts = [_quarter_start(until)]
    while len(starts) < QUARTERS_OF_HISTORY:
        starts.insert(0, _quarter_start(starts[0] - timedelta(days=1)))
    history = []
    for start in starts:
        end = _quarter_start(start + timedelta(days=95)) - timedelta(days=1)
        result = account_nps(account_id, since=start, until=min(end, until))
        history.append((f"Q{(start.month - 1) // 3 + 1} {start.year}", result.nps, result.margin))
    return history


def latest_scores(account_id: int, since: date, until: date) -> list[ContactScore]:
    rows = db.session.execute(
        select(Contact.id, Contact.name, Contact.role, Contact.decision_maker, Response.score, Response.submitted_at)
        .join(Response, Response.contact_id == Contact.id).join(Survey, Survey.id == Response.survey_id)
        .where(Response.account_id == account_id, Survey.kind == "nps", Response.score.is_not(None),
               within(Response.submitted_at, since, until))
        .order_by(Response.submitted_at)).all()
    latest = {row.id: row for row in rows}  # ordered by time: the last answer of each contact stays
    return sorted((ContactScore(row.name, row.role, row.decision_maker, row.score, category(row.score),
                                row.submitted_at.date()) for row in latest.values()),
                  key=lambda contact: (contact.score, contact.name))


def effectiveness(account_id: int) -> Optional[EffectivenessFigure]:
    progress = account_progress(account_id)
    if progress is None or progress.baseline is None:
        return None
    return EffectivenessFigure(tuple(progress.phase_names), progress.baseline.phase, progress.baseline.when,
                               progress.current.phase, progress.current.when,
                               tuple((point.when, point.phase) for point in progress.points))


def voice(account_id: int, since: date, until: date) -> tuple[dict[str, int], list[ThemeFigure], list[Quote]]:
    label = func.coalesce(TextAnalysis.corrected_label, TextAnalysis.label)
    analyses = db.session.execute(
        select(TextAnalysis.id, TextAnalysis.source_id, label.label("label"), TextAnalysis.text_at,
               Response.comment, Contact.role)
        .join(Response, Response.id == TextAnalysis.source_id).outerjoin(Contact, Contact.id == Response.contact_id)
        .where(TextAnalysis.source_type == "response", TextAnalysis.account_id == account_id,
               within(TextAnalysis.text_at, since, until))).all()
    hidden = hidden_response_ids([row.source_id for row in analyses])
    analyses = [row for row in analyses if row.source_id not in hidden and row.comment]
    sentiment = Counter(row.label for row in analyses)
    names = dict(db.session.execute(select(Theme.key, Theme.name)).all())
    tags = db.session.execute(
        select(ThemeTag.theme_key, ThemeTag.label, func.count()).where(
            ThemeTag.analysis_id.in_([row.id for row in analyses]), effective_tags())
        .group_by(ThemeTag.theme_key, ThemeTag.label)).all()
    by_theme: dict[str, Counter] = {}
    for key, tag_label, count in tags:
        by_theme.setdefault(key, Counter())[tag_label] += count
    themes = sorted((ThemeFigure(names.get(key, key.replace("_", " ").capitalize()), sum(counts.values()),
                                 counts["positive"], counts["neutral"], counts["negative"])
                     for key, counts in by_theme.items()), key=lambda theme: (-theme.mentions, theme.name))[:8]
    # Quotes: the fullest comments, taking each sentiment in turn so that praise and criticism both show.
    by_label: dict[str, list] = {}
    for row in sorted(analyses, key=lambda row: -len(row.comment)):
        by_label.setdefault(row.label, []).append(row)
    turns = [row for batch in zip_longest(*by_label.values()) for row in batch if row is not None]
    quotes = [Quote(row.comment, row.role, row.label, row.text_at.date() if row.text_at else until)
              for row in turns[:QUOTES]]
    return dict(sentiment), themes, quotes


def requests(account_id: int, since: date, until: date) -> list[RequestStatus]:
    """The account's open requests, each with its place in the roadmap digest of the same period."""
    # items by id, not DISTINCT rows: PostgreSQL cannot compare an item's JSON aliases
    asked = db.session.scalars(
        select(FeedbackItem).where(
            FeedbackItem.id.in_(select(FeedbackMention.item_id).where(FeedbackMention.account_id == account_id)),
            FeedbackItem.merged_into_id.is_(None), FeedbackItem.status.not_in(CLOSED_STATUSES))).all()
    if not asked:
        return []
    place = item_ranks(since, until)
    return sorted((RequestStatus(item.title, item.status, place.get(item.id), len(place)) for item in asked),
                  key=lambda request: (request.rank or len(place) + 1, request.title))


OUTCOME_WORDS = {"win": "when they chose us", "loss": "after they chose another way", "churn": "when they left",
                 "downgrade": "when they reduced their subscription"}
KEY_WORDS = {"essential": "essential", "nice_to_have": "nice to have", "no_longer_needed": "no longer needed"}


def interview_findings(account_id: int, since: date, until: date) -> list[str]:
    """One sentence an interview of the period: who spoke and when, their main reason, the key question, a quote."""
    findings = []
    for interview in reversed(interviews(WlcFilter(account_id=account_id, since=since, until=until))):
        who = (interview.contact.role or interview.contact.name) if interview.contact else "a member of their team"
        line = f"Interviewed {OUTCOME_WORDS[interview.outcome]} ({day(interview.interviewed_on)}), {who}"
        if interview.primary_reason:
            line += f" named {interview.primary_reason.name.lower()} as the main reason"
        if interview.key_question in KEY_WORDS:
            line += f"{',' if interview.primary_reason else ''} and called the product {KEY_WORDS[interview.key_question]}"
        line += "."
        if interview.quotes:
            line += f" “{interview.quotes[0].text}”"
        findings.append(line)
    return findings


def persona_basis(placement) -> list[str]:
    """What the placement rests on, in words fit for the customer: counts of their people's answers, never the
    CSM's private notes or the internal vote."""
    if placement.rule == "churn":
        return ["The subscription has ended."]
    if placement.rule == "key_question":
        people = [answer for answer in placement.evidence if getattr(answer, "source", "") != CSM_VIEW]
        counts = Counter(answer.answer for answer in people)
        lines = [f"{len(people)} of your people answered whether the product is essential, nice to have or no longer "
                 f"needed: " + ", ".join(f"{counts[key]} {KEY_WORDS[key]}" for key in KEY_WORDS if counts[key]) + "."]
        if len(people) < len(placement.evidence):
            lines.append("Your customer success manager's own assessment counts beside them.")
        return lines
    if placement.rule == "nps":
        counts = Counter(answer.category for answer in placement.evidence)
        return [f"Read from how likely {len(placement.evidence)} of your people are to recommend us: "
                + ", ".join(f"{counts[key]} {key}{'s' if counts[key] != 1 else ''}"
                            for key in ("promoter", "passive", "detractor") if counts[key])
                + " (promoters read as essential, passives as nice to have, detractors as no longer needed)."]
    return ["Not enough answers yet to say."]


def account_review(account: Account, since: date, until: date, today: Optional[date] = None) -> AccountReview:
    today = today or date.today()
    previous_until = since - timedelta(days=1)
    previous_since = previous_until - (until - since)
    sentiment, themes, quotes = voice(account.id, since, until)
    placement = account_persona(account.id)
    return AccountReview(
        account=account.name, external_id=account.external_id, industry=account.industry, region=account.region,
        tier=account.tier, arr=float(account.arr or 0),
        renewal_date=account.upcoming_renewal,
        csm=account.csm.display_name if account.csm else None, status=account.status, period_start=since,
        period_end=until, today=today, nps=_figure(account_nps(account.id, since, until)),
        previous_nps=_figure(account_nps(account.id, previous_since, previous_until)),
        nps_history=nps_history(account.id, until), contacts=latest_scores(account.id, since, until),
        effectiveness=effectiveness(account.id), sentiment=sentiment, themes=themes, quotes=quotes,
        requests=requests(account.id, since, until), persona=placement.persona, persona_reasons=persona_basis(placement),
        interview_findings=interview_findings(account.id, since, until))
