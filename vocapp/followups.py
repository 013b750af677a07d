"""Closing the loop on detractors: every detractor answer opens a follow-up case, owned by the account's CSM;
the contact's next score is the case's outcome. An anonymous answer from an account with too few invited
contacts opens a case without its account (and so without an owner): the case must not point at the person."""
from datetime import timedelta
from typing import Iterable, Optional

from sqlalchemy import select

from surveys.nps import category
from vocapp.anonymity import account_shown
from vocapp.extensions import db
from vocapp.models import Account, FollowUpCase, Response
from vocapp.models.base import utcnow

# Imported history older than this opens no case: nobody can still call back about a year-old score.
IMPORT_CASE_WINDOW = timedelta(days=90)


def on_response_saved(response: Response) -> None:
    """Called after a response is created or updated: opens a case for a detractor score unless the
    response has one, and records this score as the outcome of the contact's earlier cases that wait for
    one. A case stays as it is when its response is later changed to a better score: the case page shows
    the current score. Flushes; the caller commits (so a bulk caller commits once)."""
    track_response(response)


def track_response(response: Response) -> Optional[FollowUpCase]:
    """on_response_saved's work; returns the case it opened, if any."""
    if response.score is None:
        return None
    db.session.flush()
    record_outcome(response)
    if category(response.score) != "detractor":
        return None
    if db.session.scalar(select(FollowUpCase.id).where(FollowUpCase.response_id == response.id)):
        return None
    account_id = response.account_id if account_shown(response.survey, response.account_id) else None
    owner_id = db.session.scalar(select(Account.csm_id).where(Account.id == account_id)) if account_id else None
    # The contact has waited since answering: an imported answer's case is as old as the answer. (An anonymous
    # answer's time is its day, so the case's times are too.)
    opened_at = min(response.submitted_at or utcnow(), utcnow())
    case = FollowUpCase(response_id=response.id, account_id=account_id, contact_id=response.contact_id,
                        owner_id=owner_id, status="open", notes="", opened_at=opened_at, updated_at=opened_at)
    db.session.add(case)
    db.session.flush()
    return case


def record_outcome(response: Response) -> int:
    """The contact's earlier cases without an outcome get this response as their outcome; returns how many."""
    if response.contact_id is None:
        return 0
    earlier = db.session.scalars(
        select(FollowUpCase).join(Response, Response.id == FollowUpCase.response_id)
        .where(FollowUpCase.contact_id == response.contact_id, FollowUpCase.next_response_id.is_(None),
               FollowUpCase.response_id != response.id, Response.submitted_at < response.submitted_at)).all()
    for case in earlier:
        case.next_response_id = response.id
    return len(earlier)


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
