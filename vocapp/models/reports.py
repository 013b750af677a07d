from datetime import date, datetime
from typing import Optional

from sqlalchemy import CheckConstraint, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocapp.extensions import db
from vocapp.models.base import utcnow

REPORT_KINDS = ("roadmap", "accounts")  # the roadmap digest; the reviews of the subscriber's own accounts
FREQUENCIES = ("weekly", "monthly")


class ReportSubscription(db.Model):
    """A staff member's standing order for a report, delivered by e-mail for each past week or month."""

    __tablename__ = "report_subscriptions"
    __table_args__ = (CheckConstraint("kind IN ('roadmap', 'accounts')", name="kind"),
                      CheckConstraint("frequency IN ('weekly', 'monthly')", name="frequency"))

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    frequency: Mapped[str] = mapped_column(String(10))
    product_area: Mapped[Optional[str]] = mapped_column(String(60))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped["User"] = relationship()  # noqa: F821
    deliveries: Mapped[list["ReportDelivery"]] = relationship(back_populates="subscription",
                                                              cascade="all, delete-orphan", passive_deletes=True)


class ReportDelivery(db.Model):
    """One report sent for one period (and one account, for account reviews). The row is claimed before the
    e-mail goes out, and the unique key makes a second run, or a run after an interruption, skip it."""

    __tablename__ = "report_deliveries"
    __table_args__ = (UniqueConstraint("subscription_id", "period_end", "account_id"),)  # once a period

    id: Mapped[int] = mapped_column(primary_key=True)
    subscription_id: Mapped[int] = mapped_column(ForeignKey("report_subscriptions.id", ondelete="CASCADE"),
                                                 index=True)
    period_start: Mapped[date]
    period_end: Mapped[date]
    account_id: Mapped[int] = mapped_column(default=0)  # 0: not an account review (NULLs would not be unique)
    status: Mapped[str] = mapped_column(String(10), default="sending")  # sending | sent | failed
    error: Mapped[Optional[str]] = mapped_column(Text)
    claimed_at: Mapped[datetime] = mapped_column(default=utcnow)
    claimed_by: Mapped[Optional[str]] = mapped_column(String(64))  # the run (a task's id) sending it
    sent_at: Mapped[Optional[datetime]]

    subscription: Mapped[ReportSubscription] = relationship(back_populates="deliveries")
