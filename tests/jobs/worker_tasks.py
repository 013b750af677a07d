"""Tasks the test workers load with --include (never part of vocapp)."""
from vocapp.tasks.jobs import job_task


@job_task("test-worker-count")
def count_in_worker(job, total: int):
    import os

    job.expect(total)
    for _ in range(total):
        job.advance()
    return f"{total} counted by process {os.getpid()}"
