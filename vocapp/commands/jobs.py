"""voc jobs ...: background jobs on the command line: the recent ones, and one job's progress as it runs."""
import sys
import time

import click
from flask.cli import AppGroup
from sqlalchemy import select

from vocapp.commands import voc
from vocapp.extensions import db
from vocapp.models import Job
from vocapp.models.jobs import JOB_STATES

jobs_cli = AppGroup("jobs", help="Background jobs: list them, watch one run.")
voc.add_command(jobs_cli)


def _line(job: Job) -> str:
    progress = f"{job.done}/{job.total}" if job.total is not None else "-"
    said = (job.error if job.state in ("failed", "retrying") else job.outcome) or ""
    return (f"{job.id:>6}  {job.created_at:%Y-%m-%d %H:%M}  {job.state:<9}  {progress:>9}  {job.title}"
            + (f"  ({said.splitlines()[0]})" if said else ""))


@jobs_cli.command("list")
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--state", type=click.Choice(JOB_STATES), help="Only jobs in this state.")
def list_jobs(limit, state):
    """The latest jobs, newest first: id, when (UTC), state, progress, title and outcome or error."""
    query = select(Job).order_by(Job.created_at.desc(), Job.id.desc()).limit(limit)
    if state:
        query = query.where(Job.state == state)
    jobs = db.session.scalars(query).all()
    for job in jobs:
        click.echo(_line(job))
    if not jobs:
        click.echo("No job yet.")


@jobs_cli.command("watch")
@click.argument("job_id", type=int)
@click.option("--every", type=click.FloatRange(0.1, 60), default=1.0, show_default=True, help="Seconds between looks.")
def watch_job(job_id, every):
    """A progress bar for job JOB_ID until it finishes; exits 1 when it failed."""
    job = db.session.get(Job, job_id)
    if job is None:
        raise click.BadParameter(f"no job {job_id} (see voc jobs list)", param_hint="JOB_ID")
    bar, shown = None, 0
    while not job.finished:
        if job.total is not None and bar is None:
            bar = click.progressbar(length=job.total, label=job.title[:40], file=sys.stderr, show_pos=True)
            bar.__enter__()
        if bar is not None and job.done > shown:
            bar.update(job.done - shown)
            shown = job.done
        time.sleep(every)
        db.session.rollback()  # ends the read, so the next look sees what the job wrote since
    if bar is not None:
        bar.update(max(0, job.done - shown))
        bar.__exit__(None, None, None)
    click.echo(_line(job))
    for line in ((job.outcome or "").splitlines()[1:] if job.state == "succeeded" else [job.error or ""]):
        click.echo(line, err=job.state == "failed")
    if job.state == "failed":
        sys.exit(1)
