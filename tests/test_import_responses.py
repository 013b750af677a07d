"""`voc import responses`: NPS history from another tool, all or nothing, re-imports skip what is there."""
from datetime import datetime, timedelta

from sqlalchemy import func, select

from helpers import add_account, add_contact, csv_file
from test_results import add_survey
from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.models import FollowUpCase, Response, Survey
from vocapp.models.base import utcnow


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def recent(days: int) -> str:
    return (utcnow() - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M")


def write(tmp_path, text: str):
    path = tmp_path / "responses.csv"
    path.write_text(text.strip() + "\n", encoding="utf-8")
    return str(path)


def test_a_good_file_creates_answers_and_names_new_surveys(runner, ctx, tmp_path):
    acme = add_account("A-1", "Acme", 50_000)
    add_account("A-2", "Globex", 10_000)
    add_contact(acme, "ana@acme.example", "Ana")
    known = add_survey("Known survey", journey_stage="support")
    path = write(tmp_path, f"""
account_external_id,survey,score,submitted_at,contact_email,comment,key_question,stage
A-1,Legacy NPS 2024,9,2024-03-01,ANA@acme.example,Great,essential,
A-2,Legacy NPS 2024,3,2024-03-05T10:30,,"Too slow, really",no longer needed,renewal
A-2,Known survey,10,{recent(3)},,,,
""")
    result = runner.invoke(voc, ["import", "responses", path])
    assert result.exit_code == 0, result.output
    assert "responses: 3 created, 0 already imported; created closed NPS survey 'Legacy NPS 2024'" in result.output
    legacy = db.session.scalar(select(Survey).where(Survey.name == "Legacy NPS 2024"))
    assert (legacy.kind, legacy.status) == ("nps", "closed")
    assert (legacy.opened_at, legacy.closed_at) == (datetime(2024, 3, 1), datetime(2024, 3, 5, 10, 30))
    rows = db.session.scalars(select(Response).order_by(Response.submitted_at)).all()
    assert [(r.score, r.source, r.link_key) for r in rows] == [(9, "import", None), (3, "import", None), (10, "import", None)]
    assert rows[0].contact.email == "ana@acme.example" and rows[0].key_question == "essential"
    assert rows[1].comment == "Too slow, really" and rows[1].journey_stage == "renewal"
    assert rows[2].survey_id == known.id


def test_reimporting_the_same_file_adds_nothing(runner, ctx, tmp_path):
    add_account("A-1", "Acme", 50_000)
    path = write(tmp_path, "account_external_id,survey,score,submitted_at\nA-1,Old,7,2024-01-01\nA-1,Old,8,2024-02-01\n")
    assert runner.invoke(voc, ["import", "responses", path]).exit_code == 0
    result = runner.invoke(voc, ["import", "responses", path])
    assert result.exit_code == 0, result.output
    assert "0 created, 2 already imported" in result.output and "created closed" not in result.output
    assert count(Response) == 2 and count(Survey) == 1


def test_a_file_with_bad_rows_imports_nothing_and_names_each_problem(runner, ctx, tmp_path):
    acme = add_account("A-1", "Acme", 50_000)
    add_contact(acme, "ana@acme.example", "Ana")
    add_survey("Twin")
    add_survey("Twin")
    path = write(tmp_path, """
account_external_id,survey,score,submitted_at,contact_email,key_question,stage
A-1,New one,9,2024-01-01,,,
A-404,New one,5,2024-01-01,,,
A-1,,11,yesterday,,,
A-1,New one,,2999-01-01,nobody@acme.example,maybe,launch
A-1,Twin,5,2024-01-01,,,
A-1,New one,9,2024-01-01,,,
""")
    result = runner.invoke(voc, ["import", "responses", path])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    for expected in ("row 3: account_external_id: no account has the external id 'A-404'",
                     "row 4: survey: is required",
                     "row 4: score: must be from 0 to 10, got 11",
                     "row 5: submitted_at: is in the future: 2999-01-01 00:00",
                     "row 5: contact_email: no contact with the e-mail nobody@acme.example at account 'A-1' "
                     "(import the contacts first)",
                     "row 6: survey: 2 surveys are named 'Twin'; rename one first",
                     "row 7: submitted_at: the same answer (survey, account, contact and time) is already on row 2"):
        assert expected in lines, (expected, lines)
    assert any(line.startswith("row 4: submitted_at: not a date or time") for line in lines)
    assert any(line.startswith("row 5: key_question: must be one of") for line in lines)
    assert any(line.startswith("row 5: stage: must be one of") for line in lines)
    assert "Nothing was imported" in result.output
    assert count(Response) == 0 and count(Survey) == 2


def test_missing_columns_are_named(runner, ctx, tmp_path):
    result = runner.invoke(voc, ["import", "responses", write(tmp_path, "account_external_id,score\nA-1,9\n")])
    assert result.exit_code == 1
    assert "row 1: survey: required column is missing" in result.output
    assert "row 1: submitted_at: required column is missing" in result.output


def test_recent_detractors_open_cases_old_history_does_not(runner, ctx, tmp_path):
    acme = add_account("A-1", "Acme", 50_000)
    add_contact(acme, "ana@acme.example", "Ana")
    path = write(tmp_path, f"""
account_external_id,survey,score,submitted_at,contact_email
A-1,History,2,2023-05-01,ana@acme.example
A-1,Recent,4,{recent(20)},ana@acme.example
A-1,Recent,10,{recent(30)},
A-1,Latest,9,{recent(2)},ana@acme.example
""")
    result = runner.invoke(voc, ["import", "responses", path])
    assert result.exit_code == 0, result.output
    assert "1 follow-up case opened" in result.output
    [case] = db.session.scalars(select(FollowUpCase)).all()
    assert case.response.score == 4 and case.next_response.score == 9, "the later imported score is the outcome"


def test_responses_upload_on_the_web(login, app):
    with app.app_context():
        add_account("A-1", "Acme", 50_000)
    client = login("csm")
    assert "account_external_id,survey,score,submitted_at" in client.get("/insights/nps/import").get_data(as_text=True)
    page = client.post("/insights/nps/import", data={"file": (csv_file("account_external_id,survey,score,submitted_at\n"
                                                                    "A-1,Web import,8,2024-06-01\nA-9,Web import,x,2024-06-01"),
                                                          "r.csv")}).get_data(as_text=True)
    assert "Nothing was imported: 2 problems" in page and "not a whole number: &#39;x&#39;" in page
    page = client.post("/insights/nps/import", data={"file": (csv_file("account_external_id,survey,score,submitted_at\n"
                                                                    "A-1,Web import,8,2024-06-01"), "r.csv")},
                       follow_redirects=True).get_data(as_text=True)
    assert "1 answer created" in page and "Web import" in page
    with app.app_context():
        assert count(Response) == 1


def test_only_survey_managers_import_answers(login):
    assert login("product").get("/insights/nps/import").status_code == 403
