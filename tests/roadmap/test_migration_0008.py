"""Migration 0008 turns the feedback items of 0007 into roadmap items: every item, mention, merge and split is kept,
'declined' becomes 'wont_do', staff-made items and moved mentions keep being the staff's, and the ranking after
the upgrade counts the same asks as before."""
from flask_migrate import upgrade
from sqlalchemy import select, text

from conftest import reset_schema
from vocapp.extensions import db
from vocapp.models import FeedbackItem, FeedbackMention
from vocapp.queries.feedback import ranking_json

AT = "2026-10-05 14:23:51"


def _insert(connection, table, **values):
    columns = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    return connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id"), values).scalar()


def _item(connection, title, status="new", staff_edited=False, merged_into_id=None, product_area="integrations"):
    return _insert(connection, "feedback_items", title=title, key=title.lower(), product_area=product_area,
                   status=status, description="", staff_edited=staff_edited, merged_into_id=merged_into_id,
                   created_at=AT, updated_at=AT)


def _mention(connection, item_id, account_id, quote, origin="analysis", rule="ask: 'please add'"):
    return _insert(connection, "feedback_mentions", item_id=item_id, account_id=account_id, source_type="note",
                   source_id=None, quote=quote, request_text=quote, rule=rule, origin=origin, mentioned_at=AT)


def test_feedback_items_of_0007_become_roadmap_items_with_every_mention_merge_and_split(ctx):
    reset_schema(db)
    upgrade(revision="0007_report_subscriptions")
    with db.engine.begin() as connection:
        big = _insert(connection, "accounts", external_id="A-1", name="Big Bank", arr=200_000, status="active",
                      created_at=AT, updated_at=AT)
        small = _insert(connection, "accounts", external_id="A-2", name="Small Shop", arr=10_000, status="active",
                        created_at=AT, updated_at=AT)
        jira = _item(connection, "Jira integration", status="planned", staff_edited=True)
        jira_sync = _item(connection, "Jira sync", merged_into_id=jira, staff_edited=True)  # a merge
        dark = _item(connection, "Dark mode", status="declined", product_area=None)
        # a split: "Slack alerts" was made by staff from two of the Jira item's mentions
        slack = _item(connection, "Slack alerts", staff_edited=True)
        mentions = {
            _mention(connection, jira, big, "Please add a Jira integration."): (jira, "analysis"),
            _mention(connection, jira, small, "Jira sync please."): (jira, "analysis"),  # moved there by the merge
            _mention(connection, jira_sync, small, "Left behind on the merged item."): (jira_sync, "analysis"),
            _mention(connection, slack, big, "Alerts in Slack would help.", origin="staff"): (slack, "staff"),
            _mention(connection, slack, small, "Slack pings please.", origin="staff"): (slack, "staff"),
            _mention(connection, dark, small, "A dark mode, please."): (dark, "analysis"),
            _mention(connection, dark, big, "On a call: dark mode", origin="staff", rule="added by staff"):
                (dark, "staff"),
        }
    upgrade()

    items = {item.id: item for item in db.session.scalars(select(FeedbackItem))}
    assert set(items) == {jira, jira_sync, dark, slack}
    assert items[dark].status == "wont_do", "declined is now won't do"
    assert (items[jira].status, items[jira_sync].merged_into_id) == ("planned", jira)
    assert all(item.aliases == [] and item.shipped_on is None for item in items.values())
    assert {item.id: item.origin for item in items.values()} == {
        jira: "staff", jira_sync: "staff", slack: "staff", dark: "analysis"}
    stored = {mention.id: mention for mention in db.session.scalars(select(FeedbackMention))}
    assert {key: (m.item_id, m.origin) for key, m in stored.items()} == mentions, "every mention where it was"
    assert all(m.confidence == 1 for m in stored.values())
    assert {m.quote: m.review for m in stored.values() if m.origin == "staff"} == {
        "Alerts in Slack would help.": "confirmed", "Slack pings please.": "confirmed",
        "On a call: dark mode": "confirmed"}
    assert all(m.review is None for m in stored.values() if m.origin == "analysis"), "nothing waits for triage"

    ranking = {row["item"]: (row["mentions"], row["accounts"], row["impacted_arr"]) for row in ranking_json()}
    assert ranking == {"Jira integration": (3, 2, 210_000), "Slack alerts": (2, 2, 210_000),
                       "Dark mode": (2, 2, 210_000)}, "the merged item's mention counts for its target"
