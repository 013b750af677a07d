"""The win-back list: churned or lost accounts that asked for an item that has shipped, with their ARR; and the demo,
which loads the catalogue and ships an item a churned account asked for, so the list is not empty."""
from datetime import date

from sqlalchemy import func, select

from helpers import add_account
from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.models import FeedbackItem, FeedbackMention, Interview
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
    client = login("product")
    page = client.get("/insights/feedback/win-back").get_data(as_text=True)
    rows = page.split("<tbody>")[1].split("</tbody>")[0].split("<tr>")[1:]
    assert len(rows) == 2, "the active account and the one whose item has not shipped are not listed"
    assert "Lost Deal Ltd" in rows[0] and "$90,000" in rows[0] and "Jira integration" in rows[0]
    assert "Gone Co" in rows[1] and "$40,000" in rows[1] and "Jira integration, SSO" in rows[1]
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
