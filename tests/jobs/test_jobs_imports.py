"""Imports of large files as jobs: over THRESHOLD rows the upload is kept in the database and imported by a job
(a real worker with a broker, the web process's job thread without), with its progress; a bad row fails the job
with the row named and leaves nothing written; a small file imports at once, as before."""
import io

from sqlalchemy import func, select

from tests.jobs.conftest import new_broker_connections, wait_for
from vocapp.extensions import db
from vocapp.models import Account, Job
from vocapp.models.jobs import JobUpload
from vocapp.tasks import imports
from vocapp.tasks.app import in_process


def accounts_csv(rows: int, bad_row: int | None = None) -> bytes:
    lines = ["external_id,name,arr,region"]
    for n in range(rows):
        arr = "lots" if n + 2 == bad_row else str(1000 + n)  # the header is row 1
        lines.append(f"B-{n},Company {n},{arr},EMEA")
    return ("\n".join(lines) + "\n").encode()


def upload(client, content: bytes, name: str = "big.csv"):
    return client.post("/accounts/import", data={"kind": "accounts", "file": (io.BytesIO(content), name)})


def count(app, model) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model))


def the_job(app) -> Job:
    with app.app_context():
        return db.session.scalar(select(Job).where(Job.kind == "import-accounts"))


def test_a_file_over_the_threshold_is_imported_by_a_job_with_its_progress(app, login, monkeypatch):
    monkeypatch.setattr(imports, "THRESHOLD", 20)
    client = login("csm")
    response = upload(client, accounts_csv(25))
    job = the_job(app)
    assert response.status_code == 302 and response.headers["Location"] == f"/accounts/import?job={job.id}"
    assert job.link == f"/accounts/import?job={job.id}" and job.title == "Import of accounts from big.csv"
    in_process(app).drain()
    job = the_job(app)
    assert (job.state, job.done, job.total) == ("succeeded", 25, 25), job.error
    assert job.outcome == "Imported accounts from big.csv: 25 created, 0 updated."
    assert count(app, Account) == 25 and count(app, JobUpload) == 0, "the kept file goes once imported"
    page = client.get(job.link).get_data(as_text=True)
    assert "more than 20 rows" in page and "in the background" in page
    assert "Import of accounts from big.csv" in page and "Done" in page and "25 of 25" in page, "the progress bar"
    assert job.outcome in page


def test_a_file_at_the_threshold_still_imports_at_once(app, login, monkeypatch):
    monkeypatch.setattr(imports, "THRESHOLD", 20)
    response = upload(login("csm"), accounts_csv(20))
    assert response.status_code == 200 and "Imported accounts: 20 created" in response.get_data(as_text=True)
    assert count(app, Job) == 0 and count(app, Account) == 20


def test_a_bad_row_fails_the_job_naming_the_row_and_nothing_is_written(app, login, monkeypatch):
    monkeypatch.setattr(imports, "THRESHOLD", 20)
    upload(login("csm"), accounts_csv(30, bad_row=17))
    in_process(app).drain()
    job = the_job(app)
    assert job.state == "failed" and job.attempts == 1, "a bad row is not retried"
    assert "Nothing was imported: 1 problem. row 17: arr: not a number: 'lots'." in job.error
    assert count(app, Account) == 0


def test_a_file_that_cannot_be_read_is_refused_on_the_page_without_a_job(app, login, monkeypatch):
    monkeypatch.setattr(imports, "THRESHOLD", 20)
    page = upload(login("csm"), b"name,arr\n" + b"Acme,1\n" * 30).get_data(as_text=True)
    assert "external_id" in page and "required column is missing" in page
    assert count(app, Job) == 0


def test_a_real_file_of_more_than_ten_thousand_rows_goes_to_a_worker(app, login, workers):
    assert imports.THRESHOLD == 10_000
    client = login("csm")
    with app.app_context():
        db.session.add(Account(external_id="B-5", name="Known before", arr=1))
        db.session.commit()
    response = upload(client, accounts_csv(12_000))
    assert response.status_code == 302
    assert the_job(app).state == "queued" and count(app, Account) == 1, "the web process imports nothing"
    workers()

    def finished():
        job = the_job(app)
        return job if job.finished else None

    job = wait_for(finished, timeout=120, what="the worker's import")
    assert (job.state, job.done, job.total) == ("succeeded", 12_000, 12_000), job.error
    assert job.outcome == "Imported accounts from big.csv: 11999 created, 1 updated."
    assert count(app, Account) == 12_000


def test_with_the_job_queue_down_the_page_says_the_import_did_not_start(app, login, monkeypatch):
    from tests.conftest import free_port
    from vocapp.tasks.app import init_app

    monkeypatch.setattr(imports, "THRESHOLD", 20)
    client = login("csm")
    app.config["CELERY_BROKER_URL"] = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    init_app(app)
    new_broker_connections()
    try:
        response = upload(client, accounts_csv(25))
    finally:
        app.config["CELERY_BROKER_URL"] = ""
        init_app(app)
        new_broker_connections()
    job = the_job(app)
    assert response.status_code == 302 and job.state == "failed" and count(app, Account) == 0
    page = client.get(job.link).get_data(as_text=True)
    assert "The job queue did not answer, so this was not started; try again in a moment." in page


def test_a_rejected_file_names_its_first_problems_and_counts_the_rest():
    from vocapp.imports.rows import ImportRejected, RowError

    error = imports.FileRejected(ImportRejected([RowError(n, "arr", "not a number") for n in range(2, 32)]))
    assert str(error).startswith("Nothing was imported: 30 problems. row 2: arr: not a number; row 3: arr:")
    assert str(error).endswith("row 21: arr: not a number; and 10 more.")
