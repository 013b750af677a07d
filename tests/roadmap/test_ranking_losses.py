"""The ranking's ARR already lost counts the loss and churn interviews that cite an item (a lost prospect has
no ARR of its own; its deal's ARR at stake is what was lost), each deal once, as the roadmap digest does."""
from datetime import date, datetime

from helpers import add_account
from vocapp.extensions import db
from vocapp.models import FeedbackMention, Interview
from vocapp.queries.feedback import ranking_json
from vocapp.roadmap.items import create_item


def cite(item, interview, quote):
    db.session.add(FeedbackMention(item_id=item.id, account_id=interview.account_id, source_type="interview",
                                   source_id=interview.id, quote=quote, request_text=quote,
                                   mentioned_at=datetime(2026, 10, 20)))


def test_a_lost_deal_that_cites_an_item_counts_its_arr_at_stake_once(ctx):
    prospect = add_account("P-1", "Prospero", 0, status="lost")
    jira = create_item("Jira integration")
    first, second = (Interview(account_id=prospect.id, outcome="loss", arr_at_stake=arr, deal_id="D-9",
                               interviewed_on=date(2026, 10, 20)) for arr in (60_000, 55_000))
    db.session.add_all([first, second])
    db.session.flush()
    cite(jira, first, "No Jira, no deal.")
    cite(jira, second, "We needed Jira.")
    db.session.commit()
    [row] = ranking_json()
    assert row["item"] == "Jira integration" and row["lost_arr"] == 60_000 and row["impacted_arr"] == 0
    assert ranking_json(since=date(2026, 11, 1)) == []
