"""Imports of large files as jobs. An uploaded file of more than THRESHOLD rows is kept in the database
(job_uploads) and imported by a worker, with its progress on the job; a smaller one is imported at once, as
before. Either way a file with one bad row imports nothing, and the job's error names each bad row. A worker
that dies halfway leaves nothing written (one transaction), and the task taken again imports the file again:
every import is keyed (an account by its external id, a contact by account and e-mail, an answer or an interview
by who, when and what), so that writes each row once."""
import io
from typing import Callable, Optional, Union

from flask import current_app
from sqlalchemy import delete, select

from vocapp.extensions import db
from vocapp.imports.accounts import (ACCOUNT_OPTIONAL, ACCOUNT_REQUIRED, CONTACT_OPTIONAL, CONTACT_REQUIRED,
                                     import_accounts, import_contacts)
from vocapp.imports.interviews import INTERVIEW_OPTIONAL, INTERVIEW_REQUIRED, import_interviews
from vocapp.imports.responses import RESPONSE_OPTIONAL, RESPONSE_REQUIRED, import_responses
from vocapp.imports.rows import ImportRejected, Record, read_csv
from vocapp.models import Job
from vocapp.models.jobs import JobUpload
from vocapp.tasks.jobs import JobRun, job_task, start

THRESHOLD = 10_000  # rows: a file with more is imported by a job
SHOWN_PROBLEMS = 20  # of a rejected file's problems, in the job's error

COLUMNS = {"accounts": (ACCOUNT_REQUIRED, ACCOUNT_OPTIONAL), "contacts": (CONTACT_REQUIRED, CONTACT_OPTIONAL),
           "responses": (RESPONSE_REQUIRED, RESPONSE_OPTIONAL), "interviews": (INTERVIEW_REQUIRED, INTERVIEW_OPTIONAL)}
NAMES = {"accounts": "accounts", "contacts": "contacts", "responses": "survey answers", "interviews": "interviews"}


def run_import(kind: str, records: list[Record], options: dict, track=None):
    """Imports the checked file's records; raises ImportRejected (nothing written) when a row is bad."""
    extra = {"track": track} if track else {}
    if kind == "accounts":
        return import_accounts(records, current_app.config["VOC_TIER_THRESHOLDS"], **extra)
    if kind == "contacts":
        return import_contacts(records, **extra)
    if kind == "responses":
        return import_responses(records, **extra)
    return import_interviews(records, add_reasons=bool(options.get("add_reasons")), **extra)


Link = Optional[Callable[[int], str]]  # the job's id -> the page that shows it


def import_upload(kind: str, file, options: Optional[dict] = None, link: Link = None) -> Union[object, Job]:
    """An uploaded CSV file imported now (its result), or, over THRESHOLD rows, kept and handed to a job (the Job).
    Raises ImportRejected when the file cannot be read, or (imported now) when a row is bad."""
    content = file.read()
    _columns, records = read_csv(io.BytesIO(content), *COLUMNS[kind])
    if len(records) <= THRESHOLD:
        return run_import(kind, records, options or {})
    return start_import(kind, file.filename or f"{kind}.csv", content, options or {}, link)


def start_import(kind: str, filename: str, content: bytes, options: dict, link: Link = None) -> Job:
    return start(import_file, f"Import of {NAMES[kind]} from {filename}", kind, options, link=link,
                 kind=f"import-{kind}", upload=(filename, content))


@job_task("import")
def import_file(job: JobRun, kind: str, options: dict) -> str:
    upload = db.session.scalar(select(JobUpload).where(JobUpload.job_id == job.id))
    if upload is None:  # taken again after it was imported (its worker died before saying so)
        return db.session.get(Job, job.id).outcome or "The file was imported."
    filename = upload.filename
    try:
        _columns, records = read_csv(io.BytesIO(upload.content), *COLUMNS[kind])
        job.expect(len(records))
        result = run_import(kind, records, options, track=_checked_rows(job))
    except ImportRejected as rejected:
        db.session.rollback()
        raise FileRejected(rejected) from None
    db.session.execute(delete(JobUpload).where(JobUpload.job_id == job.id))
    db.session.commit()
    return f"Imported {NAMES[kind]} from {filename}: {result}."


class FileRejected(Exception):
    """A file with bad rows: nothing was imported. Its text lists the problems, one `row N: column: what` each."""

    def __init__(self, rejected: ImportRejected):
        problems = [str(error) for error in rejected.errors]
        shown = "; ".join(problems[:SHOWN_PROBLEMS])
        more = f"; and {len(problems) - SHOWN_PROBLEMS} more" if len(problems) > SHOWN_PROBLEMS else ""
        counted = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
        super().__init__(f"Nothing was imported: {counted}. {shown}{more}.")


def _checked_rows(job: JobRun):
    """The importers' progress hook: the job counts the rows checked. SQLite has one writer at a time, so there a
    count waits until the import's own transaction has written nothing yet (an import writes once all rows pass)."""
    def track(items, label: str):
        if label != "Checking":
            yield from items
            return
        unwritten = 0
        for item in items:
            yield item
            unwritten += 1
            if unwritten >= 200 and _may_write_beside():
                job.advance(unwritten)
                unwritten = 0
        if _may_write_beside():
            job.advance(unwritten)
    return track


def _may_write_beside() -> bool:
    if db.engine.dialect.name != "sqlite":
        return True
    return not db.session.connection().connection.dbapi_connection.in_transaction
