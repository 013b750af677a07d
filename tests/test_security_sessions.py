"""Sessions and the remember-me cookie carry a per-user session token: logout, a password change and deactivation
rotate it, so no old cookie signs anyone in again."""
from datetime import datetime, timedelta, timezone
from http.cookies import SimpleCookie

from conftest import make_user
from vocapp.extensions import db
from vocapp.models import User

PASSWORD = "correct horse battery"


def sign_in(client, email="csm@example.example", remember=True):
    response = client.post("/login", data={"email": email, "password": PASSWORD, "remember": "y" if remember else ""})
    assert response.status_code == 302, response.get_data(as_text=True)
    return response


def set_cookie_header(response, name: str) -> str:
    return next(header for header in response.headers.getlist("Set-Cookie") if header.startswith(name + "="))


def remember_cookie(client) -> str:
    return client.get_cookie("remember_token").value


def with_only_cookie(app, value: str):
    """A browser that lost its session and kept only the remember-me cookie."""
    fresh = app.test_client()
    fresh.set_cookie("remember_token", value)
    return fresh


def signed_in(client) -> bool:
    return client.get("/").status_code == 200


def test_the_remember_cookie_signs_in_until_logout_and_never_after(app, client):
    with app.app_context():
        make_user("csm")
    sign_in(client)
    cookie = remember_cookie(client)
    assert signed_in(with_only_cookie(app, cookie))

    client.post("/logout")
    assert not signed_in(with_only_cookie(app, cookie))
    sign_in(client)
    assert remember_cookie(client) != cookie  # not the same credential on every login


def test_logout_ends_the_sessions_on_other_devices_too(app):
    with app.app_context():
        make_user("csm")
    laptop, phone = app.test_client(), app.test_client()
    sign_in(laptop, remember=False)
    sign_in(phone, remember=False)
    laptop.post("/logout")
    assert not signed_in(phone)


def test_a_password_change_ends_every_session_and_remember_cookie(app, client):
    with app.app_context():
        make_user("csm")
    sign_in(client)
    cookie = remember_cookie(client)
    with app.app_context():
        user = db.session.query(User).one()
        user.set_password("a brand new passphrase")
        db.session.commit()
    assert not signed_in(client)
    assert not signed_in(with_only_cookie(app, cookie))


def test_the_cli_password_reset_ends_old_sessions(app, client, runner):
    from vocapp.cli import voc

    with app.app_context():
        make_user("csm")
    sign_in(client)
    cookie = remember_cookie(client)
    result = runner.invoke(voc, ["user", "create", "csm@example.example", "--role", "csm", "--password", "reset-pass"])
    assert result.exit_code == 0, result.output
    assert not signed_in(client)
    assert not signed_in(with_only_cookie(app, cookie))


def test_deactivation_ends_a_live_session_and_the_remember_cookie_for_good(app, login):
    admin = login("admin")
    with app.app_context():
        csm_id = make_user("csm").id
    csm = app.test_client()
    sign_in(csm)
    cookie = remember_cookie(csm)

    admin.post(f"/admin/users/{csm_id}/toggle")
    assert not signed_in(csm)
    assert not signed_in(with_only_cookie(app, cookie))

    admin.post(f"/admin/users/{csm_id}/toggle")  # reactivated: still a new sign-in is needed
    with app.app_context():
        assert db.session.get(User, csm_id).active
    assert not signed_in(with_only_cookie(app, cookie))
    sign_in(csm)
    assert signed_in(csm)


def test_a_forged_or_old_style_session_id_is_refused(app, client):
    from vocapp.models.users import user_for_session

    with app.app_context():
        user = make_user("csm")
        assert user_for_session(f"{user.id}:{user.session_token}") == user
        assert user_for_session(str(user.id)) is None  # the old cookie format: the id alone
        assert user_for_session(f"{user.id}:wrong") is None
        assert user_for_session(f"x:{user.session_token}") is None


