"""Win, loss, churn and downgrade interviews, and the lists they draw on: interview guides, reason codes
(a two-level taxonomy `category: reason`), competitors and decision criteria."""
import re
from datetime import date, datetime
from typing import Any, Optional

from sqlalchemy import JSON, CheckConstraint, Column, ForeignKey, Numeric, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocapp.extensions import db
from vocapp.models.base import utcnow

OUTCOMES = ("win", "loss", "churn", "downgrade")
DIRECTIONS = ("win", "loss")  # why we win / why we lose
NO_DECISION = "no decision"   # the reason category of a loss to no decision


def name_key(name: str) -> str:
    """How a typed name is matched: case and spacing do not make a new competitor or reason."""
    return re.sub(r"\s+", " ", (name or "").strip()).casefold()


class ReasonCategory(db.Model):
    __tablename__ = "reason_categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    key: Mapped[str] = mapped_column(String(100), unique=True)
    position: Mapped[int] = mapped_column(default=0)

    reasons: Mapped[list["Reason"]] = relationship(back_populates="category", order_by="Reason.name")

    @property
    def no_decision(self) -> bool:
        return self.key == NO_DECISION


class Reason(db.Model):
    __tablename__ = "reasons"
    __table_args__ = (UniqueConstraint("category_id", "key", name="uq_reasons_category_key"),
                      CheckConstraint("direction IN ('win', 'loss')", name="direction"))

    id: Mapped[int] = mapped_column(primary_key=True)
    category_id: Mapped[int] = mapped_column(ForeignKey("reason_categories.id", ondelete="RESTRICT"), index=True)
    name: Mapped[str] = mapped_column(String(150))
    key: Mapped[str] = mapped_column(String(150))
    direction: Mapped[str] = mapped_column(String(10))
    active: Mapped[bool] = mapped_column(default=True)

    category: Mapped[ReasonCategory] = relationship(back_populates="reasons", lazy="joined")

    @property
    def label(self) -> str:
        return f"{self.category.name}: {self.name}"


class Competitor(db.Model):
    __tablename__ = "competitors"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150))
    key: Mapped[str] = mapped_column(String(150), unique=True)
    active: Mapped[bool] = mapped_column(default=True)


class Criterion(db.Model):
    """A decision criterion the buyer rates 1-5 (product fit, price, support, ...)."""

    __tablename__ = "decision_criteria"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150))
    key: Mapped[str] = mapped_column(String(150), unique=True)
    position: Mapped[int] = mapped_column(default=0)
    active: Mapped[bool] = mapped_column(default=True)


