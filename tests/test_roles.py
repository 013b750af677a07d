"""Every staff page needs a login; each action checks the role."""
import pytest

STAFF_PAGES = ["/", "/accounts/", "/accounts/import", "/accounts/new", "/admin/users", "/admin/tokens",
               "/accounts/export.csv"]


@pytest.mark.parametrize("path", STAFF_PAGES)
def test_anonymous_visitors_are_sent_to_the_login_page(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert "/login" in response.headers["Location"]


@pytest.mark.parametrize("role, path, status", [
    ("interviewer", "/accounts/import", 403),
    ("interviewer", "/accounts/new", 403),
    ("product", "/accounts/import", 403),
    ("csm", "/admin/users", 403),
    ("csm", "/admin/tokens", 403),
    ("csm", "/admin/", 403),
    ("interviewer", "/insights/", 403),
    ("interviewer", "/accounts/", 200),
    ("product", "/", 200),
    ("csm", "/accounts/import", 200),
    ("csm", "/accounts/new", 200),
    ("admin", "/admin/users", 200),
    ("admin", "/accounts/import", 200),
])
def test_each_role_reaches_only_its_pages(login, role, path, status):
    client = login(role)
    assert client.get(path).status_code == status


@pytest.mark.parametrize("path, first_page", [("/admin/", "/admin/users"), ("/insights/", "/insights/nps")])
def test_a_section_typed_alone_opens_its_first_page(login, path, first_page):
    response = login("admin").get(path)
    assert response.status_code == 302 and response.headers["Location"].endswith(first_page)


def test_an_interviewer_cannot_import_accounts_by_posting_either(login):
    from helpers import csv_file

    client = login("interviewer")
    response = client.post("/accounts/import", data={"kind": "accounts",
                                                     "file": (csv_file("external_id,name,arr\nX,Y,1"), "a.csv")})
    assert response.status_code == 403


def test_navigation_hides_what_the_role_cannot_do(login):
    page = login("interviewer").get("/accounts/").get_data(as_text=True)
    assert "New account" not in page and ">Import<" not in page and ">Admin<" not in page


PUBLIC = {"static", "auth.login", "auth.logout", "health.healthz"}  # healthz: for the load balancer


def test_every_staff_route_needs_a_login_and_every_api_route_a_token(app, client):
    """A guard for routes added later: only the survey links, the login and static files are public."""
    checked = 0
    for rule in app.url_map.iter_rules():
        if rule.endpoint in PUBLIC or rule.endpoint.startswith("respond."):
            continue
        path = rule.rule
        for argument in rule.arguments:
            path = path.replace(f"<int:{argument}>", "1").replace(f"<{argument}>", "x")
        method = "GET" if "GET" in rule.methods else "POST"
        response = client.open(path, method=method)
        if rule.endpoint.startswith("api"):
            assert response.status_code == 401, (rule.endpoint, response.status_code)
        else:
            assert response.status_code == 302 and "/login" in response.headers["Location"], \
                (rule.endpoint, response.status_code)
        checked += 1
    assert checked > 40
