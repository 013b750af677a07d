"""Jobs for people: the recent ones with their outcome or error (/jobs), and one job's state as JSON for the
progress bar on the page that started it. Every signed-in user is staff; each sees the jobs of the work their role
may do, and their own (admins see all)."""
import re

from flask import Blueprint, abort, jsonify, render_template
from flask_login import current_user, login_required
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload

from vocapp.extensions import db
from vocapp.models import Job
from vocapp.permissions import allowed
from vocapp.web.nav import ADMIN_TABS

bp = Blueprint("jobs", __name__, url_prefix="/jobs")
ADMIN_TABS.append({"label": "Jobs", "endpoint": "jobs.index"})
RECENT = 100

# The permission a job's kind needs to be seen; kinds not listed are seen by admins and whoever started them.
KIND_ACTIONS: dict[str, str] = {"invitations": "surveys.manage", "reminders": "surveys.manage",
                                "shipped-notices": "feedback.manage", "import-accounts": "accounts.import",
                                "import-contacts": "accounts.import", "import-responses": "surveys.manage",
                                "import-interviews": "interviews.import", "analysis": "analysis.correct"}
STATE_LABELS = {"queued": "Waiting", "running": "Running", "retrying": "Retrying", "succeeded": "Done",
                "failed": "Failed"}


def visible_kinds(user) -> list[str]:
    return [kind for kind, action in KIND_ACTIONS.items() if allowed(user, action)]


def visible(user, job: Job) -> bool:
    return user.role == "admin" or job.user_id == user.id or job.kind in visible_kinds(user)


def readable_error(error: str) -> str:
    """The error without the exception's class name in front ("ConnectionRefusedError: [Errno 111] ...")."""
    return re.sub(r"^[A-Z][A-Za-z]*: ", "", error)


@bp.app_template_filter("job_state")
def job_state(state: str) -> str:
    return STATE_LABELS.get(state, state)


@bp.app_template_filter("job_error")
def job_error(error: str) -> str:
    return readable_error(error or "")


def _job_or_404(job_id: int) -> Job:
    job = db.session.get(Job, job_id)
    if job is None or not visible(current_user, job):
        abort(404)
    return job


@bp.get("/")
@login_required
def index():
    query = select(Job).options(joinedload(Job.user)).order_by(Job.created_at.desc(), Job.id.desc()).limit(RECENT)
    if current_user.role != "admin":
        query = query.where(or_(Job.user_id == current_user.id, Job.kind.in_(visible_kinds(current_user))))
    return render_template("jobs/index.html", jobs=db.session.scalars(query).all(), recent=RECENT)


@bp.get("/<int:job_id>.json")
@login_required
def status(job_id: int):
    response = jsonify(_job_or_404(job_id).as_json())
    response.headers["Cache-Control"] = "no-store"
    return response
