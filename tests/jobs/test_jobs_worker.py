"""A job sent through a real Redis to a real `celery -A vocapp.tasks worker` process."""
import os

from tests.jobs.conftest import wait_for
from tests.jobs.worker_tasks import count_in_worker
from vocapp.extensions import db
from vocapp.models import Job
from vocapp.tasks.jobs import start


def test_a_job_sent_to_the_broker_runs_in_a_worker_process(app, workers):
    with app.test_request_context():
        job_id = start(count_in_worker, "Count in a worker", 40).id
    with app.app_context():
        assert db.session.get(Job, job_id).state == "queued", "nothing runs in the web process"
    workers(include=("tests.jobs.worker_tasks",))

    def finished():
        with app.app_context():
            job = db.session.get(Job, job_id)
            return job if job.finished else None

    job = wait_for(finished, timeout=60, what="the worker to finish the job")
    assert (job.state, job.done, job.total) == ("succeeded", 40, 40)
    assert job.outcome.startswith("40 counted by process ") and not job.outcome.endswith(f" {os.getpid()}")
