"""Results: the NPS queries in SQL, the survey results page, the insights page and the answer exports."""
import csv
import io
import json
from datetime import date, datetime, timedelta
from itertools import count

import pytest
from sqlalchemy import delete, select

from conftest import make_user
from helpers import add_account, add_contact
from surveys.nps import Answer, nps
from vocapp.extensions import db
from vocapp.models import Invitation, Response, Survey
from vocapp.models.base import utcnow
from vocapp.queries.nps import (NpsFilter, account_nps, drifting_accounts, nps_by, nps_summary, nps_trend,
                                survey_results)

_links = count(1)


def add_survey(name: str = "NPS Q1", **fields) -> Survey:
    survey = Survey(kind=fields.pop("kind", "nps"), name=name, status=fields.pop("status", "open"), questions=[],
                    **fields)
    db.session.add(survey)
    db.session.commit()
    return survey


def answer(survey: Survey, account=None, score=None, contact=None, when=None, comment=None, **fields) -> Response:
    """A response as the public page would store it (a link, a link key), committed."""
    when = when or utcnow() - timedelta(days=1)
    response = Response(survey_id=survey.id, account_id=account.id if account else None,
                        contact_id=contact.id if contact else None, link_key=f"key-{next(_links)}",
                        score=score, comment=comment, submitted_at=when, created_at=when, updated_at=when,
                        answers={}, **fields)
    db.session.add(response)
    db.session.commit()
    return response


def invite(survey: Survey, contact, answered: bool = False) -> Invitation:
    invitation = Invitation(survey_id=survey.id, contact_id=contact.id, account_id=contact.account_id,
                            token_hash=f"hash-{next(_links)}".ljust(64, "0"), expires_at=utcnow() + timedelta(days=30),
                            answered_at=utcnow() if answered else None)
    db.session.add(invitation)
    db.session.commit()
    return invitation


@pytest.fixture
def portfolio(ctx):
    """Two accounts in different segments, answers to one survey, and a skipped score."""
    csm = make_user("csm", "maya@example.example")
    big = add_account("A-1", "Big Bank", 300_000, tier=1, industry="Banking", region="EMEA", csm_id=csm.id)
    small = add_account("A-2", "Small Shop", 100_000, tier=3, industry="Retail", region="APAC")
    survey = add_survey("NPS Q1", journey_stage="adoption")
    contacts = [add_contact(big, f"b{i}@big.example", f"B{i}") for i in range(4)]
    contacts += [add_contact(small, f"s{i}@small.example", f"S{i}") for i in range(3)]
    for contact, score in zip(contacts, (10, 9, 0, None, 7, 8, 3)):
        invite(survey, contact, answered=True)
        answer(survey, contact.account, score, contact)
    invite(survey, add_contact(small, "late@small.example", "Late"))
    return {"survey": survey, "big": big, "small": small, "csm": csm}


def test_survey_results_count_in_sql_as_the_pure_function_does(portfolio):
    results = survey_results(portfolio["survey"])
    expected = nps([Answer(10, 1, 300_000), Answer(9, 1, 300_000), Answer(0, 1, 300_000),
                    Answer(7, 2, 100_000), Answer(8, 2, 100_000), Answer(3, 2, 100_000)])
    assert results.result == expected
    assert results.result.n == 6, "the skipped score is not in n"
    assert (results.reach.invitations, results.reach.answered, results.reach.skipped_score) == (8, 7, 1)
    assert results.reach.response_rate == pytest.approx(87.5)
    data = results.to_dict()
    assert data["nps"] == 0.0 and data["n"] == 6 and data["response_rate"] == 87.5
    assert data["arr_weighted_nps"] == pytest.approx(round(expected.arr_weighted_nps, 1))


def test_nps_by_segment_and_account(portfolio):
    tiers = {segment.label: segment.result for segment in nps_by("tier")}
    assert list(tiers) == ["Tier 1", "Tier 3"]
    assert (tiers["Tier 1"].n, tiers["Tier 1"].nps) == (3, pytest.approx(100 / 3))
    assert (tiers["Tier 3"].n, tiers["Tier 3"].nps) == (3, pytest.approx(-100 / 3))
    assert {s.label: s.result.n for s in nps_by("industry")} == {"Banking": 3, "Retail": 3}
    assert {s.label: s.result.n for s in nps_by("csm")} == {"Csm Person": 3, "not set": 3}
    assert [s.label for s in nps_by("stage")] == ["Adoption"]
    assert account_nps(portfolio["big"].id).n == 3
    assert account_nps(portfolio["small"].id, since=date.today() + timedelta(days=1)).n == 0


