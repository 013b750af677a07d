"""The CSM's side of surveys: results per survey, NPS insights across surveys, answer exports, the import of
past answers, and the follow-up cases that close the loop on detractors."""
import json
from datetime import date

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from flask_wtf.file import FileAllowed, FileField, FileRequired
from sqlalchemy import func, select, true
from werkzeug.routing import BuildError
from wtforms import SelectField, TextAreaField
from wtforms.validators import Length

from reports import palette
from reports.charts import Bar, bar_chart, column_chart, for_page, line_chart, nps_distribution_chart
from surveys.nps import NpsResult, signed
from vocapp.anonymity import HIDDEN_ACCOUNT, hidden_response_ids
from vocapp.exports import csv_response, safe_cell
from vocapp.extensions import db
from vocapp.forms import StaffForm
from vocapp.imports import ImportRejected
from vocapp.imports.responses import RESPONSE_OPTIONAL, RESPONSE_REQUIRED
from vocapp.models import CASE_STATUSES, JOURNEY_STAGES, CaseAlert, FollowUpCase, Job, Survey, User
from vocapp.models import Response as Answer
from vocapp.models.base import utcnow
from vocapp.params import int_arg, page_arg
from vocapp.permissions import requires
from vocapp.queries.effectiveness import SEGMENTS as EFFECTIVENESS_SEGMENTS
from vocapp.queries.effectiveness import EffectivenessResults, effectiveness_results
from vocapp.queries.nps import (DIMENSIONS, NpsFilter, QuestionSummary, answers, csv_export, drifting_accounts, export_rows,
                                key_question_counts, nps_by, nps_summary, nps_trend, reach, survey_results, surveys_with_answers)
from vocapp.tasks.imports import import_upload
from vocapp.tasks.mail import schedule_case_alert
from vocapp.web.imports import job_link, shown_job, started
from vocapp.web.nav import NAV_ITEMS

bp = Blueprint("results", __name__)
NAV_ITEMS.extend([
    {"label": "Insights", "endpoint": "results.insights", "action": "insights.view",
     "prefix": ("results.insights", "insights.persona", "insights.theme", "insights.text", "insights.edit_theme")},
    {"label": "Follow-ups", "endpoint": "results.cases", "prefix": "results.case", "action": "cases.manage"},
])
PER_PAGE = 50
CATEGORIES = {"detractor": (0, 6), "passive": (7, 8), "promoter": (9, 10)}


# --- charts ------------------------------------------------------------------------------------------
def distribution_chart(result: NpsResult) -> str:
    return for_page(nps_distribution_chart, result.distribution, heading=False)


def segment_chart(segments, title: str) -> str:
    bars = [Bar(segment.label, round(segment.result.nps),
                palette.FAVOURABLE if segment.result.nps >= 0 else palette.UNFAVOURABLE,
                f"n={segment.result.n}" + (" · low n" if segment.result.low_n else ""))
            for segment in segments]
    return for_page(bar_chart, bars, title, width=560, label_width=130, value_format=lambda value: f"{value:+.0f}",
                    signed=True)


def trend_chart(trend) -> str:
    labels = [date.fromisoformat(f"{month}-01").strftime("%b %y") for month, _result in trend]
    series = {"NPS": [None if r is None else round(r.nps, 1) for _m, r in trend],
              "ARR-weighted NPS": [None if r is None or r.arr_weighted_nps is None else round(r.arr_weighted_nps, 1)
                                   for _m, r in trend]}
    return for_page(line_chart, labels, series, "NPS by month, plain and ARR-weighted", heading=False)


KEY_LABELS = {"essential": ("Essential", palette.ESSENTIAL), "nice_to_have": ("Nice to have", palette.NICE_TO_HAVE),
              "no_longer_needed": ("No longer needed", palette.NO_LONGER_NEEDED)}


def key_question_chart(counts: dict[str, int]) -> str:
    total = sum(counts.values())
    bars = [Bar(label, round(100 * counts.get(key, 0) / total), colour, f"n={counts.get(key, 0)}")
            for key, (label, colour) in KEY_LABELS.items()] if total else []
    return for_page(bar_chart, bars, "How contacts call the product", width=500,
                    value_format=lambda value: f"{value:.0f}%", label_width=140)


def question_chart(summary: QuestionSummary) -> str | None:
    """A rating's answers by value (1 to 5), a choice's by option with its share; None for a text question."""
    kind, total = summary.question["type"], summary.answered or 1
    if kind == "rating":
        return for_page(column_chart, [str(value) for value in summary.counts], list(summary.counts.values()),
                        "Answers by rating, 1 to 5", width=360, height=190)
    if kind == "choice":
        return for_page(bar_chart, [Bar(option, count, note=f"{100 * count / total:.0f}%")
                                    for option, count in summary.counts.items()], "Answers by option", width=420,
                        label_width=150)
    return None


