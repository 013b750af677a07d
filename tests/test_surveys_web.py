"""The staff's side: create a survey on the web, generate links, answer through them, see the count."""
import csv
import io
import re

from sqlalchemy import select

from helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.models import Invitation, Response, Survey
from vocapp.models import EffectivenessModel


def _path(url: str) -> str:
    assert url.startswith("http://voc.test/s/"), url
    return url.removeprefix("http://voc.test")


def test_the_whole_flow_create_links_answer_and_count(app, login):
    with app.app_context():
        acme = add_account("A-1", "Acme", 50_000)
        add_contact(acme, "ana@acme.example", "Ana")
        add_contact(acme, "ben@acme.example", "Ben")
        add_contact(add_account("A-2", "Globex", 9_000), "cy@globex.example", "Cy")
    staff = login("csm")
    created = staff.post("/surveys/new", data={
        "kind": "nps", "name": "Q3 relationship NPS", "journey_stage": "adoption", "product_name": "Pipely CRM",
        "ask_key_question": "y", "questions": "rating: How easy is the reporting?\nchoice: Main use? | Pipeline | Forecast",
        "link_ttl_days": 30, "cooldown_days": 90, "reminder_after_days": 5, "effectiveness_model_id": 0})
    assert created.status_code == 302, created.data
    survey_id = int(created.headers["Location"].rsplit("/", 1)[1])
    assert staff.post(f"/surveys/{survey_id}/status", data={"status": "open"}).status_code == 302

    page = staff.post(f"/surveys/{survey_id}/links", data={"tier": "", "csm": "", "accounts": "A-1"})
    assert page.status_code == 200
    text = re.search(r'<textarea name="csv"[^>]*>(.*?)</textarea>', page.get_data(as_text=True), re.S).group(1)
    download = staff.post(f"/surveys/{survey_id}/links.csv", data={"csv": text.replace("&#34;", '"')})
    assert download.headers["Content-Disposition"].startswith("attachment")
    rows = list(csv.DictReader(io.StringIO(download.get_data(as_text=True))))
    assert [(r["contact_email"], r["account"]) for r in rows] == [("ana@acme.example", "Acme"),
                                                                  ("ben@acme.example", "Acme")]

    customer = app.test_client()
    ana = _path(rows[0]["url"])
    assert "How likely is it that you would recommend Pipely CRM" in customer.get(ana).get_data(as_text=True)
    assert customer.post(ana, data={"score": "9"}).headers["Location"].endswith(ana + "/more")
    done = customer.post(ana + "/more", data={"reason": "Forecasts are finally trusted 👍",
                                              "key_question": "essential", "q1": "4", "q2": "Forecast"})
    assert done.status_code == 303 and done.headers["Location"].endswith("/thanks")
    customer.post(_path(rows[1]["url"]), data={"score": "3"})

    with app.app_context():
        answers = db.session.scalars(select(Response).order_by(Response.score.desc())).all()
        assert [(r.score, r.comment, r.key_question, r.answers, r.journey_stage) for r in answers] == [
            (9, "Forecasts are finally trusted 👍", "essential", {"q1": 4, "q2": "Forecast"}, "adoption"),
            (3, None, None, {}, "adoption")]
        assert answers[0].contact.email == "ana@acme.example"
    detail = staff.get(f"/surveys/{survey_id}").get_data(as_text=True)
    assert re.search(r'data-testid="responses">2<', detail)
    assert "100% of 2 invited" in detail
    listing = staff.get("/surveys/").get_data(as_text=True)
    assert "Q3 relationship NPS" in listing

    # The results: one promoter and one detractor of two answers is NPS 0, on a low n, with its follow-up case.
    results = staff.get(f"/surveys/{survey_id}/results").get_data(as_text=True)
    assert "n = 2" in results and "low n" in results and "Forecasts are finally trusted 👍" in results
    exported = staff.get(f"/surveys/{survey_id}/results/answers.json").json["items"]
    assert sorted(item["score"] for item in exported) == [3, 9]
    cases = staff.get("/cases").get_data(as_text=True)
    assert "Acme" in cases


