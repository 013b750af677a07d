"""An interview's page shows what it asked for: each roadmap item the analysis linked its words to, once however
many times it was asked, with the words and the links still to review; a product manager follows the item and the
analysed text, an interviewer (who has no roadmap pages) reads the titles."""
from datetime import date, timedelta

from sqlalchemy import select

from helpers import add_account
from vocapp.extensions import db
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer
from vocapp.models import FeedbackMention, Interview, TextAnalysis


def _interview(app, analysed: bool = True) -> int:
    with app.app_context():
        account = add_account("A-1", "Gone Ltd", 40_000, status="churned")
        interview = Interview(account=account, outcome="churn", interviewed_on=date.today() - timedelta(days=3),
                              notes="Please add a Salesforce integration.", transcript="", answers={},
                              next_steps="", turns=[{"speaker": "Sam", "text": "What would have kept you?"},
                                                    {"speaker": "Ana", "text": "We need a Salesforce integration. "
                                                                               "The reports are lovely."}])
        db.session.add(interview)
        db.session.commit()
        if analysed:
            analyse(texts(), current_analyzer())
        return interview.id


def test_the_page_lists_each_item_the_interview_asked_for_once_with_its_words(login, app):
    interview_id = _interview(app)
    with app.app_context():
        mentions = db.session.scalars(select(FeedbackMention).where(FeedbackMention.source_type == "interview")).all()
        items = {m.item_id for m in mentions}
        assert len(mentions) == 2 and len(items) == 1, "two wordings of one ask"
        item_id = items.pop()
        mentions[0].review = "pending"
        db.session.commit()
        analysis_id = db.session.scalar(select(TextAnalysis.id).where(TextAnalysis.source_type == "interview"))
    page = login("product").get(f"/interviews/{interview_id}").get_data(as_text=True)
    card = page.split('id="asked-for"')[1].split("</section>")[0]
    assert '<span class="count">1</span>' in card
    assert f'href="/insights/feedback/{item_id}"' in card and "Salesforce integration" in card
    assert "“Please add a Salesforce integration.”" in card and "“We need a Salesforce integration.”" in card
    assert "lovely" not in card
    assert f'href="/insights/feedback/triage?item={item_id}">1 link to review</a>' in card
    assert f'href="/insights/texts/{analysis_id}"' in card


def test_an_interviewer_reads_the_titles_without_links_to_pages_they_may_not_open(login, app):
    interview_id = _interview(app)
    page = login("interviewer").get(f"/interviews/{interview_id}").get_data(as_text=True)
    card = page.split('id="asked-for"')[1].split("</section>")[0]
    assert "Salesforce integration" in card and "/insights/" not in card


def test_an_interview_not_yet_analysed_says_so(login, app):
    interview_id = _interview(app, analysed=False)
    card = login("product").get(f"/interviews/{interview_id}").get_data(as_text=True).split('id="asked-for"')[1]
    assert "Not analysed yet" in card.split("</section>")[0]


def _replied(app) -> int:
    """An analysed loss interview whose buyer answers the interviewer's question with an ask; its mention's id."""
    from conftest import make_user

    with app.app_context():
        sam = make_user("interviewer", "sam@example.example")
        sam.name = "Sam Reed"
        account = add_account("A-2", "Birch", 30_000)
        interview = Interview(account=account, interviewer=sam, outcome="loss", interviewed_on=date.today(),
                              notes="", transcript="", answers={}, next_steps="",
                              turns=[{"speaker": "Sam Reed", "text": "Would a <b>Jira</b> sync have changed it?"},
                                     {"speaker": "Ana", "text": "A Jira integration would have, yes."}])
        db.session.add(interview)
        db.session.commit()
        analyse(texts(), current_analyzer())
        mention = db.session.scalar(select(FeedbackMention).where(FeedbackMention.source_type == "interview"))
        assert mention is not None and "Jira" in mention.quote
        mention.review = "pending"
        db.session.commit()
        return mention.item_id


def test_the_triage_list_and_the_item_page_show_the_question_an_interview_reply_answers(login, app):
    item_id = _replied(app)
    client = login("product")
    for path in ("/insights/feedback/triage", f"/insights/feedback/{item_id}"):
        page = client.get(path).get_data(as_text=True)
        assert '<span class="muted">Asked:</span> “Would a &lt;b&gt;Jira&lt;/b&gt; sync have changed it?”' in page, path


def test_the_digest_quotes_an_interview_reply_with_its_question_unless_anonymised(app):
    from io import BytesIO

    from pypdf import PdfReader

    from reports.roadmap import render_roadmap_digest
    from vocapp.queries.digest import roadmap_digest

    _replied(app)
    with app.app_context():
        for anonymise, shown in ((False, True), (True, False)):
            digest = roadmap_digest(date.today() - timedelta(days=30), date.today(), anonymise=anonymise)
            text = " ".join("".join(page.extract_text() for page in
                                    PdfReader(BytesIO(render_roadmap_digest(digest))).pages).split())
            assert "A Jira integration would have, yes." in text
            assert ("Asked: “Would a <b>Jira</b> sync have changed it?”" in text) is shown, anonymise
