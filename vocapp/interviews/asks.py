"""What one interview asked for: the roadmap items the analysis linked its words to, for the interview's page."""
from dataclasses import dataclass, field
from typing import Optional

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from analysis.transcripts import question_before
from vocapp.extensions import db
from vocapp.models import FeedbackItem, FeedbackMention, Interview, TextAnalysis


@dataclass
class AskedFor:
    item: FeedbackItem
    quotes: list[str] = field(default_factory=list)
    to_review: int = 0  # of its links, those waiting in the triage list


def questions_before(mentions) -> dict[int, str]:
    """Mention id -> what the buyer was answering (``analysis.transcripts.question_before``), for the mentions
    of interviews among `mentions`: a reply such as "Completely, that's what we need" reads only with its question."""
    asked = interview_questions([(mention.source_id, mention.quote) for mention in mentions
                                 if mention.source_type == "interview"])
    return {mention.id: asked[mention.source_id, mention.quote] for mention in mentions
            if mention.source_type == "interview" and (mention.source_id, mention.quote) in asked}


def interview_questions(quotes) -> dict[tuple[int, str], str]:
    """(interview id, quote) -> the question the quote answers, for those that answer one; one query."""
    quotes = [(interview_id, quote) for interview_id, quote in quotes if interview_id]
    interviews = {interview.id: interview for interview in db.session.scalars(
        select(Interview).where(Interview.id.in_({interview_id for interview_id, _ in quotes}))
        .options(selectinload(Interview.interviewer)))} if quotes else {}
    found = {}
    for interview_id, quote in quotes:
        interview = interviews.get(interview_id)
        question = interview and question_before(quote, interview.answers, interview.turns,
                                                 interview.interviewer_names)
        if question:
            found[interview_id, quote] = question
    return found


def asked_for(interview_id: int) -> tuple[list[AskedFor], Optional[int]]:
    """The items this interview asks for, each with the words that ask (an item asked twice is one entry), in the
    order the interview first asks; and the id of the interview's analysed text."""
    by_item: dict[int, AskedFor] = {}
    for mention, item in db.session.execute(
            select(FeedbackMention, FeedbackItem).join(FeedbackItem, FeedbackItem.id == FeedbackMention.item_id)
            .where(FeedbackMention.source_type == "interview", FeedbackMention.source_id == interview_id)
            .order_by(FeedbackMention.id)):
        entry = by_item.setdefault(item.id, AskedFor(item))
        if mention.quote not in entry.quotes:
            entry.quotes.append(mention.quote)
        entry.to_review += mention.review == "pending"
    analysis = db.session.scalar(select(TextAnalysis.id).where(TextAnalysis.source_type == "interview",
                                                               TextAnalysis.source_id == interview_id))
    return list(by_item.values()), analysis