def test_the_survey_form_names_bad_fields(login):
    staff = login("csm")
    page = staff.post("/surveys/new", data={"kind": "effectiveness", "name": "", "product_name": "X",
                                            "questions": "poll: what?", "link_ttl_days": 0, "cooldown_days": 90,
                                            "reminder_after_days": 5, "effectiveness_model_id": 0})
    body = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "An effectiveness survey needs a model." in body
    assert "line 1: start with rating:, choice: or text:" in body
    assert "This field is required." in body


def test_viewers_cannot_manage_and_interviewers_cannot_see(app, login, client):
    with app.app_context():
        db.session.add(Survey(kind="nps", name="S"))
        db.session.commit()
        survey_id = db.session.scalar(select(Survey.id))
    product = login("product")
    assert product.get(f"/surveys/{survey_id}").status_code == 200
    assert product.post(f"/surveys/{survey_id}/links", data={}).status_code == 403
    assert product.get("/surveys/new").status_code == 403
    client.post("/logout")
    interviewer = login("interviewer", "i@example.example")
    assert interviewer.get("/surveys/").status_code == 403


def test_revoking_a_link_from_the_survey_page_makes_it_gone(app, login):
    with app.app_context():
        add_contact(add_account(), "ana@acme.example")
        db.session.add(Survey(kind="nps", name="S", status="open"))
        db.session.commit()
        survey_id = db.session.scalar(select(Survey.id))
    staff = login("csm")
    text = staff.post(f"/surveys/{survey_id}/links", data={"tier": "", "csm": "", "accounts": ""}).get_data(as_text=True)
    url = re.search(r"http://voc.test(/s/[A-Za-z0-9_-]+)", text).group(1)
    with app.app_context():
        invitation_id = db.session.scalar(select(Invitation.id))
    assert staff.post(f"/surveys/{survey_id}/invitations/{invitation_id}/revoke").status_code == 302
    assert app.test_client().get(url).status_code == 410


def test_admins_edit_effectiveness_models_and_others_cannot(app, login, client):
    admin = login("admin")
    bad = admin.post("/surveys/models/new", data={"name": "M", "threshold": 0.7, "phases": "Only\n- one"})
    assert "a model has 3 to 5 phases; this one has 1" in bad.get_data(as_text=True)
    good = admin.post("/surveys/models/new", data={"name": "M", "threshold": 0.6,
                                                   "phases": "A\n- a1\n- a2 [Deals]\nB\n- b1\nC\n- c1\n"})
    assert good.status_code == 302
    with app.app_context():
        model = db.session.scalar(select(EffectivenessModel))
        assert [(p.name, [(b.text, b.feature) for b in p.behaviours]) for p in model.phases] == [
            ("A", [("a1", None), ("a2", "Deals")]), ("B", [("b1", None)]), ("C", [("c1", None)])]
    client.post("/logout")
    csm = login("csm", "c@example.example")
    assert csm.get("/surveys/models").status_code == 200
    assert csm.get("/surveys/models/new").status_code == 403


def test_statuses_read_as_words_on_the_survey_pages(app, login):
    """A status is a word for people ("Open", "Draft"), as account statuses and personas are, not a stored value."""
    with app.app_context():
        open_id = Survey(kind="nps", name="Renewal pulse", status="open", journey_stage="renewal")
        db.session.add_all([open_id, Survey(kind="nps", name="Next quarter", status="draft")])
        db.session.commit()
        open_id = open_id.id
    client = login("csm")
    for path, words in (("/surveys/", ("Open", "Draft")), (f"/surveys/{open_id}", ("Open",)),
                        (f"/surveys/{open_id}/results", ("Open", "Renewal"))):
        page = client.get(path).get_data(as_text=True)
        badges = re.findall(r'<span class="badge[^"]*">([^<]+)</span>', page)
        assert set(words) <= set(badges), (path, badges)
        assert not {"open", "draft", "renewal"} & set(badges), (path, badges)


