"""Survey management on the web, untested before: editing a survey and the lock on its kind and model once it has
answers, sending and reminding by e-mail from the survey page, and the custom kind from creation to results."""
import re
from datetime import timedelta

from sqlalchemy import select

from helpers import add_account, add_contact
from test_results import add_survey, answer
from vocapp.extensions import db
from vocapp.models import EffectivenessModel, Invitation, InvitationEmail, Survey
from vocapp.models.base import utcnow
from vocapp.tasks.app import in_process
from vocapp.web.surveys import save_model

AUDIENCE = {"tier": "", "csm": "", "accounts": ""}  # what the browser posts: every field
FORM = {"kind": "nps", "name": "Q3 NPS", "journey_stage": "", "product_name": "Pipely", "ask_key_question": "y",
        "questions": "", "link_ttl_days": 30, "cooldown_days": 90, "reminder_after_days": 5,
        "effectiveness_model_id": 0}


def _model() -> EffectivenessModel:
    model = save_model(EffectivenessModel(name="CRM"), [{"name": n, "behaviours": [{"text": f"{n} 1"}]}
                                                        for n in ("A", "B", "C")])
    db.session.commit()
    return model


def test_editing_a_survey_saves_its_fields(app, login):
    with app.app_context():
        survey_id = add_survey("Q3 NPS", status="draft").id
    staff = login("csm")
    saved = staff.post(f"/surveys/{survey_id}/edit", data={**FORM, "name": "Q3 relationship NPS",
                                                           "journey_stage": "renewal", "cooldown_days": 30,
                                                           "questions": "text: Anything else?"})
    assert saved.status_code == 302
    with app.app_context():
        survey = db.session.get(Survey, survey_id)
        assert (survey.name, survey.journey_stage, survey.cooldown_days) == ("Q3 relationship NPS", "renewal", 30)
        assert survey.questions == [{"id": "q1", "type": "text", "text": "Anything else?"}]
    form = staff.get(f"/surveys/{survey_id}/edit").get_data(as_text=True)
    assert "text: Anything else?" in form and 'value="Q3 relationship NPS"' in form


def test_an_nps_survey_without_extra_questions_is_created_and_edited(app, login):
    staff = login("csm")
    created = staff.post("/surveys/new", data=FORM)
    assert created.status_code == 302, created.data
    edit_url = created.headers["Location"] + "/edit"
    form = staff.get(edit_url).get_data(as_text=True)
    assert "[]" not in form and "None" not in form  # no Python value shown in a field
    assert staff.post(edit_url, data={**FORM, "name": "Q3 NPS again"}).status_code == 302


def test_a_survey_with_answers_keeps_its_kind_and_model(app, login):
    with app.app_context():
        model, other = _model(), EffectivenessModel(name="Other")
        db.session.add(other)
        db.session.commit()
        nps = add_survey("Q3 NPS")
        answer(nps, add_account(), 9)
        effectiveness = add_survey("Review", kind="effectiveness", effectiveness_model_id=model.id)
        answer(effectiveness, None, None)
        ids = nps.id, effectiveness.id, model.id, other.id
    nps_id, effectiveness_id, model_id, other_id = ids
    staff = login("csm")
    refused = staff.post(f"/surveys/{nps_id}/edit", data={**FORM, "kind": "custom", "questions": "text: Why?"})
    assert refused.status_code == 200
    assert "This survey has answers: its kind and model stay as they are." in refused.get_data(as_text=True)
    moved = staff.post(f"/surveys/{effectiveness_id}/edit",
                       data={**FORM, "kind": "effectiveness", "name": "Review", "effectiveness_model_id": other_id})
    assert "its kind and model stay as they are" in moved.get_data(as_text=True)
    renamed = staff.post(f"/surveys/{effectiveness_id}/edit",
                         data={**FORM, "kind": "effectiveness", "name": "Review 2", "effectiveness_model_id": model_id})
    assert renamed.status_code == 302
    with app.app_context():
        assert db.session.get(Survey, nps_id).kind == "nps"
        review = db.session.get(Survey, effectiveness_id)
        assert (review.name, review.effectiveness_model_id) == ("Review 2", model_id)


