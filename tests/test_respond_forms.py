"""Every field of the customer's page goes through WTForms: a look-alike digit or an unknown value gets a clear
message naming the question, never a server error, and nothing is saved."""
import pytest
from sqlalchemy import select

from surveys.effectiveness import DEFAULT_CRM_MODEL
from test_respond import make_link, responses
from vocapp.extensions import db
from vocapp.models import EffectivenessModel, Response
from vocapp.web.surveys import save_model

EXTRA = [{"id": "q1", "type": "rating", "text": "How easy was the setup?"},
         {"id": "q2", "type": "choice", "text": "Which module do you use most?", "options": ["Pipeline", "Reports"]},
         {"id": "q3", "type": "text", "text": "Anything else?"}]


@pytest.mark.parametrize("rating", ["²", "٣", "3.0", "0", "6", " 3"])
def test_a_rating_that_only_looks_like_a_number_is_refused_with_a_message(ctx, client, rating):
    path, _ = make_link(questions=EXTRA)
    client.post(path, data={"score": "8"})
    page = client.post(path + "/more", data={"q1": rating, "reason": "fine"})
    assert page.status_code == 400
    body = page.get_data(as_text=True)
    assert "Choose a rating from 1 to 5." in body and "How easy was the setup?" in body
    assert responses()[0].comment is None  # nothing of the step is saved


@pytest.mark.parametrize("score", ["²", "١٠", "7.0", " 7", "10 "])
def test_a_score_that_only_looks_like_a_number_is_refused(ctx, client, score):
    path, _ = make_link()
    for accept in ("text/html", "application/json"):
        page = client.post(path, data={"score": score}, headers={"Accept": accept})
        assert page.status_code == 400
        assert "Please choose a score from 0 to 10." in page.get_data(as_text=True)
    assert responses() == []


def test_the_key_question_takes_one_of_its_three_answers(ctx, client):
    path, _ = make_link()
    client.post(path, data={"score": "5"})
    page = client.post(path + "/more", data={"key_question": "essential²"})
    assert page.status_code == 400
    assert "Choose one of the three answers, or leave it empty." in page.get_data(as_text=True)
    assert client.post(path + "/more", data={"key_question": ""}).status_code == 303
    assert client.post(path + "/more", data={"key_question": "nice_to_have"}).status_code == 303
    assert responses()[0].key_question == "nice_to_have"


def test_good_extra_answers_are_stored_as_typed_values(ctx, client):
    path, _ = make_link(questions=EXTRA)
    client.post(path, data={"score": "8"})
    bad = client.post(path + "/more", data={"q1": "4", "q2": "Mobile"})
    assert bad.status_code == 400 and "Choose one of the options." in bad.get_data(as_text=True)
    assert 'value="4" checked' in bad.get_data(as_text=True)  # what the customer chose stays chosen
    assert client.post(path + "/more", data={"q1": "4", "q2": "Reports", "q3": "  Great  "}).status_code == 303
    assert responses()[0].answers == {"q1": 4, "q2": "Reports", "q3": "Great"}
    assert client.post(path + "/more", data={"q3": "x" * 2001}).status_code == 400


def test_a_behaviour_answered_with_anything_else_counts_as_unanswered(ctx, client):
    model = save_model(EffectivenessModel(name="CRM", threshold=0.7), DEFAULT_CRM_MODEL["phases"])
    db.session.commit()
    path, _ = make_link(kind="effectiveness", effectiveness_model_id=model.id)
    ids = [b.id for phase in model.phases for b in phase.behaviours]
    answers = {f"b{i}": "yes" for i in ids}
    answers[f"b{ids[0]}"] = "yes²"
    page = client.post(path, data=answers)
    assert page.status_code == 400 and "Please answer every statement (1 left)." in page.get_data(as_text=True)
    assert db.session.scalar(select(Response.id)) is None
