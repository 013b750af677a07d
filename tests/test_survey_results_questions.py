"""Answers to extra questions: on the results page (a rating's and a choice's distribution, the texts), in the
CSV and JSON exports, the API and `voc survey results`; existing JSON keys kept."""
import csv
import io
import json

import pytest

from helpers import add_account, add_contact
from test_results import add_survey, answer
from test_results_api_cli import CONTRACT, token  # noqa: F401  (the fixture)
from vocapp.cli import voc
from vocapp.extensions import db

QUESTIONS = [{"id": "q1", "type": "rating", "text": "How easy is the reporting?"},
             {"id": "q2", "type": "choice", "text": "Main use?", "options": ["Pipeline", "Forecast"]},
             {"id": "q3", "type": "text", "text": "Anything else?"}]


def reply(survey, account, score, contact, answers):
    response = answer(survey, account, score, contact)
    response.answers = answers
    db.session.commit()
    return response


@pytest.fixture
def asked(ctx):
    account = add_account("A-1", "Acme", 10_000)
    survey = add_survey("Q3 NPS")
    survey.questions = QUESTIONS
    given = [(9, {"q1": 5, "q2": "Forecast", "q3": "<b>Love</b> the forecast"}),
             (7, {"q1": 3, "q2": "Forecast"}), (4, {"q1": 5, "q2": "Pipeline", "q3": "=cmd|' /C calc'!A0"}),
             (10, {})]
    for number, (score, answers) in enumerate(given):
        reply(survey, account, score, add_contact(account, f"c{number}@acme.example", f"C{number}"), answers)
    return survey.id


def test_the_results_page_shows_each_questions_answers(login, asked):
    page = login("csm").get(f"/surveys/{asked}/results").get_data(as_text=True)
    assert "Extra questions" in page
    assert "How easy is the reporting?" in page and "mean <strong>4.3</strong> of 5" in page
    assert "Answers by rating, 1 to 5" in page and "<title>5: 2</title>" in page  # two fives
    assert "Answers by option" in page and "<title>Forecast: 2" in page
    assert "&lt;b&gt;Love&lt;/b&gt; the forecast" in page and "<b>Love</b>" not in page
    assert '<small class="muted">Main use?</small> <strong>Pipeline</strong>' in page  # beside the answer, in the table


def test_the_csv_export_has_a_column_per_question_and_stays_formula_safe(login, asked):
    text = login("csm").get(f"/surveys/{asked}/results/answers.csv").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text)))
    assert list(rows[0])[-3:] == ["q1: How easy is the reporting?", "q2: Main use?", "q3: Anything else?"]
    by_score = {row["score"]: row for row in rows}
    assert (by_score["9"]["q1: How easy is the reporting?"], by_score["9"]["q2: Main use?"]) == ("5", "Forecast")
    assert by_score["4"]["q3: Anything else?"].startswith("'=cmd")
    assert by_score["10"]["q1: How easy is the reporting?"] == ""


def test_json_exports_and_the_api_carry_the_answers(login, client, token, asked):  # noqa: F811
    items = login("csm").get(f"/surveys/{asked}/results/answers.json").json["items"]
    nine = next(item for item in items if item["score"] == 9)
    assert nine["extra_answers"] == [{"id": "q1", "question": "How easy is the reporting?", "answer": 5},
                                     {"id": "q2", "question": "Main use?", "answer": "Forecast"},
                                     {"id": "q3", "question": "Anything else?", "answer": "<b>Love</b> the forecast"}]
    api = client.get(f"/api/v1/surveys/{asked}/answers", headers=token).json["items"]
    assert {item["score"]: item["extra_answers"][1]["answer"] for item in api}[4] == "Pipeline"
    results = client.get(f"/api/v1/surveys/{asked}/results", headers=token).json
    assert CONTRACT | {"invitations", "response_rate", "distribution", "survey"} <= set(results)
    rating, choice, text = results["questions"]
    assert rating == {"id": "q1", "type": "rating", "text": "How easy is the reporting?", "answered": 3,
                      "distribution": {"1": 0, "2": 0, "3": 1, "4": 0, "5": 2}, "mean": 4.33}
    assert choice["distribution"] == {"Pipeline": 1, "Forecast": 2} and choice["options"] == ["Pipeline", "Forecast"]
    assert (text["type"], text["answered"]) == ("text", 2)


def test_the_cli_prints_the_questions_in_json_and_as_text(runner, asked):
    as_json = json.loads(runner.invoke(voc, ["survey", "results", str(asked), "--json"]).output)
    assert CONTRACT <= set(as_json) and as_json["n"] == 4
    assert [q["answered"] for q in as_json["questions"]] == [3, 3, 2]
    text = runner.invoke(voc, ["survey", "results", str(asked)]).output
    assert "How easy is the reporting?  (3 answers)" in text and "mean 4.3" in text
    assert "Pipeline: 1, Forecast: 2" in text and "- <b>Love</b> the forecast" in text
    out = runner.invoke(voc, ["survey", "export", str(asked), "--format", "json"]).output
    assert json.loads(out)[0]["extra_answers"][0]["id"] == "q1"


def test_a_custom_survey_has_results_without_nps(login, app):
    with app.app_context():
        account = add_account()
        survey = add_survey("Onboarding check", kind="custom")
        survey.questions = QUESTIONS[:2]
        reply(survey, account, None, add_contact(account), {"q1": 2, "q2": "Pipeline"})
        survey_id = survey.id
    page = login("csm").get(f"/surveys/{survey_id}/results").get_data(as_text=True)
    assert "No scores yet" not in page and "NPS" not in page.split("<main", 1)[-1]
    assert "<title>Pipeline: 1" in page and "mean <strong>2.0</strong> of 5" in page
