"""Anonymous surveys: what keeps an answer from being tied to the person who gave it.

Nothing stored pairs an anonymous answer with its invitation: the invitation records no opened or answered time,
the answer's times are kept to the day (and the follow-up case's with them), its comment waits for the next bulk
`voc analyze` rather than being analysed the moment it arrives, and reminders go to everyone e-mailed. The account
is kept for B2B analysis, but an answer is shown with its account only when at least MIN_INVITED contacts of that
account were invited to the survey: otherwise it counts in the totals and is shown without its account, and no
figure of that account (its NPS, persona, ARR at risk, themes, sentiment) counts it, as such a figure would show it."""
from datetime import datetime

from sqlalchemy import and_, case, func, literal, select

from vocapp.extensions import db
from vocapp.models import Invitation, Response, Survey

MIN_INVITED = 3
HIDDEN_ACCOUNT = f"an account with fewer than {MIN_INVITED} invited contacts"


def day_of(moment: datetime) -> datetime:
    """The stored time of an anonymous answer: its day, nothing finer."""
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def _invited_from_account():
    return (select(func.count(Invitation.id))
            .where(Invitation.survey_id == Response.survey_id, Invitation.account_id == Response.account_id)
            .correlate(Response).scalar_subquery())


def account_hidden():
    """SQL: true for an anonymous answer whose account had fewer than MIN_INVITED contacts invited to its survey
    (over Response joined with its Survey)."""
    return and_(Survey.anonymous.is_(True), Response.account_id.is_not(None), _invited_from_account() < MIN_INVITED)


def shown(column, hidden_value=None):
    """SQL: an account column as a page may show it next to the answer."""
    return case((account_hidden(), literal(hidden_value)), else_=column)


def hidden_response_ids(response_ids) -> set[int]:
    """Which of these answers must be shown without their account."""
    if not response_ids:
        return set()
    return set(db.session.scalars(select(Response.id).join(Survey, Survey.id == Response.survey_id)
                                  .where(Response.id.in_(list(response_ids)), account_hidden())))


def account_shown(survey: Survey, account_id: int | None) -> bool:
    if not survey.anonymous or account_id is None:
        return True
    invited = db.session.scalar(select(func.count(Invitation.id)).where(
        Invitation.survey_id == survey.id, Invitation.account_id == account_id))
    return invited >= MIN_INVITED


def hidden_mentions(mentions) -> set[int]:
    """The ids of the feedback mentions (quotes of answers) that must be shown without their account."""
    answers = [m for m in mentions if m.source_type == "response" and m.source_id]
    hidden = hidden_response_ids([m.source_id for m in answers])
    return {m.id for m in answers if m.source_id in hidden}


def quotes_shown(model, account_id: int | None = None):
    """SQL: the rows of `model` (TextAnalysis, FeedbackMention: a source_type and source_id) that may be shown or
    counted with their account (one account's, or every account's): none of the answers that must be shown
    without their account."""
    hidden = (select(Response.id).join(Survey, Survey.id == Response.survey_id)
              .where(*([Response.account_id == account_id] if account_id is not None else []), account_hidden()))
    return ~and_(model.source_type == "response", model.source_id.in_(hidden))
