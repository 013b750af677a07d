"""An admin changes a user: the name, the role (their pages follow it), and a new password for a forgotten one."""
from vocapp.extensions import db
from vocapp.models import User

from conftest import make_user


def _user(app, email):
    with app.app_context():
        return db.session.query(User).filter_by(email=email).one()


def test_the_users_list_reads_roles_as_words_and_links_each_user(login, app):
    client = login("admin")
    with app.app_context():
        pm = make_user("product")
        pm.active = False
        db.session.commit()
        pm_id = pm.id
    page = client.get("/admin/users").get_data(as_text=True)
    assert ">Product manager</span>" in page and ">Deactivated</span>" in page
    assert ">product</span>" not in page and ">admin</span>" not in page
    assert f'href="/admin/users/{pm_id}"' in page


def test_a_new_role_changes_what_the_user_may_open_from_their_next_page(app, client):
    with app.app_context():
        make_user("admin")
        csm_id = make_user("csm").id
    other = app.test_client()
    assert other.post("/login", data={"email": "csm@example.example", "password": "correct horse battery"}).status_code == 302
    assert other.get("/accounts/").status_code == 200
    client.post("/login", data={"email": "admin@example.example", "password": "correct horse battery"})
    response = client.post(f"/admin/users/{csm_id}", data={"name": "Casey Moved", "role": "interviewer", "password": ""},
                           follow_redirects=True)
    assert "csm@example.example: name, role (Interviewer) changed." in response.get_data(as_text=True)
    user = _user(app, "csm@example.example")
    assert (user.role, user.name) == ("interviewer", "Casey Moved")
    # still signed in (no password changed), with the new role's rights
    assert other.get("/interviews/").status_code == 200
    assert other.get("/admin/users").status_code == 403


def test_a_new_password_lets_them_in_and_signs_them_out_everywhere(app, client):
    with app.app_context():
        make_user("admin")
        csm_id = make_user("csm").id
    other = app.test_client()
    other.post("/login", data={"email": "csm@example.example", "password": "correct horse battery"})
    assert other.get("/").status_code == 200
    client.post("/login", data={"email": "admin@example.example", "password": "correct horse battery"})
    response = client.post(f"/admin/users/{csm_id}", data={"name": "Csm Person", "role": "csm",
                                                            "password": "a-new-long-one"}, follow_redirects=True)
    assert "password (signed out everywhere) changed" in response.get_data(as_text=True)
    assert other.get("/").status_code == 302  # the old session is gone
    assert _user(app, "csm@example.example").check_password("a-new-long-one")
    assert other.post("/login", data={"email": "csm@example.example", "password": "a-new-long-one"}).status_code == 302


def test_a_short_password_is_refused_and_nothing_changes(app, client):
    with app.app_context():
        make_user("admin")
        csm_id = make_user("csm").id
    client.post("/login", data={"email": "admin@example.example", "password": "correct horse battery"})
    response = client.post(f"/admin/users/{csm_id}", data={"name": "Renamed", "role": "product", "password": "short"})
    assert response.status_code == 200
    assert "New password" in response.get_data(as_text=True) and "between 8 and 200 characters" in response.get_data(as_text=True)
    user = _user(app, "csm@example.example")
    assert (user.role, user.name) == ("csm", "Csm Person") and user.check_password("correct horse battery")


def test_an_admin_cannot_take_away_their_own_role_nor_reset_their_password_here(login, app):
    client = login("admin")
    admin_id = _user(app, "admin@example.example").id
    page = client.get(f"/admin/users/{admin_id}").get_data(as_text=True)
    assert 'name="password"' not in page and 'href="/password"' in page
    response = client.post(f"/admin/users/{admin_id}", data={"name": "Me", "role": "csm"})
    assert "You cannot change your own role" in response.get_data(as_text=True)
    assert _user(app, "admin@example.example").role == "admin"


def test_only_admins_edit_users_and_an_unknown_user_is_not_found(login, app):
    with app.app_context():
        pm_id = make_user("product").id
    client = login("csm")
    assert client.post(f"/admin/users/{pm_id}", data={"name": "x", "role": "admin"}).status_code == 403
    assert _user(app, "product@example.example").role == "product"
    admin = app.test_client()
    with app.app_context():
        make_user("admin")
    admin.post("/login", data={"email": "admin@example.example", "password": "correct horse battery"})
    assert admin.get("/admin/users/99999").status_code == 404


def test_the_jobs_tab_stays_in_the_admin_section_for_an_admin(login):
    client = login("admin")
    page = client.get("/jobs/").get_data(as_text=True)
    assert '<a href="/admin/users" aria-current="page">Admin</a>' in page
    assert "<h1>Admin</h1>" in page and '<a href="/jobs/" aria-current="page">Jobs</a>' in page
