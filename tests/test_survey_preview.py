"""Staff preview a survey's pages as its contacts will see them, step by step, and nothing is saved."""
import re

from sqlalchemy import func, select

from conftest import make_user
from helpers import sign_in
from surveys.effectiveness import DEFAULT_CRM_MODEL
from vocapp.extensions import db
from vocapp.models import EffectivenessModel, FollowUpCase, Response, Survey
from vocapp.web.surveys import save_model


def _survey(**fields) -> int:
    survey = Survey(kind="nps", name="Q4 <b>relationship</b>", status="draft", product_name="Pipely CRM",
                    ask_key_question=True, **fields)
    db.session.add(survey)
    db.session.commit()
    return survey.id


def test_the_nps_preview_walks_the_score_the_follow_up_and_the_thanks(app, login):
    client = login("csm")
    with app.app_context():
        survey_id = _survey()
    detail = client.get(f"/surveys/{survey_id}").get_data(as_text=True)
    assert f'href="/surveys/{survey_id}/preview"' in detail
    score = client.get(f"/surveys/{survey_id}/preview").get_data(as_text=True)
    assert "<strong>Preview</strong> of “Q4 &lt;b&gt;relationship&lt;/b&gt;”" in score
    assert f'method="get" action="/surveys/{survey_id}/preview/more"' in score
    assert "data-autosave" not in score and "How likely is it that you would recommend Pipely CRM" in score
    assert f'href="/surveys/{survey_id}"' in score  # back to the survey
    more = client.get(f"/surveys/{survey_id}/preview/more?score=4").get_data(as_text=True)
    assert "your score of <strong>4</strong> is saved" in more
    assert f'action="/surveys/{survey_id}/preview/thanks"' in more
    assert f'href="/surveys/{survey_id}/preview">Change it' in more
    assert "How would you describe Pipely CRM for your business today?" in more
    thanks = client.get(f"/surveys/{survey_id}/preview/thanks?reason=Slow").get_data(as_text=True)
    assert "Thank you!" in thanks
    assert client.get(f"/surveys/{survey_id}/preview/elsewhere").status_code == 404
    with app.app_context():
        assert db.session.scalar(select(func.count(Response.id))) == 0


def test_the_effectiveness_preview_lists_the_models_behaviours(app, login, ctx):
    client = login("product")
    model = save_model(EffectivenessModel(name="CRM", threshold=0.7), DEFAULT_CRM_MODEL["phases"])
    survey = Survey(kind="effectiveness", name="Effectiveness", status="open", product_name="Pipely CRM",
                    effectiveness_model_id=model.id)
    db.session.add(survey)
    db.session.commit()
    page = client.get(f"/surveys/{survey.id}/preview").get_data(as_text=True)
    first = DEFAULT_CRM_MODEL["phases"][0]
    assert first["name"] in page and first["behaviours"][0]["text"] in page
    assert f'action="/surveys/{survey.id}/preview/thanks"' in page
    assert client.get(f"/surveys/{survey.id}/preview/more").status_code == 404


def test_an_interviewer_may_not_preview_surveys(app, login):
    client = login("interviewer")
    with app.app_context():
        survey_id = _survey()
    assert client.get(f"/surveys/{survey_id}/preview").status_code == 403
    assert client.get(f"/surveys/{survey_id}/preview/email/invitation.html").status_code == 403


def test_a_csm_clicks_through_the_preview_in_chromium_and_nothing_is_saved(app, live_server, browser):
    with app.app_context():
        make_user("csm", "casey@example.com")
        survey_id = _survey()
    page = browser.new_page(viewport={"width": 390, "height": 844})
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    try:
        sign_in(page, live_server, "casey@example.com")
        page.goto(f"{live_server}/surveys/{survey_id}")
        page.get_by_role("link", name="Preview").click()
        page.wait_for_url(re.compile(r"/preview$"))
        box = page.locator("label[for=score-3]").bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        page.get_by_role("button", name="Next").click()
        page.wait_for_url(re.compile(r"/preview/more\?score=3$"))
        assert "your score of 3 is saved" in page.text_content(".r-given")
        page.locator("#reason").fill("Reports are slow")
        page.get_by_role("button", name="Send feedback").click()
        page.wait_for_url(re.compile(r"/preview/thanks"))
        assert page.text_content("h1") == "Thank you!"
        page.get_by_role("link", name="Its e-mails").click()
        page.wait_for_url(re.compile(r"/preview/email$"))
        frame = page.frame_locator("iframe[title='The invitation as HTML']")
        frame.get_by_role("link", name="Answer (0 to 10)").wait_for(timeout=5000)  # the frame is allowed and styled
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        page.go_back()
        page.get_by_role("link", name="Back to the survey").click()
        page.wait_for_url(f"{live_server}/surveys/{survey_id}")
        assert errors == []
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        page.close()
    with app.app_context():
        assert db.session.scalar(select(func.count(Response.id))) == 0
        assert db.session.scalar(select(func.count(FollowUpCase.id))) == 0


def test_the_preview_shows_the_invitation_and_the_reminder_without_the_staffs_survey_name(app, login):
    client = login("csm")
    with app.app_context():
        survey_id = _survey(reminder_after_days=4)
    bar = client.get(f"/surveys/{survey_id}/preview").get_data(as_text=True)
    assert f'href="/surveys/{survey_id}/preview/email">Its e-mails</a>' in bar
    page = client.get(f"/surveys/{survey_id}/preview/email").get_data(as_text=True)
    assert "<strong>Quick question about Pipely CRM</strong>" in page
    assert "<strong>Reminder: quick question about Pipely CRM</strong>" in page
    assert "Sent once, 4 days after the invitation, to those who have not answered." in page
    assert page.count("Hello Ana Lopez,") == 2 and "How likely is it that you would recommend Pipely CRM" in page
    emails = page.split("The invitation</h2>")[1]
    assert "relationship" not in emails, "the survey's name is the staff's"
    assert f'src="/surveys/{survey_id}/preview/email/reminder.html"' in page
    frame = client.get(f"/surveys/{survey_id}/preview/email/invitation.html")
    html = frame.get_data(as_text=True)
    assert frame.status_code == 200 and frame.mimetype == "text/html"
    assert frame.headers["X-Frame-Options"] == "SAMEORIGIN"
    policy = frame.headers["Content-Security-Policy"]
    assert "sandbox" in policy and "default-src 'none'" in policy and "script-src" not in policy
    assert "Answer (0 to 10)</a>" in html and "Hello Ana Lopez," in html
    assert 'width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;' in html  # a phone's width
    assert client.get(f"/surveys/{survey_id}/preview/email/other.html").status_code == 404
    with app.app_context():
        assert db.session.scalar(select(func.count(Response.id))) == 0
