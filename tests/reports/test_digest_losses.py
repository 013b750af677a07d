"""The digest's ARR already lost counts the loss and churn interviews that cite an item, a deal once; its ARR at
risk comes from the asking accounts' people; statuses read as words."""
from datetime import date, datetime, timedelta
from io import BytesIO

import pytest
from pypdf import PdfReader

from reports.roadmap import render_roadmap_digest
from tests.helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.models import FeedbackItem, FeedbackMention, Interview, Response, Survey
from vocapp.models.base import utcnow
from vocapp.queries.digest import item_ranks, roadmap_digest

TODAY = date(2026, 12, 1)
SINCE, UNTIL = date(2026, 10, 1), date(2026, 11, 30)
IN_PERIOD = datetime(2026, 10, 15, 9, 30)


def cite(item, account, interview=None, at=IN_PERIOD, quote="We need it."):
    db.session.add(FeedbackMention(item=item, account=account, quote=quote, mentioned_at=at,
                                   source_type="interview" if interview else "note",
                                   source_id=interview.id if interview else None))


def interview(account, outcome, arr=None, deal_id=None, on=date(2026, 10, 20)):
    found = Interview(account_id=account.id, outcome=outcome, arr_at_stake=arr, deal_id=deal_id, interviewed_on=on)
    db.session.add(found)
    db.session.flush()
    return found


@pytest.fixture
def lost_deals(ctx):
    acme = add_account("A", "Acme", 100_000, tier=1)
    crux = add_account("C", "Crux", 80_000, tier=2, status="churned")
    pros = add_account("P", "Prospero", 0, tier=3, status="lost")
    newt = add_account("N", "Newton", 0, tier=3, status="prospect")
    jira, sso, mobile = (FeedbackItem(title=title, key=title.lower(), status=status) for title, status in (
        ("Jira integration", "under_review"), ("Single sign-on", "wont_do"), ("Mobile app", "in_progress")))
    db.session.add_all([jira, sso, mobile])
    db.session.flush()
    cite(jira, acme)
    # Crux churned with its own ARR: its churn interview citing Jira is the same loss, counted once
    cite(jira, crux, interview(crux, "churn", arr=75_000))
    # Prospero, a lost prospect (ARR 0): one deal, two people interviewed, both cite Jira: the deal's ARR, once
    cite(jira, pros, interview(pros, "loss", arr=40_000, deal_id="D-7"))
    cite(jira, pros, interview(pros, "loss", arr=45_000, deal_id="D-7"))
    # Newton, a prospect: a lost deal without a deal id cites SSO; a won deal and an older loss do not count
    cite(sso, newt, interview(newt, "loss", arr=30_000))
    cite(sso, newt, interview(newt, "win", arr=12_000))
    cite(mobile, newt, interview(newt, "loss", arr=9_000, on=date(2026, 5, 1)), at=datetime(2026, 5, 1, 12))
    cite(mobile, newt)  # asked in the period, in a note: no loss to count
    db.session.commit()
    return ctx


def test_loss_and_churn_interviews_add_their_deals_once(lost_deals):
    digest = roadmap_digest(SINCE, UNTIL, today=TODAY)
    lost = {item.title: item.lost_arr for item in digest.items}
    assert lost == {"Jira integration": 80_000 + 45_000, "Single sign-on": 30_000, "Mobile app": 0}
    jira = digest.items[0]
    assert (jira.title, jira.impacted_arr, jira.accounts, jira.mentions) == ("Jira integration", 100_000, 3, 4)


def test_the_lost_arr_breaks_ties_the_same_way_in_the_account_reviews_ranks(lost_deals):
    digest = roadmap_digest(SINCE, UNTIL, today=TODAY)
    # SSO and Mobile: no active ARR, one account each: SSO's lost deal puts it first (the title would not)
    assert [item.title for item in digest.items] == ["Jira integration", "Single sign-on", "Mobile app"]
    ranks = item_ranks(SINCE, UNTIL)
    titles = {item.id: item.title for item in db.session.scalars(db.select(FeedbackItem))}
    assert [titles[key] for key in sorted(ranks, key=ranks.get)] == [item.title for item in digest.items]


def test_statuses_read_as_words_in_the_pdf(lost_deals):
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(
        render_roadmap_digest(roadmap_digest(SINCE, UNTIL, today=TODAY)))).pages)
    assert "Under review" in text and "Won't do" in text and "In progress" in text
    assert "wont_do" not in text and "under_review" not in text


def test_the_arr_at_risk_is_the_asking_accounts_with_a_detractor_or_a_doubt(ctx):
    sure = add_account("S", "Sure", 10_000)
    doubt = add_account("D", "Doubt", 20_000)
    critic = add_account("K", "Critic", 40_000)
    item = FeedbackItem(title="Export", key="export", status="new")
    survey = Survey(name="Q4", kind="nps")
    db.session.add_all([item, survey])
    db.session.flush()
    answered = utcnow() - timedelta(days=30)  # inside the persona window, whatever today is
    for account, score, key in ((sure, 10, "essential"), (doubt, 9, "nice_to_have"), (critic, 3, None)):
        db.session.add(Response(survey=survey, account_id=account.id, contact_id=add_contact(account).id, score=score,
                                key_question=key, submitted_at=answered))
        cite(item, account)
    db.session.commit()
    [export] = roadmap_digest(SINCE, UNTIL, today=TODAY).items
    assert (export.impacted_arr, export.at_risk_arr) == (70_000, 60_000)
