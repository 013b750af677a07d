import hashlib
import hmac
import secrets
from datetime import datetime
from typing import Optional

from flask_login import UserMixin
from sqlalchemy import CheckConstraint, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column, relationship
from werkzeug.security import check_password_hash, generate_password_hash

from vocapp.extensions import db
from vocapp.models.base import utcnow

ROLES = ("admin", "csm", "interviewer", "product")


class User(UserMixin, db.Model):
    __tablename__ = "users"
    __table_args__ = (CheckConstraint("role IN ('admin', 'csm', 'interviewer', 'product')", name="role"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_login_at: Mapped[Optional[datetime]]
    # Part of the id that sessions and the remember cookie carry: a new one signs the user out everywhere.
    session_token: Mapped[str] = mapped_column(String(64), default=lambda: secrets.token_urlsafe(32))

    def set_password(self, password: str) -> None:
        self.password_hash = generate_password_hash(password)
        self.rotate_session_token()

    def check_password(self, password: str) -> bool:
        return check_password_hash(self.password_hash, password)

    def rotate_session_token(self) -> None:
        self.session_token = secrets.token_urlsafe(32)

    def get_id(self) -> str:
        return f"{self.id}:{self.session_token}"

    @property
    def is_active(self) -> bool:  # Flask-Login refuses inactive users
        return self.active

    @property
    def display_name(self) -> str:
        return self.name or self.email

    def __repr__(self) -> str:
        return f"<User {self.email} {self.role}>"


_DUMMY_HASH: list[str] = []


def password_matches(user: Optional[User], password: str) -> bool:
    """The user's password check; without a user, the same check against a dummy hash, so that an unknown
    e-mail costs as much time as a known one and response times do not tell which addresses exist."""
    if user is not None:
        return user.check_password(password)
    if not _DUMMY_HASH:
        _DUMMY_HASH.append(generate_password_hash(secrets.token_urlsafe(16)))
    check_password_hash(_DUMMY_HASH[0], password)
    return False


def user_for_session(session_id: str) -> Optional[User]:
    """The user a session or remember cookie names, while its session token is still the current one."""
    user_id, _, token = session_id.partition(":")
    if not user_id.isdigit() or not token:
        return None
    user = db.session.get(User, int(user_id))
    if user is None or not hmac.compare_digest(user.session_token.encode(), token.encode()):
        return None
    return user


class LoginFailure(db.Model):
    """A failed sign-in, counted per e-mail and per client address across every worker (see vocapp.web.auth)."""

    __tablename__ = "login_failures"
    __table_args__ = (Index("ix_login_failures_email_failed_at", "email", "failed_at"),
                      Index("ix_login_failures_client_failed_at", "client", "failed_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254))
    client: Mapped[str] = mapped_column(String(64))
    failed_at: Mapped[datetime] = mapped_column(default=utcnow)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class ApiToken(db.Model):
    """A bearer token for the JSON API. Only its SHA-256 is stored; the token is shown once."""

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    created_by_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[Optional[datetime]]
    revoked_at: Mapped[Optional[datetime]]

    created_by: Mapped[Optional[User]] = relationship()

    @classmethod
    def issue(cls, name: str, created_by: Optional[User] = None) -> tuple["ApiToken", str]:
        token = "voc_" + secrets.token_urlsafe(32)
        return cls(name=name, token_hash=hash_token(token), prefix=token[:10], created_by=created_by), token

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None
