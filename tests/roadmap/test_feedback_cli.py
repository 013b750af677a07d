"""`voc feedback`: the contracts other tools read (item add prints only the id, the JSON shapes of item list and
the ranking), clear errors naming the option, and the catalogue's load and clear."""
import json
from datetime import date, datetime

from sqlalchemy import func, select

from helpers import add_account
from vocapp.extensions import db
from vocapp.models import FeedbackItem, FeedbackMention


def voc(runner, *args):
    return runner.invoke(args=["voc", *args])


def ask(item_id: int, account_id, quote: str, at=datetime(2026, 10, 1), **fields):
    db.session.add(FeedbackMention(item_id=item_id, account_id=account_id, source_type="note",
                                   quote=quote, mentioned_at=at, **fields))
    db.session.commit()


def test_item_add_prints_only_the_new_id_and_item_list_gives_the_json_shape(runner, app):
    result = voc(runner, "feedback", "item", "add", "Jira integration", "--aliases", "Jira sync; Atlassian connector;",
                 "--area", "Integrations", "--status", "under review")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip().isdigit() and result.stdout == f"{int(result.stdout)}\n"
    item_id = int(result.stdout)
    listed = json.loads(voc(runner, "feedback", "item", "list", "--json").stdout)
    assert listed == [{"id": item_id, "name": "Jira integration", "aliases": ["Jira sync", "Atlassian connector"],
                       "area": "integrations", "status": "under_review", "shipped_on": None, "description": "",
                       "origin": "staff"}]
    with app.app_context():
        assert db.session.get(FeedbackItem, item_id).staff_edited is True
    text = voc(runner, "feedback", "item", "list").stdout
    assert "Jira integration" in text and "Under review" in text and "Integrations" in text


def test_names_and_aliases_name_one_item_and_errors_name_the_option(runner, app):
    first = int(voc(runner, "feedback", "item", "add", "Calendar view", "--aliases", "see tasks on a calendar").stdout)
    same = voc(runner, "feedback", "item", "add", "calendar VIEW")
    assert same.exit_code == 2 and "NAME" in same.output and "already the name of the item" in same.output
    alias = voc(runner, "feedback", "item", "add", "See tasks on a calendar")
    assert alias.exit_code == 2 and "already the alias of the item “Calendar view”" in alias.output
    clash = voc(runner, "feedback", "item", "add", "Gantt chart", "--aliases", "timeline;Calendar view")
    assert clash.exit_code == 2 and "--aliases" in clash.output and "Calendar view" in clash.output
    status = voc(runner, "feedback", "item", "add", "Gantt chart", "--status", "maybe")
    assert status.exit_code == 2 and "--status" in status.output and "Won't do" in status.output
    area = voc(runner, "feedback", "item", "add", "Gantt chart", "--area", "Space travel")
    assert area.exit_code == 2 and "--area" in area.output and "not a product area" in area.output
    missing = voc(runner, "feedback", "item", "rename", "999", "Anything")
    assert missing.exit_code == 2 and "no roadmap item with id 999" in missing.output
    with app.app_context():
        assert db.session.scalar(select(func.count(FeedbackItem.id))) == 1, "no failed command wrote an item"
    renamed = voc(runner, "feedback", "item", "rename", str(first), "Calendar")
    assert renamed.exit_code == 0 and json.loads(voc(runner, "feedback", "item", "list", "--json").stdout)[0]["name"] == "Calendar"


def test_status_accepts_keys_and_human_forms_and_shipped_keeps_its_day(runner, app):
    item_id = voc(runner, "feedback", "item", "add", "Dark mode").stdout.strip()
    for written, stored in (("In Progress", "in_progress"), ("won’t do", "wont_do"), ("UNDER_REVIEW", "under_review"),
                            ("Won't do", "wont_do"), ("planned", "planned")):
        result = voc(runner, "feedback", "item", "status", item_id, written)
        assert result.exit_code == 0, result.output
        with app.app_context():
            assert db.session.get(FeedbackItem, int(item_id)).status == stored
    voc(runner, "feedback", "item", "status", item_id, "shipped", "--shipped-on", "2026-11-20")
    with app.app_context():
        item = db.session.get(FeedbackItem, int(item_id))
        assert (item.status, item.shipped_on) == ("shipped", date(2026, 11, 20))
    voc(runner, "feedback", "item", "status", item_id, "planned")
    with app.app_context():
        assert db.session.get(FeedbackItem, int(item_id)).shipped_on is None, "leaving shipped clears the day"
    voc(runner, "feedback", "item", "status", item_id, "shipped")
    with app.app_context():
        assert db.session.get(FeedbackItem, int(item_id)).shipped_on == date.today()
    bad = voc(runner, "feedback", "item", "status", item_id, "done")
    assert bad.exit_code == 2 and "STATUS" in bad.output


