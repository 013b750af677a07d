"""The digest's figures, gathered in a few aggregate queries, against the same figures computed in Python from
every mention, on generated accounts and mentions: periods long and short (an earlier period with mentions or
without), a tier, a product area, merged items, every account status, renewals on either side of 90 days and
accounts at risk."""
import random
from datetime import date, datetime, time, timedelta

import pytest

from analysis.personas import _latest_per_contact, place
from analysis.ranking import LOST_STATUSES
from vocapp.extensions import db
from vocapp.models import Account, Contact, FeedbackItem, FeedbackMention, Response, Survey
from vocapp.queries.digest import roadmap_digest
from vocapp.queries.personas import gather_evidence, persona_config

TODAY = date(2026, 12, 1)
FIRST_DAY = date(2024, 6, 1)


@pytest.fixture
def generated(ctx):
    rng = random.Random(17)
    accounts = [Account(external_id=f"G-{n}", name=f"Account {n}", arr=rng.choice([0, 1_500.5, 12_000, 40_000.25]),
                        status=rng.choice(["active"] * 4 + ["churned", "lost", "prospect"]), tier=rng.choice([1, 2, 3]),
                        renewal_date=TODAY + timedelta(days=rng.choice([-5, 0, 30, 90, 91, 200])))
                for n in range(40)]
    items = [FeedbackItem(title=f"Capability {n}", key=f"capability {n}", status="new",
                          product_area=rng.choice(["Integrations", "integrations", "Reporting", None]))
             for n in range(12)]
    survey = Survey(name="Pulse", kind="nps")
    db.session.add_all(accounts + items + [survey])
    db.session.flush()
    items[5].merged_into_id, items[9].merged_into_id = items[0].id, items[3].id
    for account in accounts:
        person = Contact(account=account, email=f"{account.external_id}@example.com", name=account.name)
        db.session.add(person)
        db.session.flush()
        if rng.random() < 0.7:
            db.session.add(Response(survey=survey, account_id=account.id, contact_id=person.id,
                                    score=rng.randint(0, 10),
                                    key_question=rng.choice([None, "essential", "nice_to_have"]),
                                    submitted_at=datetime.combine(TODAY - timedelta(days=rng.randint(1, 300)), time(9))))
    for _ in range(400):
        day = FIRST_DAY + timedelta(days=rng.randint(0, (TODAY - FIRST_DAY).days))
        db.session.add(FeedbackMention(item_id=rng.choice(items).id, account_id=rng.choice(accounts).id,
                                       quote="We need it.", source_type="note",
                                       mentioned_at=datetime.combine(day, time(rng.randint(0, 23), 30))))
    db.session.commit()
    return ctx


def figures_by_python(since: date, until: date, tier=None, area=None) -> tuple[dict, float]:
    items = {item.id: item for item in db.session.scalars(db.select(FeedbackItem))
             if item.merged_into_id is None and (area is None or (item.product_area or "").lower() == area.lower())}
    accounts = {account.id: account for account in db.session.scalars(db.select(Account))
                if tier is None or account.tier == tier}
    mentions = list(db.session.scalars(db.select(FeedbackMention)))

    def asked(start: date, end: date) -> set[tuple[int, int]]:
        return {(m.item_id, m.account_id) for m in mentions
                if start <= m.mentioned_at.date() <= end and m.item_id in items and m.account_id in accounts}

    now = datetime.combine(TODAY, time(12))
    config, window = persona_config(), timedelta(days=persona_config().window_days)
    risky = {account_id for account_id, evidence in gather_evidence(list(accounts)).items()
             if place(evidence, now, config).persona in ("nice_to_have", "no_longer_needed")
             or any(a.category == "detractor" for a in _latest_per_contact(evidence.nps_answers, now - window, now))}
    renews = {i for i, a in accounts.items() if TODAY <= a.renewal_date <= TODAY + timedelta(days=90)}
    active = {i for i, a in accounts.items() if a.status == "active"}
    pairs, earlier = asked(since, until), asked(since - (until - since) - timedelta(days=1), since - timedelta(days=1))
    figures = {}
    for item_id, item in items.items():
        askers = [accounts[a] for i, a in pairs if i == item_id]
        if not askers:
            continue
        before = [accounts[a].arr for i, a in earlier if i == item_id and a in active]
        figures[item.title] = {
            "accounts": len(askers), "tiers": tuple(sum(a.tier == n for a in askers) for n in (1, 2, 3)),
            "impacted": sum(a.arr for a in askers if a.id in active),
            "lost": sum(a.arr for a in askers if a.status in LOST_STATUSES),
            "renewing": sum(a.arr for a in askers if a.id in active & renews),
            "at_risk": sum(a.arr for a in askers if a.id in active and a.id in risky),
            "previous": sum(before) if before else None,
            "mentions": sum(1 for m in mentions if m.item_id == item_id and since <= m.mentioned_at.date() <= until)}
    renewing = sum(accounts[a].arr for a in {a for _, a in pairs} & active & renews)
    return figures, renewing


@pytest.mark.parametrize("since, until, tier, area", [
    (date(2025, 12, 2), TODAY, None, None),
    (date(2026, 9, 1), date(2026, 11, 30), None, None),
    (date(2026, 9, 1), date(2026, 11, 30), 2, None),
    (date(2025, 12, 2), TODAY, 3, "Integrations"),
    (date(2024, 6, 1), date(2024, 12, 31), None, "reporting"),  # nothing asked in the period before
])
def test_the_digest_sums_what_python_sums_from_every_mention(generated, since, until, tier, area):
    digest = roadmap_digest(since, until, product_area=area, tier=tier, today=TODAY)
    expected, renewing = figures_by_python(since, until, tier, area)
    assert expected and len(digest.items) == len(expected)
    for item in digest.items:
        assert {"accounts": item.accounts, "tiers": item.tiers, "impacted": pytest.approx(item.impacted_arr),
                "lost": pytest.approx(item.lost_arr), "renewing": pytest.approx(item.renewing_arr),
                "at_risk": pytest.approx(item.at_risk_arr),
                "previous": None if item.previous_impacted_arr is None else pytest.approx(item.previous_impacted_arr),
                "mentions": item.mentions} == expected[item.title], item.title
    assert digest.renewing_arr == pytest.approx(renewing)
