"""Duplicates consolidated (DOMAIN.md): a comment or an interview that asks twice for one item is one mention of it,
in the ranking (page, JSON, API), the digest, the item page and the account page; every quote stays in the
evidence. Staff notes have no source: each is its own mention."""
import re
from datetime import date, datetime

from helpers import add_account
from vocapp.extensions import db
from vocapp.models import ApiToken, FeedbackMention, Response, Survey
from vocapp.queries.digest import roadmap_digest
from vocapp.queries.feedback import ranking_json
from vocapp.roadmap.items import create_item


def _asked(app) -> tuple[int, int]:
    with app.app_context():
        acme = add_account("A-1", "Acme", 50_000)
        survey = Survey(kind="nps", name="Q3", status="open")
        twice = Response(survey=survey, account=acme, score=6,
                         comment="Currency. We sell in kronor and pounds and convert by hand.")
        once = Response(survey=survey, account=acme, score=7, comment="Multi-currency invoices please.")
        db.session.add_all([twice, once])
        db.session.flush()
        item = create_item("Multi-currency")
        for source, quote, day in ((twice, "Currency.", 1),
                                   (twice, "We sell in kronor and pounds and convert by hand.", 1),
                                   (once, "Multi-currency invoices please.", 2), (None, "QBR: currencies again", 3),
                                   (None, "CSM call: currencies", 4)):
            db.session.add(FeedbackMention(item=item, account_id=acme.id, quote=quote,
                                           mentioned_at=datetime(2026, 10, day),
                                           source_type="response" if source else "note",
                                           source_id=source.id if source else None))
        db.session.commit()
        return item.id, acme.id


def test_a_comment_that_asks_twice_is_one_mention_everywhere(login, app):
    item_id, account_id = _asked(app)
    with app.app_context():
        [row] = ranking_json()
        assert (row["mentions"], row["accounts"], row["impacted_arr"]) == (4, 1, 50_000), \
            "two comments and two notes; the comment that asked twice counts once"
        [entry] = roadmap_digest(date(2026, 9, 1), date(2026, 10, 31)).items
        assert entry.mentions == 4
    with app.app_context():
        token, secret = ApiToken.issue("product tool")
        db.session.add(token)
        db.session.commit()
    api = app.test_client().get("/api/v1/feedback", headers={"Authorization": f"Bearer {secret}"}).json["items"]
    assert [row["mentions"] for row in api] == [4]
    client = login("product")
    page = " ".join(client.get(f"/insights/feedback/{item_id}").get_data(as_text=True).split())
    assert '<span class="stat-label">Mentions</span><span class="stat-value">4</span>' in page
    assert "$50,000</span><span class=\"muted\">the active ones of 1 account that asked</span>" in page
    assert "5 quotes: a comment or interview that asks twice counts once</span>" in page  # no tiers: no "; —"
    assert page.count("<blockquote>") >= 5, "every quote stays in the evidence"
    account = " ".join(login("csm").get(f"/accounts/{account_id}").get_data(as_text=True).split())
    assert "Multi-currency</a>" in account and "×4" in account


def test_the_item_pages_tier_counts_say_they_count_accounts_not_mentions(login, app):
    with app.app_context():
        item = create_item("Audit log")
        for n, tier in enumerate((1, 1, 2, None)):
            account = add_account(f"T-{n}", f"Tiered {n}", 30_000, tier=tier)
            for day in (1, 2):  # two notes each: 8 mentions from 4 accounts
                db.session.add(FeedbackMention(item=item, account_id=account.id, quote=f"audit log please {day}",
                                               mentioned_at=datetime(2026, 10, day), source_type="note"))
        db.session.commit()
        item_id = item.id
    client = login("product")
    page = " ".join(client.get(f"/insights/feedback/{item_id}").get_data(as_text=True).split())
    assert '<span class="stat-label">Mentions</span><span class="stat-value">8</span>' in page
    assert "from 4 accounts (tier 1: 2, tier 2: 1, no tier: 1)</span>" in page
    ranking = " ".join(client.get("/insights/feedback").get_data(as_text=True).split())
    row = ranking.split("<tbody>")[1].split("<strong>Audit log</strong>")[1].split("</tr>")[0]
    assert 'title="tier 1: 2, tier 2: 1, no tier: 1"' in row, "the whole count in words, for a tooltip and a reader"
    badges = re.findall(r'<span class="badge tier-(\d)( tier-none)?">(\d+)</span>', row)
    assert badges == [("1", "", "2"), ("2", "", "1"), ("3", " tier-none", "0")]
    assert "+1 without a tier" in row
