"""The insights pages: roadmap feedback ranked by revenue, merge and split, themes and their editor,
corrections of an analysed text, personas, the account panel, and who may do what."""
from datetime import datetime

import pytest

from sqlalchemy import func, select

from helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer
from vocapp.models import FeedbackItem, FeedbackMention, Response, Survey, TextAnalysis, Theme


def seed(app):
    """Three accounts asking for things, analysed."""
    with app.app_context():
        big = add_account("A-1", "Big Bank", 200_000, tier=1, industry="Financial services")
        small = add_account("A-2", "Small Shop", 10_000, tier=3, industry="Retail")
        gone = add_account("A-3", "Gone Co", 40_000, status="churned")
        survey = Survey(kind="nps", name="Q1", status="open")
        for account, comment, score in (
                (big, "Please add a Salesforce integration. The reporting is great.", 9),
                (big, "We need an integration with Salesforce soon.", 9),
                (small, "I wish there was a dark mode. Support is slow and unhelpful.", 4),
                (gone, "Please add a Salesforce integration, we left without it.", 2),
                (small, "Please add a Salesforce integration, it would save hours.", 5)):
            db.session.add(Response(survey=survey, account=account, comment=comment, score=score,
                                    submitted_at=datetime(2026, 10, 1)))
        db.session.commit()
        analyse(texts(), current_analyzer())
        return big.id, small.id


def table(page: str) -> str:
    return page.split("<tbody>")[1].split("</tbody>")[0]


def test_feedback_is_ranked_by_the_arr_of_distinct_accounts(login, app):
    seed(app)
    page = login("product").get("/insights/feedback").get_data(as_text=True)
    rows = table(page).split("<tr>")[1:]
    assert "Salesforce" in rows[0], "the request of the biggest accounts comes first"
    assert "210,000" in rows[0], "Big Bank counted once (200k) plus Small Shop (10k)"
    assert "40,000" in rows[0], "the churned account's ARR shows as lost"
    assert any("dark mode" in row.lower() and "10,000" in row for row in rows[1:])
    assert "<svg" in page


def test_merge_and_split_keep_every_mention(login, app):
    seed(app)
    client = login("product")
    with app.app_context():
        items = {item.title.lower(): item.id for item in db.session.scalars(select(FeedbackItem))}
        salesforce = next(i for t, i in items.items() if "salesforce" in t)
        dark = next(i for t, i in items.items() if "dark" in t)
        total = db.session.scalar(select(func.count(FeedbackMention.id)))
    client.post("/insights/feedback/merge", data={"item_id": [salesforce, dark], "target": salesforce})
    with app.app_context():
        assert db.session.get(FeedbackItem, dark).merged_into_id == salesforce
        assert db.session.scalar(select(func.count(FeedbackMention.id)).where(FeedbackMention.item_id == salesforce)) == total
        dark_mention = db.session.scalar(select(FeedbackMention.id).where(FeedbackMention.quote.contains("dark mode")))
    assert client.get(f"/insights/feedback/{dark}").headers["Location"].endswith(f"/insights/feedback/{salesforce}")

    response = client.post(f"/insights/feedback/{salesforce}", data={"split-title": "Dark mode",
                                                                    "mention_id": [dark_mention]})
    assert response.status_code == 302
    with app.app_context():
        moved = db.session.get(FeedbackMention, dark_mention)
        assert moved.item.title == "Dark mode" and moved.origin == "staff"
        analyse(texts(), current_analyzer())  # re-analysis leaves a moved mention where staff put it
        assert db.session.get(FeedbackMention, dark_mention).item.title == "Dark mode"


def test_an_interviewer_sees_no_insights(login):
    client = login("interviewer")
    for path in ("/insights/feedback", "/insights/themes", "/insights/personas", "/insights/nps"):
        assert client.get(path).status_code == 403, path


def test_a_csm_cannot_edit_themes(login, app):
    client = login("csm")
    assert client.get("/insights/themes").status_code == 200, "a CSM reads the themes"
    with app.app_context():
        theme = db.session.scalar(select(Theme).where(Theme.key == "reporting"))
        theme_id, name, patterns = theme.id, theme.name, list(theme.patterns)
    assert client.get(f"/insights/themes/{theme_id}/edit").status_code == 403
    response = client.post(f"/insights/themes/{theme_id}/edit", data={
        "key": "reporting", "name": "Hijacked", "parent_id": "0", "patterns": "anything", "excludes": "", "active": "y"})
    assert response.status_code == 403
    with app.app_context():
        theme = db.session.get(Theme, theme_id)
        assert (theme.name, theme.patterns) == (name, patterns)