def test_the_remember_cookie_lasts_14_days_and_is_same_site_and_http_only(app, client):
    with app.app_context():
        make_user("csm")
    response = sign_in(client)
    header = set_cookie_header(response, "remember_token")
    assert "SameSite=Lax" in header and "HttpOnly" in header
    assert "Secure" not in header  # the test app's base URL is http
    expires = SimpleCookie(header)["remember_token"]["expires"]
    lifetime = datetime.strptime(expires, "%a, %d %b %Y %H:%M:%S GMT").replace(tzinfo=timezone.utc) \
        - datetime.now(timezone.utc)
    assert timedelta(days=13, hours=23) < lifetime <= timedelta(days=14)


def test_cookies_are_secure_when_the_base_url_is_https(app):
    from vocapp import create_app

    secure = create_app({**app.config, "VOC_BASE_URL": "https://voc.example"})
    client = secure.test_client()
    with secure.app_context():
        make_user("csm")
    response = sign_in(client)
    assert "Secure" in set_cookie_header(response, "remember_token")
    assert "Secure" in set_cookie_header(response, "session")


def test_the_remember_duration_comes_from_the_environment(monkeypatch, tmp_path):
    from vocapp.config import from_environment

    monkeypatch.setenv("VOC_REMEMBER_DAYS", "3")
    assert from_environment(str(tmp_path))["REMEMBER_COOKIE_DURATION"] == timedelta(days=3)


def test_the_login_checkbox_points_at_its_help_and_no_checkbox_says_none(app, client, login):
    page = client.get("/login").get_data(as_text=True)
    assert 'aria-describedby="remember-help"' in page and 'id="remember-help"' in page
    assert "14 days" in page
    assert 'aria-describedby="None"' not in page
    staff = login("csm")
    with app.app_context():
        from helpers import add_account
        account_id = add_account().id
    form = staff.get(f"/accounts/{account_id}/contacts/new")
    assert form.status_code == 200
    assert "Decision maker" in form.get_data(as_text=True)
    assert 'aria-describedby="None"' not in form.get_data(as_text=True)


def test_changing_your_own_password_keeps_this_browser_and_signs_out_the_others(app):
    with app.app_context():
        make_user("csm")
    laptop, phone = app.test_client(), app.test_client()
    sign_in(laptop)
    sign_in(phone)
    old_cookie = remember_cookie(laptop)
    assert 'href="/password"' in laptop.get("/").get_data(as_text=True)

    wrong = laptop.post("/password", data={"current": "not it", "new": "a brand new passphrase",
                                           "repeat": "a brand new passphrase"})
    assert "That is not your current password." in wrong.get_data(as_text=True)
    differ = laptop.post("/password", data={"current": PASSWORD, "new": "a brand new passphrase", "repeat": "other"})
    assert "The two new passwords differ." in differ.get_data(as_text=True)

    changed = laptop.post("/password", data={"current": PASSWORD, "new": "a brand new passphrase",
                                             "repeat": "a brand new passphrase"}, follow_redirects=True)
    assert "Your password is changed" in changed.get_data(as_text=True)
    assert signed_in(laptop)
    assert remember_cookie(laptop) != old_cookie
    assert signed_in(with_only_cookie(app, remember_cookie(laptop)))
    assert not signed_in(phone)
    assert not signed_in(with_only_cookie(app, old_cookie))
    assert app.test_client().post("/login", data={"email": "csm@example.example", "password": PASSWORD}).status_code == 200
    assert app.test_client().post("/login", data={"email": "csm@example.example",
                                                  "password": "a brand new passphrase"}).status_code == 302


def test_the_upgrade_gives_every_existing_user_a_token_of_their_own(ctx):
    from flask_migrate import upgrade
    from sqlalchemy import text

    from conftest import reset_schema

    reset_schema(db)
    upgrade(revision="0003_analysis")
    with db.engine.begin() as connection:
        for email in ("a@example.example", "b@example.example"):
            connection.execute(text("INSERT INTO users (email, name, password_hash, role, active, created_at) "
                                    "VALUES (:email, '', 'x', 'csm', true, '2026-01-01')"), {"email": email})
    upgrade()
    with db.engine.connect() as connection:
        tokens = connection.execute(text("SELECT session_token FROM users")).scalars().all()
    assert len(tokens) == 2 and len(set(tokens)) == 2 and all(len(token) >= 40 for token in tokens)
