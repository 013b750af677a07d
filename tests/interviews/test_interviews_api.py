"""GET/POST /api/v1/interviews and GET /api/v1/interviews/summary: token auth, filters, the all-or-nothing
upsert with 422, and the summary's contract keys on the hand-computed fixture."""
import pytest
from sqlalchemy import func, select

from wlc_fixture import EXPECTED, FIXTURE_CSV, add_fixture_accounts
from vocapp.extensions import db
from vocapp.models import ApiToken, Interview


@pytest.fixture
def token(ctx):
    api_token, secret = ApiToken.issue("crm sync")
    db.session.add(api_token)
    db.session.commit()
    return {"Authorization": f"Bearer {secret}"}


def _rows():
    header, *lines = FIXTURE_CSV.strip().splitlines()
    import csv
    return [dict(zip(header.split(","), cells)) for cells in csv.reader(lines)]


def test_the_api_needs_a_token(client):
    for url in ("/api/v1/interviews", "/api/v1/interviews/summary"):
        assert client.get(url).status_code == 401
    assert client.post("/api/v1/interviews", json=[]).status_code == 401


def test_upsert_list_and_summary(client, token):
    add_fixture_accounts()
    created = client.post("/api/v1/interviews", json={"items": _rows()}, headers=token)
    assert created.status_code == 200, created.json
    assert created.json == {"created": 7, "updated": 0}
    assert client.post("/api/v1/interviews", json=_rows(), headers=token).json == {"created": 0, "updated": 7}

    listed = client.get("/api/v1/interviews?outcome=loss", headers=token).json
    assert listed["total"] == 2
    first = listed["items"][0]
    assert (first["account_external_id"], first["outcome"], first["chosen_competitor"]) == ("A2", "loss", "Pipedrive")
    assert first["primary_reason"] == "Price / value: Too expensive"
    assert first["rep_reason"] == "Product gaps: Missing feature" and first["decision_maker"] is True
    d1 = client.get("/api/v1/interviews?deal_id=D1", headers=token).json
    assert [item["contact_email"] for item in d1["items"]] == ["ana@a1.example", "bob@a1.example"]
    assert client.get("/api/v1/interviews?since=2026-10-01", headers=token).json["total"] == 2
    assert client.get("/api/v1/interviews?outcome=won", headers=token).status_code == 400
    assert client.get("/api/v1/interviews?since=October", headers=token).status_code == 400

    summary = client.get("/api/v1/interviews/summary", headers=token).json
    assert {key: summary[key] for key in EXPECTED} == EXPECTED
    q4 = client.get("/api/v1/interviews/summary?since=2026-10-01&until=2026-12-31", headers=token).json
    assert (q4["deals"], q4["by_outcome"]["downgrade"]["arr"]) == (2, 10000)
    assert client.get("/api/v1/interviews/summary?since=2026-12-01&until=2026-01-01", headers=token).status_code == 400


def test_a_bad_upsert_is_refused_whole_with_422(client, token):
    add_fixture_accounts()
    body = [{"account_external_id": "A1", "date": "2026-05-01", "outcome": "win"},
            {"account_external_id": "A1", "date": "2026-05-02", "outcome": "win", "chosen_competitor": "Pipedrive"},
            {"account_external_id": "A9", "date": "2026-05-03", "outcome": "loss",
             "primary_reason": "Price / value: Free"},
            {"account_external_id": "A1", "date": "2026-05-04", "outcome": "churn", "competitors": ["a", "b"]}]
    response = client.post("/api/v1/interviews", json=body, headers=token)
    assert response.status_code == 422
    errors = {(e["index"], e["field"]) for e in response.json["errors"]}
    assert errors == {(3, "competitors")}   # a list is refused before the rows are read
    body[3]["competitors"] = "a; b"
    response = client.post("/api/v1/interviews", json=body, headers=token)
    assert response.status_code == 422
    errors = {(e["index"], e["field"]) for e in response.json["errors"]}
    assert errors == {(1, "chosen_competitor"), (2, "account_external_id"), (2, "primary_reason")}
    assert db.session.scalar(select(func.count(Interview.id))) == 0
    added = client.post("/api/v1/interviews?add_reasons=1", json=body[:1] + body[2:3] + body[3:], headers=token)
    assert added.status_code == 422   # A9 is still unknown
    body[2]["account_external_id"] = "A2"
    added = client.post("/api/v1/interviews?add_reasons=1", json=[body[0], body[2], body[3]], headers=token)
    assert added.json == {"created": 3, "updated": 0}
