"""Every GET route of the app, as an admin, with hostile query strings: a bad argument is a 400 or is ignored,
never a 500; an id in the path beyond the database's integers is a 404."""
import pytest
from sqlalchemy import select
from werkzeug.routing import IntegerConverter

from reports import document
from reports.pdf import render_html
from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.models import ApiToken, FollowUpCase, Invitation, Survey

HOSTILE = "page=99999999999999999999999&tier=²&owner=²&survey=abc&until=9999-12-31&fmt=x&_method=x"
# In groups too, so that the first refused argument does not hide what the others do to a page; the last groups
# hold arguments a page ignores or must not pass on.
GROUPS = ["page=99999999999999999999999", "page=-5&per_page=-1", "tier=²", "owner=²", "csm=99999999999999999999",
              "survey=99999999999999999999", "interviewer=²", "competitor=99999999999999999999", "until=9999-12-31",
              "since=0001-01-01",
              "fmt=x&_method=x&survey_id=abc&_anchor=x&_external=1&by=x&category=x&status=x&sort=x&dir=x&mine=1"
              "&discover=1&outcome=x&quarter=x&rank=x",
              "q=%00&industry=%00&persona=%00&area=%00&stage=%00"]
HUGE = "9" * 25


@pytest.fixture
def demo(app, runner, login):
    """The demo data, an admin signed in, one follow-up case, and an API token."""
    assert runner.invoke(voc, ["demo"]).exit_code == 0
    client = login("admin", "sweep-admin@example.example")
    with app.app_context():
        token, secret = ApiToken.issue("sweep")
        db.session.add(token)
        db.session.commit()
        ids = {"survey_id": db.session.scalar(select(Survey.id).order_by(Survey.id)),
               "case_id": db.session.scalar(select(FollowUpCase.id)),
               "invitation_id": db.session.scalar(select(Invitation.id))}
    return client, {"Authorization": f"Bearer {secret}"}, ids


def get_routes(app):
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and rule.endpoint != "static":
            yield rule


def path_for(rule, ids: dict, int_value=None) -> str:
    values = {}
    for name, converter in rule._converters.items():
        if isinstance(converter, IntegerConverter):
            values[name] = int_value if int_value is not None else ids.get(name) or 1
        else:
            values[name] = {"fmt": "csv", "token": "not-a-token", "key": "pricing", "external_id": "A-1"}.get(name, "x")
    return rule.build(values, append_unknown=False)[1]


class _Unlaid:
    """A report whose HTML was rendered but not laid out into pages."""
    pages: list = []

    def write_pdf(self, **_options) -> bytes:
        return b"%PDF-"


def _html_only(template: str, context: dict):
    render_html(template, **context)  # the report's data gathered and its template filled, as for a real PDF
    return _Unlaid()


def test_every_get_route_survives_hostile_query_strings(app, demo, monkeypatch):
    """A PDF is laid out by WeasyPrint once, with every hostile argument at once; for the groups, its data and HTML
    are made but not laid out (a second each that the arguments do not reach)."""
    monkeypatch.setitem(app.config, "PROPAGATE_EXCEPTIONS", False)  # a crash is a 500 page: list them all
    client, api_headers, ids = demo
    failures = []
    for rule in get_routes(app):
        path = path_for(rule, ids)
        for query in [HOSTILE, *GROUPS]:
            with monkeypatch.context() as patch:
                if path.endswith(".pdf") and query != HOSTILE:
                    patch.setattr(document, "_document", _html_only)
                response = client.get(f"{path}?{query}", headers=api_headers if path.startswith("/api/") else {})
                response.get_data()  # a streamed export runs to its end
            if response.status_code >= 500:
                failures.append(f"{path}?{query} -> {response.status_code}")
            response.close()
    assert not failures, "\n".join(failures)


def test_every_int_route_gives_404_for_a_25_digit_id(app, login, monkeypatch):
    monkeypatch.setitem(app.config, "PROPAGATE_EXCEPTIONS", False)
    client = login("admin")
    with app.app_context():
        token, secret = ApiToken.issue("sweep")
        db.session.add(token)
        db.session.commit()
    api_headers, ids = {"Authorization": f"Bearer {secret}"}, {}
    checked = []
    for rule in app.url_map.iter_rules():
        if not any(isinstance(c, IntegerConverter) for c in rule._converters.values()):
            continue
        path = path_for(rule, ids, int_value=HUGE)
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            response = client.open(path, method=method, headers=api_headers if path.startswith("/api/") else {})
            assert response.status_code == 404, (method, path, response.status_code)
            checked.append(path)
    assert len(checked) >= 20
