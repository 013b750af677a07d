"""Results through the API (bearer token) and the command line: the JSON contract and the exports."""
import csv
import json

import pytest

from test_results import portfolio  # noqa: F401  (the fixture)
from test_results import add_survey
from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.models import ApiToken

CONTRACT = {"n", "nps", "margin", "arr_weighted_nps", "promoters", "passives", "detractors"}


@pytest.fixture
def token(ctx):
    api_token, secret = ApiToken.issue("reports")
    db.session.add(api_token)
    db.session.commit()
    return {"Authorization": f"Bearer {secret}"}


def test_the_api_gives_a_surveys_results(client, token, portfolio):  # noqa: F811
    survey_id = portfolio["survey"].id
    assert client.get(f"/api/v1/surveys/{survey_id}/results").status_code == 401
    data = client.get(f"/api/v1/surveys/{survey_id}/results", headers=token).json
    assert CONTRACT <= set(data)
    assert (data["n"], data["nps"], data["promoters"], data["passives"], data["detractors"]) == (6, 0.0, 33.3, 33.3, 33.3)
    assert data["margin"] == 65.3 and data["low_n"] is True and data["response_rate"] == 87.5
    assert data["survey"]["name"] == "NPS Q1"
    missing = client.get("/api/v1/surveys/999/results", headers=token)
    assert missing.status_code == 404 and "no survey" in missing.json["detail"]


def test_the_api_lists_answers_and_insights(client, token, portfolio):  # noqa: F811
    answers = client.get(f"/api/v1/surveys/{portfolio['survey'].id}/answers", headers=token).json
    assert answers["total"] == 7 and {"score", "comment", "account_external_id"} <= set(answers["items"][0])
    insights = client.get("/api/v1/insights/nps?stage=adoption", headers=token).json
    assert insights["n"] == 6 and CONTRACT <= set(insights)
    assert [segment["label"] for segment in insights["by"]["tier"]] == ["Tier 1", "Tier 3"]
    assert insights["trend"][-1]["n"] == 6


def test_voc_survey_results_prints_the_json_contract(runner, portfolio):  # noqa: F811
    result = runner.invoke(voc, ["survey", "results", "nps q1", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert CONTRACT <= set(data) and data["n"] == 6 and data["nps"] == 0.0
    by_id = json.loads(runner.invoke(voc, ["survey", "results", str(portfolio["survey"].id), "--json"]).output)
    assert by_id == data


def test_voc_survey_results_prints_a_table(runner, portfolio):  # noqa: F811
    result = runner.invoke(voc, ["survey", "results", "NPS Q1"])
    assert result.exit_code == 0, result.output
    assert "NPS                0 ± 65   n = 6  (low n" in result.output
    assert "Response rate      88% (7 of 8)" in result.output
    assert "Skipped the score  1 (not in n)" in result.output


def test_an_unknown_or_ambiguous_survey_is_named(runner, ctx):
    add_survey("Twin")
    add_survey("Twin")
    result = runner.invoke(voc, ["survey", "results", "Nope"])
    assert result.exit_code != 0 and "no survey with the id or name 'Nope'" in result.output
    result = runner.invoke(voc, ["survey", "results", "twin"])
    assert result.exit_code != 0 and "2 surveys are named 'twin'" in result.output


def test_voc_survey_export_writes_csv_and_json(runner, portfolio, tmp_path):  # noqa: F811
    out = tmp_path / "answers.csv"
    result = runner.invoke(voc, ["survey", "export", "NPS Q1", "--format", "csv", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 7 and rows[0]["survey"] == "NPS Q1"
    assert sorted(row["score"] for row in rows) == ["", "0", "10", "3", "7", "8", "9"]
    out = tmp_path / "answers.json"
    assert runner.invoke(voc, ["survey", "export", "NPS Q1", "--format", "json", "--out", str(out)]).exit_code == 0
    items = json.loads(out.read_text())
    assert len(items) == 7 and items[0]["survey_id"] == portfolio["survey"].id
