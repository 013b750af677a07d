"""The win-back list: churned or lost accounts that asked for an item that has shipped, with their ARR, who asked
and their words (page, CSV, `voc feedback win-back`); an anonymous answer never names its account there; and the
demo, which loads the catalogue and ships an item a churned account asked for, so the list is not empty."""
import csv
import io
import json
import re
from datetime import date, datetime

from sqlalchemy import func, select

from helpers import add_account, add_contact
from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.models import FeedbackItem, FeedbackMention, Interview, Invitation, Response, Survey
from vocapp.roadmap.items import create_item, set_status


def test_the_win_back_list_shows_lost_accounts_that_asked_for_what_shipped(login, app):
    with app.app_context():
        gone = add_account("A-1", "Gone Co", 40_000, status="churned")
        lost = add_account("A-2", "Lost Deal Ltd", 90_000, status="lost")
        active = add_account("A-3", "Happy Inc", 300_000)
        later = add_account("A-4", "Waiting Corp", 70_000, status="churned")
        jira = create_item("Jira integration")
        sso = create_item("SSO")
        dark = create_item("Dark mode")
        for item, account in ((jira, gone), (sso, gone), (jira, lost), (jira, active), (dark, later)):
            db.session.add(FeedbackMention(item=item, account_id=account.id, source_type="note", quote="please"))
        set_status(jira, "shipped", date(2026, 11, 1))
        set_status(sso, "shipped", date(2026, 11, 5))
        set_status(dark, "planned")
        db.session.commit()
        jira_id, sso_id = jira.id, sso.id
    client = login("product")
    page = client.get("/insights/feedback/win-back").get_data(as_text=True)
    rows = page.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    assert len(rows) == 2, "the active account and the one whose item has not shipped are not listed"
    assert "Lost Deal Ltd" in rows[0] and "$90,000" in rows[0] and "Jira integration" in rows[0]
    assert "Gone Co" in rows[1] and "$40,000" in rows[1]
    assert f'<a href="/insights/feedback/{jira_id}">Jira integration</a>, <a href="/insights/feedback/{sso_id}">SSO</a>' \
        in rows[1], "each item opens its page"
    assert "$130,000 ARR lost in all" in page
    assert "Win-back list" in client.get("/insights/feedback").get_data(as_text=True)


def test_a_lost_prospect_counts_what_its_lost_deals_had_at_stake(login, app):
    """A prospect that was never a customer has no ARR of its own: the list shows its lost deals' ARR at stake,
    each deal once at its largest, not $0."""
    with app.app_context():
        prospect = add_account("P-1", "Prospero", 0, status="lost")
        for arr, deal in ((60_000, "D-1"), (55_000, "D-1"), (20_000, "D-2")):
            db.session.add(Interview(account_id=prospect.id, outcome="loss", arr_at_stake=arr, deal_id=deal,
                                     interviewed_on=date(2026, 10, 20)))
        db.session.add(Interview(account_id=prospect.id, outcome="win", arr_at_stake=500_000, deal_id="D-3",
                                 interviewed_on=date(2026, 10, 21)))
        jira = create_item("Jira integration")
        db.session.add(FeedbackMention(item=jira, account_id=prospect.id, source_type="note", quote="Jira please"))
        set_status(jira, "shipped", date(2026, 11, 1))
        db.session.commit()
    page = login("product").get("/insights/feedback/win-back").get_data(as_text=True)
    [row] = page.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    assert "Prospero" in row and "$80,000" in row and "$0" not in row and "/accounts/" in row
    assert "$80,000 ARR lost in all" in page


def test_an_empty_win_back_list_says_so(login):
    page = login("product").get("/insights/feedback/win-back").get_data(as_text=True)
    assert "No churned or lost account asked for an item that has shipped." in page


