"""Roadmap items on the web: a product manager creates an item by name with aliases and an area, edits it, sets
its status (shipped keeps its day, leaving shipped clears it), and who may do what; the API gives the ranking's
contract keys and takes a period."""
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from helpers import add_account
from vocapp.extensions import db
from vocapp.models import ApiToken, FeedbackItem, FeedbackMention
from vocapp.roadmap.items import ItemError, create_item, merge_items, set_status, split_item
from vocapp.roadmap.statuses import parse_status


def item_form(**fields) -> dict:
    data = {"item-title": "", "item-aliases": "", "item-product_area": "", "item-status": "new",
            "item-shipped_on": "", "item-description": ""}
    data.update({f"item-{key}": value for key, value in fields.items()})
    return data


def test_status_words_people_write_map_to_the_stored_keys():
    assert [parse_status(text) for text in ("new", "Under review", "under_review", "IN PROGRESS", "in-progress",
                                            "Won't do", "won’t do", "wont_do", "Shipped")] == \
        ["new", "under_review", "under_review", "in_progress", "in_progress", "wont_do", "wont_do", "wont_do", "shipped"]
    with pytest.raises(ValueError, match="Under review"):
        parse_status("declined")


def test_shipped_keeps_its_day_and_leaving_shipped_clears_it(ctx):
    item = create_item("Dark mode")
    set_status(item, "shipped", today=date(2026, 11, 2))
    assert (item.status, item.shipped_on) == ("shipped", date(2026, 11, 2))
    set_status(item, "shipped", today=date(2026, 11, 30))
    assert item.shipped_on == date(2026, 11, 2), "saving a shipped item again keeps the day it shipped"
    set_status(item, "shipped", date(2026, 10, 1))
    assert item.shipped_on == date(2026, 10, 1), "a day given wins"
    set_status(item, "in progress")
    assert (item.status, item.shipped_on) == ("in_progress", None)
    with pytest.raises(ItemError) as error:
        set_status(item, "done")
    assert error.value.field == "status"


def test_a_new_item_from_the_web_with_aliases_one_per_line(login, app):
    client = login("product")
    page = client.get("/insights/feedback/new").get_data(as_text=True)
    assert "New roadmap item" in page and "Identity and access" in page
    response = client.post("/insights/feedback/new", data=item_form(
        title="Jira integration", aliases="Jira sync\n  Atlassian connector \n\njira SYNC", product_area="integrations",
        status="planned", description="Two-way sync of issues."))
    assert response.status_code == 302
    with app.app_context():
        item = db.session.scalar(select(FeedbackItem))
        assert (item.title, item.aliases, item.product_area, item.status, item.origin, item.staff_edited) == \
            ("Jira integration", ["Jira sync", "Atlassian connector"], "integrations", "planned", "staff", True)
        item_id = item.id
    assert response.headers["Location"].endswith(f"/insights/feedback/{item_id}")
    page = client.get(f"/insights/feedback/{item_id}").get_data(as_text=True)
    assert "Atlassian connector" in page and "Integrations" in page and "Two-way sync of issues." in page

    clash = client.post("/insights/feedback/new", data=item_form(title="Dark mode", aliases="Night theme\njira sync"))
    text = clash.get_data(as_text=True)
    assert clash.status_code == 200 and "The alias “jira sync” is already the alias of the item “Jira integration”" in text
    same = client.post("/insights/feedback/new", data=item_form(title="JIRA Integration"))
    assert same.status_code == 200 and "already the name of the item “Jira integration”" in same.get_data(as_text=True)
    bad_area = client.post("/insights/feedback/new", data=item_form(title="Dark mode", product_area="space"))
    assert bad_area.status_code == 200 and "Not a valid choice" in bad_area.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalar(select(func.count(FeedbackItem.id))) == 1


def test_editing_an_item_and_marking_it_shipped_leads_to_who_asked(login, app):
    with app.app_context():
        item_id = create_item("Dark mode").id
        db.session.commit()
    client = login("product")
    saved = client.post(f"/insights/feedback/{item_id}", data=item_form(title="Dark theme", aliases="Dark mode\nNight mode",
                                                                       product_area="customisation", status="under review"))
    assert saved.status_code == 200, "a status the select does not offer is refused"
    saved = client.post(f"/insights/feedback/{item_id}", data=item_form(title="Dark theme", aliases="Dark mode\nNight mode",
                                                                       product_area="customisation", status="under_review"))
    assert saved.status_code == 302 and saved.headers["Location"].endswith(f"/insights/feedback/{item_id}")
    with app.app_context():
        item = db.session.get(FeedbackItem, item_id)
        assert (item.title, item.aliases, item.status) == ("Dark theme", ["Dark mode", "Night mode"], "under_review")
    shipped = client.post(f"/insights/feedback/{item_id}", data=item_form(title="Dark theme", status="shipped"))
    assert shipped.headers["Location"].endswith(f"/insights/feedback/{item_id}/asked")
    with app.app_context():
        assert db.session.get(FeedbackItem, item_id).shipped_on == date.today()
    client.post(f"/insights/feedback/{item_id}", data=item_form(title="Dark theme", status="planned"))
    with app.app_context():
        assert db.session.get(FeedbackItem, item_id).shipped_on is None


