"""What the import pages share: a large file handed to a job sends the person back to the page with the job's
progress on it (?job=<id>)."""
from flask import flash, redirect, request, url_for
from flask_login import current_user

from vocapp.extensions import db
from vocapp.models import Job
from vocapp.tasks import imports
from vocapp.web.jobs import visible


def job_link(endpoint: str):
    return lambda job_id: url_for(endpoint, job=job_id)


def started(job: Job):
    flash(f"The file has more than {imports.THRESHOLD:,} rows: it is being imported in the background, and its progress "
          "shows below. You may leave this page: the import goes on, and its outcome shows under Jobs.", "success")
    return redirect(job.link)


def shown_job():
    """The import job named by ?job=, when the signed-in person may see it."""
    job_id = request.args.get("job", type=int)
    job = db.session.get(Job, job_id) if job_id else None
    return job if job is not None and job.kind.startswith("import-") and visible(current_user, job) else None
