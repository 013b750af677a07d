"""What the analysis makes of customer text: themes (an editable taxonomy), each text's analysis with its
theme tags, product-feedback items with their mentions, and the CSM's own view of an account's persona."""
from datetime import date, datetime
from typing import Any, Optional

from sqlalchemy import JSON, CheckConstraint, ForeignKey, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocapp.extensions import db
from vocapp.models.base import utcnow

SOURCE_TYPES = ("response", "interview", "note")
ITEM_STATUSES = ("new", "under_review", "planned", "in_progress", "shipped", "wont_do")
ITEM_ORIGINS = ("analysis", "staff", "catalogue")
# A link the analysis made with less confidence than this waits in the triage list for a product manager.
LINK_REVIEWS = ("pending", "confirmed")


class Theme(db.Model):
    """One theme of the taxonomy; `patterns` are lemma phrases (see analysis.taxonomy for the syntax)."""

    __tablename__ = "themes"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    parent_id: Mapped[Optional[int]] = mapped_column(ForeignKey("themes.id", ondelete="SET NULL"), index=True)
    patterns: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Patterns that veto an overlapping match ("not support" is not about the support team).
    excludes: Mapped[list[str]] = mapped_column(JSON, default=list)
    active: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    parent: Mapped[Optional["Theme"]] = relationship(remote_side=[id])


