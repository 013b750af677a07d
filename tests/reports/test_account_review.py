"""The account review gathered from the database: that account's own numbers, and no other customer's name."""
from datetime import date, datetime, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from reports.account_review import render_account_review
from tests.helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer
from vocapp.models import Response, Survey
from vocapp.queries.review import account_review

UNTIL = date(2026, 11, 30)
SINCE = date(2026, 9, 1)


def answer(survey, contact, score, comment, on):
    db.session.add(Response(survey=survey, account_id=contact.account_id, contact_id=contact.id, score=score,
                            comment=comment, submitted_at=datetime.combine(on, datetime.min.time())))


@pytest.fixture
def two_accounts(ctx):
    acme = add_account("ACME-1", "Acme Logistics", 240_000, tier=1, renewal_date=UNTIL + timedelta(days=40),
                       industry="Logistics", region="EMEA")
    rival = add_account("ZED-9", "Zedcorp Secretive", 900_000, tier=1)
    ana = add_contact(acme, "ana@acme.example", "Ana Ortiz", role="COO", decision_maker=True)
    ben = add_contact(acme, "ben@acme.example", "Ben Ode", role="Dispatcher")
    cy = add_contact(acme, "cy@acme.example", "Cy Park", role="Analyst")
    zoe = add_contact(rival, "zoe@zed.example", "Zoe Zed", role="CEO")
    survey = Survey(name="Q4 NPS", kind="nps")
    db.session.add(survey)
    answer(survey, ana, 9, "We love the routing; support answers within the hour.", date(2026, 10, 2))
    answer(survey, ben, 4, "The mobile app crashes every morning and support never answers.", date(2026, 10, 5))
    answer(survey, cy, 8, "It does the job.", date(2026, 10, 9))
    answer(survey, ben, 3, "Still crashing.", date(2026, 6, 1))  # before the period: only the later answer counts
    answer(survey, zoe, 10, "Zedcorp Secretive loves it.", date(2026, 10, 3))
    db.session.commit()
    analyser = current_analyzer()
    analyse(texts(pending_for=analyser.up_to_date), analyser)
    return ctx


def test_the_review_carries_this_accounts_numbers(two_accounts):
    from sqlalchemy import select

    from vocapp.models import Account

    acme = db.session.scalar(select(Account).where(Account.external_id == "ACME-1"))
    review = account_review(acme, SINCE, UNTIL, today=UNTIL)
    # 1 promoter, 1 passive, 1 detractor in the period: NPS 0 on n = 3
    assert (review.nps.n, review.nps.score) == (3, 0)
    assert [(c.name, c.score, c.category) for c in review.contacts] == [
        ("Ben Ode", 4, "detractor"), ("Cy Park", 8, "passive"), ("Ana Ortiz", 9, "promoter")]
    assert sum(review.sentiment.values()) == 3
    pdf = render_account_review(review)
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "Acme Logistics" in text and "$240,000" in text and "n = 3" in text
    assert "The subscription renews on 9 Jan 2027 (in 40 days)." in text
    assert "Meet Ben Ode" in text  # the detractor's follow-up is the first next step
    assert "mobile app crashes every morning" in text
    assert "Zedcorp" not in text and "Zoe" not in text


def test_a_churned_accounts_review_speaks_of_no_renewal(two_accounts):
    from sqlalchemy import select

    from vocapp.models import Account

    acme = db.session.scalar(select(Account).where(Account.external_id == "ACME-1"))
    acme.status = "churned"
    db.session.commit()
    review = account_review(acme, SINCE, UNTIL, today=UNTIL)
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(render_account_review(review))).pages)
    assert review.renewal_date is None
    assert "renews on" not in text and "renewal conversation" not in text and "9 Jan 2027" not in text


def test_the_cli_writes_the_review_and_names_a_missing_account(two_accounts, runner, tmp_path):
    out = tmp_path / "review.pdf"
    result = runner.invoke(args=["voc", "report", "account", "ACME-1", "--out", str(out), "--since", "2026-09-01",
                                 "--until", "2026-11-30"])
    assert result.exit_code == 0, result.output
    assert "Acme Logistics" in PdfReader(out).pages[0].extract_text()
    missing = runner.invoke(args=["voc", "report", "account", "NOPE", "--out", str(tmp_path / "x.pdf")])
    assert missing.exit_code == 2 and "no account with the external id 'NOPE'" in missing.output


def test_the_account_page_offers_the_review(app, login, two_accounts):
    from sqlalchemy import select

    from vocapp.models import Account

    account_id = db.session.scalar(select(Account.id).where(Account.external_id == "ACME-1"))
    client = login("csm")
    page = client.get(f"/accounts/{account_id}")
    assert f"/reports/accounts/{account_id}.pdf".encode() in page.data
    pdf = client.get(f"/reports/accounts/{account_id}.pdf?since=2026-09-01&until=2026-11-30")
    assert pdf.status_code == 200 and pdf.headers["Cache-Control"] == "no-store"
    assert "Acme Logistics" in PdfReader(BytesIO(pdf.data)).pages[0].extract_text()
    assert client.get("/reports/accounts/999999.pdf").status_code == 404
    assert client.get(f"/reports/accounts/{account_id}.pdf?until=2026-13-01").status_code == 400


def test_the_review_reports_the_accounts_interviews(two_accounts, runner, tmp_path):
    from sqlalchemy import select

    from vocapp.models import Account

    source = tmp_path / "interviews.csv"
    source.write_text("account_external_id,date,outcome,contact_email,primary_reason,key_question\n"
                      "ACME-1,2026-10-20,downgrade,ben@acme.example,Price / value: Too expensive,nice_to_have\n"
                      "ZED-9,2026-10-21,win,zoe@zed.example,Ease of use: Easy to use,essential\n")
    imported = runner.invoke(args=["voc", "import", "interviews", str(source), "--add-reasons"])
    assert imported.exit_code == 0, imported.output
    acme = db.session.scalar(select(Account).where(Account.external_id == "ACME-1"))
    review = account_review(acme, SINCE, UNTIL, today=UNTIL)
    assert review.interview_findings == [
        "Interviewed when they reduced their subscription (20 Oct 2026), Dispatcher named too expensive as the main "
        "reason, and called the product nice to have."]


def test_the_review_keeps_internal_notes_out_and_renders_without_themes(two_accounts):
    from sqlalchemy import select

    from vocapp.models import Account, CsmView

    acme = db.session.scalar(select(Account).where(Account.external_id == "ACME-1"))
    db.session.add(CsmView(account_id=acme.id, answer="no_longer_needed", note="Budget cut: they asked for terms."))
    db.session.commit()
    review = account_review(acme, SINCE, UNTIL, today=UNTIL)
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(render_account_review(review))).pages)
    assert "Budget cut" not in text and "votes" not in text
    assert "Your customer success manager's own assessment counts beside them." in text
    zed = db.session.scalar(select(Account).where(Account.external_id == "ZED-9"))
    quiet = account_review(zed, SINCE, UNTIL, today=UNTIL)
    assert quiet.themes == []  # its one comment names no theme
    assert "Zedcorp Secretive" in PdfReader(BytesIO(render_account_review(quiet))).pages[0].extract_text()
