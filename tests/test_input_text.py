"""Control characters (NUL above all: PostgreSQL refuses it) are removed from every text that comes in: staff
forms, the public survey page, CSV files and the API. Tabs and line breaks stay."""
import io

from flask_wtf import FlaskForm
from sqlalchemy import select

from helpers import add_account, add_contact
from surveys.text import CleanForm, clean_text
from vocapp.distribution import Audience, issue_links
from vocapp.extensions import db
from vocapp.forms import StaffForm
from vocapp.models import Account, ApiToken, Contact, Response, Survey

DIRTY = "Slow\x00 support\x07,\tbut\r\nfine\x1b\x7f\x85"
CLEAN = "Slow support,\tbut\r\nfine"


def test_clean_text_keeps_tabs_and_line_breaks_and_any_language():
    assert clean_text(DIRTY) == CLEAN
    assert clean_text("Le support est lent 😕 — サポート") == "Le support est lent 😕 — サポート"
    assert clean_text("lone \ud800 surrogate") == "lone  surrogate"


def test_every_form_cleans_its_text():
    """Every staff form derives from StaffForm and every public form from CleanForm: none from FlaskForm alone."""
    import vocapp.web  # noqa: F401  (loads every area's forms)
    from vocapp import create_app

    create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"})

    def subclasses(cls):
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)
    unclean = [form for form in subclasses(FlaskForm) if form is not StaffForm and not issubclass(form, StaffForm)]
    assert not unclean, unclean
    assert CleanForm in list(subclasses(__import__("wtforms").Form))


def test_a_public_comment_with_a_nul_is_stored_without_it(ctx, client):
    account = add_account("A-1", "Acme", 10_000)
    add_contact(account, "ana@acme.example", "Ana")
    survey = Survey(kind="nps", name="Q1", status="open", product_name="Pipely")
    db.session.add(survey)
    db.session.commit()
    path = issue_links(survey, "http://voc.test", Audience()).links[0].url.removeprefix("http://voc.test")
    db.session.commit()
    assert client.post(path, data={"score": "6"}).status_code in (200, 302, 303)
    response = client.post(path + "/more", data={"reason": DIRTY, "key_question": "nice_to_have"})
    assert response.status_code in (200, 302, 303), response.get_data(as_text=True)
    db.session.expire_all()
    assert db.session.scalar(select(Response.comment)) == CLEAN


def test_a_staff_form_with_a_nul_saves_the_account(login, app):
    client = login("csm")
    response = client.post("/accounts/new", data={"external_id": "N\x00-1 ", "name": "New\x00co\x01", "arr": "12000",
                                                  "status": "active", "csm_id": "0"})
    assert response.status_code == 302, response.get_data(as_text=True)
    with app.app_context():
        assert db.session.execute(select(Account.external_id, Account.name)).one() == ("N-1", "Newco")


def test_the_api_upsert_with_a_nul_in_the_name_works(client, ctx):
    token, secret = ApiToken.issue("crm")
    db.session.add(token)
    db.session.commit()
    response = client.post("/api/v1/accounts", headers={"Authorization": f"Bearer {secret}"},
                           json=[{"external_id": "A-1\x00", "name": "Acme\x00 Labs", "arr": 1000}])
    assert response.status_code == 200, response.json
    db.session.expire_all()
    assert db.session.execute(select(Account.external_id, Account.name)).one() == ("A-1", "Acme Labs")


def test_a_csv_file_with_control_characters_imports_clean_text(login, app):
    client = login("admin")
    with app.app_context():
        add_account("A-1", "Acme", 1000)
    data = "account_external_id,name,email,role\nA-1,Ana\x00 Lima,ana@acme.example,VP\x0b Sales\n".encode()
    page = client.post("/accounts/import", data={"kind": "contacts", "file": (io.BytesIO(data), "contacts.csv")},
                       follow_redirects=True).get_data(as_text=True)
    assert "Imported contacts: 1 created" in page, page
    with app.app_context():
        assert db.session.execute(select(Contact.name, Contact.role)).one() == ("Ana Lima", "VP Sales")


def test_a_search_with_a_nul_is_answered(login):
    client = login("csm")
    assert client.get("/accounts/?q=ac%00me&industry=%00").status_code == 200


def test_a_nul_in_a_path_is_a_404_and_never_reaches_the_database(client, ctx):
    token, secret = ApiToken.issue("crm")
    db.session.add(token)
    db.session.commit()
    assert client.get("/api/v1/accounts/A%00-1", headers={"Authorization": f"Bearer {secret}"}).status_code == 404
