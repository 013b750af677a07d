"""Staff pages for surveys: list, create and edit, open and close, personal links (CSV), e-mail sending and
reminders, revocation; effectiveness models (admins) and the effectiveness panel of the account page."""
import csv
import io
from datetime import date

from flask import (Blueprint, Response as HttpResponse, abort, current_app, flash, redirect, render_template,
                   request, url_for)
from flask_login import current_user
from sqlalchemy import func, select
from wtforms import BooleanField, FloatField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional, ValidationError

from surveys.effectiveness import (DEFAULT_THRESHOLD, format_model_text, parse_model_text, phase_scores, pooled,
                                   reached_phase)
from surveys.questions import format_extra_questions, parse_extra_questions
from vocapp.distribution import CSV_HEADER, Audience, issue_links, reissue_links, revoke, survey_counts
from vocapp.extensions import db
from vocapp.forms import ConfirmForm, StaffForm
from vocapp.mailer import MailNotConfigured, sample_messages
from vocapp.models import (JOURNEY_STAGES, Behaviour, EffectivenessModel, EffectivenessPhase, Invitation,
                           Response, Survey, User)
from vocapp.models.base import utcnow
from vocapp.params import int_arg
from vocapp.permissions import requires
from vocapp.queries.effectiveness import account_progress
from vocapp.security import no_store
from vocapp.tasks.mail import latest_job, start_invitations, start_reminders
from vocapp.web.nav import NAV_ITEMS
from vocapp.web.respond import preview_page

bp = Blueprint("surveys", __name__, url_prefix="/surveys")
NAV_ITEMS.append({"label": "Surveys", "endpoint": "surveys.index", "prefix": "surveys.", "action": "surveys.view"})
KIND_LABELS = {"nps": "NPS", "effectiveness": "Effectiveness", "custom": "Custom"}


# --- effectiveness models: stored from their text form, measured per account ---------------------------------
def save_model(model: EffectivenessModel, phases: list[dict]) -> EffectivenessModel:
    model.phases.clear()
    db.session.flush()
    for position, phase in enumerate(phases, start=1):
        model.phases.append(EffectivenessPhase(position=position, name=phase["name"], behaviours=[
            Behaviour(position=number, text=b["text"], feature=b.get("feature"))
            for number, b in enumerate(phase["behaviours"], start=1)]))
    db.session.add(model)
    db.session.flush()
    return model


def model_has_answers(model: EffectivenessModel) -> bool:
    return bool(db.session.scalar(select(func.count(Response.id)).join(Response.survey)
                                  .where(Survey.effectiveness_model_id == model.id)))


def rescore(model: EffectivenessModel) -> None:
    """After a threshold change every stored phase is recomputed: the phase is the model's, not the answer's."""
    phases = [[str(b.id) for b in phase.behaviours] for phase in model.phases]
    responses = db.session.scalars(select(Response).join(Response.survey)
                                   .where(Survey.effectiveness_model_id == model.id))
    for response in responses:
        response.effectiveness_phase = reached_phase(phase_scores(phases, pooled([response.answers])),
                                                     model.threshold)


@bp.app_context_processor
def account_panel_helpers():
    return {"account_effectiveness": account_progress}


# --- forms ---------------------------------------------------------------------------------------------------
class SurveyForm(StaffForm):
    kind = SelectField("Kind", choices=list(KIND_LABELS.items()))
    name = StringField("Name", validators=[DataRequired(), Length(max=200)], description="Staff only; e.g. Q3 relationship NPS.")
    journey_stage = SelectField("Journey stage", choices=[("", "— none —")] + [(s, s.title()) for s in JOURNEY_STAGES])
    product_name = StringField("Product name", validators=[DataRequired(), Length(max=200)], default="our product",
                               description="As customers see it in the questions.")
    effectiveness_model_id = SelectField("Effectiveness model", coerce=int, validators=[Optional()])
    anonymous = BooleanField("Anonymous (no contact stored with the answer)")
    ask_key_question = BooleanField("Ask the key question (essential / nice to have / no longer needed)", default=True)
    # No Optional(): it would skip validate_questions, which must run on an empty field too.
    questions = TextAreaField("Extra questions", validators=[Length(max=5000)],
                              description="One a line: rating: …, text: …, or choice: … | option | option")
    link_ttl_days = IntegerField("Links expire after (days)", default=30, validators=[NumberRange(1, 365)])
    cooldown_days = IntegerField("Over-survey protection (days)", default=90, validators=[NumberRange(0, 730)],
                                 description="Skip contacts invited to any other survey within this many days.")
    reminder_after_days = IntegerField("Reminder after (days)", default=5, validators=[NumberRange(1, 60)])

    def validate_effectiveness_model_id(self, field):
        if self.kind.data == "effectiveness" and not field.data:
            raise ValidationError("An effectiveness survey needs a model.")

    def validate_questions(self, field):
        parsed, errors = parse_extra_questions(field.data)
        if errors:
            raise ValidationError("; ".join(str(error) for error in errors))
        if self.kind.data == "custom" and not parsed:
            raise ValidationError("A custom survey needs at least one question.")
        self.parsed_questions = parsed