def test_the_stage_of_a_response_overrides_its_surveys(portfolio):
    answer(portfolio["survey"], portfolio["big"], 10, journey_stage="renewal")
    assert {s.label: s.result.n for s in nps_by("stage")} == {"Adoption": 6, "Renewal": 1}
    assert nps_summary(NpsFilter(stage="renewal")).n == 1


def test_the_trend_is_by_month_with_gaps(ctx):
    account = add_account()
    survey = add_survey()
    answer(survey, account, 10, when=datetime(2026, 1, 15))
    answer(survey, account, 0, when=datetime(2026, 1, 31, 23, 59))
    answer(survey, account, 9, when=datetime(2026, 3, 1))
    trend = nps_trend()
    assert [month for month, _ in trend] == ["2026-01", "2026-02", "2026-03"]
    assert trend[0][1].nps == 0 and trend[1][1] is None and trend[2][1].nps == 100
    march = nps_trend(NpsFilter(since=date(2026, 2, 1)))
    assert [month for month, _ in march] == ["2026-03"]
    assert nps_summary(NpsFilter(until=date(2026, 1, 31))).n == 2, "the end date is inclusive"


def test_drifting_accounts_dropped_against_their_previous_period(ctx):
    survey = add_survey()
    today = date(2026, 6, 30)
    falling = add_account("A-1", "Falling", 50_000)
    steady = add_account("A-2", "Steady", 90_000)
    new = add_account("A-3", "New", 10_000)
    at = lambda days: datetime.combine(today, datetime.min.time()) - timedelta(days=days)  # noqa: E731
    for score, days in ((10, 120), (9, 100), (9, 30), (4, 10)):
        answer(survey, falling, score, when=at(days))
    for score, days in ((8, 120), (8, 10)):
        answer(survey, steady, score, when=at(days))
    answer(survey, new, 0, when=at(5))
    window, drifts = drifting_accounts(end=today)
    assert [drift.account.name for drift in drifts] == ["Falling"]
    drift = drifts[0]
    assert (drift.previous.nps, drift.current.nps, drift.change) == (100, 0, -100)
    assert (drift.previous_mean, drift.current_mean) == (9.5, 6.5)
    assert window.current_start == date(2026, 4, 2)


# --- pages ------------------------------------------------------------------------------------------
def test_the_survey_results_page_shows_n_margin_and_escaped_comments(login, app):
    with app.app_context():
        account = add_account()
        survey = add_survey("Q2 pulse")
        answer(survey, account, 3, comment="<script>alert(1)</script> too slow")
        answer(survey, account, 10, comment="Love it")
        survey_id = survey.id
    client = login("csm")
    page = client.get(f"/surveys/{survey_id}/results").get_data(as_text=True)
    assert "Q2 pulse" in page and "n = 2" in page and "± 139" in page and "low n" in page
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt; too slow" in page
    assert page.count("<svg") >= 3, "distribution, key question and segments"
    detractors = client.get(f"/surveys/{survey_id}/results?category=detractor").get_data(as_text=True)
    assert "too slow" in detractors and "Love it" not in detractors
    assert client.get(f"/surveys/{survey_id}/results?by=region").status_code == 200
    assert client.get("/surveys/999/results").status_code == 404


def test_an_empty_survey_has_an_empty_state(login, app):
    with app.app_context():
        survey_id = add_survey("Fresh").id
    page = login("product").get(f"/surveys/{survey_id}/results").get_data(as_text=True)
    assert "No scores yet" in page and "no answers yet" in page


def test_results_need_the_right_role(login, app):
    with app.app_context():
        survey_id = add_survey().id
    client = login("interviewer")
    assert client.get(f"/surveys/{survey_id}/results").status_code == 403
    assert client.get("/insights/nps").status_code == 403
    assert client.get("/cases").status_code == 403


