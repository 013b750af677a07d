"""voc jobs list and voc jobs watch: the jobs on the command line."""
import threading
import time

from sqlalchemy import update

from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.models import Job


def _job(**values) -> int:
    job = Job(kind="invitations", title="Invitations for Q4 NPS", **values)
    db.session.add(job)
    db.session.commit()
    return job.id


def test_list_shows_the_latest_jobs_with_their_state_progress_and_outcome(app, ctx, runner):
    assert runner.invoke(voc, ["jobs", "list"]).output == "No job yet.\n"
    done = _job(state="succeeded", done=500, total=500, outcome="500 sent, 0 failed, 0 skipped\nmore")
    failed = _job(state="failed", error="ConnectionRefusedError: [Errno 111] Connection refused")
    lines = runner.invoke(voc, ["jobs", "list"]).output.splitlines()
    assert len(lines) == 2 and lines[0].split()[0] == str(failed)
    assert "failed" in lines[0] and "(ConnectionRefusedError: [Errno 111] Connection refused)" in lines[0]
    assert lines[1].split()[0] == str(done) and "500/500" in lines[1] and lines[1].endswith(
        "Invitations for Q4 NPS  (500 sent, 0 failed, 0 skipped)")
    only = runner.invoke(voc, ["jobs", "list", "--state", "failed"]).output.splitlines()
    assert [line.split()[0] for line in only] == [str(failed)]


def test_watch_follows_a_job_until_it_finishes_and_exits_1_when_it_failed(app, ctx, runner):
    job_id = _job(state="running", done=1, total=3)

    def finish(job_id, **values):
        time.sleep(0.5)
        with app.app_context():
            db.session.execute(update(Job).where(Job.id == job_id).values(**values))
            db.session.commit()

    worker = threading.Thread(target=finish, args=(job_id,), kwargs=dict(state="succeeded", done=3, outcome="3 sent\nfailed x"))
    worker.start()
    result = runner.invoke(voc, ["jobs", "watch", str(job_id), "--every", "0.1"])
    worker.join()
    assert result.exit_code == 0 and "succeeded" in result.output and "3/3" in result.output
    assert result.output.rstrip().endswith("failed x")

    other = _job(state="queued")
    worker = threading.Thread(target=finish, args=(other,), kwargs=dict(state="failed",
                                                                      error="ValueError: row 3: no score"))
    worker.start()
    result = runner.invoke(voc, ["jobs", "watch", str(other), "--every", "0.1"])
    worker.join()
    assert result.exit_code == 1 and "row 3: no score" in result.output
    assert "no job 999" in runner.invoke(voc, ["jobs", "watch", "999"]).output
