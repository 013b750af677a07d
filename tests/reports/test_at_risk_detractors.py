"""The database finds the accounts with a detractor among each person's latest NPS answer, and at_risk_accounts
reads and places only the others: both must find exactly the accounts the Python rule finds over gather_evidence's
answers, whoever the person is (a name two contacts share, a contact without a name, an anonymous answer), with
answers at the same moment, on the window's edge or outside it, and scores given in a survey that is not NPS."""
import random
from datetime import datetime, timedelta

import pytest

from analysis.personas import _latest_per_contact, place
from tests.helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.models import Account, Contact, CsmView, Response, Survey
from vocapp.queries.personas import at_risk_accounts, gather_evidence, latest_detractors, persona_config

NOW = datetime(2026, 12, 1, 12)
SINCE = NOW - timedelta(days=365)


def generate(rng: random.Random, accounts: int = 60) -> None:
    nps, custom = Survey(name="Pulse", kind="nps"), Survey(name="Onboarding", kind="custom")
    db.session.add_all([nps, custom])
    for number in range(accounts):
        account = Account(external_id=f"G-{number}", name=f"Account {number}", arr=1_000 * number,
                          status=rng.choice(["active"] * 5 + ["churned"]))
        db.session.add(account)
        people = [Contact(account=account, email=f"p{n}@g{number}.example", name=rng.choice(["Sam", "Sam", "Lee", ""]),
                          decision_maker=rng.random() < 0.3) for n in range(rng.randint(0, 3))]
        db.session.add_all(people)
        db.session.flush()
        if len(people) > 1 and rng.random() < 0.3:  # a name that reads like another contact's stand-in name
            people[0].name, people[1].name = people[1].email, ""
        for _ in range(rng.randint(0, 6)):
            db.session.add(Response(
                survey=rng.choice([nps, nps, nps, custom]), account_id=account.id,
                contact_id=rng.choice(people).id if people and rng.random() < 0.85 else None,  # else anonymous
                score=rng.choice([None, 0, 3, 6, 7, 8, 9, 10]),
                key_question=rng.choice([None, None, None, "essential", "nice_to_have", "no_longer_needed"]),
                # equal offsets are answers at the same moment; 365 days is the window's first instant
                submitted_at=NOW - timedelta(days=rng.choice([-1, 0, 2, 2, 30, 365, 366, 400]))))
        if rng.random() < 0.15:
            db.session.add(CsmView(account_id=account.id, answer=rng.choice(["essential", "nice_to_have"]),
                                   created_at=NOW - timedelta(days=rng.choice([3, 500]))))
    db.session.commit()


def detractors_by_python(account_ids) -> set[int]:
    return {account_id for account_id, evidence in gather_evidence(account_ids).items()
            if any(answer.category == "detractor" for answer in _latest_per_contact(evidence.nps_answers, SINCE, NOW))}


def at_risk_by_placement(account_ids) -> set[int]:
    """The definition: every answer read, each account placed with its reasons."""
    config = persona_config()
    return {account_id for account_id, evidence in gather_evidence(account_ids).items()
            if place(evidence, NOW, config).persona in ("nice_to_have", "no_longer_needed")} | \
        detractors_by_python(account_ids)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_database_finds_the_detractors_the_python_rule_finds(ctx, seed):
    generate(random.Random(seed))
    ids = list(db.session.scalars(db.select(Account.id)))
    expected = detractors_by_python(ids)
    assert 0 < len(expected) < len(ids)
    assert set(db.session.scalars(latest_detractors(ids, SINCE, NOW))) == expected
    active = db.select(Account.id).where(Account.status == "active")
    assert set(db.session.scalars(latest_detractors(active, SINCE, NOW))) == \
        expected & set(db.session.scalars(active))
    assert at_risk_accounts(ids, NOW) == at_risk_by_placement(ids)
    assert at_risk_accounts(active, NOW) == at_risk_by_placement(ids) & set(db.session.scalars(active))


@pytest.mark.parametrize("first, second, at_risk", [(10, 3, False), (3, 10, True)])
def test_of_two_answers_at_the_same_moment_the_one_stored_first_counts(ctx, first, second, at_risk):
    account = add_account()
    ana = add_contact(account)
    survey = Survey(name="Pulse", kind="nps")
    db.session.add(survey)
    for score in (first, second):
        db.session.add(Response(survey=survey, account_id=account.id, contact_id=ana.id, score=score,
                                submitted_at=NOW - timedelta(days=5)))
        db.session.flush()
    db.session.commit()
    assert (account.id in set(db.session.scalars(latest_detractors([account.id], SINCE, NOW)))) is at_risk
    assert (account.id in detractors_by_python([account.id])) is at_risk
    assert (account.id in at_risk_accounts([account.id], NOW)) is at_risk
