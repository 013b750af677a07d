"""The reports page: choose a period and download the roadmap digest as a PDF."""
from datetime import date, timedelta

from flask import Blueprint, Response, render_template, request
from wtforms import BooleanField, DateField, SelectField, StringField
from wtforms.validators import Length, Optional, ValidationError

from reports.roadmap import render_roadmap_digest
from vocapp.forms import StaffForm, sane_date
from vocapp.permissions import requires
from vocapp.queries.digest import roadmap_digest
from vocapp.web.nav import NAV_ITEMS

bp = Blueprint("reports", __name__, url_prefix="/reports")
NAV_ITEMS.append({"label": "Reports", "endpoint": "reports.index", "prefix": "reports.", "action": "insights.view"})

PERIOD_DAYS = 90


class RoadmapReportForm(StaffForm):
    class Meta:
        csrf = False  # a GET form that only reads

    since = DateField("From", validators=[Optional(), sane_date])
    until = DateField("To", validators=[Optional(), sane_date])
    area = StringField("Product area", validators=[Optional(), Length(max=60)])
    tier = SelectField("Segment", choices=[("", "All tiers"), ("1", "Tier 1"), ("2", "Tier 2"), ("3", "Tier 3")],
                       default="")
    anonymise = BooleanField("Quotes without account names")
    paper = SelectField("Paper", choices=[("A4", "A4"), ("Letter", "Letter")], default="A4")

    def validate_until(self, field):
        if self.since.data and field.data and self.since.data > field.data:
            raise ValidationError("The period must end on or after its first day.")

    def period(self) -> tuple[date, date]:
        until = self.until.data or date.today()
        return self.since.data or until - timedelta(days=PERIOD_DAYS - 1), until


@bp.get("/")
@requires("insights.view")
def index():
    return render_template("reports/index.html", form=RoadmapReportForm(request.args))


@bp.get("/roadmap.pdf")
@requires("insights.view")
def roadmap_pdf():
    form = RoadmapReportForm(request.args)
    if not form.validate():
        return render_template("reports/index.html", form=form), 400
    since, until = form.period()
    digest = roadmap_digest(since, until, product_area=form.area.data or None,
                            tier=int(form.tier.data) if form.tier.data else None, anonymise=form.anonymise.data)
    pdf = render_roadmap_digest(digest, page_size=form.paper.data)
    name = f"roadmap-digest-{since}-to-{until}.pdf"
    return Response(pdf, mimetype="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