class TextAnalysis(db.Model):
    """The analysis of one text (a survey comment, an interview, a note), with the version that made it."""

    __tablename__ = "text_analyses"
    __table_args__ = (UniqueConstraint("source_type", "source_id", name="uq_text_analyses_source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    source_type: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[int]
    account_id: Mapped[Optional[int]] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    version: Mapped[str] = mapped_column(String(80), index=True)
    text_at: Mapped[Optional[datetime]] = mapped_column(index=True)  # when the customer wrote or said it
    polarity: Mapped[float]
    subjectivity: Mapped[float] = mapped_column(default=0.0)
    label: Mapped[str] = mapped_column(String(10))
    label_reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    analysed_at: Mapped[datetime] = mapped_column(default=utcnow)
    # A staff correction of the sentiment label: kept across re-analysis.
    corrected_label: Mapped[Optional[str]] = mapped_column(String(10))
    corrected_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    corrected_at: Mapped[Optional[datetime]]

    tags: Mapped[list["ThemeTag"]] = relationship(back_populates="analysis", cascade="all, delete-orphan",
                                                  passive_deletes=True, order_by="ThemeTag.id")

    @property
    def effective_label(self) -> str:
        return self.corrected_label or self.label


class ThemeTag(db.Model):
    """A theme found in a text, with its provenance. Staff tags (`origin` staff) survive re-analysis; a staff
    tag with `removed` set hides that theme from the text even when the analysis finds it again."""

    __tablename__ = "theme_tags"
    __table_args__ = (CheckConstraint("origin IN ('analysis', 'staff')", name="origin"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    analysis_id: Mapped[int] = mapped_column(ForeignKey("text_analyses.id", ondelete="CASCADE"), index=True)
    theme_key: Mapped[str] = mapped_column(String(60), index=True)
    origin: Mapped[str] = mapped_column(String(10), default="analysis")
    removed: Mapped[bool] = mapped_column(default=False)
    sentence: Mapped[str] = mapped_column(Text, default="")
    matched_text: Mapped[str] = mapped_column(String(200), default="")
    pattern: Mapped[str] = mapped_column(String(200), default="")
    polarity: Mapped[float] = mapped_column(default=0.0)
    label: Mapped[str] = mapped_column(String(10), default="neutral")
    created_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    analysis: Mapped[TextAnalysis] = relationship(back_populates="tags")


class FeedbackItem(db.Model):
    """A roadmap item: a thing product management tracks (name, aliases customers use, product area, status),
    consolidated from the asks linked to it; ranked by the ARR of the distinct accounts behind it."""

    __tablename__ = "feedback_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), index=True)
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    product_area: Mapped[Optional[str]] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(20), default="new", index=True)
    shipped_on: Mapped[Optional[date]]
    description: Mapped[str] = mapped_column(Text, default="")
    # who made the item: the analysis (from an ask no item matched), staff, or the default catalogue
    origin: Mapped[str] = mapped_column(String(10), default="analysis")
    staff_edited: Mapped[bool] = mapped_column(default=False)
    merged_into_id: Mapped[Optional[int]] = mapped_column(ForeignKey("feedback_items.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    mentions: Mapped[list["FeedbackMention"]] = relationship(back_populates="item", order_by="FeedbackMention.mentioned_at")

    @property
    def names(self) -> list[str]:
        """The item's name and its aliases: every wording a link can match."""
        return [self.title, *(self.aliases or [])]


class FeedbackMention(db.Model):
    """One ask linked to a roadmap item: the quote, where it came from, when, and why it was linked here
    (`link_reason`, `confidence`). `review` is None for a confident link, `pending` while it waits in the triage
    list (an unsure link, or an ask the analysis doubts is one), `confirmed` once a product manager kept or moved it (origin `staff`: it survives re-analysis). A rejected
    link leaves this table for `LinkRejection`, so that no figure counts it."""

    __tablename__ = "feedback_mentions"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("feedback_items.id", ondelete="CASCADE"), index=True)
    account_id: Mapped[Optional[int]] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    source_type: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[Optional[int]]
    quote: Mapped[str] = mapped_column(Text)
    request_text: Mapped[str] = mapped_column(Text, default="")
    rule: Mapped[str] = mapped_column(String(120), default="")
    origin: Mapped[str] = mapped_column(String(10), default="analysis")
    confidence: Mapped[float] = mapped_column(default=1.0)
    # how sure the analysis was that the sentence asks for anything (None: a rule no model weighed, or staff)
    ask_certainty: Mapped[Optional[float]]
    link_reason: Mapped[str] = mapped_column(String(200), default="")
    review: Mapped[Optional[str]] = mapped_column(String(10), index=True)
    mentioned_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    created_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    item: Mapped[FeedbackItem] = relationship(back_populates="mentions")
    account: Mapped[Optional["Account"]] = relationship()  # noqa: F821


class ShippedNotice(db.Model):
    """The e-mail telling a contact that an item they asked for has shipped: at most one per item and contact."""

    __tablename__ = "shipped_notices"
    __table_args__ = (UniqueConstraint("item_id", "contact_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("feedback_items.id", ondelete="CASCADE"), index=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), index=True)
    status: Mapped[str] = mapped_column(String(10), default="claimed")  # claimed | sent | failed
    error: Mapped[Optional[str]] = mapped_column(Text)
    claimed_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_by: Mapped[Optional[str]] = mapped_column(String(64))  # the run (a task's id) sending it
    sent_at: Mapped[Optional[datetime]]


class CsmView(db.Model):
    """The CSM's own answer to the key question for an account: one of the direct answers that place it."""

    __tablename__ = "csm_views"
    __table_args__ = (
        CheckConstraint("answer IN ('essential', 'nice_to_have', 'no_longer_needed')", name="answer"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    answer: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)

    user: Mapped[Optional["User"]] = relationship()  # noqa: F821


class LinkRejection(db.Model):
    """A product manager's "this sentence asks for nothing we track": re-analysis does not link it again."""

    __tablename__ = "link_rejections"

    id: Mapped[int] = mapped_column(primary_key=True)
    source_type: Mapped[str] = mapped_column(String(20))
    source_id: Mapped[Optional[int]] = mapped_column(index=True)
    quote: Mapped[str] = mapped_column(Text)
    request_text: Mapped[str] = mapped_column(Text, default="")
    item_id: Mapped[Optional[int]] = mapped_column(ForeignKey("feedback_items.id", ondelete="SET NULL"))
    account_id: Mapped[Optional[int]] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    created_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MessageTemplate(db.Model):
    """An e-mail template staff can edit (the shipped-item notice); the default text lives in the code."""

    __tablename__ = "message_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    subject: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class AskEncoding(db.Model):
    """A text's sentence encoding (analysis.encoder, float32 bytes), kept so that the regrouping pass encodes only
    the asks it has not read before. Keyed by the text's SHA-1 and the encoder's name: a new encoder reads anew."""

    __tablename__ = "ask_encodings"

    digest: Mapped[str] = mapped_column(String(40), primary_key=True)
    model: Mapped[str] = mapped_column(String(60), primary_key=True)
    vector: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