def _url(endpoint: str, **values):
    """A link to another area's page, or None while that page does not exist."""
    try:
        return url_for(endpoint, **values)
    except BuildError:
        return None


def _segments(filters: NpsFilter):
    by = request.args.get("by", "tier")
    by = by if by in DIMENSIONS else "tier"
    segments = nps_by(by, filters)
    return by, segments, segment_chart(segments, f"NPS by {DIMENSIONS[by][0].lower()}")


# --- results of one survey ---------------------------------------------------------------------------
@bp.get("/surveys/<int:survey_id>/results")
@requires("surveys.view")
def survey(survey_id: int):
    survey = db.get_or_404(Survey, survey_id)
    if survey.kind == "effectiveness":
        return effectiveness(survey)
    filters = NpsFilter(survey_id=survey.id)
    results = survey_results(survey)
    by, segments, segments_svg = _segments(filters)
    statement = answers(filters)
    kind = request.args.get("category", "")
    if kind in CATEGORIES:
        low, high = CATEGORIES[kind]
        statement = statement.where(Answer.score.between(low, high))
    elif kind == "skipped":
        statement = statement.where(Answer.score.is_(None))
    page = db.paginate(statement, page=page_arg(), per_page=PER_PAGE, error_out=False)
    return render_template(
        "surveys/results.html", survey=survey, results=results, result=results.result, reach=results.reach,
        distribution=distribution_chart(results.result), key_svg=key_question_chart(key_question_counts(filters)), by=by, segments=segments, segments_svg=segments_svg,
        dimensions=DIMENSIONS, page=page, category=kind,
        hidden_accounts=hidden_response_ids([answer.id for answer in page.items]), hidden_account=HIDDEN_ACCOUNT,
        questions=[(summary, question_chart(summary)) for summary in results.questions],
        survey_url=_url("surveys.detail", survey_id=survey.id), surveys_url=_url("surveys.index"))


def phase_chart(results: EffectivenessResults) -> str:
    """Accounts at each phase now, with how many were there at their baseline."""
    labels = ["Not yet in phase 1"] + [f"{number} · {name}" for number, name in enumerate(results.phase_names, 1)]
    baseline = results.by_phase(baseline=True)
    note = (lambda phase: f"(baseline {baseline[phase]})") if results.compared else (lambda phase: "")
    return for_page(bar_chart, [Bar(label, count, note=note(phase)) for phase, (label, count)
                                in enumerate(zip(labels, results.by_phase()))],
                    "Accounts by phase, now and (in brackets) at their baseline", width=520, label_width=200,
                    heading=False)


def effectiveness(survey: Survey):
    results = effectiveness_results(survey)
    by = request.args.get("by", "tier")
    by = by if by in EFFECTIVENESS_SEGMENTS else "tier"
    return render_template(
        "surveys/effectiveness_results.html", survey=survey, results=results,
        reach=reach(NpsFilter(survey_id=survey.id)), chart=phase_chart(results) if results else "",
        by=by, segments=results.segments(by) if results else [], dimensions=EFFECTIVENESS_SEGMENTS,
        hidden_account=HIDDEN_ACCOUNT, survey_url=_url("surveys.detail", survey_id=survey.id),
        surveys_url=_url("surveys.index"))


@bp.get("/surveys/<int:survey_id>/results/answers.<fmt>")
@requires("surveys.view")
def export_answers(survey_id: int, fmt: str):
    survey = db.get_or_404(Survey, survey_id)
    return _export(NpsFilter(survey_id=survey.id), fmt, f"answers-survey-{survey.id}")


def _export(filters: NpsFilter, fmt: str, name: str):
    if fmt == "csv":
        return csv_response(name, *csv_export(filters, cell=safe_cell))
    if fmt == "json":
        body = json.dumps({"items": list(export_rows(filters))}, ensure_ascii=False, indent=1)
        return Response(body, mimetype="application/json",
                        headers={"Content-Disposition": f'attachment; filename="{name}-{date.today()}.json"'})
    abort(404)


# --- NPS insights across surveys ---------------------------------------------------------------------
@bp.get("/insights/nps")
@requires("insights.view")
def insights():
    filters = NpsFilter.from_args(request.args)
    result = nps_summary(filters)
    by, segments, segments_svg = _segments(filters)
    trend = nps_trend(filters)
    window, drifts = drifting_accounts(end=filters.until)
    return render_template(
        "results/insights.html", filters=filters, result=result, reach=reach(filters),
        distribution=distribution_chart(result), by=by, segments=segments, segments_svg=segments_svg,
        dimensions=DIMENSIONS, trend=trend, trend_svg=trend_chart(trend), window=window, drifts=drifts,
        surveys=surveys_with_answers(), stages=JOURNEY_STAGES)


@bp.get("/insights/nps/answers.<fmt>")
@requires("insights.view")
def export_insights(fmt: str):
    return _export(NpsFilter.from_args(request.args), fmt, "answers")


