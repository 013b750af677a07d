"""Interviews join the rest of vocapp through two hooks. The text analysis reads each interview's notes, guide
answers and the buyer's side of the transcript like a survey comment (themes, sentiment, product requests: so a
request raised in a loss or churn interview counts in the roadmap ranking). The personas read each interview: a
churn interview settles "no longer needed", and the key-question answer counts as a direct answer."""
from datetime import datetime, time
from typing import Optional

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import selectinload

from analysis.personas import AccountEvidence
from analysis.personas import Interview as InterviewEvidence
from analysis.transcripts import customer_parts, joined
from vocapp.extensions import db
from vocapp.insights.sources import PROVIDERS
from vocapp.insights.store import SourceText
from vocapp.models import Contact, Interview, TextAnalysis
from vocapp.queries.personas import EVIDENCE_PROVIDERS


def spoken_text(interview: Interview) -> tuple[str, list[tuple[int, str]]]:
    """What the buyer said: the notes, the guide's answers and the transcript turns not spoken by the
    interviewer (``analysis.transcripts.customer_parts``), one paragraph each, and where each part starts."""
    return joined(customer_parts(interview.notes, interview.answers, interview.turns,
                                 interview.interviewer_names))


def interview_texts(pending_for: Optional[tuple[str, ...]] = None,
                    ids: Optional[list[int]] = None) -> list[SourceText]:
    statement = (select(Interview)
                 .outerjoin(TextAnalysis, and_(TextAnalysis.source_type == "interview",
                                               TextAnalysis.source_id == Interview.id))
                 .options(selectinload(Interview.interviewer))
                 .order_by(Interview.id))
    if pending_for:
        statement = statement.where(or_(TextAnalysis.id.is_(None), TextAnalysis.version.not_in(pending_for)))
    if ids is not None:
        statement = statement.where(Interview.id.in_(ids))
    found = []
    for interview in db.session.scalars(statement):
        text, parts = spoken_text(interview)
        if text:
            found.append(SourceText("interview", interview.id, interview.account_id, text,
                                    datetime.combine(interview.interviewed_on, time(12)), parts))
    return found


def interview_evidence(evidence: dict[int, AccountEvidence]) -> None:
    rows = db.session.execute(
        select(Interview.id, Interview.account_id, Interview.outcome, Interview.interviewed_on,
               Interview.key_question, Interview.contact_id, Contact.name, Contact.decision_maker)
        .outerjoin(Contact, Interview.contact_id == Contact.id)
        .where(Interview.account_id.in_(list(evidence))))
    for row in rows:
        evidence[row.account_id].interviews.append(InterviewEvidence(
            outcome=row.outcome, at=datetime.combine(row.interviewed_on, time(12)), key_question=row.key_question,
            contact_id=row.name or f"interview {row.id}", decision_maker=bool(row.decision_maker), ref=row.id))


PROVIDERS["interview"] = interview_texts
if interview_evidence not in EVIDENCE_PROVIDERS:
    EVIDENCE_PROVIDERS.append(interview_evidence)