def test_ranking_json_is_the_contract_in_rank_order_with_period_and_area(runner, app):
    with app.app_context():
        big = add_account("A-1", "Big Bank", 200_000, tier=1).id
        small = add_account("A-2", "Small Shop", 10_000, tier=3).id
        gone = add_account("A-3", "Gone Co", 40_000, status="churned").id
    jira = int(voc(runner, "feedback", "item", "add", "Jira integration", "--area", "integrations").stdout)
    sso = int(voc(runner, "feedback", "item", "add", "SSO with Okta", "--area", "identity_access").stdout)
    with app.app_context():
        ask(jira, small, "Jira sync please", at=datetime(2026, 9, 1))
        ask(jira, small, "Still no Jira", at=datetime(2026, 10, 2))
        ask(jira, gone, "We left without Jira", at=datetime(2026, 10, 3))
        ask(sso, big, "Okta SSO", at=datetime(2026, 10, 5))
    rows = json.loads(voc(runner, "feedback", "ranking", "--json").stdout)
    assert [{key: row[key] for key in ("item", "impacted_arr", "accounts", "at_risk_arr", "lost_arr", "mentions")}
            for row in rows] == [
        {"item": "SSO with Okta", "impacted_arr": 200_000, "accounts": 1, "at_risk_arr": 0, "lost_arr": 0, "mentions": 1},
        {"item": "Jira integration", "impacted_arr": 10_000, "accounts": 2, "at_risk_arr": 0, "lost_arr": 40_000,
         "mentions": 3}]
    october = json.loads(voc(runner, "feedback", "ranking", "--json", "--since", "2026-10-01", "--until",
                             "2026-10-04").stdout)
    assert [(row["item"], row["mentions"]) for row in october] == [("Jira integration", 2)]
    area = json.loads(voc(runner, "feedback", "ranking", "--json", "--area", "Integrations").stdout)
    assert [row["item"] for row in area] == ["Jira integration"]
    voc(runner, "feedback", "item", "add", "Dark mode")
    text = voc(runner, "feedback", "ranking").stdout
    assert "SSO with Okta" in text and "200,000" in text and text.index("SSO") < text.index("Jira")
    assert "Dark mode" not in text and "(1 item nobody has asked for is not listed.)" in text
    backwards = voc(runner, "feedback", "ranking", "--since", "2026-10-05", "--until", "2026-10-01")
    assert backwards.exit_code == 2 and "--since" in backwards.output
    bad_day = voc(runner, "feedback", "ranking", "--since", "yesterday")
    assert bad_day.exit_code == 2 and "--since" in bad_day.output


def test_merge_from_the_command_line_moves_the_asks(runner, app):
    with app.app_context():
        account = add_account().id
    first = int(voc(runner, "feedback", "item", "add", "Jira sync").stdout)
    second = int(voc(runner, "feedback", "item", "add", "Jira integration").stdout)
    with app.app_context():
        ask(first, account, "Sync with Jira")
    result = voc(runner, "feedback", "item", "merge", str(first), str(second))
    assert result.exit_code == 0 and "merged into Jira integration" in result.output
    assert [item["id"] for item in json.loads(voc(runner, "feedback", "item", "list", "--json").stdout)] == [second]
    again = voc(runner, "feedback", "item", "merge", str(first), str(second))
    assert again.exit_code == 2 and "already part of" in again.output


def test_catalogue_load_is_idempotent_and_clear_keeps_what_customers_asked_for(runner, app):
    from analysis.catalogue import load_catalogue

    size = len(load_catalogue())
    assert size >= 60
    loaded = voc(runner, "feedback", "catalogue", "load")
    assert loaded.exit_code == 0 and f"{size} items added" in loaded.output
    assert "0 items added" in voc(runner, "feedback", "catalogue", "load").output
    items = json.loads(voc(runner, "feedback", "item", "list", "--json").stdout)
    assert len(items) == size and {item["origin"] for item in items} == {"catalogue"}
    assert all(item["aliases"] and item["area"] for item in items)
    own = int(voc(runner, "feedback", "item", "add", "Carbon footprint report").stdout)
    with app.app_context():
        asked = next(item for item in items if item["name"] == "Jira integration")
        ask(asked["id"], add_account().id, "We need Jira")
    planned = next(item for item in items if item["name"] == "Dark mode")
    voc(runner, "feedback", "item", "status", str(planned["id"]), "planned")
    cleared = voc(runner, "feedback", "catalogue", "clear")
    assert cleared.exit_code == 0
    assert f"{size - 2} catalogue items removed; 1 kept because customers asked for it, 1 because you gave it " \
           "a status" in cleared.output
    left = {item["id"] for item in json.loads(voc(runner, "feedback", "item", "list", "--json").stdout)}
    assert left == {asked["id"], planned["id"], own}
