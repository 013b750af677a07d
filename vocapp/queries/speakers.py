"""Who said what a feedback mention quotes: a survey answer leads to its contact (the answer's own, else its
invitation's) unless the survey is anonymous, an interview to its contact, a staff note to nobody."""
from typing import Optional

from sqlalchemy import select

from vocapp.extensions import db
from vocapp.models import Contact, FeedbackMention, Interview, Invitation, Response, Survey


def speakers(mentions: list[FeedbackMention]) -> dict[tuple[str, int], Contact]:
    """(source type, source id) -> the contact who said it; none for an anonymous answer or a staff note."""
    response_ids = [m.source_id for m in mentions if m.source_type == "response" and m.source_id]
    interview_ids = [m.source_id for m in mentions if m.source_type == "interview" and m.source_id]
    said: dict[tuple[str, int], Optional[int]] = {}  # the contact's id, None for an anonymous answer
    if response_ids:
        rows = db.session.execute(
            select(Response.id, Survey.anonymous, Response.contact_id, Invitation.contact_id)
            .join(Survey, Survey.id == Response.survey_id)
            .outerjoin(Invitation, Invitation.id == Response.invitation_id).where(Response.id.in_(response_ids)))
        for response_id, anonymous, own, invited in rows:
            said[("response", response_id)] = None if anonymous else (own or invited)
    if interview_ids:
        for interview_id, contact_id in db.session.execute(
                select(Interview.id, Interview.contact_id).where(Interview.id.in_(interview_ids))):
            said[("interview", interview_id)] = contact_id
    ids = {contact_id for contact_id in said.values() if contact_id}
    contacts = {contact.id: contact for contact in db.session.scalars(
        select(Contact).where(Contact.id.in_(ids)))} if ids else {}
    return {source: contacts[contact_id] for source, contact_id in said.items() if contact_id in contacts}
