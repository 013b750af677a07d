"""Where customer text comes from. Each provider lists its texts, or only those whose analysis is missing or
was made by another analysis version (a rule or the taxonomy changed). Later areas (interviews, notes) add
their provider to PROVIDERS."""
from typing import Callable, Optional

from sqlalchemy import and_, func, or_, select

from vocapp.extensions import db
from vocapp.insights.store import SourceText
from vocapp.models import Response, TextAnalysis

Provider = Callable[[Optional[tuple[str, ...]], Optional[list[int]]], list[SourceText]]


def response_texts(pending_for: Optional[tuple[str, ...]] = None,
                   ids: Optional[list[int]] = None) -> list[SourceText]:
    """Survey comments. `pending_for`: only those not analysed by one of these versions yet; `ids`: only these
    responses."""
    statement = (
        select(Response.id, Response.account_id, Response.comment, Response.submitted_at)
        .outerjoin(TextAnalysis, and_(TextAnalysis.source_type == "response", TextAnalysis.source_id == Response.id))
        .where(Response.comment.is_not(None), func.length(func.trim(Response.comment)) > 0)
        .order_by(Response.id)
    )
    if pending_for:
        statement = statement.where(or_(TextAnalysis.id.is_(None), TextAnalysis.version.not_in(pending_for)))
    if ids is not None:
        statement = statement.where(Response.id.in_(ids))
    return [SourceText("response", row.id, row.account_id, row.comment, row.submitted_at)
            for row in db.session.execute(statement)]


PROVIDERS: dict[str, Provider] = {"response": response_texts}


def texts(pending_for: Optional[tuple[str, ...]] = None) -> list[SourceText]:
    return [text for provider in PROVIDERS.values() for text in provider(pending_for, None)]