def test_themes_page_counts_and_the_admin_edits_patterns(login, app):
    seed(app)
    client = login("admin")
    page = client.get("/insights/themes").get_data(as_text=True)
    assert "Integrations" in page and "Reporting" in page and "Net sentiment by theme" in page
    with app.app_context():
        theme = db.session.scalar(select(Theme).where(Theme.key == "reporting"))
        theme_id, version = theme.id, current_analyzer().version
    response = client.post(f"/insights/themes/{theme_id}/edit", data={
        "key": "reporting", "name": "Reporting & analytics", "parent_id": "0",
        "patterns": "report\ndashboard\nforecast accuracy", "excludes": "", "active": "y"})
    assert response.status_code == 302
    with app.app_context():
        assert db.session.get(Theme, theme_id).patterns == ["report", "dashboard", "forecast accuracy"]
        assert current_analyzer().version != version
        assert len(texts(pending_for=current_analyzer().up_to_date)) == 5


def test_a_theme_that_would_make_a_parent_cycle_is_refused(login, app):
    client = login("admin")
    client.get("/insights/themes")
    with app.app_context():
        a = db.session.scalar(select(Theme).where(Theme.key == "support"))
        b = db.session.scalar(select(Theme).where(Theme.key == "onboarding"))
        b.parent = a
        db.session.commit()
        a_id, b_id = a.id, b.id
    page = client.post(f"/insights/themes/{a_id}/edit", data={
        "key": "support", "name": "Support", "parent_id": str(b_id), "patterns": "support", "active": "y"}
    ).get_data(as_text=True)
    assert "parent cycle" in page
    with app.app_context():
        assert db.session.get(Theme, a_id).parent_id is None


def test_a_correction_of_a_text_is_shown_and_kept(login, app):
    seed(app)
    client = login("csm")
    with app.app_context():
        analysis_id = db.session.scalar(select(TextAnalysis.id).join(Response, Response.id == TextAnalysis.source_id)
                                        .where(Response.comment.contains("dark mode")))
    page = client.get(f"/insights/texts/{analysis_id}").get_data(as_text=True)
    assert "“support” in:" in page.lower() and "Mostly because of" in page  # the words behind the themes and the label
    client.post(f"/insights/texts/{analysis_id}", data={"label": "negative", "add_theme": "mobile",
                                                       "remove_theme": "support"})
    with app.app_context():
        analyse(texts(), current_analyzer())
        analysis = db.session.get(TextAnalysis, analysis_id)
        assert analysis.effective_label == "negative"
        tags = {(t.theme_key, t.origin, t.removed) for t in analysis.tags}
        assert ("mobile", "staff", False) in tags and ("support", "staff", True) in tags
    page = client.get(f"/insights/texts/{analysis_id}").get_data(as_text=True)
    assert "corrected by staff" in page and "added by staff" in page


def test_customer_text_is_escaped_on_insight_pages(login, app):
    with app.app_context():
        account = add_account("A-1", "Acme", 1000)
        db.session.add(Response(survey=Survey(kind="nps", name="Q", status="open"), account=account,
                                comment="Please add <script>alert(1)</script> export to Excel."))
        db.session.commit()
        analyse(texts(), current_analyzer())
        item_id = db.session.scalar(select(FeedbackItem.id))
        analysis_id = db.session.scalar(select(TextAnalysis.id))
    client = login("product")
    for path in ("/insights/feedback", f"/insights/feedback/{item_id}", f"/insights/texts/{analysis_id}"):
        page = client.get(path).get_data(as_text=True)
        assert "<script>alert(1)</script>" not in page, path


def test_personas_page_and_the_account_panel_show_the_evidence(login, app):
    with app.app_context():
        account = add_account("A-1", "Acme", 50_000, usage_score=90)
        boss = add_contact(account, "boss@acme.example", "Bea Boss", decision_maker=True)
        db.session.add(Response(survey=Survey(kind="nps", name="Q", status="open"), account=account, contact=boss,
                                score=8, key_question="nice_to_have", comment="It is fine, nice to have.",
                                submitted_at=datetime.utcnow()))
        db.session.commit()
        account_id = account.id
    client = login("csm")
    page = client.get("/insights/personas").get_data(as_text=True)
    assert "Nice to have" in page and "Watermelons" in page
    assert "Acme" in page.split("Watermelons")[1], "healthy usage but nice to have: a watermelon"
    page = client.get(f"/accounts/{account_id}").get_data(as_text=True)
    assert "Persona:" in page and "Bea Boss: Nice to have" in page
    client.post(f"/insights/accounts/{account_id}/view", data={"answer": "essential", "note": "exec sponsor"})
    page = client.get(f"/accounts/{account_id}").get_data(as_text=True)
    assert "CSM Csm Person: Essential" in page, "the view is the signed-in CSM's, under their name"
    assert "their own view" in page


