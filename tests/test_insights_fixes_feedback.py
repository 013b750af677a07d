"""Roadmap feedback items: merges never make a cycle and chains resolve at any length; the ARR at risk comes from
what the database says about each account; staff edit an item's title and add mentions from their notes."""
from datetime import datetime

from sqlalchemy import func, select

from helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer
from vocapp.models import ApiToken, FeedbackItem, FeedbackMention, Response, Survey


def two_items(app):
    """Big Bank asks for a Salesforce integration, Small Shop for a dark mode: two items, one mention each."""
    with app.app_context():
        big = add_account("A-1", "Big Bank", 200_000, tier=1)
        small = add_account("A-2", "Small Shop", 10_000, tier=3)
        survey = Survey(kind="nps", name="Q1", status="open")
        for account, comment in ((big, "Please add a Salesforce integration."), (small, "Please add a dark mode.")):
            db.session.add(Response(survey=survey, account=account, comment=comment, score=9,
                                    submitted_at=datetime(2026, 10, 1)))
        db.session.commit()
        analyse(texts(), current_analyzer())
        items = {item.title.lower(): item.id for item in db.session.scalars(select(FeedbackItem))}
        return (next(i for t, i in items.items() if "salesforce" in t), next(i for t, i in items.items() if "dark" in t))


def api_items(app, client):
    with app.app_context():
        token, secret = ApiToken.issue("product tool")
        db.session.add(token)
        db.session.commit()
    return client.get("/api/v1/feedback", headers={"Authorization": f"Bearer {secret}"}).json["items"]


def test_two_stale_pages_merging_both_ways_keep_one_item_with_every_mention(login, app):
    first, second = two_items(app)
    client = login("product")
    client.post("/insights/feedback/merge", data={"item_id": [first, second], "target": first})
    # the second person's page still lists both: they merge the other way round
    response = client.post("/insights/feedback/merge", data={"item_id": [first, second], "target": second})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/insights/feedback/{first}")
    with app.app_context():
        assert db.session.get(FeedbackItem, first).merged_into_id is None, "no cycle stored"
        assert db.session.get(FeedbackItem, second).merged_into_id == first
    items = api_items(app, client)
    assert [(item["item_id"], item["mentions"], item["accounts"], item["impacted_arr"]) for item in items] == \
        [(first, 2, 2, 210_000)]
    page = client.get("/insights/feedback").get_data(as_text=True)
    assert "210,000" in page
    assert client.get(f"/insights/feedback/{second}").headers["Location"].endswith(f"/insights/feedback/{first}")
    item_page = client.get(f"/insights/feedback/{first}").get_data(as_text=True)
    assert "Salesforce" in item_page and "dark mode" in item_page


def test_a_cycle_stored_before_the_fix_still_shows_as_one_item(login, app):
    first, second = two_items(app)
    with app.app_context():
        db.session.get(FeedbackItem, first).merged_into_id = second
        db.session.get(FeedbackItem, second).merged_into_id = first
        db.session.commit()
    client = login("product")
    assert [item["item_id"] for item in api_items(app, client)] == [min(first, second)]
    for item_id in (first, second):
        response = client.get(f"/insights/feedback/{item_id}", follow_redirects=True)
        assert response.status_code == 200 and len(response.history) <= 1
    # merging into the survivor breaks the old cycle for good
    survivor, other = min(first, second), max(first, second)
    client.post("/insights/feedback/merge", data={"item_id": [other], "target": survivor})
    with app.app_context():
        assert db.session.get(FeedbackItem, survivor).merged_into_id is None


