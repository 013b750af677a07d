"""Analysis as tasks. New texts go in batches (vocapp.insights.background gathers what a web process saved in a
moment); re-analysis is a job whose chunks any worker may take, several at once, and which the chunk that
completes it finishes. Analysing a text again replaces its analysis, so a task run twice changes nothing more."""
import logging

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError, OperationalError

from vocapp.extensions import db
from vocapp.insights.sources import PROVIDERS, texts
from vocapp.insights.store import BATCH, analyse
from vocapp.insights.themes import current_analyzer
from vocapp.models import Job, JobChunk
from vocapp.models.base import utcnow
from vocapp.tasks.app import app_context, celery, enqueue
from vocapp.tasks.jobs import JobRun, JobTask, job_task

log = logging.getLogger(__name__)

TRANSIENT = (OSError, OperationalError)  # the database or the broker away a moment (or a lock wait timed out)
RETRIES = dict(autoretry_for=TRANSIENT, retry_backoff=2, retry_backoff_max=300, retry_jitter=True, max_retries=5)


@celery.task(name="vocapp.analyse_texts", **RETRIES)
def analyse_texts(source_type: str, ids: list[int]) -> None:
    """Analyses these texts of one kind (responses, interviews), saved a moment ago: survey answers are read
    carefully at once (a few at a time cost milliseconds; vocapp.insights.careful). One that fails for any other
    reason than a transient one stays pending: the next `voc analyze` picks it up."""
    with app_context():
        try:
            sources = PROVIDERS[source_type](None, ids)
            if sources:
                analyse(sources, current_analyzer(careful=source_type == "response"))
        except TRANSIENT:
            db.session.rollback()
            raise
        except Exception:  # noqa: BLE001 - logged; a worker thread must not die of one text
            db.session.rollback()
            log.exception("analysis of %s %s failed; `voc analyze` will retry", source_type, ids)


class ChunkedJob(JobTask):
    """A job whose run only lists its work and enqueues the chunks: the job stays running until the chunk that
    completes it (see analyse_chunk) finishes it."""

    abstract = True

    def finish(self, job: JobRun, outcome) -> None:
        _finish_when_done(job.id)


@celery.task(base=ChunkedJob, kind="analysis", name="vocapp.analysis", bind=False)
def reanalyse(job: JobRun, everything: bool = False, chunk: int = BATCH) -> None:
    """Every text (`everything`), or those not analysed yet or by another version, in chunks of `chunk` texts."""
    analyzer = current_analyzer()
    pending = texts(pending_for=None if everything else analyzer.up_to_date)
    job.expect(len(pending))
    by_type: dict[str, list[int]] = {}
    for source in pending:
        by_type.setdefault(source.source_type, []).append(source.source_id)
    for source_type, ids in by_type.items():
        for start in range(0, len(ids), chunk):
            enqueue(analyse_chunk, job.id, source_type, ids[start:start + chunk])


@celery.task(name="vocapp.analyse_chunk", bind=True, **RETRIES)
def analyse_chunk(task, job_id: int, source_type: str, ids: list[int]) -> None:
    """One chunk of a re-analysis job: analysed and counted in the job's progress in one transaction."""
    with app_context():
        job = db.session.get(Job, job_id)
        if job is None or job.finished:  # the job failed (another chunk's error) or was deleted meanwhile
            return
        key = f"{source_type}:{ids[0]}:{len(ids)}"
        if db.session.get(JobChunk, (job_id, key)) is not None:  # an earlier delivery did it, then its worker died
            _finish_when_done(job_id)
            return

        def count(_batch=None) -> None:
            db.session.add(JobChunk(job_id=job_id, chunk=key))
            db.session.execute(update(Job).where(Job.id == job_id).values(done=Job.done + len(ids),
                                                                         updated_at=utcnow()))
        try:
            sources = PROVIDERS[source_type](None, ids)
            if sources:
                analyse(sources, current_analyzer(), before_commit=count)
            else:  # deleted since the job listed them
                count()
                db.session.commit()
        except IntegrityError:  # another delivery of this chunk, running at the same time, stored it first
            db.session.rollback()
        except TRANSIENT as error:
            db.session.rollback()
            if task.request.retries >= task.max_retries:
                JobRun(job_id).failed(error)
            raise
        except Exception as error:
            db.session.rollback()
            JobRun(job_id).failed(error)
            log.exception("re-analysis job %s failed on %s %s…", job_id, source_type, ids[:3])
            raise
        _finish_when_done(job_id)


def _finish_when_done(job_id: int) -> None:
    """The job succeeds once all its texts are counted; only one process writes that."""
    job = db.session.get(Job, job_id)
    db.session.refresh(job)
    if job.total is None or job.done < job.total:
        return
    analyzer = current_analyzer()
    outcome = (f"{job.total:,} text(s) analysed ({analyzer.version})" if job.total
               else f"Nothing to analyse: every text is up to date with {analyzer.version}.")
    with db.engine.begin() as connection:
        connection.execute(update(Job).where(Job.id == job_id, Job.state.in_(("queued", "running", "retrying")))
                           .values(state="succeeded", outcome=outcome, done=job.total, finished_at=utcnow(),
                                   updated_at=utcnow()))


@job_task("regrouping")
def regroup(job: JobRun) -> str:
    """The careful reading of new comments (vocapp.insights.careful), then the regrouping pass over the stored asks
    (vocapp.insights.regrouping), each with its progress."""
    from vocapp.insights.careful import read_carefully, told
    from vocapp.insights.regrouping import regroup_items

    read = read_carefully(progress=job.advance, expect=job.expect)
    return told(read, regroup_items(progress=job.advance, expect=job.expect))