def test_send_and_remind_from_the_survey_page(app, login, smtp):
    with app.app_context():
        acme = add_account("A-1", "Acme")
        add_contact(acme, "ana@acme.example", "Ana")
        add_contact(add_account("A-2", "Globex"), "cy@globex.example", "Cy")
        survey_id = add_survey("Q3 NPS", status="open").id
    staff = login("csm")
    detail = staff.get(f"/surveys/{survey_id}").get_data(as_text=True)
    assert "Send by e-mail" in detail and "Send reminders" in detail
    sent = staff.post(f"/surveys/{survey_id}/send", data={"tier": "", "csm": "", "accounts": "A-1"})
    assert sent.status_code == 302  # to the survey page, which shows the sending job's progress
    in_process(app).drain()
    assert [m["To"] for m in smtp.messages] == ["ana@acme.example"]
    with app.app_context():
        invitation = db.session.scalar(select(Invitation))
        assert invitation.sent_at is not None
        invitation.sent_at = utcnow() - timedelta(days=6)  # past the reminder delay
        db.session.commit()
    reminded = staff.post(f"/surveys/{survey_id}/remind")
    in_process(app).drain()
    assert reminded.status_code == 302 and len(smtp.messages) == 2
    assert smtp.messages[1]["Subject"].startswith("Reminder:")
    with app.app_context():
        assert [e.kind for e in db.session.scalars(select(InvitationEmail).order_by(InvitationEmail.id))] == [
            "invitation", "reminder"]
    unknown = staff.post(f"/surveys/{survey_id}/send", data={**AUDIENCE, "accounts": "NOPE"}, follow_redirects=True)
    assert "no account with external id &#39;NOPE&#39;" in unknown.get_data(as_text=True)
    assert len(smtp.messages) == 2


def test_sending_from_a_draft_survey_says_why_not(app, login, smtp):
    with app.app_context():
        add_contact(add_account(), "ana@acme.example")
        survey_id = add_survey("Q3 NPS", status="draft").id
    page = login("csm").post(f"/surveys/{survey_id}/send", data=AUDIENCE, follow_redirects=True).get_data(as_text=True)
    assert "Invitations not sent" in page and "open it before sending invitations" in page
    assert smtp.messages == []


def test_a_custom_survey_from_creation_to_its_results(app, login):
    with app.app_context():
        add_contact(add_account(), "ana@acme.example", "Ana")
    staff = login("csm")
    empty = staff.post("/surveys/new", data={**FORM, "kind": "custom", "name": "Onboarding check"})
    assert "A custom survey needs at least one question." in empty.get_data(as_text=True)
    created = staff.post("/surveys/new", data={**FORM, "kind": "custom", "name": "Onboarding check",
                                               "questions": "rating: How clear was the setup?\n"
                                                            "choice: Who set it up? | Us | Your team"})
    assert created.status_code == 302
    survey_id = int(created.headers["Location"].rsplit("/", 1)[1])
    staff.post(f"/surveys/{survey_id}/status", data={"status": "open"})
    page = staff.post(f"/surveys/{survey_id}/links", data=AUDIENCE).get_data(as_text=True)
    url = re.search(r"http://voc.test(/s/[A-Za-z0-9_-]+)", page).group(1)
    customer = app.test_client()
    form = customer.get(url).get_data(as_text=True)
    assert "How clear was the setup?" in form and "How likely is it" not in form
    done = customer.post(url, data={"q1": "4", "q2": "Your team"})
    assert done.status_code in (302, 303), done.data
    results = staff.get(f"/surveys/{survey_id}/results").get_data(as_text=True)
    assert "No scores yet" not in results and "mean <strong>4.0</strong> of 5" in results
    assert "<title>Your team: 1" in results