class AudienceForm(StaffForm):
    # The tier must be one of its choices (anything else, such as "²", fails the form); an unknown CSM or account
    # is named by Audience.unknown(). A missing field means "all".
    tier = SelectField("Tier", choices=[("", "All tiers"), ("1", "Tier 1"), ("2", "Tier 2"), ("3", "Tier 3")])
    csm = SelectField("CSM", choices=[], validate_choice=False)
    accounts = StringField("Accounts", validators=[Optional(), Length(max=5000)],
                           description="External ids, separated by commas; empty for every account.")

    def audience(self) -> Audience:
        return Audience(tiers=[int(self.tier.data)] if self.tier.data else [],
                        csm_emails=[self.csm.data] if self.csm.data else [],
                        accounts=[part.strip() for part in (self.accounts.data or "").split(",") if part.strip()])


class ModelForm(StaffForm):
    name = StringField("Name", validators=[DataRequired(), Length(max=200)])
    description = TextAreaField("Description", validators=[Optional(), Length(max=2000)])
    threshold = FloatField("Threshold", default=DEFAULT_THRESHOLD, validators=[NumberRange(0.1, 1.0)],
                           description="A phase holds when its behaviours score at least this share "
                                       "(yes 1, partly 0.5, no 0).")
    phases = TextAreaField("Phases and behaviours", validators=[DataRequired()],
                           description="3 to 5 phases, basics first: a phase name on its own line, its behaviours "
                                       "below it starting with “- ”; an optional [feature] at the end.")

    def validate_phases(self, field):
        parsed, errors = parse_model_text(field.data)
        if errors:
            raise ValidationError("; ".join(str(error) for error in errors))
        self.parsed_phases = parsed


def _audience_form() -> AudienceForm:
    form = AudienceForm()
    csms = db.session.scalars(select(User).where(User.role.in_(("csm", "admin"))).order_by(User.name, User.email))
    form.csm.choices = [("", "Any CSM")] + [(user.email, user.display_name) for user in csms]
    return form


def _model_choices():
    return [(0, "— none —")] + [(m.id, m.name) for m in
                                db.session.scalars(select(EffectivenessModel).order_by(EffectivenessModel.name))]


def _response_count(survey_id: int) -> int:
    return db.session.scalar(select(func.count(Response.id)).where(Response.survey_id == survey_id)) or 0


# --- surveys -------------------------------------------------------------------------------------------------
@bp.get("/")
@requires("surveys.view")
def index():
    surveys = db.session.scalars(select(Survey).order_by(Survey.created_at.desc(), Survey.id.desc())).all()
    responses = dict(db.session.execute(select(Response.survey_id, func.count(Response.id))
                                        .group_by(Response.survey_id)).all())
    invited = dict(db.session.execute(select(Invitation.survey_id, func.count(Invitation.id))
                                      .group_by(Invitation.survey_id)).all())
    return render_template("surveys/index.html", surveys=surveys, responses=responses, invited=invited,
                           kinds=KIND_LABELS)


def _fill(survey: Survey, form: SurveyForm) -> None:
    survey.kind, survey.name = form.kind.data, form.name.data.strip()
    survey.journey_stage = form.journey_stage.data or None
    survey.product_name = form.product_name.data.strip()
    survey.anonymous, survey.ask_key_question = form.anonymous.data, form.ask_key_question.data
    survey.effectiveness_model_id = form.effectiveness_model_id.data if survey.kind == "effectiveness" else None
    survey.questions = form.parsed_questions if survey.kind != "effectiveness" else []
    survey.link_ttl_days, survey.cooldown_days = form.link_ttl_days.data, form.cooldown_days.data
    survey.reminder_after_days = form.reminder_after_days.data


