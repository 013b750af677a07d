"""Insights pages speak to people: the analysed text says why it got its label in the customer's words, and no
page shows debug output, rule names, stored enum values or theme pattern syntax."""
import re
from datetime import datetime

from sqlalchemy import select

from helpers import add_account
from vocapp.extensions import db
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer
from vocapp.models import FeedbackItem, Response, Survey, TextAnalysis

INTERNAL = ("p(neg)", "p(pos)", "p(neu)", "top features", "rule:", "rules:", "domain:", "textblob:", "lem:",
            "ask_question", "would_be_nice", "found by", "nice_to_have", "no_longer_needed", "key_question",
            "under_review", "in_progress", "=sso", "pattern", "response #", "tax.")


def visible(page: str) -> str:
    """What a person reads: the text outside tags, without option values or class names."""
    return re.sub(r"<[^>]+>", " ", page.split("<main", 1)[-1])


def seed(app):
    with app.app_context():
        account = add_account("A-1", "Acme", 20_000)
        survey = Survey(kind="nps", name="Q1", status="open")
        for comment, score in (("Support never answers and the app is slow.", 3),
                               ("SSO setup took weeks. Any plans for a Salesforce integration?", 6)):
            db.session.add(Response(survey=survey, account=account, comment=comment, score=score,
                                    submitted_at=datetime(2026, 10, 1)))
        db.session.commit()
        analyse(texts(), current_analyzer())
        ids = dict(db.session.execute(select(Response.comment, TextAnalysis.id).join(
            TextAnalysis, TextAnalysis.source_id == Response.id)).all())
        item_id = db.session.scalar(select(FeedbackItem.id))
        return ids, item_id


def test_the_analysed_text_says_why_in_the_customers_words(login, app):
    ids, _ = seed(app)
    client = login("csm")
    page = visible(client.get(f"/insights/texts/{ids['Support never answers and the app is slow.']}")
                   .get_data(as_text=True))
    assert re.search(r"Negative\s+Mostly because of “(slow|never answers)” and “(slow|never answers)”", page)
    for internal in INTERNAL:
        assert internal not in page, internal


def test_a_corrected_text_says_what_the_analysis_read(login, app):
    ids, _ = seed(app)
    client = login("csm")
    analysis_id = ids["Support never answers and the app is slow."]
    client.post(f"/insights/texts/{analysis_id}", data={"label": "neutral", "add_theme": "", "remove_theme": ""})
    page = visible(client.get(f"/insights/texts/{analysis_id}").get_data(as_text=True))
    assert "corrected by staff; the analysis read it as negative, mostly because of" in page


def test_no_insights_page_shows_internal_names(login, app):
    ids, item_id = seed(app)
    client = login("admin")
    paths = ["/insights/feedback", f"/insights/feedback/{item_id}", "/insights/themes", "/insights/themes/security",
             "/insights/personas", "/accounts/1"] + [f"/insights/texts/{i}" for i in ids.values()]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, path
        page = visible(response.get_data(as_text=True))
        for internal in INTERNAL:
            assert internal not in page, (path, internal)
    item_page = visible(client.get(f"/insights/feedback/{item_id}").get_data(as_text=True))
    assert "asked with “Any plans”" in item_page and "Survey answer" in item_page


def test_the_display_filter_names_every_persona_and_status():
    from vocapp.display import display_name
    from vocapp.models import ITEM_STATUSES

    assert [display_name(p) for p in ("essential", "nice_to_have", "no_longer_needed")] == \
        ["Essential", "Nice to have", "No longer needed"]
    assert display_name("wont_do") == "Won't do"
    assert all("_" not in display_name(status) for status in ITEM_STATUSES)


def test_an_ask_the_learned_layer_found_quotes_no_cue_words():
    from vocapp.display import request_words
    assert request_words("ask_question: 'Any plans'") == "Any plans"
    assert request_words("learned: 'Routing by skill' (p=0.82)") == ""
    assert request_words("gap: 'Integration gap (NetSuite'") == "Integration gap"  # no bracket left open