def test_the_demo_loads_the_catalogue_and_its_win_back_list_is_not_empty(app, runner, login):
    from analysis.catalogue import load_catalogue

    result = runner.invoke(voc, ["demo"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        catalogue = db.session.scalar(select(func.count(FeedbackItem.id)).where(FeedbackItem.origin == "catalogue"))
        assert catalogue == len(load_catalogue())
        statuses = set(db.session.scalars(select(FeedbackItem.status)))
        assert {"shipped", "in_progress", "planned"} <= statuses
    client = login("product")
    page = client.get("/insights/feedback/win-back").get_data(as_text=True)
    rows = page.split("<tbody>")[1].split("</tbody>")[0]
    assert "badge status-churned" in rows or "badge status-lost" in rows
    feedback = client.get("/insights/feedback").get_data(as_text=True)
    assert "Clear the default catalogue" in feedback and "Load 135" not in feedback


def _called_back(app):
    """Gone Co (churned) asked in an exit interview and in a survey answer; Hush Ltd (churned) asked only in an
    anonymous survey to which one of its contacts was invited."""
    with app.app_context():
        gone = add_account("A-1", "Gone Co", 40_000, status="churned")
        hush = add_account("A-2", "Hush Ltd", 75_000, status="churned")
        dan = add_contact(gone, "dan@gone.example", "Dan Roy", role="COO")
        eve = add_contact(gone, "eve@gone.example", "Eve Stone")
        quiet = add_contact(hush, "q@hush.example", "Quinn Hale")
        survey = Survey(kind="nps", name="Q3", status="open")
        secret = Survey(kind="nps", name="Anonymous pulse", status="open", anonymous=True)
        db.session.add(Invitation(survey=secret, contact=quiet, account=hush, token_hash="y" * 64,
                                  expires_at=datetime(2027, 1, 1)))
        exit_talk = Interview(account=gone, contact=dan, interviewed_on=date(2026, 8, 1), outcome="churn")
        answer = Response(survey=survey, account=gone, contact=eve, score=4, comment="=Jira or bust")
        anonymous = Response(survey=secret, account=hush, score=2, comment="Jira, finally?")
        db.session.add_all([exit_talk, answer, anonymous])
        db.session.flush()
        jira = create_item("Jira integration")
        sso = create_item("SSO")
        for source_type, source, account, quote, day in (
                ("interview", exit_talk, gone, "We left for a tool with Jira.", 1),
                ("response", answer, gone, "=Jira or bust", 3),
                ("response", anonymous, hush, "Jira, finally?", 4)):
            db.session.add(FeedbackMention(item=jira, account_id=account.id,
                                           source_type=source_type, source_id=source.id, quote=quote,
                                           mentioned_at=datetime(2026, 9, day)))
        db.session.add(FeedbackMention(item=sso, account_id=gone.id, source_type="note", quote="QBR: SSO",
                                       mentioned_at=datetime(2026, 9, 2)))
        set_status(jira, "shipped", date(2026, 11, 1))
        set_status(sso, "shipped", date(2026, 11, 20))
        db.session.commit()


def test_the_win_back_list_says_whom_to_call_and_what_they_said(login, app):
    _called_back(app)
    page = login("product").get("/insights/feedback/win-back").get_data(as_text=True)
    [row] = page.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    words = " ".join(re.sub(r"<[^>]+>", " ", row).split())
    assert "Gone Co" in row and "$40,000" in row and "Jira integration , SSO" in words
    assert "shipped 2026-11-20" in row, "the date the last of its asks shipped"
    assert row.index("Eve Stone") < row.index("Dan Roy"), "who asked, newest first"
    assert 'href="mailto:dan@gone.example"' in row and "COO" in row
    assert "=Jira or bust" in row, "their newest words"
    assert "Hush Ltd" not in page, "an anonymous answer from an account with one contact invited names no account"
    assert "$40,000 ARR lost in all" in page


def test_the_win_back_list_downloads_as_csv_and_prints_as_json(login, app, runner):
    _called_back(app)
    response = login("product").get("/insights/feedback/win-back.csv")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    assert rows == [{"account": "Gone Co", "external_id": "A-1", "status": "churned", "arr_lost": "40000.0",
                     "asked_for": "Jira integration; SSO", "shipped_on": "2026-11-20",
                     "contacts": "Eve Stone; Dan Roy", "emails": "eve@gone.example; dan@gone.example",
                     "quote": "'=Jira or bust"}], "customer text starting with = is not a formula"
    result = runner.invoke(voc, ["feedback", "win-back", "--json"])
    assert result.exit_code == 0, result.output
    [entry] = json.loads(result.output)
    assert entry["account"] == "Gone Co" and entry["arr_lost"] == 40_000 and entry["quote"] == "=Jira or bust"
    table = runner.invoke(voc, ["feedback", "win-back"]).output
    assert "Gone Co" in table and "Eve Stone; Dan Roy" in table and "40,000 ARR lost in all." in table
    assert "Hush Ltd" not in table
