"""The digest reads thousands of accounts' personas through a lean path (persona_of, answers of the window only):
it must place every account exactly as analysis.personas.place does, and find the same accounts at risk."""
import random
from datetime import datetime, timedelta

from analysis.personas import AccountEvidence, Interview, KeyAnswer, NpsAnswer, PersonaConfig, place
from tests.helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.models import Account, CsmView, Response, Survey
from vocapp.models.base import utcnow
from vocapp.queries.personas import at_risk_accounts, gather_evidence, persona_config, persona_of

NOW = datetime(2026, 12, 1, 12)
PEOPLE = ["Ana", "Ben", "Cy", "Dee"]


def random_evidence(rng: random.Random, number: int) -> AccountEvidence:
    def when() -> datetime:  # some outside the year's window, some on the same day (ties)
        return NOW - timedelta(days=rng.choice([0, 3, 3, 40, 200, 364, 366, 500]))

    evidence = AccountEvidence(number, rng.choice(["active"] * 6 + ["churned", "prospect"]))
    for _ in range(rng.randint(0, 4)):
        evidence.key_answers.append(KeyAnswer(rng.choice(PEOPLE), rng.choice(["essential", "nice_to_have",
                                                                              "no_longer_needed"]),
                                              when(), rng.random() < 0.4))
    for _ in range(rng.randint(0, 5)):
        evidence.nps_answers.append(NpsAnswer(rng.choice(PEOPLE), rng.randint(0, 10), when(), rng.random() < 0.4))
    for _ in range(rng.randint(0, 2)):
        evidence.interviews.append(Interview(rng.choice(["win", "loss", "churn", "downgrade"]) if rng.random() < 0.3
                                             else "win", when(), rng.choice([None, "essential", "nice_to_have"]),
                                             rng.choice(PEOPLE + [None]), rng.random() < 0.5, ref=rng.randint(1, 9)))
    return evidence


def test_persona_of_places_every_account_as_place_does():
    rng = random.Random(11)
    for config in (PersonaConfig(), PersonaConfig(window_days=90, decision_maker_weight=3.0)):
        for number in range(3000):
            evidence = random_evidence(rng, number)
            assert persona_of(evidence, NOW, config) == place(evidence, NOW, config).persona, evidence


def reference_at_risk(account_ids, now):
    """The definition the lean path replaced: every answer read, each account placed with its reasons."""
    config = persona_config()
    since = now - timedelta(days=config.window_days)
    risky = set()
    for account_id, evidence in gather_evidence(account_ids).items():
        latest = {}
        for answer in evidence.nps_answers:
            if since <= answer.at <= now and (answer.contact_id not in latest
                                              or answer.at > latest[answer.contact_id].at):
                latest[answer.contact_id] = answer
        if place(evidence, now, config).persona in ("nice_to_have", "no_longer_needed") or \
                any(answer.category == "detractor" for answer in latest.values()):
            risky.add(account_id)
    return risky


def test_at_risk_accounts_agrees_with_the_full_placement_for_a_list_or_a_query(ctx):
    rng = random.Random(5)
    now = utcnow()
    survey = Survey(name="Pulse", kind="nps")
    db.session.add(survey)
    for number in range(40):
        account = add_account(f"R-{number}", f"Account {number}", 1_000 * number,
                              status=rng.choice(["active"] * 5 + ["churned"]))
        people = [add_contact(account, f"p{n}@r{number}.example", f"Person {number}-{n}",
                              decision_maker=rng.random() < 0.3) for n in range(rng.randint(0, 3))]
        for person in people:
            for _ in range(rng.randint(0, 2)):
                db.session.add(Response(survey=survey, account_id=account.id, contact_id=person.id,
                                        score=rng.randint(0, 10),
                                        key_question=rng.choice([None, None, "essential", "nice_to_have"]),
                                        submitted_at=now - timedelta(days=rng.choice([1, 30, 200, 400]))))
        if rng.random() < 0.2:
            db.session.add(CsmView(account_id=account.id, answer=rng.choice(["essential", "no_longer_needed"]),
                                   created_at=now - timedelta(days=rng.choice([2, 500]))))
    db.session.commit()
    ids = list(db.session.scalars(db.select(Account.id)))
    expected = reference_at_risk(ids, now)
    assert 0 < len(expected) < len(ids)  # the fixture has accounts on both sides
    assert at_risk_accounts(ids, now) == expected
    assert at_risk_accounts(db.select(Account.id).where(Account.status == "active"), now) == \
        {account_id for account_id in expected
         if db.session.get(Account, account_id).status == "active"}