COPIED = ("kind", "journey_stage", "product_name", "anonymous", "ask_key_question", "effectiveness_model_id",
          "questions", "link_ttl_days", "cooldown_days", "reminder_after_days")


def copy_of(survey: Survey, name: str = "") -> Survey:
    """A new draft with the survey's questions and settings (next quarter's run of the same survey), not added to
    the session; no links, answers or dates come with it."""
    return Survey(name=name or f"{survey.name} (copy)"[:200], status="draft",
                  **{column: getattr(survey, column) for column in COPIED})


def _survey_form(survey: Survey) -> SurveyForm:
    form = SurveyForm(obj=survey)
    if not form.is_submitted():  # obj outranks keyword defaults in WTForms: these three need their form shape
        form.journey_stage.data = survey.journey_stage or ""
        form.effectiveness_model_id.data = survey.effectiveness_model_id or 0
        form.questions.data = format_extra_questions(survey.questions)
    form.effectiveness_model_id.choices = _model_choices()
    return form


@bp.route("/new", methods=["GET", "POST"])
@requires("surveys.manage")
def create():
    source = db.session.get(Survey, int_arg("copy", minimum=1) or 0)  # ?copy=ID: a new survey like that one
    form = _survey_form(copy_of(source)) if source else SurveyForm()
    form.effectiveness_model_id.choices = _model_choices()
    if form.validate_on_submit():
        survey = Survey(created_by_id=current_user.id)
        _fill(survey, form)
        db.session.add(survey)
        db.session.commit()
        flash("Survey created as a draft: generate links, then open it.", "success")
        return redirect(url_for("surveys.detail", survey_id=survey.id))
    return render_template("surveys/form.html", form=form, survey=None, source=source)


@bp.route("/<int:survey_id>/edit", methods=["GET", "POST"])
@requires("surveys.manage")
def edit(survey_id: int):
    survey = db.get_or_404(Survey, survey_id)
    answered = _response_count(survey.id) > 0
    form = _survey_form(survey)
    if form.validate_on_submit():
        if answered and (form.kind.data != survey.kind or (survey.kind == "effectiveness" and
                                                          form.effectiveness_model_id.data != survey.effectiveness_model_id)):
            form.kind.errors = list(form.kind.errors) + ["This survey has answers: its kind and model stay as they are."]
        elif form.anonymous.data != survey.anonymous and survey.invitations:
            # named answers would stay tied to people, or an anonymous link would start a second, named answer
            form.anonymous.errors = list(form.anonymous.errors) + [
                "Links to this survey are out: whether it is anonymous stays as it is (create a new survey)."]
        else:
            _fill(survey, form)
            db.session.commit()
            flash("Survey saved.", "success")
            return redirect(url_for("surveys.detail", survey_id=survey.id))
    return render_template("surveys/form.html", form=form, survey=survey)


@bp.get("/<int:survey_id>")
@requires("surveys.view")
def detail(survey_id: int):
    survey = db.get_or_404(Survey, survey_id)
    invitations = db.session.scalars(select(Invitation).where(Invitation.survey_id == survey.id)
                                     .order_by(Invitation.created_at.desc(), Invitation.id.desc()).limit(200)).all()
    return render_template("surveys/detail.html", survey=survey, counts=survey_counts(survey.id),
                           responses=_response_count(survey.id), invitations=invitations, kinds=KIND_LABELS,
                           audience=_audience_form(), confirm=ConfirmForm(), now=utcnow(),
                           mail_on=bool(current_app.config.get("SMTP_URL")),
                           job=latest_job(url_for("surveys.detail", survey_id=survey.id), "invitations", "reminders"),
                           results_url=url_for("results.survey", survey_id=survey.id)
                           if "results.survey" in current_app.view_functions else None)


@bp.get("/<int:survey_id>/preview", defaults={"step": "start"})
@bp.get("/<int:survey_id>/preview/<step>")
@requires("surveys.view")
def preview(survey_id: int, step: str):
    """The survey's pages as a contact will see them (start, more, thanks), saving nothing, and its e-mails
    (email). The step is in the path: a form sent by GET replaces the query with its fields (the chosen score)."""
    survey = db.get_or_404(Survey, survey_id)
    if step == "email":
        return render_template("surveys/email_preview.html", survey=survey,
                               messages=sample_messages(survey, current_app.config))
    score = request.args.get("score", "")
    return preview_page(survey, step, int(score) if score.isdigit() and int(score) <= 10 else None)


