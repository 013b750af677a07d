"""Surveys, their personal links (invitations), the answers, effectiveness models and detractor follow-ups."""
from datetime import datetime
from typing import Any, Optional

from sqlalchemy import JSON, CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocapp.extensions import db
from vocapp.models.base import utcnow

SURVEY_KINDS = ("nps", "effectiveness", "custom")
SURVEY_STATUSES = ("draft", "open", "closed")
JOURNEY_STAGES = ("sales", "onboarding", "adoption", "support", "renewal")
KEY_ANSWERS = ("essential", "nice_to_have", "no_longer_needed")
CASE_STATUSES = ("open", "contacted", "resolved")
BEHAVIOUR_ANSWERS = ("yes", "partly", "no")


class EffectivenessModel(db.Model):
    """3 to 5 ordered phases, from the basics needed to get value to what best-in-class customers do."""

    __tablename__ = "effectiveness_models"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    # A phase holds when its behaviours' score (yes 1, partly 0.5, no 0) reaches this share.
    threshold: Mapped[float] = mapped_column(default=0.7)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    phases: Mapped[list["EffectivenessPhase"]] = relationship(
        back_populates="model", cascade="all, delete-orphan", order_by="EffectivenessPhase.position")


class EffectivenessPhase(db.Model):
    __tablename__ = "effectiveness_phases"
    __table_args__ = (UniqueConstraint("model_id", "position", name="uq_effectiveness_phases_model_position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    model_id: Mapped[int] = mapped_column(ForeignKey("effectiveness_models.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    name: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text, default="")

    model: Mapped[EffectivenessModel] = relationship(back_populates="phases")
    behaviours: Mapped[list["Behaviour"]] = relationship(
        back_populates="phase", cascade="all, delete-orphan", order_by="Behaviour.position")


class Behaviour(db.Model):
    __tablename__ = "behaviours"

    id: Mapped[int] = mapped_column(primary_key=True)
    phase_id: Mapped[int] = mapped_column(ForeignKey("effectiveness_phases.id", ondelete="CASCADE"), index=True)
    position: Mapped[int]
    text: Mapped[str] = mapped_column(String(500))
    feature: Mapped[Optional[str]] = mapped_column(String(200))

    phase: Mapped[EffectivenessPhase] = relationship(back_populates="behaviours")


class Survey(db.Model):
    __tablename__ = "surveys"
    __table_args__ = (
        CheckConstraint("kind IN ('nps', 'effectiveness', 'custom')", name="kind"),
        CheckConstraint("status IN ('draft', 'open', 'closed')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(200))
    journey_stage: Mapped[Optional[str]] = mapped_column(String(20), index=True)
    status: Mapped[str] = mapped_column(String(20), default="draft", index=True)
    anonymous: Mapped[bool] = mapped_column(default=False)
    ask_key_question: Mapped[bool] = mapped_column(default=True)
    # Extra questions: [{"id": "q1", "type": "rating"|"choice"|"text", "text": ..., "options": [...]}]
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    product_name: Mapped[str] = mapped_column(String(200), default="our product")
    effectiveness_model_id: Mapped[Optional[int]] = mapped_column(
        ForeignKey("effectiveness_models.id", ondelete="RESTRICT"), index=True)
    link_ttl_days: Mapped[int] = mapped_column(default=30)
    cooldown_days: Mapped[int] = mapped_column(default=90)
    reminder_after_days: Mapped[int] = mapped_column(default=5)
    created_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    opened_at: Mapped[Optional[datetime]]
    closed_at: Mapped[Optional[datetime]]

    effectiveness_model: Mapped[Optional[EffectivenessModel]] = relationship()
    invitations: Mapped[list["Invitation"]] = relationship(back_populates="survey", passive_deletes=True)


class Invitation(db.Model):
    """One personal link: a contact's invitation to a survey. Only the SHA-256 of the link's token is stored."""

    __tablename__ = "invitations"
    __table_args__ = (UniqueConstraint("survey_id", "contact_id", name="uq_invitations_survey_contact"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # A reminder carries a fresh link (the first token is not kept); both links lead to the same response.
    reminder_token_hash: Mapped[Optional[str]] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    expires_at: Mapped[datetime]
    revoked_at: Mapped[Optional[datetime]]
    sent_at: Mapped[Optional[datetime]]
    reminded_at: Mapped[Optional[datetime]]
    # Never recorded for an anonymous survey: they would pair the link with its answer.
    opened_at: Mapped[Optional[datetime]]
    answered_at: Mapped[Optional[datetime]]
    # E-mail by jobs (vocapp.mailer): the send whose invitation e-mail this is, the run holding the claim to send
    # its next e-mail right now, and when an e-mail of it was last claimed.
    mail_batch: Mapped[Optional[str]] = mapped_column(String(40), index=True)
    mail_claim: Mapped[Optional[str]] = mapped_column(String(64))
    mail_claimed_at: Mapped[Optional[datetime]]

    survey: Mapped[Survey] = relationship(back_populates="invitations")
    contact: Mapped["Contact"] = relationship()  # noqa: F821
    account: Mapped["Account"] = relationship()  # noqa: F821
    emails: Mapped[list["InvitationEmail"]] = relationship(back_populates="invitation", passive_deletes=True,
                                                           order_by="InvitationEmail.id")


class InvitationEmail(db.Model):
    """The outcome of each e-mail sent for an invitation: the first send and each reminder."""

    __tablename__ = "invitation_emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    invitation_id: Mapped[int] = mapped_column(ForeignKey("invitations.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # invitation | reminder
    attempted_at: Mapped[datetime] = mapped_column(default=utcnow)
    ok: Mapped[bool]
    error: Mapped[Optional[str]] = mapped_column(Text)

    invitation: Mapped[Invitation] = relationship(back_populates="emails")


class Response(db.Model):
    """One answer to a survey. A link gives at most one response (`link_key` is unique): answering again
    updates it. For an anonymous survey no contact or invitation is stored, `link_key` is a keyed hash
    (HMAC with the app's secret) that the database alone cannot join back to the invitation, and the times are
    kept to the day (see vocapp.anonymity)."""

    __tablename__ = "responses"
    __table_args__ = (
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 10)", name="score_range"),
        CheckConstraint("key_question IS NULL OR key_question IN ('essential', 'nice_to_have', 'no_longer_needed')",
                        name="key_question"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("surveys.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[Optional[int]] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[Optional[int]] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    invitation_id: Mapped[Optional[int]] = mapped_column(ForeignKey("invitations.id", ondelete="SET NULL"), index=True)
    link_key: Mapped[Optional[str]] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(20), default="link")  # link | import
    journey_stage: Mapped[Optional[str]] = mapped_column(String(20), index=True)
    score: Mapped[Optional[int]]
    key_question: Mapped[Optional[str]] = mapped_column(String(20))
    comment: Mapped[Optional[str]] = mapped_column(Text)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    effectiveness_phase: Mapped[Optional[int]]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    survey: Mapped[Survey] = relationship()
    account: Mapped[Optional["Account"]] = relationship()  # noqa: F821
    contact: Mapped[Optional["Contact"]] = relationship()  # noqa: F821


class FollowUpCase(db.Model):
    """Closing the loop: every detractor answer opens a case, owned by the account's CSM by default."""

    __tablename__ = "follow_up_cases"
    __table_args__ = (CheckConstraint("status IN ('open', 'contacted', 'resolved')", name="status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("responses.id", ondelete="CASCADE"), unique=True)
    account_id: Mapped[Optional[int]] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[Optional[int]] = mapped_column(ForeignKey("contacts.id", ondelete="SET NULL"), index=True)
    owner_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    status: Mapped[str] = mapped_column(String(20), default="open", index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    opened_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    resolved_at: Mapped[Optional[datetime]]
    # The outcome: the contact's next response, once it comes in.
    next_response_id: Mapped[Optional[int]] = mapped_column(ForeignKey("responses.id", ondelete="SET NULL"))

    response: Mapped[Response] = relationship(foreign_keys=[response_id])
    next_response: Mapped[Optional[Response]] = relationship(foreign_keys=[next_response_id])
    account: Mapped[Optional["Account"]] = relationship()  # noqa: F821
    contact: Mapped[Optional["Contact"]] = relationship()  # noqa: F821
    owner: Mapped[Optional["User"]] = relationship()  # noqa: F821


class CaseAlert(db.Model):
    """The e-mail telling a case's owner that a detractor answered: at most one per case and owner (a case given
    to someone else tells them too; vocapp.case_alerts)."""

    __tablename__ = "case_alerts"
    __table_args__ = (UniqueConstraint("case_id", "owner_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("follow_up_cases.id", ondelete="CASCADE"), index=True)
    owner_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))  # who it went to
    status: Mapped[str] = mapped_column(String(10), default="claimed")  # claimed | sent | failed
    error: Mapped[Optional[str]] = mapped_column(Text)
    claimed_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_by: Mapped[Optional[str]] = mapped_column(String(64))  # the run (a task's id) sending it
    sent_at: Mapped[Optional[datetime]]

    owner: Mapped[Optional["User"]] = relationship()  # noqa: F821