def test_the_insights_page_filters_by_survey_and_dates(login, app, portfolio):
    other = add_survey("Old survey")
    answer(other, portfolio["big"], 2, when=datetime(2025, 1, 10), comment="old")
    survey_id, other_id = portfolio["survey"].id, other.id
    client = login("product")
    page = client.get("/insights/nps").get_data(as_text=True)
    assert "n = 7" in page and "NPS by month" in page and "Drifting accounts" in page
    assert '<nav class="nav"' in page and "Insights" in page
    page = client.get(f"/insights/nps?survey={other_id}").get_data(as_text=True)
    assert "n = 1" in page and "low n" in page
    page = client.get(f"/insights/nps?survey={survey_id}&by=csm").get_data(as_text=True)
    assert "n = 6" in page and "Csm Person" in page
    page = client.get("/insights/nps?since=2030-01-01").get_data(as_text=True)
    assert "No scores in this selection" in page
    assert client.get("/insights/nps?since=garbage&by=nonsense").status_code == 400  # a bad date is named


def test_answers_export_as_csv_is_formula_safe_and_reimportable(login, app, portfolio):
    contact = add_contact(portfolio["big"], "eve@big.example", "=cmd|' /C calc'!A0")
    answer(portfolio["survey"], portfolio["big"], 1, contact, comment="=HYPERLINK(\"http://x\")")
    survey_id = portfolio["survey"].id
    response = login("csm").get(f"/surveys/{survey_id}/results/answers.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert len(rows) == 8
    evil = next(row for row in rows if row["contact_email"] == "eve@big.example")
    assert evil["comment"] == "'=HYPERLINK(\"http://x\")" and evil["contact_name"].startswith("'=")
    assert evil["category"] == "detractor" and evil["account_external_id"] == "A-1" and evil["survey"] == "NPS Q1"
    assert {"account_external_id", "survey", "score", "submitted_at"} <= set(rows[0])


def test_the_answers_export_imports_back_as_the_same_answers(login, app, portfolio):
    """Exported answers, imported into a database that lost them, give the same scores, comments, contacts and
    times: the file `voc import responses` and the web import read is the file the export writes."""
    contact = add_contact(portfolio["big"], "eve@big.example", "Eve")
    answer(portfolio["survey"], portfolio["big"], 1, contact, comment="=HYPERLINK(\"http://x\"), \"quoted\", é",
           key_question="nice_to_have")
    answers = select(Response.account_id, Response.contact_id, Response.score, Response.comment,
                     Response.key_question, Response.submitted_at)

    def stored():  # times as the export writes them: to the second
        db.session.expire_all()
        return sorted(((*row[:5], row.submitted_at.replace(microsecond=0)) for row in db.session.execute(answers)),
                      key=repr)

    before = stored()
    client = login("csm")
    exported = client.get(f"/surveys/{portfolio['survey'].id}/results/answers.csv").get_data(as_text=True)
    db.session.execute(delete(Response))
    db.session.commit()
    page = client.post("/insights/nps/import", data={"file": (io.BytesIO(exported.encode()), "answers.csv")},
                       follow_redirects=True).get_data(as_text=True)
    assert "Imported answers: 8 created" in page, page
    assert stored() == before


def test_answers_export_as_json(login, app, portfolio):
    survey_id = portfolio["survey"].id
    client = login("csm")
    response = client.get(f"/surveys/{survey_id}/results/answers.json")
    items = json.loads(response.get_data(as_text=True))["items"]
    assert len(items) == 7 and sorted(item["score"] for item in items if item["score"] is not None) == [0, 3, 7, 8, 9, 10]
    assert client.get(f"/surveys/{survey_id}/results/answers.xml").status_code == 404
    across = json.loads(client.get("/insights/nps/answers.json?since=2000-01-01").get_data(as_text=True))
    assert len(across["items"]) == 7


def test_across_surveys_the_response_rate_counts_only_nps_surveys(portfolio):
    from vocapp.queries.nps import reach

    effectiveness = add_survey("Effectiveness", kind="effectiveness")
    for i in range(5):
        contact = add_contact(portfolio["big"], f"e{i}@big.example", f"E{i}")
        invite(effectiveness, contact, answered=True)
        answer(effectiveness, portfolio["big"], None, contact)
    overall = reach(NpsFilter())
    assert (overall.invitations, overall.answered, overall.skipped_score) == (8, 7, 1)
    alone = reach(NpsFilter(survey_id=effectiveness.id))
    assert (alone.invitations, alone.answered) == (5, 5)
