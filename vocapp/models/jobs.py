from datetime import datetime
from typing import Optional

from sqlalchemy import CheckConstraint, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from vocapp.extensions import db
from vocapp.models.base import utcnow

JOB_STATES = ("queued", "running", "retrying", "succeeded", "failed")


class Job(db.Model):
    """Long work started by a person, a command or the schedule, run by a Celery task (or in-process when no
    broker is configured). The row is what every process sees of it: state, progress, outcome and error."""

    __tablename__ = "jobs"
    __table_args__ = (CheckConstraint("state IN ('queued', 'running', 'retrying', 'succeeded', 'failed')",
                                      name="state"),
                      Index("ix_jobs_created_at", "created_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))  # the task's short name, e.g. "invitations"
    title: Mapped[str] = mapped_column(String(200))  # for people: "Invitations for Q4 NPS"
    state: Mapped[str] = mapped_column(String(10), default="queued")
    done: Mapped[int] = mapped_column(default=0)
    total: Mapped[Optional[int]]
    outcome: Mapped[Optional[str]] = mapped_column(Text)  # a sentence for people: "498 sent, 2 failed"
    error: Mapped[Optional[str]] = mapped_column(Text)
    attempts: Mapped[int] = mapped_column(default=0)
    user_id: Mapped[Optional[int]] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    link: Mapped[Optional[str]] = mapped_column(String(300))  # the page the work belongs to
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    started_at: Mapped[Optional[datetime]]
    finished_at: Mapped[Optional[datetime]]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    user: Mapped[Optional["User"]] = relationship()  # noqa: F821

    @property
    def finished(self) -> bool:
        return self.state in ("succeeded", "failed")

    @property
    def percent(self) -> Optional[int]:
        if self.state == "succeeded":
            return 100
        if not self.total:
            return None
        return min(100, round(100 * self.done / self.total))

    def as_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "title": self.title, "state": self.state, "done": self.done,
                "total": self.total, "percent": self.percent, "outcome": self.outcome, "error": self.error,
                "attempts": self.attempts, "link": self.link,
                "created_at": self.created_at.isoformat() + "Z",
                "finished_at": self.finished_at.isoformat() + "Z" if self.finished_at else None}


class JobUpload(db.Model):
    """A file a job works on (an import), kept in the database so a worker on any machine can read it; deleted
    with its job."""

    __tablename__ = "job_uploads"

    id: Mapped[int] = mapped_column(primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class JobChunk(db.Model):
    """A part of a job that is done (one chunk of a re-analysis), written in the chunk's own transaction: a chunk
    delivered twice (its worker vanished after the commit) is neither done nor counted twice."""

    __tablename__ = "job_chunks"

    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), primary_key=True)
    chunk: Mapped[str] = mapped_column(String(100), primary_key=True)
