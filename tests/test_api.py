"""The JSON API: bearer tokens issued by an admin, stored hashed; upserts are all-or-nothing."""
import pytest
from sqlalchemy import select

from helpers import add_account
from vocapp.extensions import db
from vocapp.models import Account, ApiToken, Contact
from vocapp.models.base import utcnow


@pytest.fixture
def token(ctx):
    api_token, secret = ApiToken.issue("crm sync")
    db.session.add(api_token)
    db.session.commit()
    return secret


def auth(secret: str) -> dict:
    return {"Authorization": f"Bearer {secret}"}


def test_requests_without_a_token_are_refused(client):
    response = client.get("/api/v1/accounts")
    assert response.status_code == 401
    assert response.json["detail"] == "missing bearer token"
    assert response.headers["WWW-Authenticate"].startswith("Bearer")


def test_a_wrong_token_is_refused(client, token):
    response = client.get("/api/v1/accounts", headers=auth(token + "x"))
    assert response.status_code == 401
    assert response.json["detail"] == "unknown token"


def test_a_revoked_token_is_refused(client, token):
    db.session.scalar(select(ApiToken)).revoked_at = utcnow()
    db.session.commit()
    response = client.get("/api/v1/accounts", headers=auth(token))
    assert response.status_code == 401
    assert response.json["detail"] == "token revoked"


def test_only_the_hash_of_a_token_is_stored(token):
    stored = db.session.scalar(select(ApiToken))
    assert token not in (stored.token_hash, stored.prefix) and len(stored.token_hash) == 64


def test_upsert_then_list_accounts_and_contacts(client, token):
    response = client.post("/api/v1/accounts", headers=auth(token), json=[
        {"external_id": "SF-1", "name": "Acme", "arr": 120000, "industry": "Software"},
        {"external_id": "SF-2", "name": "Globex", "arr": "5000.5", "status": "prospect"}])
    assert response.status_code == 200, response.json
    assert response.json == {"created": 2, "updated": 0}
    response = client.post("/api/v1/accounts", headers=auth(token), json={"external_id": "SF-1", "name": "Acme Inc", "arr": 130000})
    assert response.json == {"created": 0, "updated": 1}

    listed = client.get("/api/v1/accounts", headers=auth(token)).json
    assert listed["total"] == 2
    acme = next(item for item in listed["items"] if item["external_id"] == "SF-1")
    assert (acme["name"], acme["arr"], acme["industry"], acme["tier"]) == ("Acme Inc", 130000, "Software", 1)

    response = client.post("/api/v1/contacts", headers=auth(token), json={"items": [
        {"account_external_id": "SF-1", "name": "Ana", "email": "ana@acme.example", "decision_maker": True}]})
    assert response.json == {"created": 1, "updated": 0}
    contacts = client.get("/api/v1/contacts?account_external_id=SF-1", headers=auth(token)).json
    assert contacts["items"][0]["decision_maker"] is True
    assert client.get("/api/v1/accounts/SF-1", headers=auth(token)).json["name"] == "Acme Inc"
    assert client.get("/api/v1/accounts/NOPE", headers=auth(token)).status_code == 404


def test_an_invalid_item_rejects_the_whole_request_and_names_the_field(client, token):
    response = client.post("/api/v1/accounts", headers=auth(token), json=[
        {"external_id": "SF-1", "name": "Acme", "arr": 100},
        {"external_id": "SF-2", "name": "Broken", "arr": "lots"}])
    assert response.status_code == 422
    assert response.json["errors"] == [{"index": 1, "field": "arr", "message": "not a number: 'lots'"}]
    assert db.session.scalar(select(Account)) is None


def test_contacts_for_an_unknown_account_are_rejected(client, token):
    response = client.post("/api/v1/contacts", headers=auth(token),
                           json={"account_external_id": "X", "name": "Ana", "email": "ana@x.example"})
    assert response.status_code == 422
    assert response.json["errors"][0]["field"] == "account_external_id"
    assert db.session.scalar(select(Contact)) is None


def test_the_token_records_when_it_was_last_used(client, token):
    assert db.session.scalar(select(ApiToken)).last_used_at is None
    before = utcnow().replace(microsecond=0)
    response = client.get("/api/v1/ping", headers=auth(token))
    assert response.status_code == 200, response.get_data(as_text=True)
    db.session.expire_all()
    last_used = db.session.scalar(select(ApiToken)).last_used_at
    assert last_used is not None and before <= last_used <= utcnow()
    client.get("/api/v1/ping", headers=auth("voc_wrong"))
    db.session.expire_all()
    assert db.session.scalar(select(ApiToken)).last_used_at == last_used, "a wrong token touches no token"


def test_an_admin_issues_and_revokes_tokens_on_the_web(login, app):
    client = login("admin")
    page = client.post("/admin/tokens", data={"name": "hubspot"}).get_data(as_text=True)
    secret = page.split('<pre class="token"><code>')[1].split("</code>")[0]
    assert secret.startswith("voc_")
    assert client.get("/api/v1/ping", headers=auth(secret)).status_code == 200
    with app.app_context():
        token_id = db.session.scalar(select(ApiToken.id))
    client.post(f"/admin/tokens/{token_id}/revoke")
    assert client.get("/api/v1/ping", headers=auth(secret)).status_code == 401


def test_token_commands_issue_and_revoke(runner, client, ctx):
    from vocapp.cli import voc

    secret = runner.invoke(voc, ["token", "create", "etl"]).output.strip()
    assert client.get("/api/v1/ping", headers=auth(secret)).status_code == 200
    token_id = db.session.scalar(select(ApiToken.id))
    assert runner.invoke(voc, ["token", "revoke", str(token_id)]).exit_code == 0
    assert client.get("/api/v1/ping", headers=auth(secret)).status_code == 401
