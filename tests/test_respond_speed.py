"""The answer is one transaction: the link's lookup first, then only writes, then one commit (so SQLite's write
lock is held for a few statements, not across reads and Python work), whatever the follow-up work."""
from contextlib import contextmanager

import pytest
from sqlalchemy import event, select

from test_respond import make_link, responses
from vocapp.extensions import db
from vocapp.models import FollowUpCase, Invitation


@contextmanager
def recorded(app):
    events = []
    engine = db.engine
    on_sql = lambda conn, cursor, statement, params, context, many: events.append(statement.split()[0].upper())
    on_commit = lambda conn: events.append("COMMIT")
    event.listen(engine, "before_cursor_execute", on_sql)
    event.listen(engine, "commit", on_commit)
    try:
        yield events
    finally:
        event.remove(engine, "before_cursor_execute", on_sql)
        event.remove(engine, "commit", on_commit)


@pytest.mark.parametrize("score", ["2", "9"])
def test_an_answer_is_one_transaction_with_its_reads_before_its_writes(ctx, client, score):
    path, _ = make_link()
    client.get(path)
    with recorded(ctx) as events:
        assert client.post(path, data={"score": score}).status_code == 303
    assert events.count("COMMIT") == 1 and events[-1] == "COMMIT", events
    statements = events[:-1]
    first_write = next(i for i, kind in enumerate(statements) if kind in ("INSERT", "UPDATE", "DELETE"))
    assert "SELECT" not in statements[first_write:], statements
    assert "SAVEPOINT" not in statements
    db.session.expire_all()
    assert db.session.scalar(select(Invitation.answered_at)) is not None
    assert len(db.session.scalars(select(FollowUpCase)).all()) == (score == "2")


def test_the_comment_step_is_one_transaction_too(ctx, client):
    path, _ = make_link()
    client.post(path, data={"score": "3"})
    with recorded(ctx) as events:
        client.post(path + "/more", data={"reason": "Slow", "key_question": "nice_to_have"})
    assert events.count("COMMIT") == 1, events
    [response] = responses()
    assert (response.score, response.comment) == (3, "Slow")
    assert len(db.session.scalars(select(FollowUpCase)).all()) == 1, "the case is not opened twice"



def test_a_changed_score_writes_only_the_answer(ctx, client):
    """The first save gives the contact's waiting cases their outcome; posting again on the same link only
    updates the answer (and opens a case when it becomes a detractor's)."""
    path, _ = make_link()
    client.post(path, data={"score": "9"})
    with recorded(ctx) as events:
        assert client.post(path, data={"score": "8"}).status_code == 303
    assert [kind for kind in events if kind in ("INSERT", "UPDATE", "DELETE")] == ["INSERT"], events  # the upsert
    with recorded(ctx) as events:
        client.post(path, data={"score": "3"})
    assert [kind for kind in events if kind in ("INSERT", "UPDATE", "DELETE")] == ["INSERT", "INSERT"], events
    assert len(db.session.scalars(select(FollowUpCase)).all()) == 1


def test_a_detractor_posting_again_writes_only_the_answer_and_keeps_one_case(ctx, client):
    """The upsert says whether the response has its case already: no second attempt to open one."""
    path, _ = make_link()
    client.post(path, data={"score": "3"})
    with recorded(ctx) as events:
        assert client.post(path, data={"score": "2"}).status_code == 303
    assert [kind for kind in events if kind in ("INSERT", "UPDATE", "DELETE")] == ["INSERT"], events
    [case] = db.session.scalars(select(FollowUpCase)).all()
    [response] = responses()
    assert (case.response_id, response.score) == (response.id, 2)


def test_the_answer_reads_its_link_in_one_statement(ctx, client):
    path, _ = make_link()
    with recorded(ctx) as events:
        assert client.post(path, data={"score": "9"}).status_code == 303
    first_write = next(i for i, kind in enumerate(events) if kind in ("INSERT", "UPDATE", "DELETE"))
    assert events[:first_write] == ["SELECT"], events
