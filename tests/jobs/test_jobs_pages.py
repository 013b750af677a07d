"""The jobs pages: the progress bar on the page that started a job (its state in words, for a browser without
JavaScript too), /jobs with each role's jobs, and a job's JSON for the bar's polling."""
from datetime import timedelta

from sqlalchemy import select

from tests.conftest import make_user
from tests.helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.models import Job, Survey, User
from vocapp.models.base import utcnow
from vocapp.tasks.app import in_process


def _survey() -> int:
    add_contact(add_account("A-1", "Acme"), "ana@acme.example", "Ana")
    survey = Survey(kind="nps", name="Q4 NPS", status="open", product_name="Pipely")
    db.session.add(survey)
    db.session.commit()
    return survey.id


def _job(kind: str, title: str, link: str = None, user_email: str = None, **values) -> int:
    user = db.session.scalar(select(User).where(User.email == user_email)) if user_email else None
    job = Job(kind=kind, title=title, link=link, user_id=user.id if user else None, **values)
    db.session.add(job)
    db.session.commit()
    return job.id


def test_the_send_button_starts_a_job_and_the_survey_page_shows_its_progress(app, login, smtp):
    with app.app_context():
        survey_id = _survey()
    staff = login("csm", "casey@example.example")
    sent = staff.post(f"/surveys/{survey_id}/send", data={"tier": "", "csm": "", "accounts": ""})
    assert sent.status_code == 302 and sent.headers["Location"].endswith(f"/surveys/{survey_id}")
    in_process(app).drain()
    page = staff.get(f"/surveys/{survey_id}").get_data(as_text=True)
    assert "Invitations for Q4 NPS" in page and "Done" in page and "1 sent, 0 failed, 0 skipped" in page
    assert 'value="100"' in page and "data-job-running" not in page, "a finished job is not polled"
    with app.app_context():
        job = db.session.scalar(select(Job))
        assert (job.kind, job.user.email, job.link) == ("invitations", "casey@example.example", f"/surveys/{survey_id}")


def test_a_running_job_shows_its_state_in_words_and_a_bar_that_polls(app, login):
    with app.app_context():
        survey_id = _survey()
        job_id = _job("invitations", "Invitations for Q4 NPS", f"/surveys/{survey_id}", state="running", done=40,
                      total=100)
    page = login("csm").get(f"/surveys/{survey_id}").get_data(as_text=True)
    assert "Running" in page and "40 of 100" in page and 'value="40"' in page
    assert f'data-job-url="/jobs/{job_id}.json" data-job-running' in page and "jobs.js" in page
    assert ">Refresh</a>" in page and 'href="/jobs/"' in page


def test_a_job_that_ended_over_a_day_ago_is_no_longer_shown_on_its_page(app, login):
    with app.app_context():
        survey_id = _survey()
        _job("invitations", "Invitations for Q4 NPS", f"/surveys/{survey_id}", state="succeeded",
             outcome="1 sent, 0 failed, 0 skipped", finished_at=utcnow() - timedelta(days=1, minutes=1))
    staff = login("csm")
    assert "Invitations for Q4 NPS" not in staff.get(f"/surveys/{survey_id}").get_data(as_text=True)
    assert "Invitations for Q4 NPS" in staff.get("/jobs/").get_data(as_text=True)


def test_a_failed_job_says_why_in_words_without_the_error_class(app, login, client):
    with app.app_context():
        survey_id = _survey()
        _job("reminders", "Reminders for Q4 NPS", f"/surveys/{survey_id}", state="failed",
             error="ConnectionRefusedError: [Errno 111] Connection refused")
    page = login("csm").get(f"/surveys/{survey_id}").get_data(as_text=True)
    assert "Failed" in page and "[Errno 111] Connection refused" in page and "ConnectionRefusedError" not in page
    client.post("/logout")
    jobs = login("admin", "root@example.example").get("/jobs/").get_data(as_text=True)
    assert "[Errno 111] Connection refused" in jobs and "ConnectionRefusedError" not in jobs


def test_each_role_sees_the_jobs_of_its_work_and_its_own(app, login, client):
    with app.app_context():
        make_user("interviewer", "ivy@example.example")
        invitations = _job("invitations", "Invitations for Q4 NPS", "/surveys/1", state="succeeded",
                           outcome="12 sent, 0 failed, 0 skipped")
        notices = _job("shipped-notices", "Shipped e-mail for Jira sync", state="running", done=1, total=3)
        ivy_import = _job("import", "Interviews from notes.csv", user_email="ivy@example.example")
        reports = _job("report-deliveries", "Scheduled reports")
    assert client.get("/jobs/").status_code == 302, "sign in first"
    assert client.get(f"/jobs/{invitations}.json").status_code == 302

    csm = login("csm").get("/jobs/").get_data(as_text=True)
    assert "Invitations for Q4 NPS" in csm and "12 sent, 0 failed, 0 skipped" in csm and 'href="/surveys/1"' in csm
    assert "Jira sync" in csm, "a CSM may e-mail about shipped items too"
    assert "notes.csv" not in csm and "Scheduled reports" not in csm
    assert "Schedule or command line" in csm and "Done" in csm
    assert client.get(f"/jobs/{invitations}.json").get_json()["outcome"] == "12 sent, 0 failed, 0 skipped"
    assert client.get(f"/jobs/{ivy_import}.json").status_code == 404, "another user's job of other work"

    client.post("/logout")
    product = login("product").get("/jobs/").get_data(as_text=True)
    assert "Shipped e-mail for Jira sync" in product and "1 of 3" in product and "Q4 NPS" not in product
    assert client.get(f"/jobs/{invitations}.json").status_code == 404
    state = client.get(f"/jobs/{notices}.json")
    assert state.get_json() | {"created_at": None} == {
        "id": notices, "kind": "shipped-notices", "title": "Shipped e-mail for Jira sync", "state": "running",
        "done": 1, "total": 3, "percent": 33, "outcome": None, "error": None, "attempts": 0, "link": None,
        "created_at": None, "finished_at": None}
    assert state.headers["Cache-Control"] == "no-store"

    client.post("/logout")
    client.post("/login", data={"email": "ivy@example.example", "password": "correct horse battery"})
    ivy = client.get("/jobs/").get_data(as_text=True)
    assert "notes.csv" in ivy and "Q4 NPS" not in ivy and "Jira sync" not in ivy
    assert client.get(f"/jobs/{ivy_import}.json").status_code == 200

    client.post("/logout")
    admin = login("admin", "root@example.example").get("/jobs/").get_data(as_text=True)
    assert all(title in admin for title in ("Q4 NPS", "Jira sync", "notes.csv", "Scheduled reports"))
    assert 'aria-label="Admin"' in admin and ">Jobs</a>" in admin, "under the admin tabs"
    assert client.get(f"/jobs/{reports}.json").status_code == 200
    assert client.get("/jobs/99999.json").status_code == 404


def test_an_import_job_is_seen_by_the_roles_that_may_import_that_file(app, login, client):
    with app.app_context():
        make_user("csm", "starter@example.example")
        _job("import-accounts", "Import of accounts from big.csv", user_email="starter@example.example")
        _job("import-interviews", "Import of interviews from calls.csv", user_email="starter@example.example")
    csm = login("csm", "other-csm@example.example").get("/jobs/").get_data(as_text=True)
    assert "Import of accounts from big.csv" in csm and "Import of interviews" not in csm
    client.post("/logout")
    interviewer = login("interviewer").get("/jobs/").get_data(as_text=True)
    assert "Import of interviews from calls.csv" in interviewer and "Import of accounts" not in interviewer