class InterviewGuide(db.Model):
    """The questions asked for one outcome: [{"title": ..., "questions": [{"id": "q1", "text": ...}]}]."""

    __tablename__ = "interview_guides"
    __table_args__ = (CheckConstraint("outcome IN ('win', 'loss', 'churn', 'downgrade')", name="outcome"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome: Mapped[str] = mapped_column(String(20), unique=True)
    sections: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    def questions(self) -> list[dict]:
        return [question for section in self.sections for question in section.get("questions", [])]


interview_competitors = Table(
    "interview_competitors", db.metadata,
    Column("interview_id", ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True),
    Column("competitor_id", ForeignKey("competitors.id", ondelete="CASCADE"), primary_key=True, index=True))

interview_secondary_reasons = Table(
    "interview_secondary_reasons", db.metadata,
    Column("interview_id", ForeignKey("interviews.id", ondelete="CASCADE"), primary_key=True),
    Column("reason_id", ForeignKey("reasons.id", ondelete="CASCADE"), primary_key=True, index=True))


class Interview(db.Model):
    __tablename__ = "interviews"
    __table_args__ = (
        CheckConstraint("outcome IN ('win', 'loss', 'churn', 'downgrade')", name="outcome"),
        CheckConstraint("arr_at_stake IS NULL OR arr_at_stake >= 0", name="arr_not_negative"),
        CheckConstraint("key_question IS NULL OR key_question IN ('essential', 'nice_to_have', 'no_longer_needed')",
                        name="key_question"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[Optional[int]] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    interviewer_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    interviewed_on: Mapped[date] = mapped_column(index=True)
    decided_on: Mapped[Optional[date]]  # when the deal closed or the customer left
    outcome: Mapped[str] = mapped_column(String(20), index=True)
    deal_id: Mapped[Optional[str]] = mapped_column(String(100), index=True)
    arr_at_stake: Mapped[Optional[float]] = mapped_column(Numeric(14, 2, asdecimal=False))
    chosen_competitor_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("competitors.id", ondelete="SET NULL"), index=True)
    primary_reason_id: Mapped[Optional[int]] = mapped_column(ForeignKey("reasons.id", ondelete="SET NULL"), index=True)
    rep_reason_id: Mapped[Optional[int]] = mapped_column(ForeignKey("reasons.id", ondelete="SET NULL"))
    key_question: Mapped[Optional[str]] = mapped_column(String(20))
    notes: Mapped[str] = mapped_column(Text, default="")
    transcript: Mapped[str] = mapped_column(Text, default="")
    # the transcript's speaker turns: [{"speaker": ..., "text": ...}]
    turns: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    # the guide's answers: {question id: answer}, with the question text kept beside it
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    next_steps: Mapped[str] = mapped_column(Text, default="")
    next_step_owner: Mapped[Optional[str]] = mapped_column(String(200))
    next_step_due: Mapped[Optional[date]]
    # what makes an imported row the same interview on a second import (account, contact, date, outcome, deal)
    import_key: Mapped[Optional[str]] = mapped_column(String(500), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    account: Mapped["Account"] = relationship()  # noqa: F821
    contact: Mapped[Optional["Contact"]] = relationship()  # noqa: F821
    interviewer: Mapped[Optional["User"]] = relationship()  # noqa: F821
    chosen_competitor: Mapped[Optional[Competitor]] = relationship()
    primary_reason: Mapped[Optional[Reason]] = relationship(foreign_keys=[primary_reason_id])
    rep_reason: Mapped[Optional[Reason]] = relationship(foreign_keys=[rep_reason_id])
    competitors: Mapped[list[Competitor]] = relationship(secondary=interview_competitors, order_by=Competitor.name)
    secondary_reasons: Mapped[list[Reason]] = relationship(secondary=interview_secondary_reasons)
    ratings: Mapped[list["InterviewRating"]] = relationship(back_populates="interview", cascade="all, delete-orphan",
                                                            passive_deletes=True)
    quotes: Mapped[list["InterviewQuote"]] = relationship(back_populates="interview", cascade="all, delete-orphan",
                                                          passive_deletes=True, order_by="InterviewQuote.id")

    @property
    def interviewer_names(self) -> list[str]:
        """The names the interviewer may speak under in the transcript: their turns are questions, not the buyer's
        words (``analysis.transcripts.customer_parts``)."""
        user = self.interviewer
        return [] if user is None else [user.display_name, user.name or ""]


class InterviewRating(db.Model):
    """One decision criterion rated 1-5 for us and, where the buyer chose one, for the chosen competitor."""

    __tablename__ = "interview_ratings"
    __table_args__ = (
        UniqueConstraint("interview_id", "criterion_id", name="uq_interview_ratings_criterion"),
        CheckConstraint("ours IS NULL OR ours BETWEEN 1 AND 5", name="ours_1_to_5"),
        CheckConstraint("theirs IS NULL OR theirs BETWEEN 1 AND 5", name="theirs_1_to_5"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("decision_criteria.id", ondelete="CASCADE"), index=True)
    ours: Mapped[Optional[int]]
    theirs: Mapped[Optional[int]]

    interview: Mapped[Interview] = relationship(back_populates="ratings")
    criterion: Mapped[Criterion] = relationship(lazy="joined")


class InterviewQuote(db.Model):
    """A sentence the interviewer marked as notable, with who said it."""

    __tablename__ = "interview_quotes"

    id: Mapped[int] = mapped_column(primary_key=True)
    interview_id: Mapped[int] = mapped_column(ForeignKey("interviews.id", ondelete="CASCADE"), index=True)
    speaker: Mapped[str] = mapped_column(String(200), default="")
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    interview: Mapped[Interview] = relationship(back_populates="quotes")
