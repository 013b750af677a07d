"""Jobs without a broker (the embedded default): the task runs on the web process's job thread, and its row shows
the state, progress, outcome or error that every process can read."""
import pytest

from vocapp.extensions import db
from vocapp.models import Job
from vocapp.tasks.app import in_process
from vocapp.tasks.jobs import job_task, start

attempts: list[int] = []


@job_task("test-count")
def count_to(job, total: int):
    job.expect(total)
    for _ in range(total):
        job.advance()
    return f"{total} counted"


@job_task("test-flaky", retry_backoff=False, max_retries=3)
def flaky(job, failures: int):
    attempts.append(1)
    if len(attempts) <= failures:
        raise ConnectionRefusedError("SMTP server refused the connection")
    return "sent at last"


@job_task("test-broken")
def broken(job):
    raise ValueError("row 12: the score must be 0 to 10")


def run(app, task, *args) -> Job:
    with app.test_request_context():
        job = start(task, f"Test {task.kind}", *args)
        job_id = job.id
    in_process(app).drain()
    with app.app_context():
        return db.session.get(Job, job_id)


def test_a_job_runs_in_process_and_records_its_progress_and_outcome(app):
    job = run(app, count_to, 250)
    assert (job.state, job.done, job.total, job.percent, job.outcome) == ("succeeded", 250, 250, 100, "250 counted")
    assert job.started_at and job.finished_at and job.finished_at >= job.started_at and job.attempts == 1
    assert job.as_json()["state"] == "succeeded" and job.as_json()["percent"] == 100


def test_a_transient_failure_is_retried_and_each_attempt_counted(app):
    attempts.clear()
    job = run(app, flaky, 2)
    assert (job.state, job.outcome, job.attempts, job.error) == ("succeeded", "sent at last", 3, None)


def test_a_job_that_keeps_failing_stops_after_its_retries_with_the_error(app):
    attempts.clear()
    job = run(app, flaky, 10)
    assert job.state == "failed" and job.attempts == 4 and len(attempts) == 4
    assert job.error == "ConnectionRefusedError: SMTP server refused the connection"


def test_a_bug_is_not_retried_and_the_job_says_why_it_failed(app):
    job = run(app, broken)
    assert (job.state, job.attempts) == ("failed", 1)
    assert job.error == "ValueError: row 12: the score must be 0 to 10"
    assert job.percent is None and job.finished_at is not None


def test_with_the_broker_down_the_job_is_recorded_as_not_started(app):
    from tests.conftest import free_port
    from vocapp.tasks.app import celery, init_app

    app.config["CELERY_BROKER_URL"] = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    init_app(app)
    try:
        with app.test_request_context():
            job_id = start(count_to, "Count with no queue", 5).id
    finally:
        app.config["CELERY_BROKER_URL"] = ""
        init_app(app)
        celery.pool.force_close_all()
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert job.state == "failed" and job.finished_at is not None and job.done == 0
        assert job.error.startswith("The job queue did not answer, so this was not started")
