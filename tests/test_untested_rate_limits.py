"""The survey page's rate limit, with the limits on (every other test runs without them): at most 60 posts a
minute from one address to one link; other links, and reading the page, are not held back."""
import time
import types

import pytest

from helpers import add_account, add_contact
from vocapp.distribution import Audience, issue_links
from vocapp.extensions import db
from vocapp.models import Survey


def links(app, count: int = 2) -> list[str]:
    with app.app_context():
        account = add_account()
        for number in range(count):
            add_contact(account, f"person{number}@acme.example", f"Person {number}")
        survey = Survey(kind="nps", name="Limits", status="open", product_name="Pipely")
        db.session.add(survey)
        db.session.commit()
        paths = [link.url for link in issue_links(survey, "", Audience()).links]
        db.session.commit()
        return paths


@pytest.fixture
def clock(monkeypatch):
    """The limiter's clock, stopped (a slow machine must not see the minute pass); `clock.now` moves it."""
    import limits.storage.memory as memory

    stopped = types.SimpleNamespace(**{name: getattr(time, name) for name in dir(time) if not name.startswith("_")})
    stopped.now = time.time()
    stopped.time = lambda: stopped.now
    monkeypatch.setattr(memory, "time", stopped)
    return stopped


def test_a_link_takes_60_posts_a_minute_then_says_wait(limited_app, clock):
    first, second = links(limited_app)
    client = limited_app.test_client()
    statuses = [client.post(first, data={"score": str(number % 11)}).status_code for number in range(60)]
    assert statuses == [303] * 60
    refused = client.post(first, data={"score": "9"})
    assert refused.status_code == 429
    assert "wait a minute" in refused.get_data(as_text=True)
    assert client.get(first).status_code == 200, "reading the page is not limited"
    assert client.post(second, data={"score": "9"}).status_code == 303, "another link from the same address"
    other_address = client.post(first, data={"score": "9"}, environ_base={"REMOTE_ADDR": "192.0.2.7"})
    assert other_address.status_code == 303, "another address on the same link"
    clock.now += 61
    assert client.post(first, data={"score": "9"}).status_code == 303, "a minute later the link takes posts again"


def test_the_suite_runs_with_the_limits_off(app, client):
    [path] = links(app, 1)
    assert {client.post(path, data={"score": "5"}).status_code for _ in range(61)} == {303}
