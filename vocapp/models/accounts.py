from datetime import date, datetime
from typing import Optional

from sqlalchemy import CheckConstraint, ForeignKey, Numeric, String, UniqueConstraint, case
from sqlalchemy.ext.hybrid import hybrid_property
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocapp.extensions import db
from vocapp.models.base import utcnow

ACCOUNT_STATUSES = ("active", "churned", "prospect", "lost")
# Bounds of what comes in (forms, CSV, API): any ARR in the column's range is finite, and a sum of many stays so.
ARR_MAX = 100_000_000_000  # in the account's currency
EMPLOYEES_MAX = 10_000_000


class Account(db.Model):
    __tablename__ = "accounts"
    __table_args__ = (
        CheckConstraint("status IN ('active', 'churned', 'prospect', 'lost')", name="status"),
        CheckConstraint("arr >= 0", name="arr_not_negative"),
        CheckConstraint("tier IS NULL OR tier IN (1, 2, 3)", name="tier"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    external_id: Mapped[str] = mapped_column(String(100), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    industry: Mapped[Optional[str]] = mapped_column(String(100), index=True)
    region: Mapped[Optional[str]] = mapped_column(String(100), index=True)
    employees: Mapped[Optional[int]]
    arr: Mapped[float] = mapped_column(Numeric(14, 2, asdecimal=False), default=0)
    renewal_date: Mapped[Optional[date]]
    status: Mapped[str] = mapped_column(String(20), default="active", index=True)
    tier: Mapped[Optional[int]] = mapped_column(index=True)
    # Product usage or health score (0-100) from the CS platform: what makes an account "look healthy".
    usage_score: Mapped[Optional[int]]
    csm_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    csm: Mapped[Optional["User"]] = relationship(lazy="joined")  # noqa: F821
    contacts: Mapped[list["Contact"]] = relationship(
        back_populates="account", cascade="all, delete-orphan", passive_deletes=True, order_by="Contact.name"
    )

    @property
    def mrr(self) -> float:
        return (self.arr or 0) / 12

    @hybrid_property
    def upcoming_renewal(self) -> Optional[date]:
        """The renewal to come: only an active account renews (a churned one keeps the date it had)."""
        return self.renewal_date if self.status == "active" else None

    @upcoming_renewal.inplace.expression
    @classmethod
    def _upcoming_renewal_expression(cls):
        return case((cls.status == "active", cls.renewal_date), else_=None)

    def __repr__(self) -> str:
        return f"<Account {self.external_id} {self.name!r}>"


class Contact(db.Model):
    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("account_id", "email", name="uq_contacts_account_email"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(254), index=True)
    role: Mapped[Optional[str]] = mapped_column(String(100))
    decision_maker: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    account: Mapped[Account] = relationship(back_populates="contacts")

    def __repr__(self) -> str:
        return f"<Contact {self.email}>"
