"""Login throttling: failed sign-ins counted per e-mail and per client in the database (so every worker sees them),
the client taken from X-Forwarded-For only behind the operator's proxies, and an unknown e-mail as slow as a known
one."""
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from conftest import make_user
from vocapp import create_app
from vocapp.extensions import db
from vocapp.models.users import LoginFailure

PASSWORD = "correct horse battery"
EMAIL = "csm@example.example"


def attempt(client, email=EMAIL, password="wrong guess", **environ):
    return client.post("/login", data={"email": email, "password": password}, environ_base=environ)


def worker(app, **config):
    """Another app on the same database: a stand-in for another gunicorn worker."""
    return create_app({**app.config, **config})


def age(app, minutes: int, oldest_only=False) -> None:
    """Moves recorded failures back in time."""
    with app.app_context():
        rows = db.session.scalars(select(LoginFailure).order_by(LoginFailure.id)).all()
        for row in rows[:1] if oldest_only else rows:
            row.failed_at -= timedelta(minutes=minutes)
        db.session.commit()


def failures(app, **where) -> int:
    with app.app_context():
        statement = select(func.count()).select_from(LoginFailure).filter_by(**where)
        return db.session.scalar(statement)


def test_the_throttle_is_on_by_default(tmp_path):
    from vocapp.config import from_environment

    settings = from_environment(str(tmp_path))
    assert settings["VOC_LOGIN_THROTTLE"] is True
    assert (settings["VOC_LOGIN_MAX_PER_ACCOUNT"], settings["VOC_LOGIN_MAX_PER_CLIENT"],
            settings["VOC_LOGIN_WINDOW_MINUTES"]) == (5, 20, 15)


def test_failures_on_two_workers_add_up_and_then_even_the_right_password_waits(app):
    with app.app_context():
        make_user("csm")
    first, second = app.test_client(), worker(app).test_client()
    for client in (first, first, first, second, second):
        assert attempt(client).status_code == 200
    for client in (first, second):
        response = attempt(client, password=PASSWORD)
        assert response.status_code == 429
        assert "Too many failed sign-ins. Please wait 15 minutes and try again." in response.get_data(as_text=True)
        assert 14 * 60 < int(response.headers["Retry-After"]) <= 15 * 60
        assert client.get("/").status_code == 302  # not signed in
    assert failures(app) == 5  # a refused attempt is not counted again


def test_the_wait_ends_with_the_window_and_a_sign_in_clears_the_account_count(app, client):
    with app.app_context():
        make_user("csm")
    for _ in range(5):
        attempt(client, email="CSM@Example.example")  # the same account however it is typed
    assert attempt(client, password=PASSWORD).status_code == 429
    age(app, minutes=15)
    assert attempt(client, password=PASSWORD).status_code == 302
    assert failures(app, email=EMAIL) == 0


def test_the_wait_is_counted_from_the_failure_that_leaves_the_window_first(app, client):
    with app.app_context():
        make_user("csm")
    for _ in range(5):
        attempt(client)
    age(app, minutes=10, oldest_only=True)  # 5 minutes until it leaves the window
    response = attempt(client, password=PASSWORD)
    assert response.status_code == 429 and "wait 5 minutes" in response.get_data(as_text=True)


def test_a_throttled_attempt_never_reaches_the_password_hash(app, client, monkeypatch):
    import vocapp.models.users as users

    with app.app_context():
        make_user("csm")
    for _ in range(5):
        attempt(client)
    checks = []
    monkeypatch.setattr(users, "check_password_hash", lambda *args: checks.append(args) or True)
    assert attempt(client, password=PASSWORD).status_code == 429
    assert checks == []


