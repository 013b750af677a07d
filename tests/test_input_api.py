"""The API's input: JSON types checked per field (422 naming it), paging arguments refused below 1 and per_page
lowered to 500 (the answer says which page and size it used), numbers bounded as in CSV files."""
import pytest
from sqlalchemy import func, select

from helpers import add_account
from vocapp.extensions import db
from vocapp.models import Account, ApiToken


@pytest.fixture
def api(client, ctx):
    token, secret = ApiToken.issue("crm")
    db.session.add(token)
    db.session.commit()
    headers = {"Authorization": f"Bearer {secret}"}

    class Api:
        def get(self, path):
            return client.get(path, headers=headers)

        def post(self, path, body):
            return client.post(path, headers=headers, json=body)
    return Api()


def stored() -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count(Account.id)))


@pytest.mark.parametrize("field, value, kind", [("name", {"a": 1}, "an object"), ("arr", [1, 2], "a list"),
                                                ("industry", {}, "an object"), ("external_id", ["A-1"], "a list")])
def test_an_object_or_a_list_as_a_value_is_a_422_naming_the_field(api, field, value, kind):
    body = {"external_id": "A-1", "name": "Acme", "arr": 1000, field: value}
    response = api.post("/api/v1/accounts", body)
    assert response.status_code == 422
    assert {"index": 0, "field": field,
            "message": f"must be text, a number, true/false or null, not {kind}"} in response.json["errors"]
    assert stored() == 0


def test_numbers_and_booleans_arrive_as_their_text(api):
    response = api.post("/api/v1/accounts", [{"external_id": 7, "name": "Acme", "arr": 1000.0, "employees": 12.0},
                                             {"external_id": "A-2", "name": "Globex", "arr": 45000.5}])
    assert response.status_code == 200, response.json
    acme = db.session.scalar(select(Account).where(Account.external_id == "7"))
    assert (acme.arr, acme.employees) == (1000, 12)


@pytest.mark.parametrize("field, value, message", [
    ("arr", 1e308, "must be at most 100,000,000,000"), ("arr", "1e308", "must be at most 100,000,000,000"),
    ("employees", 99999999999999999999, "must be from 0 to 10,000,000"), ("employees", 1.5, "not a whole number")])
def test_numbers_beyond_the_bounds_are_a_422_naming_the_field(api, field, value, message):
    response = api.post("/api/v1/accounts", {"external_id": "A-1", "name": "Acme", "arr": 1000, field: value})
    assert response.status_code == 422
    errors = response.json["errors"]
    assert errors[0]["field"] == field and errors[0]["message"].startswith(message), errors


def test_an_infinite_arr_in_json_is_refused(api, client):
    """Python's JSON reader turns 1e400 into infinity."""
    token = ApiToken.issue("raw")
    db.session.add(token[0])
    db.session.commit()
    response = client.post("/api/v1/accounts", data='{"external_id": "A-1", "name": "Acme", "arr": 1e400}',
                           headers={"Authorization": f"Bearer {token[1]}", "Content-Type": "application/json"})
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == "arr"
    assert stored() == 0


@pytest.mark.parametrize("query, argument", [("per_page=0", "per_page"), ("per_page=-1", "per_page"),
                                             ("page=-5", "page"), ("page=0", "page"), ("page=abc", "page"),
                                             ("page=99999999999999999999999", "page"),
                                             ("per_page=99999999999999999999", "per_page")])
def test_paging_below_one_or_not_a_number_is_refused_naming_the_argument(api, query, argument):
    response = api.get(f"/api/v1/accounts?{query}")
    assert response.status_code == 400
    assert response.json["detail"].startswith(f"The {argument} argument must be a whole number")


def test_paging_walks_the_accounts_and_a_large_per_page_is_lowered(api):
    for number in range(5):
        add_account(f"A-{number}", f"Account {number}", 1000 + number)
    first = api.get("/api/v1/accounts?page=1&per_page=2").json
    second = api.get("/api/v1/accounts?page=2&per_page=2").json
    last = api.get("/api/v1/accounts?page=3&per_page=2").json
    beyond = api.get("/api/v1/accounts?page=4&per_page=2").json
    ids = [item["external_id"] for page in (first, second, last) for item in page["items"]]
    assert ids == [f"A-{number}" for number in range(5)]
    assert (first["page"], first["per_page"], first["total"]) == (1, 2, 5)
    assert (beyond["page"], beyond["items"], beyond["total"]) == (4, [], 5)
    lowered = api.get("/api/v1/accounts?per_page=100000").json
    assert lowered["per_page"] == 500 and len(lowered["items"]) == 5
    assert api.get("/api/v1/accounts").json["per_page"] == 100


def test_updated_since_takes_a_time_zone(api):
    add_account("A-1", "Acme", 1000)
    assert api.get("/api/v1/accounts?updated_since=2000-01-01T00:00:00%2B02:00").json["total"] == 1
    assert api.get("/api/v1/accounts?updated_since=2999-01-01T00:00:00Z").json["total"] == 0
    assert api.get("/api/v1/contacts?updated_since=yesterday").status_code == 400


@pytest.mark.parametrize("path", ["/api/v1/interviews", "/api/v1/interviews/summary"])
@pytest.mark.parametrize("query", ["since=0001-01-01", "until=9999-12-31", "since=October"])
def test_the_interview_api_dates_go_through_the_one_parser(api, path, query):
    response = api.get(f"{path}?{query}")
    assert response.status_code == 400
    assert response.json["detail"].startswith(f"The {query.split('=')[0]} argument must be a date (YYYY-MM-DD)")
