"""Closing the loop on detractors: every detractor answer opens a follow-up case, owned by the account's CSM;
the contact's next score is the case's outcome. An anonymous answer from an account with too few invited
contacts opens a case without its account (and so without an owner): the case must not point at the person."""
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Iterable, Optional

from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from surveys.nps import category
from vocapp.anonymity import account_shown
from vocapp.distribution import LinkSurvey
from vocapp.extensions import db
from vocapp.models import Account, FollowUpCase, Response, Survey
from vocapp.models.base import utcnow

# Imported history older than this opens no case: nobody can still call back about a year-old score.
IMPORT_CASE_WINDOW = timedelta(days=90)


@dataclass(frozen=True)
class SavedResponse:
    """What the follow-ups need of a response: the response page passes this rather than loading the row."""
    id: int
    survey: Survey | LinkSurvey  # its id and whether it is anonymous
    account_id: Optional[int]
    contact_id: Optional[int]
    score: Optional[int]
    submitted_at: datetime
    first_save: bool = True  # False when the post updated a response saved before
    has_case: bool = False  # True when the response has its follow-up case already


def on_response_saved(response: Response | SavedResponse) -> Optional[int]:
    """Called after a response is created or updated: opens a case for a detractor score unless the
    response has one, and records this score as the outcome of the contact's earlier cases that wait for
    one. A case stays as it is when its response is later changed to a better score: the case page shows
    the current score. Writes in the caller's transaction; the caller commits (so a bulk caller commits once).
    Returns the id of the case it opened, if any."""
    return track_response(response)


@lru_cache(maxsize=None)
def _statements(dialect: str):
    """The two writes, built once per dialect and run with parameters: one statement each, no read before
    (the response page holds the database's write lock meanwhile)."""
    cases, responses, accounts = FollowUpCase.__table__, Response.__table__, Account.__table__
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    open_case = (insert(cases).values(
        response_id=bindparam("p_response_id"), account_id=bindparam("p_account_id"), contact_id=bindparam("p_contact_id"),
        owner_id=select(accounts.c.csm_id).where(accounts.c.id == bindparam("p_account_id")).scalar_subquery(),
        status="open", notes="", opened_at=bindparam("p_opened_at"), updated_at=bindparam("p_opened_at"))
        .on_conflict_do_nothing(index_elements=[cases.c.response_id])  # the response has its case already
        .returning(cases.c.id))
    outcome = (update(cases).where(
        cases.c.contact_id == bindparam("p_contact_id"), cases.c.next_response_id.is_(None),
        cases.c.response_id != bindparam("p_response_id"),
        cases.c.response_id.in_(select(responses.c.id).where(responses.c.contact_id == bindparam("p_contact_id"),
                                                              responses.c.submitted_at < bindparam("p_before"))))
        .values(next_response_id=bindparam("p_response_id"), updated_at=bindparam("p_now")))
    return open_case, outcome


def _dialect() -> str:
    return db.session.get_bind().dialect.name


def track_response(response: Response | SavedResponse) -> Optional[int]:
    """on_response_saved's work; returns the id of the case it opened, if any."""
    if response.score is None:
        return None
    db.session.flush()
    if getattr(response, "first_save", True):  # an update's earlier cases got this response as outcome already
        record_outcome(response)
    if category(response.score) != "detractor" or getattr(response, "has_case", False):
        return None
    account_id = response.account_id if account_shown(response.survey, response.account_id) else None
    # The contact has waited since answering: an imported answer's case is as old as the answer. (An anonymous
    # answer's time is its day, so the case's times are too.)
    opened_at = min(response.submitted_at or utcnow(), utcnow())
    open_case, _outcome = _statements(_dialect())
    return db.session.execute(open_case, {"p_response_id": response.id, "p_account_id": account_id,
                                          "p_contact_id": response.contact_id, "p_opened_at": opened_at}).scalar()


def record_outcome(response: Response | SavedResponse) -> int:
    """The contact's earlier cases without an outcome get this response as their outcome; returns how many."""
    if response.contact_id is None:
        return 0
    _open_case, outcome = _statements(_dialect())
    return db.session.execute(outcome, {"p_contact_id": response.contact_id, "p_response_id": response.id,
                                        "p_before": response.submitted_at, "p_now": utcnow()}).rowcount


def track_imported(responses: Iterable[Response], now=None) -> int:
    """Imported answers: outcomes are recorded for all; cases open only for detractors of the last 90 days.
    Returns how many cases were opened."""
    cutoff = (now or utcnow()) - IMPORT_CASE_WINDOW
    opened = 0
    for response in sorted(responses, key=lambda r: (r.submitted_at, r.id)):
        if response.score is None:
            continue
        if response.submitted_at >= cutoff:
            opened += track_response(response) is not None
        else:
            record_outcome(response)
    return opened
