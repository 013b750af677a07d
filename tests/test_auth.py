from vocapp.extensions import db
from vocapp.models import User

from conftest import make_user


def test_login_with_the_right_password_opens_the_app(app, client):
    with app.app_context():
        make_user("csm", "Casey@Example.example")
    response = client.post("/login", data={"email": "casey@example.example", "password": "correct horse battery"})
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    with app.app_context():
        assert db.session.query(User).one().last_login_at is not None


def test_a_wrong_password_is_refused_without_saying_which_part_was_wrong(app, client):
    with app.app_context():
        make_user("csm")
    response = client.post("/login", data={"email": "csm@example.example", "password": "nope"})
    assert response.status_code == 200
    assert "do not match" in response.get_data(as_text=True)
    assert client.get("/").status_code == 302


def test_passwords_are_stored_hashed(ctx):
    user = make_user("admin")
    assert "correct horse" not in user.password_hash
    assert user.check_password("correct horse battery") and not user.check_password("correct horse")


def test_a_deactivated_user_cannot_sign_in(app, client):
    with app.app_context():
        user = make_user("csm")
        user.active = False
        db.session.commit()
    response = client.post("/login", data={"email": "csm@example.example", "password": "correct horse battery"})
    assert response.status_code == 200
    assert client.get("/").status_code == 302


def test_login_only_redirects_within_the_site(app, client):
    with app.app_context():
        make_user("csm")
    data = {"email": "csm@example.example", "password": "correct horse battery"}
    response = client.post("/login?next=https://evil.example/steal", data=data)
    assert response.headers["Location"] == "/"
    client.post("/logout")
    response = client.post("/login?next=/accounts/", data=data)
    assert response.headers["Location"] == "/accounts/"


def test_logout_ends_the_session(login):
    client = login("csm")
    client.post("/logout")
    assert client.get("/").status_code == 302


def test_forms_refuse_a_post_without_csrf_token(app):
    from vocapp import create_app

    strict = create_app({**app.config, "WTF_CSRF_ENABLED": True, "TESTING": True})
    client = strict.test_client()
    with strict.app_context():
        make_user("csm")
    response = client.post("/login", data={"email": "csm@example.example", "password": "correct horse battery"})
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "That request could not be handled" in page and "form may have been open too long" in page
    assert "CSRF" not in page, "no internal words on a page"
    assert client.get("/").status_code == 302  # not signed in


def test_user_create_command_makes_a_user_who_can_sign_in(runner, client):
    from vocapp.cli import voc

    result = runner.invoke(voc, ["user", "create", "New@Example.example", "--role", "product", "--password", "s3cret-pass"])
    assert result.exit_code == 0, result.output
    assert "created new@example.example (product)" in result.output
    response = client.post("/login", data={"email": "new@example.example", "password": "s3cret-pass"})
    assert response.status_code == 302


def test_user_create_refuses_an_unknown_role_and_a_short_password(runner):
    from vocapp.cli import voc

    assert runner.invoke(voc, ["user", "create", "a@b.example", "--role", "boss", "--password", "long-enough"]).exit_code == 2
    assert runner.invoke(voc, ["user", "create", "a@b.example", "--role", "csm", "--password", "short"]).exit_code == 2


def test_the_admin_creates_users_on_the_web(login, app):
    client = login("admin")
    response = client.post("/admin/users", data={"email": "pm@example.example", "name": "Pat", "role": "product",
                                                  "password": "long-password"}, follow_redirects=True)
    assert "pm@example.example can now sign in as Product manager" in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.query(User).filter_by(email="pm@example.example").one().role == "product"