def _fields(page: str) -> dict[str, str]:
    """The form's values as the browser would post them: inputs, checked boxes, selected options, textareas."""
    values = {}
    for tag in re.findall(r"<input[^>]*>", page):
        name, value = re.search(r'name="([^"]+)"', tag), re.search(r'value="([^"]*)"', tag)
        if name and ('type="checkbox"' not in tag or "checked" in tag):
            values[name.group(1)] = value.group(1) if value else ""
    for name, body in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = [re.search(r'value="([^"]*)"', tag).group(1) for tag in re.findall(r"<option[^>]*>", body)
                  if " selected" in tag]
        values[name] = chosen[0] if chosen else ""
    for name, body in re.findall(r'<textarea[^>]*name="([^"]+)"[^>]*>(.*?)</textarea>', page, re.S):
        values[name] = body.strip().replace("&#34;", '"').replace("&amp;", "&")
    return values


def test_copy_makes_a_new_draft_with_the_same_questions_and_settings_and_none_of_the_links(app, login):
    with app.app_context():
        old = Survey(kind="nps", name="Q3 relationship NPS", status="closed", journey_stage="renewal",
                     product_name="Pipely CRM", anonymous=True, ask_key_question=False, link_ttl_days=14,
                     cooldown_days=60, reminder_after_days=3,
                     questions=[{"id": "q1", "type": "rating", "text": "How easy is the reporting?"},
                                {"id": "q2", "type": "choice", "text": "Main use?",
                                 "options": ["Pipeline", "Forecast"]}])
        db.session.add(old)
        db.session.commit()
        old_id = old.id
    staff = login("csm")
    assert f'href="/surveys/new?copy={old_id}"' in staff.get(f"/surveys/{old_id}").get_data(as_text=True)
    form = staff.get(f"/surveys/new?copy={old_id}").get_data(as_text=True)
    assert "A new draft with the questions and settings of" in form
    values = _fields(form)
    assert values["name"] == "Q3 relationship NPS (copy)" and values["journey_stage"] == "renewal"
    assert values["questions"] == "rating: How easy is the reporting?\nchoice: Main use? | Pipeline | Forecast"
    values["name"] = "Q4 relationship NPS"
    created = staff.post(f"/surveys/new?copy={old_id}", data=values)
    assert created.status_code == 302, created.data
    with app.app_context():
        new = db.session.scalar(select(Survey).where(Survey.name == "Q4 relationship NPS"))
        assert (new.kind, new.status, new.journey_stage, new.product_name, new.anonymous, new.ask_key_question,
                new.link_ttl_days, new.cooldown_days, new.reminder_after_days) == (
            "nps", "draft", "renewal", "Pipely CRM", True, False, 14, 60, 3)
        assert [(q["type"], q["text"], q.get("options")) for q in new.questions] == [
            ("rating", "How easy is the reporting?", None), ("choice", "Main use?", ["Pipeline", "Forecast"])]
        assert new.opened_at is None and not new.invitations
        assert db.session.get(Survey, old_id).status == "closed", "the old survey is left as it was"
    assert staff.get("/surveys/new?copy=abc").status_code == 400


def test_voc_survey_copy_prints_the_new_draft_s_id(app, runner):
    from vocapp.cli import voc

    with app.app_context():
        old = Survey(kind="nps", name="Q3 pulse", status="open", journey_stage="adoption", questions=[])
        db.session.add(old)
        db.session.commit()
    result = runner.invoke(voc, ["survey", "copy", "Q3 pulse", "--name", "Q4 pulse"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        new = db.session.get(Survey, int(result.output.strip()))
        assert (new.name, new.status, new.journey_stage) == ("Q4 pulse", "draft", "adoption")
    result = runner.invoke(voc, ["survey", "copy", "Q3 pulse"])
    with app.app_context():
        assert db.session.get(Survey, int(result.output.strip())).name == "Q3 pulse (copy)"
    result = runner.invoke(voc, ["survey", "copy", "No such survey"])
    assert result.exit_code != 0 and "no survey with id or name 'No such survey'" in result.output
