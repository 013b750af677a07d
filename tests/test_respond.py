"""The customer's page behind a personal link: no login, one response per link, clear dead-link pages."""
from datetime import timedelta

import pytest
from sqlalchemy import select

from helpers import add_account, add_contact
from surveys.effectiveness import DEFAULT_CRM_MODEL
from vocapp import followups
from vocapp.distribution import Audience, issue_links
from vocapp.extensions import db
from vocapp.models import EffectivenessModel, Invitation, Response, Survey
from vocapp.models.base import utcnow
from vocapp.web.surveys import save_model


def make_link(kind="nps", status="open", anonymous=False, **fields) -> tuple[str, int]:
    """A survey with one contact's link: returns the link's path and the survey's id."""
    account = add_account("A-1", "Secret Account Name", 10_000)
    add_contact(account, "ana@acme.example", "Anastasia Private")
    survey = Survey(kind=kind, name="Survey", status=status, anonymous=anonymous, product_name="Pipely", **fields)
    db.session.add(survey)
    db.session.commit()
    link = issue_links(survey, "http://voc.test", Audience()).links[0]
    db.session.commit()
    return link.url.removeprefix("http://voc.test"), survey.id


def responses() -> list[Response]:
    db.session.expire_all()
    return db.session.scalars(select(Response)).all()


def test_the_score_page_is_an_accessible_radio_group_without_a_login(ctx, client):
    path, _ = make_link()
    page = client.get(path)
    body = page.get_data(as_text=True)
    assert page.status_code == 200
    assert "<fieldset" in body and '<legend class="r-question">How likely is it that you would recommend Pipely' in body
    for n in range(11):
        assert f'<input type="radio" name="score" id="score-{n}" value="{n}"' in body
        assert f'<label for="score-{n}">{n}' in body
    assert "Not at all likely" in body and "Extremely likely" in body
    assert "Secret Account Name" not in body and "Anastasia" not in body
    assert page.headers["Cache-Control"] == "no-store" and page.headers["Referrer-Policy"] == "no-referrer"
    assert "style=" not in body and "<script>" not in body
    assert db.session.scalar(select(Invitation.opened_at)) is not None


def test_answering_again_updates_the_same_response(ctx, client):
    path, _ = make_link()
    client.post(path, data={"score": "4"})
    client.post(path + "/more", data={"reason": "Slow support", "key_question": "nice_to_have"})
    client.post(path, data={"score": "8"})
    client.post(path + "/more", data={"reason": "Better since the fix", "key_question": "essential"})
    [response] = responses()
    assert (response.score, response.comment, response.key_question) == (8, "Better since the fix", "essential")
    assert response.invitation_id and response.contact_id
    assert db.session.scalar(select(Invitation.answered_at)) is not None


def test_the_score_counts_before_the_comment_and_the_script_can_save_it_alone(ctx, client):
    path, _ = make_link()
    saved = client.post(path, data={"score": "10"}, headers={"Accept": "application/json"})
    assert saved.status_code == 200 and saved.json == {"saved": True, "score": 10}
    [response] = responses()
    assert response.score == 10 and response.comment is None
    assert "your score of <strong>10</strong> is saved" in client.get(path + "/more").get_data(as_text=True)


def test_the_comment_step_needs_a_score_first(ctx, client):
    path, _ = make_link()
    assert client.get(path + "/more").headers["Location"].endswith(path)


@pytest.mark.parametrize("score", ["", "11", "-1", "seven"])
def test_a_bad_score_is_refused_with_a_message(ctx, client, score):
    path, _ = make_link()
    page = client.post(path, data={"score": score})
    assert page.status_code == 400
    assert 'role="alert"' in page.get_data(as_text=True)
    assert responses() == []


def test_comments_keep_any_language_and_emoji_and_are_limited_in_length(ctx, client):
    path, _ = make_link()
    client.post(path, data={"score": "6"})
    long = client.post(path + "/more", data={"reason": "x" * 2001})
    assert long.status_code == 400
    assert "Please keep your answer under 2,000 characters (you wrote 2,001)." in long.get_data(as_text=True)
    assert responses()[0].comment is None
    text = "Le support est lent 😕 — サポートが遅い <b>really</b>"
    client.post(path + "/more", data={"reason": f"  {text}\n"})
    assert responses()[0].comment == text
    page = client.get(path + "/more").get_data(as_text=True)
    assert "&lt;b&gt;really&lt;/b&gt;" in page and "<b>really</b>" not in page


