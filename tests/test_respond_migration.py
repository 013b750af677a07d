"""Migration 0005 scrubs what earlier versions stored about anonymous answers, and leaves named surveys alone."""
import hashlib
from datetime import datetime

from flask_migrate import upgrade
from sqlalchemy import text

from conftest import reset_schema
from vocapp.extensions import db

AT = "2026-10-05 14:23:51"


def _insert(connection, table, **values):
    columns = ", ".join(values)
    marks = ", ".join(f":{name}" for name in values)
    return connection.execute(text(f"INSERT INTO {table} ({columns}) VALUES ({marks}) RETURNING id"), values).scalar()


def _seed(connection, anonymous: bool, tag: str) -> dict:
    account = _insert(connection, "accounts", external_id=f"A-{tag}", name=f"Acme {tag}", arr=1000, status="active",
                      created_at=AT, updated_at=AT)
    survey = _insert(connection, "surveys", kind="nps", name=f"S {tag}", status="open", anonymous=anonymous,
                     ask_key_question=True, questions="[]", product_name="Pipely", link_ttl_days=30,
                     cooldown_days=90, reminder_after_days=5, created_at=AT)
    ids = {"survey": survey, "invitations": []}
    for n in range(2):
        contact = _insert(connection, "contacts", account_id=account, name=f"C{n}", email=f"c{n}@{tag}.example",
                          decision_maker=False, created_at=AT, updated_at=AT)
        invitation = _insert(connection, "invitations", survey_id=survey, contact_id=contact, account_id=account,
                             token_hash=hashlib.sha256(f"{tag}{n}".encode()).hexdigest(), created_at=AT,
                             expires_at="2027-01-01 00:00:00", sent_at=AT, opened_at=AT if n == 0 else None,
                             answered_at=AT if n == 0 else None, reminded_at=AT if n == 1 else None,
                             reminder_token_hash=hashlib.sha256(f"r{tag}{n}".encode()).hexdigest() if n else None)
        ids["invitations"].append(invitation)
        _insert(connection, "invitation_emails", invitation_id=invitation, kind="invitation", attempted_at=AT, ok=True)
    _insert(connection, "invitation_emails", invitation_id=ids["invitations"][1], kind="reminder", attempted_at=AT,
            ok=True)
    first = ids["invitations"][0]
    ids["response"] = _insert(
        connection, "responses", survey_id=survey, account_id=account, contact_id=contact - 1, invitation_id=first,
        link_key=hashlib.sha256(f"response:{first}".encode()).hexdigest(), source="link", score=3, answers="{}",
        created_at=AT, submitted_at=AT, updated_at=AT)
    ids["case"] = _insert(connection, "follow_up_cases", response_id=ids["response"], account_id=account,
                          contact_id=contact - 1, status="open", notes="", opened_at=AT, updated_at=AT)
    return ids


def test_existing_anonymous_answers_are_scrubbed(ctx):
    reset_schema(db)
    upgrade(revision="0004_sessions")
    with db.engine.begin() as connection:
        anonymous, named = _seed(connection, True, "anon"), _seed(connection, False, "named")
    upgrade()
    day = datetime(2026, 10, 5)
    with db.engine.connect() as connection:
        def row(sql, **values):
            return connection.execute(text(sql), values).one()

        invitation = row("SELECT opened_at, answered_at FROM invitations WHERE id = :id", id=anonymous["invitations"][0])
        assert tuple(invitation) == (None, None)
        reminders = connection.execute(text(
            "SELECT reminded_at, reminder_token_hash FROM invitations WHERE survey_id = :s"),
            {"s": anonymous["survey"]}).all()
        assert all(r.reminded_at is not None and r.reminder_token_hash for r in reminders), "nobody stands out"
        assert connection.execute(text("SELECT count(*) FROM invitation_emails e JOIN invitations i "
                                       "ON i.id = e.invitation_id WHERE i.survey_id = :s AND e.kind = 'reminder'"),
                                  {"s": anonymous["survey"]}).scalar() == 0
        response = row("SELECT contact_id, invitation_id, link_key, created_at, submitted_at, updated_at "
                       "FROM responses WHERE id = :id", id=anonymous["response"])
        assert response[:3] == (None, None, None)
        assert [_as_datetime(value) for value in response[3:]] == [day] * 3
        case = row("SELECT contact_id, account_id, opened_at, updated_at FROM follow_up_cases WHERE id = :id",
                   id=anonymous["case"])
        assert case[:2] == (None, None), "the account had 2 invited contacts: fewer than 3"
        assert [_as_datetime(value) for value in case[2:]] == [day, day]

        kept = row("SELECT i.answered_at, r.contact_id, r.submitted_at FROM invitations i JOIN responses r "
                   "ON r.invitation_id = i.id WHERE r.id = :id", id=named["response"])
        assert _as_datetime(kept[0]) == _as_datetime(kept[2]) == datetime(2026, 10, 5, 14, 23, 51)
        assert kept[1] is not None


def _as_datetime(value):
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