def _account_page_after(login, app, before: list[str], recent: list[str]) -> str:
    """The account page, as the CSM sees it, of an account whose comments `before` came 300 days ago and `recent`
    20 days ago."""
    from datetime import timedelta

    with app.app_context():
        account = add_account("A-1", "Drifter", 10_000)
        survey = Survey(kind="nps", name="Q", status="open")
        now = datetime.utcnow()
        for n, comment in enumerate(before):
            db.session.add(Response(survey=survey, account=account, comment=comment,
                                    submitted_at=now - timedelta(days=300 - n)))
        for n, comment in enumerate(recent):
            db.session.add(Response(survey=survey, account=account, comment=comment,
                                    submitted_at=now - timedelta(days=20 + n)))
        db.session.commit()
        analyse(texts(), current_analyzer())
        account_id = account.id
    return " ".join(login("csm").get(f"/accounts/{account_id}").get_data(as_text=True).split())


@pytest.mark.parametrize("per_period, shown", [(3, "drifting down"), (2, "too few comments to call a trend")])
def test_the_account_panel_shows_a_drifting_sentiment_when_enough_comments_show_it(login, app, per_period, shown):
    happy = ["We love the product, great support.", "Brilliant tool, the team adores it.",
             "Really pleased with the reports."]
    unhappy = ["Support is terrible and the product keeps crashing.", "Awful week, the sync failed again.",
               "Slow, buggy and frustrating."]
    page = _account_page_after(login, app, happy[:per_period], unhappy[:per_period])
    assert "Sentiment trend" in page and shown in page
    assert f"over {per_period} comments; the 180 days before" in page
    if per_period < 3:
        assert "drifting down" not in page, "two comments a period do not make a trend"


def test_a_drop_within_the_comments_own_spread_is_no_drift(login, app):
    """Four warm comments after four glowing ones: the mean polarity falls by more than 0.1, but by less than twice
    its standard error, so the panel calls it steady, not "drifting down" in red beside an NPS of +100."""
    import re

    page = _account_page_after(login, app, ["We love the product, great support.",
                                            "Brilliant tool, the team adores it.", "Really pleased with the reports.",
                                            "Excellent, the best CRM we have used."],
                               ["Good tool, works well for us.", "Happy with it overall.", "The reports are good.",
                                "Nice product, does what we need."])
    shown = re.search(r"Last 180 days: <strong[^>]*>([+-][\d.]+)</strong> over 4 comments; the 180 days before: "
                      r"([+-][\d.]+) over 4 <span[^>]*>(\w[\w ]*)</span>", page)
    assert shown, page[page.find("Sentiment trend"):][:400]
    now_polarity, then_polarity, direction = float(shown[1]), float(shown[2]), shown[3]
    assert now_polarity > 0.3 and then_polarity - now_polarity > 0.1, "a drop the 0.1 bar alone would have called"
    assert direction == "steady"


def test_roadmap_feedback_exports_as_csv_and_through_the_api(login, app):
    import csv
    import io

    from vocapp.models import ApiToken

    seed(app)
    rows = list(csv.DictReader(io.StringIO(login("product").get("/insights/feedback.csv").get_data(as_text=True))))
    assert list(rows[0]) == ["item_id", "title", "product_area", "status", "impacted_arr", "accounts", "mentions",
                             "arr_at_risk", "arr_lost", "tiers", "last_mentioned"]
    assert "Salesforce" in rows[0]["title"] and float(rows[0]["impacted_arr"]) == 210_000
    with app.app_context():
        token, secret = ApiToken.issue("roadmap tool")
        db.session.add(token)
        db.session.commit()
    client = app.test_client()
    assert client.get("/api/v1/feedback").status_code == 401
    items = client.get("/api/v1/feedback", headers={"Authorization": f"Bearer {secret}"}).json["items"]
    assert items[0]["title"] == rows[0]["title"] and items[0]["arr_lost"] == 40_000
