"""The reports page: choose a period and download the roadmap digest or an account review as a PDF."""
from datetime import date, timedelta

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select
from wtforms import BooleanField, DateField, SelectField
from wtforms.validators import Optional, ValidationError

from reports.account_review import render_account_review
from reports.roadmap import render_roadmap_digest
from reports.wlc import WlcReport, render_wlc_summary
from vocapp.extensions import db
from vocapp.forms import ConfirmForm, StaffForm, sane_date
from vocapp.models import Account, ReportSubscription
from vocapp.permissions import requires
from vocapp.queries.digest import roadmap_digest
from vocapp.queries.review import account_review
from vocapp.queries.wlc import WlcFilter, wlc_summary
from vocapp.roadmap.areas import area_label, area_labels
from vocapp.web.nav import NAV_ITEMS

bp = Blueprint("reports", __name__, url_prefix="/reports")
NAV_ITEMS.append({"label": "Reports", "endpoint": "reports.index", "prefix": "reports.", "action": "insights.view"})

PERIOD_DAYS = 90  # a quarter, as a business review takes it


class PeriodForm(StaffForm):
    class Meta:
        csrf = False  # a GET form that only reads

    since = DateField("From", validators=[Optional(), sane_date])
    until = DateField("To", validators=[Optional(), sane_date])
    paper = SelectField("Paper", choices=[("A4", "A4"), ("Letter", "Letter")], default="A4")

    def validate_until(self, field):
        if self.since.data and field.data and self.since.data > field.data:
            raise ValidationError("The period must end on or after its first day.")

    def period(self) -> tuple[date, date]:
        until = self.until.data or date.today()
        return self.since.data or until - timedelta(days=PERIOD_DAYS - 1), until


def area_choices() -> list[tuple[str, str]]:
    """Every product area to choose from, read when a form is made (a typed name that matched no key gave an
    empty digest)."""
    return [("", "All product areas")] + list(area_labels().items())


class RoadmapReportForm(PeriodForm):
    area = SelectField("Product area", choices=area_choices, default="")
    tier = SelectField("Segment", choices=[("", "All tiers"), ("1", "Tier 1"), ("2", "Tier 2"), ("3", "Tier 3")],
                       default="")
    anonymise = BooleanField("Quotes without account names")


KIND_LABELS = {"roadmap": "Roadmap digest", "accounts": "Reviews of my accounts"}


class SubscriptionForm(StaffForm):
    kind = SelectField("Report", choices=list(KIND_LABELS.items()))
    frequency = SelectField("How often", choices=[("weekly", "Every Monday, for the week before"),
                                                  ("monthly", "On the 1st, for the month before")])
    product_area = SelectField("Product area (roadmap digest only)", choices=area_choices, default="")



def pdf_download(pdf: bytes, name: str) -> Response:
    return Response(pdf, mimetype="application/pdf", headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _page(form: RoadmapReportForm, subscribe: SubscriptionForm):
    subscriptions = db.session.scalars(select(ReportSubscription).where(ReportSubscription.user_id == current_user.id)
                                       .order_by(ReportSubscription.created_at)).all()
    return render_template("reports/index.html", form=form, subscribe=subscribe,
                           subscriptions=subscriptions, kinds=KIND_LABELS, area_label=area_label, remove=ConfirmForm(),
                           wlc=PeriodForm(prefix="wlc"))


@bp.get("/")
@requires("insights.view")
def index():
    return _page(RoadmapReportForm(request.args), SubscriptionForm())


@bp.post("/subscriptions")
@requires("insights.view")
def subscribe():
    form = SubscriptionForm()
    if not form.validate_on_submit():
        return _page(RoadmapReportForm(), form), 400
    area = form.product_area.data if form.kind.data == "roadmap" and form.product_area.data else None
    db.session.add(ReportSubscription(user_id=current_user.id, kind=form.kind.data, frequency=form.frequency.data,
                                      product_area=area))
    db.session.commit()
    flash(f"Subscribed: {KIND_LABELS[form.kind.data].lower()}, {form.frequency.data}. It arrives by e-mail.", "info")
    return redirect(url_for("reports.index"))


@bp.post("/subscriptions/<int:subscription_id>/delete")
@requires("insights.view")
def unsubscribe(subscription_id: int):
    subscription = db.session.get(ReportSubscription, subscription_id)
    if subscription is None or subscription.user_id != current_user.id:
        abort(404)
    if ConfirmForm().validate_on_submit():
        db.session.delete(subscription)
        db.session.commit()
        flash("Unsubscribed.", "info")
    return redirect(url_for("reports.index"))


@bp.get("/roadmap.pdf")
@requires("insights.view")
def roadmap_pdf():
    form = RoadmapReportForm(request.args)
    if not form.validate():
        return _page(form, SubscriptionForm()), 400
    since, until = form.period()
    digest = roadmap_digest(since, until, product_area=form.area.data or None,
                            tier=int(form.tier.data) if form.tier.data else None, anonymise=form.anonymise.data)
    return pdf_download(render_roadmap_digest(digest, page_size=form.paper.data),
                        f"roadmap-digest-{since}-to-{until}.pdf")


@bp.get("/accounts/<int:account_id>.pdf")
@requires("insights.view")
def account_pdf(account_id: int):
    account = db.session.get(Account, account_id) or abort(404)
    form = PeriodForm(request.args)
    if not form.validate():
        abort(400, description="; ".join(error for errors in form.errors.values() for error in errors))
    since, until = form.period()
    review = account_review(account, since, until)
    return pdf_download(render_account_review(review, page_size=form.paper.data),
                        f"account-review-{account.external_id}-{until}.pdf")


@bp.get("/wlc.pdf")
@requires("interviews.view")
def wlc_pdf():
    form = PeriodForm(request.args, prefix="wlc")
    if not form.validate():
        abort(400, description="; ".join(error for errors in form.errors.values() for error in errors))
    since, until = form.since.data, form.until.data or date.today()
    report = WlcReport(since, until, wlc_summary(WlcFilter(since=since, until=until)))
    return pdf_download(render_wlc_summary(report, page_size=form.paper.data), f"wlc-summary-{until}.pdf")
