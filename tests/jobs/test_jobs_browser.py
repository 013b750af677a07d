"""The progress bar in a real browser (headless Chromium): it follows the job as its row changes and reloads the
page once the job has finished. VOC_SHOTS=<folder> keeps the screenshots."""
import os
from pathlib import Path

from sqlalchemy import update

from tests.conftest import make_user
from tests.helpers import add_account, add_contact, sign_in
from vocapp.extensions import db
from vocapp.models import Job, Survey


def test_the_bar_follows_a_running_job_and_the_page_reloads_when_it_is_done(app, live_server, browser, tmp_path):
    shots = Path(os.environ.get("VOC_SHOTS") or tmp_path)
    with app.app_context():
        casey = make_user("csm", "casey@example.example")
        add_contact(add_account("A-1", "Acme Logistics"), "ana@acme.example", "Ana")
        survey = Survey(kind="nps", name="Q4 NPS", status="open", product_name="Pipely")
        db.session.add(survey)
        db.session.commit()
        job = Job(kind="invitations", title="Invitations for Q4 NPS", link=f"/surveys/{survey.id}", user_id=casey.id,
                  state="running", done=120, total=500, attempts=1)
        db.session.add_all([job, Job(kind="reminders", title="Reminders for Q3 NPS", state="failed", attempts=6,
                                     error="ConnectionRefusedError: [Errno 111] Connection refused"),
                            Job(kind="invitations", title="Invitations for Q3 NPS", state="succeeded", done=480,
                                total=480, attempts=2, outcome="478 sent, 2 failed, 0 skipped\n"
                                "failed bo@bolt.example: SMTPRecipientsRefused: mailbox unavailable")])
        db.session.commit()
        survey_id, job_id = survey.id, job.id

    def set_job(**values):
        with app.app_context():
            db.session.execute(update(Job).where(Job.id == job_id).values(**values))
            db.session.commit()

    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        sign_in(page, live_server, "casey@example.example")
        page.goto(f"{live_server}/surveys/{survey_id}")
        bar = page.locator(".job-progress progress")
        assert bar.get_attribute("value") == "24" and page.get_by_text("120 of 500").is_visible()
        set_job(done=350)
        page.wait_for_selector("text=350 of 500", timeout=10_000)  # (the page's CSP allows no eval for a predicate)
        assert bar.get_attribute("value") == "70"
        page.screenshot(path=str(shots / "survey-running-job.png"), full_page=True)

        set_job(state="succeeded", done=500, outcome="500 sent, 0 failed, 0 skipped")
        page.wait_for_selector(".job-progress.job-succeeded", timeout=10_000)  # after the reload
        assert page.get_by_text("500 sent, 0 failed, 0 skipped").is_visible()
        page.screenshot(path=str(shots / "survey-job-done.png"))
        page.goto(f"{live_server}/jobs/")
        assert page.get_by_role("cell", name="Invitations for Q4 NPS").is_visible()
        page.screenshot(path=str(shots / "jobs.png"), full_page=True)
        page.set_viewport_size({"width": 390, "height": 844})
        page.screenshot(path=str(shots / "jobs-phone.png"), full_page=True)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the jobs page scrolls sideways on a phone ({width}px)"
    finally:
        page.close()