def test_a_chain_of_merges_resolves_to_its_last_item(login, app):
    first, second = two_items(app)
    with app.app_context():
        third = FeedbackItem(title="CRM connectors", key="crm connectors", staff_edited=True)
        db.session.add(third)
        db.session.flush()
        # an old chain: first -> second -> third, with a mention still on the first
        db.session.get(FeedbackItem, first).merged_into_id = second
        db.session.get(FeedbackItem, second).merged_into_id = third.id
        db.session.commit()
        third_id = third.id
    client = login("product")
    assert client.get(f"/insights/feedback/{first}").headers["Location"].endswith(f"/insights/feedback/{third_id}")
    items = api_items(app, client)
    assert [(item["item_id"], item["mentions"], item["accounts"]) for item in items] == [(third_id, 2, 2)]
    # a new comment asking for the first item lands on the last one
    with app.app_context():
        db.session.add(Response(survey=db.session.scalar(select(Survey)), account_id=None, score=8,
                                comment="Please add a Salesforce integration.", submitted_at=datetime(2026, 11, 1)))
        db.session.commit()
        analyse(texts(), current_analyzer())
        on_item = dict(db.session.execute(select(FeedbackMention.item_id, func.count())
                                          .group_by(FeedbackMention.item_id)).all())
        assert on_item == {third_id: 3}, "re-analysed mentions follow the chain too"


def test_arr_at_risk_comes_from_what_the_accounts_people_said(login, app):
    with app.app_context():
        unhappy = add_account("A-1", "Unhappy Inc", 50_000, tier=2)
        happy = add_account("A-2", "Happy Ltd", 30_000, tier=2)
        lukewarm = add_account("A-3", "Lukewarm AG", 20_000, tier=3)
        survey = Survey(kind="nps", name="Q1", status="open")
        for account, score, key in ((unhappy, 3, None), (happy, 10, None), (lukewarm, 9, "nice_to_have")):
            contact = add_contact(account, email=f"{account.external_id}@x.example")
            db.session.add(Response(survey=survey, account=account, contact=contact, score=score, key_question=key,
                                    comment="Please add a Salesforce integration.", submitted_at=datetime.now()))
        db.session.commit()
        analyse(texts(), current_analyzer())
    client = login("product")
    [item] = api_items(app, client)
    assert item["impacted_arr"] == 100_000
    assert item["arr_at_risk"] == 70_000, "the detractor and the nice-to-have account, not the promoter"
    page = client.get(f"/insights/feedback/{item['item_id']}").get_data(as_text=True)
    assert "70,000" in page


def test_staff_rename_an_item_and_re_analysis_keeps_their_title(login, app):
    first, _ = two_items(app)
    client = login("csm")
    response = client.post(f"/insights/feedback/{first}", data={
        "item-title": "Salesforce two-way sync", "item-status": "planned", "item-description": "Q3"})
    assert response.status_code == 302
    page = client.get(f"/insights/feedback/{first}").get_data(as_text=True)
    assert "Salesforce two-way sync" in page
    with app.app_context():
        analyse(texts(), current_analyzer())
        item = db.session.get(FeedbackItem, first)
        assert (item.title, item.status, item.staff_edited) == ("Salesforce two-way sync", "planned", True)
    empty = client.post(f"/insights/feedback/{first}", data={"item-title": "  ", "item-status": "new"})
    assert empty.status_code == 200 and "This field is required" in empty.get_data(as_text=True)


def test_a_mention_from_a_staff_note_counts_its_account_once(login, app):
    first, _ = two_items(app)
    with app.app_context():
        other = add_account("A-9", "Note Corp", 70_000, tier=2)
        big_id = db.session.scalar(select(FeedbackMention.account_id).where(FeedbackMention.item_id == first))
        other_id = other.id
    client = login("csm")
    for account_id, quote in ((other_id, "On the QBR call: they need Salesforce sync <b>now</b>."),
                              (big_id, "Their VP asked again in the renewal meeting.")):
        response = client.post(f"/insights/feedback/{first}",
                               data={"mention-account_id": account_id, "mention-quote": quote})
        assert response.status_code == 302
    with app.app_context():
        note = db.session.scalar(select(FeedbackMention).where(FeedbackMention.account_id == other_id))
        assert (note.source_type, note.origin, note.item_id) == ("note", "staff", first)
    [ranked] = [item for item in api_items(app, client) if item["item_id"] == first]
    assert (ranked["mentions"], ranked["accounts"], ranked["impacted_arr"]) == (3, 2, 270_000)
    page = client.get(f"/insights/feedback/{first}").get_data(as_text=True)
    assert "&lt;b&gt;now&lt;/b&gt;" in page and "<b>now</b>" not in page
    assert "Staff note" in page
