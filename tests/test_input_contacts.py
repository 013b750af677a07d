"""Editing and removing a contact from the account page: the e-mail is kept in one form, a clash is named, a
contact is only reached through its own account."""
from sqlalchemy import select

from helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.models import Contact


def setup_contacts(app):
    with app.app_context():
        acme = add_account("A-1", "Acme", 1000)
        other = add_account("A-2", "Globex", 1000)
        ana = add_contact(acme, "ana@acme.example", "Ana", role="VP Sales", decision_maker=True)
        add_contact(acme, "ben@acme.example", "Ben")
        carl = add_contact(other, "carl@globex.example", "Carl")
        return acme.id, other.id, ana.id, carl.id


def contact(app, contact_id):
    with app.app_context():
        return db.session.get(Contact, contact_id)


def test_a_contact_is_edited(login, app):
    acme_id, _other_id, ana_id, _carl_id = setup_contacts(app)
    client = login("csm")
    form = client.get(f"/accounts/{acme_id}/contacts/{ana_id}/edit").get_data(as_text=True)
    assert 'value="ana@acme.example"' in form and 'value="VP Sales"' in form
    response = client.post(f"/accounts/{acme_id}/contacts/{ana_id}/edit",
                           data={"name": " Ana Lima ", "email": " Ana.Lima@ACME.example ", "role": "CRO"})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/accounts/{acme_id}")
    saved = contact(app, ana_id)
    assert (saved.name, saved.email, saved.role, saved.decision_maker) == \
        ("Ana Lima", "ana.lima@acme.example", "CRO", False)


def test_an_edit_to_an_e_mail_the_account_already_has_is_named(login, app):
    acme_id, _other_id, ana_id, _carl_id = setup_contacts(app)
    page = login("csm").post(f"/accounts/{acme_id}/contacts/{ana_id}/edit",
                             data={"name": "Ana", "email": "BEN@acme.example"})
    assert page.status_code == 200
    assert "This account already has a contact with this e-mail." in page.get_data(as_text=True)
    assert contact(app, ana_id).email == "ana@acme.example"


def test_an_edit_with_a_bad_e_mail_or_no_name_is_refused(login, app):
    acme_id, _other_id, ana_id, _carl_id = setup_contacts(app)
    page = login("csm").post(f"/accounts/{acme_id}/contacts/{ana_id}/edit", data={"name": "", "email": "ana@"})
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and "Invalid email address." in text and "This field is required." in text
    assert contact(app, ana_id).name == "Ana"


def test_a_contact_is_removed(login, app):
    acme_id, _other_id, ana_id, _carl_id = setup_contacts(app)
    client = login("csm")
    assert client.get(f"/accounts/{acme_id}/contacts/{ana_id}/delete").status_code == 405
    response = client.post(f"/accounts/{acme_id}/contacts/{ana_id}/delete", follow_redirects=True)
    assert "Ana was removed." in response.get_data(as_text=True)
    with app.app_context():
        assert db.session.scalars(select(Contact.name).order_by(Contact.name)).all() == ["Ben", "Carl"]


def test_a_contact_is_only_reached_through_its_own_account(login, app):
    acme_id, other_id, ana_id, carl_id = setup_contacts(app)
    client = login("csm")
    assert client.get(f"/accounts/{acme_id}/contacts/{carl_id}/edit").status_code == 404
    assert client.post(f"/accounts/{acme_id}/contacts/{carl_id}/edit",
                       data={"name": "Hijacked", "email": "x@acme.example"}).status_code == 404
    assert client.post(f"/accounts/{other_id}/contacts/{ana_id}/delete").status_code == 404
    assert client.post(f"/accounts/{acme_id}/contacts/999999/delete").status_code == 404
    assert (contact(app, carl_id).name, contact(app, ana_id).name) == ("Carl", "Ana")


def test_a_role_without_account_edits_cannot_change_contacts(login, app):
    acme_id, _other_id, ana_id, _carl_id = setup_contacts(app)
    client = login("product")
    assert client.post(f"/accounts/{acme_id}/contacts/{ana_id}/edit",
                       data={"name": "X", "email": "x@acme.example"}).status_code == 403
    assert client.post(f"/accounts/{acme_id}/contacts/{ana_id}/delete").status_code == 403
    assert contact(app, ana_id).name == "Ana"