def test_split_makes_a_new_item_and_moved_mentions_count_as_confirmed(ctx):
    account = add_account()
    item = create_item("Integrations")
    for quote in ("Jira sync please", "Slack alerts please", "Jira again"):
        db.session.add(FeedbackMention(item=item, account_id=account.id, source_type="note", quote=quote))
    db.session.commit()
    moving = [m.id for m in item.mentions if "Jira" in m.quote]
    with pytest.raises(ItemError, match="already the name"):
        split_item(item, "integrations", moving)
    db.session.rollback()
    new, moved = split_item(item, "Jira integration", moving)
    assert moved == 2 and {m.quote for m in new.mentions} == {"Jira sync please", "Jira again"}
    assert {(m.origin, m.review) for m in new.mentions} == {("staff", "confirmed")}
    with pytest.raises(ItemError, match="some, but not all"):
        split_item(new, "Other", [m.id for m in new.mentions])
    result = merge_items([new.id], item.id)
    assert result.merged == 1 and len(db.session.get(FeedbackItem, item.id).mentions) == 3


def test_only_feedback_managers_create_or_edit_items(login, app):
    with app.app_context():
        item_id = create_item("Dark mode").id
        db.session.commit()
    client = login("interviewer")
    assert client.get("/insights/feedback/new").status_code == 403
    assert client.post(f"/insights/feedback/{item_id}", data=item_form(title="X")).status_code == 403


def test_the_api_gives_the_contract_keys_and_takes_a_period_and_an_area(client, app):
    with app.app_context():
        big = add_account("A-1", "Big Bank", 200_000).id
        gone = add_account("A-2", "Gone Co", 40_000, status="churned").id
        jira = create_item("Jira integration", product_area="integrations").id
        sso = create_item("SSO", product_area="identity_access").id
        for item_id, account_id, at in ((jira, big, datetime(2026, 9, 1)), (jira, gone, datetime(2026, 10, 2)),
                                        (sso, big, datetime(2026, 10, 3))):
            db.session.add(FeedbackMention(item_id=item_id, account_id=account_id, source_type="note", quote="…",
                                           mentioned_at=at))
        token, secret = ApiToken.issue("product tool")
        db.session.add(token)
        db.session.commit()
    headers = {"Authorization": f"Bearer {secret}"}
    rows = client.get("/api/v1/feedback", headers=headers).json["items"]
    assert [(row["item"], row["title"], row["impacted_arr"], row["at_risk_arr"], row["lost_arr"], row["arr_lost"],
             row["accounts"], row["mentions"]) for row in rows] == [
        ("Jira integration", "Jira integration", 200_000, 0, 40_000, 40_000, 2, 2),
        ("SSO", "SSO", 200_000, 0, 0, 0, 1, 1)]
    october = client.get("/api/v1/feedback?since=2026-10-01&until=2026-10-31", headers=headers).json["items"]
    assert [(row["item"], row["impacted_arr"], row["lost_arr"]) for row in october] == \
        [("SSO", 200_000, 0), ("Jira integration", 0, 40_000)]
    area = client.get("/api/v1/feedback?area=Identity and access", headers=headers).json["items"]
    assert [row["item"] for row in area] == ["SSO"]
    bad = client.get("/api/v1/feedback?since=last week", headers=headers)
    assert bad.status_code == 400 and "since" in bad.json["detail"]
    bad = client.get("/api/v1/feedback?area=space", headers=headers)
    assert bad.status_code == 400 and "area" in bad.json["detail"]


def test_a_fresh_install_offers_the_catalogue_and_a_way_to_clear_it(login, app):
    from analysis.catalogue import load_catalogue

    size = len(load_catalogue())
    client = login("product")
    page = client.get("/insights/feedback").get_data(as_text=True)
    assert f"Load {size} common requests" in page and "integrations, identity and access" in page
    assert "Clear the default catalogue" not in page
    loaded = client.post("/insights/feedback/catalogue/load", follow_redirects=True).get_data(as_text=True)
    assert f"{size} items added from the default catalogue" in loaded and "Jira integration" in loaded
    assert "Clear the default catalogue" in loaded and f"Load {size} common requests" not in loaded
    with app.app_context():
        assert db.session.scalar(select(func.count(FeedbackItem.id)).where(FeedbackItem.origin == "catalogue")) == size
    page = client.get("/insights/feedback").get_data(as_text=True)
    assert f"{size} items nobody has asked for yet are not listed" in page
    cleared = client.post("/insights/feedback/catalogue/clear", follow_redirects=True).get_data(as_text=True)
    assert f"{size} catalogue items removed; 0 kept" in cleared
    with app.app_context():
        assert db.session.scalar(select(func.count(FeedbackItem.id))) == 0


def test_an_interviewer_cannot_load_or_clear_the_catalogue(login, app):
    client = login("interviewer")
    assert client.post("/insights/feedback/catalogue/load").status_code == 403
    assert client.post("/insights/feedback/catalogue/clear").status_code == 403
    with app.app_context():
        assert db.session.scalar(select(func.count(FeedbackItem.id))) == 0
