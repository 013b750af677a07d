"""The interviews as CSV (web and `voc interviews export`): the list's filters apply, the columns are the import's,
and the file imports back onto the same interviews, whether they were recorded on the web or imported and edited."""
import csv
import io
from datetime import date

from sqlalchemy import func, select

from helpers import add_account, add_contact
from wlc_fixture import FIXTURE_CSV, add_fixture_accounts
from vocapp.extensions import db
from vocapp.imports import read_csv
from vocapp.imports.interviews import EXPORT_COLUMNS, INTERVIEW_OPTIONAL, INTERVIEW_REQUIRED, import_interviews
from vocapp.interviews.defaults import ensure_defaults
from vocapp.interviews.lookups import Lists
from vocapp.models import Interview, User


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def _recorded_on_the_web(app):
    """A loss recorded through the form: no import key, a chosen competitor, reasons and a note a spreadsheet
    would run as a formula."""
    with app.app_context():
        ensure_defaults()
        account = add_account("CRM-7", "Acme", 90_000)
        contact = add_contact(account, "ana@acme.example", "Ana")
        lists = Lists()
        interview = Interview(account=account, contact=contact, outcome="loss", interviewed_on=date(2026, 11, 2),
                              deal_id="OPP-9", arr_at_stake=42_500.5, key_question="nice_to_have",
                              interviewer=db.session.scalar(select(User)),
                              notes="=HYPERLINK(\"http://x\")\nThey said, \"cheaper\".", transcript="", turns=[],
                              answers={}, next_steps="")
        interview.competitors = [lists.competitor("Quayside", create=True), lists.competitor("Tallyport", create=True)]
        interview.chosen_competitor = lists.competitor("Quayside")
        interview.primary_reason = lists.reason("Price / value: Too expensive")
        interview.secondary_reasons = [lists.reason("Product gaps: Missing feature")]
        db.session.add(interview)
        db.session.commit()


def test_the_export_of_a_web_interview_holds_its_fields_and_imports_back_onto_it(app, login):
    client = login("interviewer")
    _recorded_on_the_web(app)
    page = client.get("/interviews/").get_data(as_text=True)
    assert 'href="/interviews/export.csv"' in page
    response = client.get("/interviews/export.csv")
    assert response.mimetype == "text/csv" and "interviews-" in response.headers["Content-Disposition"]
    text = response.get_data(as_text=True)
    assert text.splitlines()[0] == ",".join(EXPORT_COLUMNS)
    (row,) = _rows(text)
    assert row == {"account_external_id": "CRM-7", "date": "2026-11-02", "outcome": "loss", "deal_id": "OPP-9",
                   "contact_email": "ana@acme.example", "interviewer_email": "interviewer@example.example",
                   "arr_at_stake": "42500.50", "competitors": "Tallyport", "chosen_competitor": "Quayside",
                   "primary_reason": "Price / value: Too expensive",
                   "secondary_reasons": "Product gaps: Missing feature", "key_question": "nice_to_have",
                   "rep_reason": "", "notes": "'=HYPERLINK(\"http://x\")\nThey said, \"cheaper\".",
                   "account_name": "Acme"}
    edited = text.replace("nice_to_have", "essential")
    imported = client.post("/interviews/import", data={"file": (io.BytesIO(edited.encode()), "interviews.csv")},
                           content_type="multipart/form-data", follow_redirects=True).get_data(as_text=True)
    assert "Imported interviews: 0 created, 1 updated." in imported
    with app.app_context():
        interview = db.session.scalar(select(Interview))
        assert db.session.scalar(select(func.count(Interview.id))) == 1
        assert interview.key_question == "essential"
        assert interview.notes.startswith("=HYPERLINK")  # inert in the file, as it was in the database
        assert sorted(c.name for c in interview.competitors) == ["Quayside", "Tallyport"]
        assert interview.chosen_competitor.name == "Quayside"
    assert client.get("/interviews/export.csv").get_data(as_text=True) == edited


def test_the_export_takes_the_lists_filters(app, login):
    client = login("csm")
    with app.app_context():
        add_fixture_accounts()
        _columns, records = read_csv(io.BytesIO(FIXTURE_CSV.encode()), INTERVIEW_REQUIRED, INTERVIEW_OPTIONAL)
        import_interviews(records)
        wins = db.session.scalar(select(func.count(Interview.id)).where(Interview.outcome == "win"))
    page = client.get("/interviews/?outcome=win").get_data(as_text=True)
    assert 'href="/interviews/export.csv?outcome=win"' in page
    rows = _rows(client.get("/interviews/export.csv?outcome=win").get_data(as_text=True))
    assert len(rows) == wins > 0 and {row["outcome"] for row in rows} == {"win"}
    everything = _rows(client.get("/interviews/export.csv").get_data(as_text=True))
    assert len(everything) == 7
    dates = [row["date"] for row in everything]
    assert dates == sorted(dates, reverse=True)


def test_voc_interviews_export_writes_a_file_that_imports_back_even_after_an_edit_on_the_web(app, runner, tmp_path):
    with app.app_context():
        add_fixture_accounts()
        _columns, records = read_csv(io.BytesIO(FIXTURE_CSV.encode()), INTERVIEW_REQUIRED, INTERVIEW_OPTIONAL)
        import_interviews(records)
        moved = db.session.scalar(select(Interview).where(Interview.deal_id == "D1").order_by(Interview.id))
        moved.interviewed_on = date(2026, 12, 1)  # edited on the web: its import key no longer says its date
        db.session.commit()
    out = tmp_path / "interviews.csv"
    result = runner.invoke(args=["voc", "interviews", "export", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert len(_rows(out.read_text())) == 7
    again = runner.invoke(args=["voc", "import", "interviews", str(out)])
    assert again.exit_code == 0 and "0 created, 7 updated" in again.output, again.output
    losses = runner.invoke(args=["voc", "interviews", "export", "--outcome", "loss", "--since", "2026-01-01"])
    assert losses.exit_code == 0
    rows = _rows(losses.output)
    assert rows and all(row["outcome"] == "loss" and row["date"] >= "2026-01-01" for row in rows)
    bad = runner.invoke(args=["voc", "interviews", "export", "--since", "2026-10-01", "--until", "2026-01-01"])
    assert bad.exit_code == 2 and "is after --until" in bad.output