@bp.get("/<int:survey_id>/preview/email/<kind>.html")
@requires("surveys.view")
def email_html(survey_id: int, kind: str):
    """The HTML version of one of the survey's e-mails, for the preview's frame: its inline styles allowed, and
    nothing else (no script, no request out; a sandboxed document framed by vocapp's own pages only)."""
    survey = db.get_or_404(Survey, survey_id)
    message = dict(sample_messages(survey, current_app.config)).get(kind)
    if message is None:
        abort(404)
    return message.get_body(("html",)).get_content(), 200, {
        "Content-Type": "text/html; charset=utf-8", "X-Frame-Options": "SAMEORIGIN",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'; sandbox"}


@bp.post("/<int:survey_id>/status")
@requires("surveys.manage")
def set_status(survey_id: int):
    survey = db.get_or_404(Survey, survey_id)
    form, status = ConfirmForm(), request.form.get("status")
    if not form.validate_on_submit() or status not in ("open", "closed"):
        abort(400)
    if status == "open" and survey.kind == "effectiveness" and survey.effectiveness_model is None:
        flash("Choose an effectiveness model before opening this survey.", "error")
    else:
        change_status(survey, status)
        db.session.commit()
        flash(f"Survey {'opened: links now accept answers' if status == 'open' else 'closed: links no longer accept answers'}.",
              "success")
    return redirect(url_for("surveys.detail", survey_id=survey.id))


def change_status(survey: Survey, status: str) -> None:
    survey.status = status
    if status == "open":
        survey.opened_at, survey.closed_at = survey.opened_at or utcnow(), None
    else:
        survey.closed_at = utcnow()


@bp.post("/<int:survey_id>/links")
@requires("surveys.manage")
@no_store  # the page shows the raw link tokens
def links(survey_id: int):
    survey = db.get_or_404(Survey, survey_id)
    form = _audience_form()
    if not form.validate_on_submit():
        abort(400)
    audience = form.audience()
    problems = audience.unknown()
    if problems:
        for problem in problems:
            flash(problem, "error")
        return redirect(url_for("surveys.detail", survey_id=survey.id))
    issued = issue_links(survey, current_app.config["VOC_BASE_URL"], audience)
    db.session.commit()
    return _links_page(survey, issued)


def _links_page(survey: Survey, issued, reissued: bool = False):
    return render_template("surveys/links.html", survey=survey, issued=issued, reissued=reissued,
                           csv_text=_csv_text(link.row() for link in issued.links))


@bp.get("/<int:survey_id>/reissue")
@requires("surveys.manage")
def confirm_reissue(survey_id: int):
    """Lost the links? Says what reissuing does and how many links it replaces, before anything changes."""
    survey = db.get_or_404(Survey, survey_id)
    counts = survey_counts(survey.id)
    replaceable = db.session.scalar(select(func.count(Invitation.id)).where(
        Invitation.survey_id == survey.id, Invitation.answered_at.is_(None), Invitation.revoked_at.is_(None),
        Invitation.sent_at.is_(None)))
    return render_template("surveys/reissue.html", survey=survey, counts=counts, replaceable=replaceable,
                           confirm=ConfirmForm())


@bp.post("/<int:survey_id>/reissue")
@requires("surveys.manage")
@no_store  # the page shows the raw link tokens
def reissue(survey_id: int):
    survey = db.get_or_404(Survey, survey_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    issued = reissue_links(survey, current_app.config["VOC_BASE_URL"], Audience())
    db.session.commit()
    return _links_page(survey, issued, reissued=True)


def _csv_text(rows) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(rows)
    return buffer.getvalue()


@bp.post("/<int:survey_id>/links.csv")
@requires("surveys.manage")
def links_csv(survey_id: int):
    """Hands back, as a file, the links the previous page showed: the tokens are never stored, so the page
    itself carries them."""
    survey = db.get_or_404(Survey, survey_id)
    text = request.form.get("csv", "")
    # A browser posts a textarea with CRLF line endings: read it as CSV, and write back only well-formed rows.
    rows = [row for row in csv.reader(io.StringIO(text.replace("\r\n", "\n"))) if row] \
        if len(text) <= 5_000_000 else []
    if not ConfirmForm().validate_on_submit() or not rows or rows[0] != CSV_HEADER \
            or any(len(row) != len(CSV_HEADER) for row in rows[1:]):
        abort(400)
    return HttpResponse(_csv_text(rows[1:]), mimetype="text/csv", headers={
        "Content-Disposition": f'attachment; filename="survey-{survey.id}-links-{date.today()}.csv"'})


@bp.post("/<int:survey_id>/send")
@requires("surveys.manage")
def send(survey_id: int):
    survey = db.get_or_404(Survey, survey_id)
    form = _audience_form()
    if not form.validate_on_submit():
        abort(400)
    problems = form.audience().unknown()
    if problems:
        for problem in problems:
            flash(problem, "error")
        return redirect(url_for("surveys.detail", survey_id=survey.id))
    return _start_mail(survey, lambda: start_invitations(survey, form.audience()), "Invitations")


@bp.post("/<int:survey_id>/remind")
@requires("surveys.manage")
def remind(survey_id: int):
    survey = db.get_or_404(Survey, survey_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    return _start_mail(survey, lambda: start_reminders(survey), "Reminders")


def _start_mail(survey, start, what):
    """Starts the sending job and shows the survey page with its progress bar."""
    try:
        start()
        flash(f"{what} are being sent: the bar below shows how far.", "info")
    except (MailNotConfigured, ValueError) as exc:
        db.session.rollback()
        flash(f"{what} not sent: {exc}", "error")
    return redirect(url_for("surveys.detail", survey_id=survey.id))


@bp.post("/<int:survey_id>/invitations/<int:invitation_id>/revoke")
@requires("surveys.manage")
def revoke_invitation(survey_id: int, invitation_id: int):
    invitation = db.get_or_404(Invitation, invitation_id)
    if invitation.survey_id != survey_id or not ConfirmForm().validate_on_submit():
        abort(404)
    revoke([invitation])
    db.session.commit()
    flash(f"The link of {invitation.contact.email} no longer works.", "success")
    return redirect(url_for("surveys.detail", survey_id=survey_id))


# --- effectiveness models (admins) ---------------------------------------------------------------------------
def _admin_only():
    if current_user.role != "admin":
        abort(403)


@bp.get("/models")
@requires("surveys.view")
def models():
    items = db.session.scalars(select(EffectivenessModel).order_by(EffectivenessModel.name)).all()
    return render_template("surveys/models.html", models=items)


@bp.route("/models/new", methods=["GET", "POST"])
@bp.route("/models/<int:model_id>/edit", methods=["GET", "POST"])
@requires("surveys.manage")
def model_form(model_id: int | None = None):
    _admin_only()
    model = db.get_or_404(EffectivenessModel, model_id) if model_id else None
    locked = bool(model and model_has_answers(model))
    form = ModelForm(obj=model)
    if model and not form.is_submitted():
        form.phases.data = format_model_text(
            [{"name": p.name, "behaviours": [{"text": b.text, "feature": b.feature} for b in p.behaviours]}
             for p in model.phases])
    if form.validate_on_submit():
        target = model or EffectivenessModel()
        if locked and _structure(form.parsed_phases) != _structure_of(model):
            form.phases.errors = list(form.phases.errors) + [
                "This model already has answers: its phases and behaviours stay as they are (create a new model "
                "to change them); the name, description and threshold can change."]
        elif db.session.scalar(select(EffectivenessModel.id).where(
                EffectivenessModel.name == form.name.data.strip(), EffectivenessModel.id != (target.id or 0))):
            form.name.errors = list(form.name.errors) + ["Another model has this name."]
        else:
            threshold_changed = model is not None and model.threshold != form.threshold.data
            target.name, target.description = form.name.data.strip(), form.description.data or ""
            target.threshold = form.threshold.data
            if not locked:
                save_model(target, form.parsed_phases)
            elif threshold_changed:
                rescore(target)
            db.session.add(target)
            db.session.commit()
            flash("Effectiveness model saved.", "success")
            return redirect(url_for("surveys.models"))
    return render_template("surveys/model_form.html", form=form, model=model, locked=locked)


def _structure(phases: list[dict]) -> list:
    return [(p["name"], [(b["text"], b.get("feature")) for b in p["behaviours"]]) for p in phases]


def _structure_of(model: EffectivenessModel) -> list:
    return [(p.name, [(b.text, b.feature) for b in p.behaviours]) for p in model.phases]
