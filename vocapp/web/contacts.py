from flask import Blueprint, abort, flash, redirect, render_template, url_for
from sqlalchemy.exc import IntegrityError

from vocapp.extensions import db
from vocapp.forms import ConfirmForm, ContactForm
from vocapp.models import Account, Contact
from vocapp.permissions import requires

bp = Blueprint("contacts", __name__, url_prefix="/accounts/<int:account_id>/contacts")


def _save(form: ContactForm, contact: Contact, account: Account):
    form.populate_obj(contact)
    contact.email = form.email.data.strip().lower()
    contact.account = account
    db.session.add(contact)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        form.email.errors.append("This account already has a contact with this e-mail.")
        return None
    return redirect(url_for("accounts.detail", account_id=account.id))


@bp.route("/new", methods=["GET", "POST"])
@requires("accounts.edit")
def create(account_id: int):
    account = db.get_or_404(Account, account_id)
    form = ContactForm()
    if form.validate_on_submit():
        response = _save(form, Contact(), account)
        if response:
            flash("Contact added.", "success")
            return response
    return render_template("contacts/form.html", form=form, account=account, contact=None)


@bp.route("/<int:contact_id>/edit", methods=["GET", "POST"])
@requires("accounts.edit")
def edit(account_id: int, contact_id: int):
    contact = _contact_of(account_id, contact_id)
    form = ContactForm(obj=contact)
    if form.validate_on_submit():
        response = _save(form, contact, contact.account)
        if response:
            flash("Contact saved.", "success")
            return response
    return render_template("contacts/form.html", form=form, account=contact.account, contact=contact)


@bp.post("/<int:contact_id>/delete")
@requires("accounts.edit")
def delete(account_id: int, contact_id: int):
    contact = _contact_of(account_id, contact_id)
    if ConfirmForm().validate_on_submit():
        db.session.delete(contact)
        db.session.commit()
        flash(f"{contact.name} was removed.", "success")
    return redirect(url_for("accounts.detail", account_id=account_id))


def _contact_of(account_id: int, contact_id: int) -> Contact:
    contact = db.get_or_404(Contact, contact_id)
    if contact.account_id != account_id:
        abort(404)
    return contact
