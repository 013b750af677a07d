"""What the rate limits cost a request: a limited route's limits are resolved once (in its decorator), not again
in an app-wide pass that has nothing to count; app-wide limits, when set, are still checked; in-memory counting
starts no thread per hit, and expired counters are still swept."""
import threading
import time

import pytest
from flask import Flask
from limits import parse
from limits.strategies import FixedWindowRateLimiter

import vocapp.ratelimit as ratelimit
from test_untested_rate_limits import links
from vocapp.extensions import limiter


@pytest.fixture
def resolutions(monkeypatch):
    """How many times Flask-Limiter works out which limits apply to a request."""
    calls = []
    real = type(limiter.limit_manager).resolve_limits

    def counted(manager, *args, **kwargs):
        calls.append(args[1] if len(args) > 1 else kwargs.get("endpoint"))
        return real(manager, *args, **kwargs)

    monkeypatch.setattr(type(limiter.limit_manager), "resolve_limits", counted)
    return calls


def test_a_limited_post_resolves_its_limits_once_and_an_unlimited_page_never(limited_app, resolutions):
    [path] = links(limited_app, 1)
    client = limited_app.test_client()
    assert client.post(path, data={"score": "7"}).status_code == 303
    assert resolutions == ["respond.answer"]
    resolutions.clear()
    assert client.get(path).status_code == 200
    assert resolutions == []
    assert client.post("/login", data={"email": "nobody@example.example", "password": "x"}).status_code == 200
    assert resolutions == ["auth.login"]


def test_app_wide_limits_are_still_checked_before_every_request():
    app = Flask("elsewhere")
    app.config.update(RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI="memory://")
    own = ratelimit.Limiter(key_func=lambda: "one client", default_limits=["2/minute"])
    own.init_app(app)
    app.add_url_rule("/", "home", lambda: "ok")
    client = app.test_client()
    assert [client.get("/").status_code for _ in range(3)] == [200, 200, 429]


@pytest.fixture
def timers(monkeypatch):
    started = []

    class Counted(threading.Timer):
        def start(self):
            started.append(self.interval)
            super().start()

    monkeypatch.setattr(threading, "Timer", Counted)
    return started


def test_counting_in_memory_starts_no_thread_per_hit(timers):
    storage = ratelimit.MemoryStorage()
    timers.clear()  # the one limits starts on creation
    counter, limit = FixedWindowRateLimiter(storage), parse("60/minute")
    for number in range(20):
        assert counter.hit(limit, "client", f"link-{number}")
        time.sleep(0.015)  # longer than the 10 ms after which limits' own storage would start another thread
    assert len(timers) <= 1, timers
    assert counter.hit(limit, "client", "link-0")
    assert counter.get_window_stats(limit, "client", "link-0").remaining == 58, "counting is unchanged"


def test_expired_counters_are_still_swept(monkeypatch):
    monkeypatch.setattr(ratelimit, "SWEEP_SECONDS", 0.05)
    storage = ratelimit.MemoryStorage()
    storage.incr("gone", expiry=0.01)
    storage.incr("kept", expiry=60)
    deadline = time.monotonic() + 5
    while "gone" in storage.storage and time.monotonic() < deadline:
        storage.incr("traffic", expiry=60)  # hits schedule the next sweep, as posts do (a sweep that ran before
        time.sleep(0.02)                    # "gone" expired under load leaves the next one to the next hit)
    assert "gone" not in storage.storage and "gone" not in storage.expirations
    assert storage.storage["kept"] == 1


def test_memory_uri_counts_with_vocapp_storage(limited_app):
    assert type(limiter.storage) is ratelimit.MemoryStorage
