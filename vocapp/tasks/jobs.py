"""Jobs: a row per piece of long work, started here and carried out by a JobTask.

`start()` records the job and enqueues its task. The task receives the job's id first and a `JobRun` that keeps the
row current: running, progress, retrying after a transient failure (with backoff), and the outcome or the error.
"""
import logging
import time
from typing import Optional

from celery import Task
from celery.exceptions import Retry
from flask_login import current_user
from kombu.exceptions import OperationalError as KombuOperationalError
from sqlalchemy import update
from sqlalchemy.exc import OperationalError

from vocapp.extensions import db
from vocapp.models import Job, JobUpload
from vocapp.models.base import utcnow
from vocapp.tasks.app import app_context, celery, enqueue

log = logging.getLogger(__name__)

PROGRESS_EVERY = 0.5  # seconds between progress writes


def start(task, title: str, *args, link=None, user=None, kind: Optional[str] = None,
          upload: Optional[tuple[str, bytes]] = None) -> Job:
    """Records a job for `task` and enqueues it; the task gets the job's id, then `args` (JSON values). `link` is
    the page the work belongs to, or a function of the job's id giving it; `upload` (filename, content) is kept
    with the job, stored before any worker can look for it. When the broker does not answer, the job is recorded
    as failed with why, for the page that shows it."""
    if user is None and current_user and getattr(current_user, "is_authenticated", False):
        user = current_user
    job = Job(kind=kind or task.kind, title=title[:200], user_id=user.id if user is not None else None)
    db.session.add(job)
    db.session.flush()
    job.link = link(job.id) if callable(link) else link
    if upload is not None:
        db.session.add(JobUpload(job_id=job.id, filename=upload[0][:255], content=upload[1]))
    db.session.commit()
    try:
        enqueue(task, job.id, *args)
    except (KombuOperationalError, OSError) as error:
        log.error("job %s (%s) not queued: the broker did not answer: %s", job.id, job.kind, error)
        job.state, job.finished_at = "failed", utcnow()
        job.error = f"The job queue did not answer, so this was not started; try again in a moment. ({error})"
        db.session.commit()
    return job


class JobRun:
    """A task's handle on its job row. Each write is its own short transaction on its own connection, so the
    task's unfinished work is never committed with it: call `advance` between the task's committed units."""

    def __init__(self, job_id: int):
        self.id = job_id
        self.done = 0
        self.total: Optional[int] = None
        self._written = 0.0

    def _write(self, **values) -> None:
        values["updated_at"] = utcnow()
        with db.engine.begin() as connection:
            connection.execute(update(Job).where(Job.id == self.id).values(**values))

    def begin(self, attempt: int) -> None:
        self._write(state="running", started_at=utcnow(), attempts=attempt + 1, error=None)

    def expect(self, total: int, done: int = 0) -> None:
        """How many units the work has, and how many an earlier attempt already finished."""
        self.total, self.done = total, done
        self._write(total=total, done=done)
        self._written = time.monotonic()

    def advance(self, units: int = 1) -> None:
        self.done += units
        if time.monotonic() - self._written >= PROGRESS_EVERY or self.done == self.total:
            self._write(done=self.done)
            self._written = time.monotonic()

    def succeeded(self, outcome: Optional[str]) -> None:
        values = dict(state="succeeded", outcome=outcome, finished_at=utcnow(), error=None)
        if self.total is not None:
            values["done"] = self.done
        self._write(**values)

    def retrying(self, error: BaseException) -> None:
        self._write(state="retrying", error=_describe(error))

    def failed(self, error: BaseException) -> None:
        self._write(state="failed", error=_describe(error), finished_at=utcnow())


def _describe(error: BaseException) -> str:
    if isinstance(error, Retry) and error.exc is not None:
        error = error.exc
    return f"{type(error).__name__}: {error}"[:2000] if str(error) else type(error).__name__


class JobTask(Task):
    """A task that carries out one job. `run(job, *args)` returns the outcome sentence. Transient failures (the
    network, SMTP, the database going away) are retried with exponential backoff; anything else fails the job."""

    abstract = True
    kind = "job"  # the job's kind, set by each task
    autoretry_for = (OSError, OperationalError)  # smtplib's and socket errors are OSErrors
    retry_backoff = 2
    retry_backoff_max = 300
    retry_jitter = True
    max_retries = 5

    def __call__(self, job_id: int, *args, **kwargs):
        with app_context():
            job = JobRun(job_id)
            job.begin(self.request.retries or 0)
            try:
                outcome = self.run(job, *args, **kwargs)  # the worker (or apply) has pushed the request
            except Retry as retry:
                db.session.rollback()
                job.retrying(retry)
                raise
            except BaseException as error:
                db.session.rollback()
                job.failed(error)
                log.exception("job %s (%s) failed", job_id, self.kind)
                raise
            self.finish(job, outcome)
            return outcome

    def finish(self, job: JobRun, outcome: Optional[str]) -> None:
        """The run ended well: the job is done (a job split into chunks says so when its last chunk ends)."""
        job.succeeded(outcome)


def job_task(kind: str, **options):
    """Declares a JobTask: `@job_task("invitations") def send(job, survey_id): ...`."""
    return celery.task(base=JobTask, kind=kind, name=f"vocapp.{kind}", bind=False, **options)