class ResponsesImportForm(StaffForm):
    file = FileField("CSV file", validators=[FileRequired(), FileAllowed(["csv", "txt"], "A .csv file, please.")])


@bp.route("/insights/nps/import", methods=["GET", "POST"])
@requires("surveys.manage")
def import_answers():
    form = ResponsesImportForm()
    errors, result = [], None
    if form.validate_on_submit():
        try:
            result = import_upload("responses", form.file.data, link=job_link("results.import_answers"))
        except ImportRejected as rejected:
            db.session.rollback()
            errors = rejected.errors
        if isinstance(result, Job):
            return started(result)
        if result:
            flash(f"Imported answers: {result}.", "success")
    return render_template("results/import.html", form=form, errors=errors, result=result, job=shown_job(),
                           required=RESPONSE_REQUIRED, optional=RESPONSE_OPTIONAL)


# --- follow-up cases ---------------------------------------------------------------------------------
STATUS_FILTERS = {"active": ("open", "contacted"), "open": ("open",), "contacted": ("contacted",),
                  "resolved": ("resolved",), "all": CASE_STATUSES}


def _owners() -> list[User]:
    return list(db.session.scalars(select(User).where(User.active, User.role.in_(("csm", "admin")))
                                   .order_by(User.name, User.email)))


@bp.get("/cases")
@requires("cases.manage")
def cases():
    status = request.args.get("status", "active")
    status = status if status in STATUS_FILTERS else "active"
    owner = request.args.get("owner", "")
    if request.args.get("mine"):
        owner = str(current_user.id)
    by_owner = (FollowUpCase.owner_id.is_(None) if owner == "none" else
                FollowUpCase.owner_id == int_arg("owner", args={"owner": owner}) if owner else true())
    statement = (select(FollowUpCase).join(Answer, Answer.id == FollowUpCase.response_id)
                 .where(FollowUpCase.status.in_(STATUS_FILTERS[status]), by_owner))
    page = db.paginate(statement.order_by(FollowUpCase.opened_at, FollowUpCase.id), page=page_arg(),
                       per_page=PER_PAGE, error_out=False)
    # The tabs count what the owner filter ("Mine" included) leaves, as the list below them does.
    totals = dict(db.session.execute(select(FollowUpCase.status, func.count(FollowUpCase.id))
                                     .where(by_owner).group_by(FollowUpCase.status)).all())
    return render_template("results/cases.html", page=page, status=status, owner=owner, owners=_owners(),
                           totals=totals, now=utcnow(), mine=owner == str(current_user.id))


class CaseForm(StaffForm):
    status = SelectField("Status", choices=[(status, status.title()) for status in CASE_STATUSES])
    owner_id = SelectField("Owner", coerce=int)
    notes = TextAreaField("Notes", validators=[Length(max=20_000)],
                          description="What you learned, what you promised, what happens next.")


@bp.route("/cases/<int:case_id>", methods=["GET", "POST"])
@requires("cases.manage")
def case(case_id: int):
    case = db.get_or_404(FollowUpCase, case_id)
    form = CaseForm(obj=case, owner_id=case.owner_id or 0)
    form.owner_id.choices = [(0, "— nobody —")] + [(user.id, user.display_name) for user in _owners()]
    if case.owner and case.owner_id not in dict(form.owner_id.choices):
        form.owner_id.choices.append((case.owner_id, case.owner.display_name))
    if form.validate_on_submit():
        if form.status.data == "resolved" and case.status != "resolved":
            case.resolved_at = utcnow()
        elif form.status.data != "resolved":
            case.resolved_at = None
        given = (form.owner_id.data or None) not in (case.owner_id, None, current_user.id)
        case.status, case.owner_id, case.notes = form.status.data, form.owner_id.data or None, form.notes.data or ""
        db.session.commit()
        if given:  # the new owner hears of it, as the first did
            schedule_case_alert(case.id, given_by=current_user.display_name)
        flash("Case saved.", "success")
        return redirect(url_for("results.case", case_id=case.id))
    history = db.session.scalars(
        select(Answer).where(Answer.contact_id == case.contact_id, Answer.score.is_not(None))
        .order_by(Answer.submitted_at.desc()).limit(10)).all() if case.contact_id else []
    alerts = db.session.scalars(select(CaseAlert).where(CaseAlert.case_id == case.id).order_by(CaseAlert.id)).all()
    return render_template("results/case.html", case=case, form=form, history=history, now=utcnow(), alerts=alerts,
                           account_url=_url("accounts.detail", account_id=case.account_id) if case.account_id else None)


@bp.app_template_filter("signed")
def signed_filter(value, digits: int = 0) -> str:
    return signed(value, digits, minus="−")  # a true minus sign on the page


@bp.app_template_filter("score_category")
def score_category(score) -> str:
    if score is None:
        return "skipped"
    return "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"