def test_an_anonymous_survey_stores_no_contact(ctx, client):
    path, _ = make_link(anonymous=True)
    client.post(path, data={"score": "7"})
    client.post(path, data={"score": "9"})
    [response] = responses()
    assert (response.score, response.contact_id, response.invitation_id) == (9, None, None)
    assert response.account_id is not None
    invitation = db.session.scalar(select(Invitation))
    assert response.link_key not in (invitation.token_hash, str(invitation.id))


def test_an_anonymous_link_key_needs_the_app_secret(ctx, client, monkeypatch):
    """Whoever holds the database alone cannot recompute the key of an answer from an invitation: the same
    link answered under another secret stores another key (a plain hash of the invitation would not change)."""
    path, _ = make_link(anonymous=True)
    client.post(path, data={"score": "7"})
    [first] = responses()
    first_key = first.link_key
    db.session.delete(first)
    db.session.commit()
    monkeypatch.setitem(ctx.config, "SECRET_KEY", "another-secret-key")
    client.post(path, data={"score": "8"})
    [second] = responses()
    assert second.score == 8 and second.link_key and first_key
    assert second.link_key != first_key


def test_unknown_revoked_expired_closed_and_draft_links(ctx, client):
    assert client.get("/s/not-a-token").status_code == 404
    assert client.get("/s/" + "A" * 43).status_code == 404
    path, survey_id = make_link()
    invitation = db.session.scalar(select(Invitation))
    cases = [(lambda: setattr(invitation, "revoked_at", utcnow()), 410, "no longer active"),
             (lambda: setattr(invitation, "expires_at", utcnow() - timedelta(seconds=1)), 410, "has expired"),
             (lambda: setattr(invitation.survey, "status", "closed"), 410, "has closed"),
             (lambda: setattr(invitation.survey, "status", "draft"), 404, "not open yet")]
    for change, code, words in cases:
        invitation.revoked_at, invitation.expires_at = None, utcnow() + timedelta(days=1)
        invitation.survey.status = "open"
        change()
        db.session.commit()
        for response in (client.get(path), client.post(path, data={"score": "5"}), client.get(path + "/more")):
            body = response.get_data(as_text=True)
            assert response.status_code == code and words in body, (words, response.status_code)
            assert "Secret Account Name" not in body and "ana@acme.example" not in body
    assert responses() == []


def test_each_save_is_handed_to_the_follow_ups(ctx, client, monkeypatch):
    seen = []
    monkeypatch.setattr(followups, "on_response_saved", lambda response: seen.append(response.score))
    path, _ = make_link()
    client.post(path, data={"score": "2"})
    client.post(path + "/more", data={"reason": "Too expensive"})
    assert seen == [2, 2]


def test_a_failing_follow_up_does_not_lose_the_answer(ctx, client, monkeypatch):
    def broken(_response):
        raise RuntimeError("boom")
    monkeypatch.setattr(followups, "on_response_saved", broken)
    path, _ = make_link()
    assert client.post(path, data={"score": "2"}).status_code == 303
    assert responses()[0].score == 2


def test_extra_questions_are_checked(ctx, client):
    path, _ = make_link(questions=[{"id": "q1", "type": "rating", "text": "Setup?"},
                                   {"id": "q2", "type": "choice", "text": "Use?", "options": ["A", "B"]}])
    client.post(path, data={"score": "8"})
    page = client.post(path + "/more", data={"q1": "9", "q2": "C"})
    assert page.status_code == 400
    body = page.get_data(as_text=True)
    assert "Choose a rating from 1 to 5." in body and "Choose one of the options." in body


def test_the_effectiveness_survey_scores_the_phase(ctx, client):
    model = save_model(EffectivenessModel(name="CRM", threshold=0.7), DEFAULT_CRM_MODEL["phases"])
    db.session.commit()
    path, _ = make_link(kind="effectiveness", effectiveness_model_id=model.id)
    page = client.get(path).get_data(as_text=True)
    behaviours = [b for phase in model.phases for b in phase.behaviours]
    assert page.count("<fieldset") == len(behaviours) == 15
    assert "maturity" not in page.lower()
    answers = {}
    for phase in model.phases:  # phases 1 and 2 hold, 3 mostly not, 4 would hold but is above a gap
        for number, behaviour in enumerate(phase.behaviours):
            answers[f"b{behaviour.id}"] = {1: "yes", 2: "partly" if number == 0 else "yes", 3: "no",
                                           4: "yes", 5: "no"}[phase.position]
    incomplete = client.post(path, data=dict(list(answers.items())[:-2]))
    assert incomplete.status_code == 400 and "Please answer every statement (2 left)." in incomplete.get_data(as_text=True)
    assert client.post(path, data=answers).status_code == 303
    [response] = responses()
    assert response.effectiveness_phase == 2
    assert response.answers[str(behaviours[0].id)] == "yes"