def test_one_client_guessing_many_accounts_is_stopped(app):
    with app.app_context():
        make_user("csm")
    strict = worker(app, VOC_LOGIN_MAX_PER_CLIENT=3)
    client = strict.test_client()
    for number in range(3):
        assert attempt(client, email=f"guess{number}@example.example").status_code == 200
    assert attempt(client, password=PASSWORD).status_code == 429
    other_office = strict.test_client()
    assert attempt(other_office, password=PASSWORD, REMOTE_ADDR="198.51.100.7").status_code == 302


def test_x_forwarded_for_is_ignored_unless_it_comes_from_a_named_proxy(app):
    with app.app_context():
        make_user("csm")
    strict = worker(app, VOC_LOGIN_MAX_PER_CLIENT=3)
    client = strict.test_client()
    for number in range(3):  # an attacker cannot dodge the client count by making up addresses
        attempt(client, email=f"guess{number}@example.example", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")
    assert failures(app, client="127.0.0.1") == 3
    assert attempt(client, password=PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.99").status_code == 429


def test_behind_a_named_proxy_each_client_is_counted_on_its_own(app):
    with app.app_context():
        make_user("csm")
    proxied = worker(app, VOC_LOGIN_MAX_PER_CLIENT=3, VOC_TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/8")
    client = proxied.test_client()
    for number in range(3):  # through a chain of two named proxies
        attempt(client, email=f"guess{number}@example.example", HTTP_X_FORWARDED_FOR="203.0.113.5, 10.1.2.3")
    assert failures(app, client="203.0.113.5") == 3
    assert attempt(client, password=PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.5").status_code == 429
    colleague = proxied.test_client()
    assert attempt(colleague, password=PASSWORD, HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 302
    # A client that is not a named proxy cannot claim to be someone else.
    attempt(proxied.test_client(), email="x@example.example", REMOTE_ADDR="192.0.2.44",
            HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert failures(app, client="192.0.2.44") == 1


def test_trusted_proxies_from_the_environment(monkeypatch, tmp_path):
    from vocapp.config import from_environment

    monkeypatch.setenv("VOC_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8")
    assert [str(network) for network in from_environment(str(tmp_path))["VOC_TRUSTED_PROXIES"]] == \
        ["127.0.0.1/32", "10.0.0.0/8"]
    monkeypatch.setenv("VOC_TRUSTED_PROXIES", "proxy.local")
    with pytest.raises(ValueError, match="VOC_TRUSTED_PROXIES"):
        from_environment(str(tmp_path))


def test_an_unknown_e_mail_costs_a_password_hash_check_like_a_known_one(app, client, monkeypatch):
    import vocapp.models.users as users

    with app.app_context():
        make_user("csm")
        inactive = make_user("product")
        inactive.active = False
        db.session.commit()
    real_check = users.check_password_hash
    checks = []
    monkeypatch.setattr(users, "check_password_hash", lambda stored, given: checks.append(stored) or
                        real_check(stored, given))
    for email in (EMAIL, "nobody@example.example", "product@example.example"):
        assert attempt(client, email=email).status_code == 200
    assert len(checks) == 3
    assert checks[1].split("$")[0] == checks[0].split("$")[0]  # the same hash method, so the same cost


def test_the_throttle_can_be_switched_off(app):
    with app.app_context():
        make_user("csm")
    client = worker(app, VOC_LOGIN_THROTTLE=False).test_client()
    for _ in range(6):
        attempt(client)
    assert attempt(client, password=PASSWORD).status_code == 302


def test_flask_limiter_caps_login_posts_per_minute(app):
    from vocapp.extensions import limiter

    limited = worker(app, RATELIMIT_ENABLED=True, VOC_LOGIN_THROTTLE=False)
    try:
        client = limited.test_client()
        statuses = [attempt(client, email=f"guess{number}@example.example").status_code for number in range(11)]
        assert statuses == [200] * 10 + [429]
        assert "Please wait a minute, then try again." in attempt(client).get_data(as_text=True)
    finally:
        limiter.enabled = False  # the limiter is one object shared by every app in the test session
        limiter.reset()
