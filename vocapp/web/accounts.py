from datetime import date, timedelta

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from reports.charts import for_page, pareto_chart
from vocapp.exports import amount, csv_response as _csv_response
from vocapp.extensions import db
from vocapp.forms import AccountForm, ConfirmForm, ImportForm
from vocapp.imports import ImportRejected
from vocapp.imports.accounts import ACCOUNT_OPTIONAL, ACCOUNT_REQUIRED, CONTACT_OPTIONAL, CONTACT_REQUIRED
from vocapp.models import Account, Contact, Job, User
from vocapp.params import page_arg
from vocapp.permissions import allowed, requires
from vocapp.queries.accounts import AccountFilter, facets, latest_scores
from vocapp.queries.nps import accounts_nps
from vocapp.queries.personas import PERSONA_LABELS, personas_of
from vocapp.segments import pareto_points, recompute_tiers
from vocapp.tasks.imports import import_upload
from vocapp.web.imports import job_link, shown_job, started

bp = Blueprint("accounts", __name__, url_prefix="/accounts")
PER_PAGE = 50


@bp.get("/")
@requires("accounts.view")
def index():
    filters = AccountFilter.from_args(request.args)
    page = db.paginate(filters.statement(), page=page_arg(), per_page=PER_PAGE, error_out=False)
    thresholds = current_app.config["VOC_TIER_THRESHOLDS"]
    voice = allowed(current_user, "insights.view")  # what customers say is not every role's to read
    ids = [account.id for account in page.items] if voice else []
    return render_template("accounts/index.html", page=page, filters=filters, facets=facets(), voice=voice,
                           nps=accounts_nps(ids, since=date.today() - timedelta(days=365)),
                           personas=personas_of(ids), persona_labels=PERSONA_LABELS,
                           pareto=for_page(pareto_chart, pareto_points(thresholds), thresholds, heading=False))


@bp.get("/<int:account_id>")
@requires("accounts.view")
def detail(account_id: int):
    account = db.get_or_404(Account, account_id)
    return render_template("accounts/detail.html", account=account, confirm=ConfirmForm(),
                           scores=latest_scores([contact.id for contact in account.contacts]))


def _csm_choices() -> list[tuple[int, str]]:
    users = db.session.scalars(select(User).where(User.role.in_(("csm", "admin")), User.active).order_by(User.name))
    return [(0, "— none —")] + [(user.id, user.display_name) for user in users]


def _save(form: AccountForm, account: Account):
    form.populate_obj(account)
    account.arr = float(form.arr.data)
    account.csm_id = form.csm_id.data or None
    db.session.add(account)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        form.external_id.errors.append("Another account already has this external id.")
        return None
    recompute_tiers(current_app.config["VOC_TIER_THRESHOLDS"])
    db.session.commit()
    return redirect(url_for("accounts.detail", account_id=account.id))


@bp.route("/new", methods=["GET", "POST"])
@requires("accounts.edit")
def create():
    form = AccountForm()
    form.csm_id.choices = _csm_choices()
    if form.validate_on_submit():
        response = _save(form, Account())
        if response:
            flash("Account created.", "success")
            return response
    return render_template("accounts/form.html", form=form, account=None)


@bp.route("/<int:account_id>/edit", methods=["GET", "POST"])
@requires("accounts.edit")
def edit(account_id: int):
    account = db.get_or_404(Account, account_id)
    form = AccountForm(obj=account, csm_id=account.csm_id or 0)
    form.csm_id.choices = _csm_choices()
    if form.validate_on_submit():
        response = _save(form, account)
        if response:
            flash("Account saved.", "success")
            return response
    return render_template("accounts/form.html", form=form, account=account)


@bp.route("/<int:account_id>/delete", methods=["GET", "POST"])
@requires("accounts.edit")
def delete(account_id: int):
    account = db.get_or_404(Account, account_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        name = account.name
        db.session.delete(account)
        recompute_tiers(current_app.config["VOC_TIER_THRESHOLDS"])
        db.session.commit()
        flash(f"{name} and its contacts were deleted.", "success")
        return redirect(url_for("accounts.index"))
    return render_template("accounts/delete.html", account=account, form=form)


@bp.route("/import", methods=["GET", "POST"])
@requires("accounts.import")
def import_file():
    form = ImportForm()
    errors, result = [], None
    if form.validate_on_submit():
        try:
            result = import_upload(form.kind.data, form.file.data, link=job_link("accounts.import_file"))
        except ImportRejected as rejected:
            db.session.rollback()
            errors = rejected.errors
        if isinstance(result, Job):
            return started(result)
        if result:
            flash(f"Imported {form.kind.data}: {result}.", "success")
    return render_template("accounts/import.html", form=form, errors=errors, result=result, job=shown_job(),
                           formats={"accounts": (ACCOUNT_REQUIRED, ACCOUNT_OPTIONAL),
                                    "contacts": (CONTACT_REQUIRED, CONTACT_OPTIONAL)})


@bp.get("/export.csv")
@requires("accounts.view")
def export_accounts():
    rows = db.session.execute(
        select(Account.external_id, Account.name, Account.arr, Account.industry, Account.region, Account.employees,
               Account.renewal_date, Account.status, User.email, Account.usage_score, Account.tier)
        .outerjoin(User, Account.csm_id == User.id).order_by(Account.external_id)
    )
    header = [*ACCOUNT_REQUIRED, *ACCOUNT_OPTIONAL, "tier"]
    return _csv_response("accounts", header, ([*row[:2], amount(row.arr), *row[3:]] for row in rows))


@bp.get("/contacts.csv")
@requires("accounts.view")
def export_contacts():
    rows = db.session.execute(
        select(Account.external_id, Contact.name, Contact.email, Contact.role, Contact.decision_maker)
        .join(Contact.account).order_by(Account.external_id, Contact.email)
    )
    header = [*CONTACT_REQUIRED, *CONTACT_OPTIONAL]
    return _csv_response("contacts", header, (
        [external_id, name, email, role, "yes" if decision_maker else "no"]
        for external_id, name, email, role, decision_maker in rows))
