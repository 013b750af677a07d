"""The customer's side: the public survey page behind a personal link (/s/<token>). No login, no session.

The token in the path is a 256-bit secret that a cross-site attacker cannot know, so it is this page's CSRF
defence; a session-bound CSRF token would instead fail for customers who answer an hour later or in an e-mail
app's browser that drops cookies, and lose their answer."""
import logging
from functools import lru_cache

from flask import Blueprint, abort, current_app, jsonify, make_response, redirect, render_template, request, url_for
from flask_limiter.util import get_remote_address
from sqlalchemy import bindparam, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from surveys.effectiveness import phase_scores, reached_phase, values
from surveys.forms import FollowUpForm, ScoreForm, behaviour_answers, extra_answers, reason_text
from surveys.questions import (BEHAVIOUR_CHOICES, COMMENT_MAX, KEY_CHOICES, KEY_QUESTION, RATING_MAX,
                               REASON_QUESTION, SCORE_HIGH_LABEL, SCORE_LOW_LABEL, SCORE_QUESTION, named_product,
                               product_team)
from surveys.tokens import link_key
from vocapp import followups
from vocapp.anonymity import day_of
from vocapp.distribution import LinkState, find_invitation
from vocapp.extensions import csrf, db, limiter
from vocapp.insights.background import schedule as schedule_analysis
from vocapp.models import Invitation, Response
from vocapp.models.base import utcnow

bp = Blueprint("respond", __name__, url_prefix="/s")
csrf.exempt(bp)
log = logging.getLogger(__name__)

UNAVAILABLE = {
    LinkState.UNKNOWN: (404, "We can't find this survey link",
                        "Please check that the whole link was copied from the e-mail."),
    LinkState.NOT_OPEN: (404, "This survey is not open yet", "Please try again later."),
    LinkState.REVOKED: (410, "This link is no longer active", "It was withdrawn by the sender."),
    LinkState.EXPIRED: (410, "This link has expired", "Survey links stay valid for a limited time."),
    LinkState.CLOSED: (410, "This survey has closed", "Thank you for your interest: answers are no longer collected."),
}


def _per_link() -> str:
    return f"{get_remote_address()}:{(request.view_args or {}).get('token', '')[:12]}"


post_limit = limiter.limit("60/minute", key_func=_per_link, methods=["POST"])


@bp.after_request
def private_page(response):
    response.headers["Cache-Control"] = "no-store"
    response.headers["Referrer-Policy"] = "no-referrer"  # the link is a secret: never pass it on
    response.headers["X-Robots-Tag"] = "noindex"
    return response


def _open_link(token: str) -> Invitation:
    invitation, state = find_invitation(token)
    if state is not LinkState.OK:
        code, title, detail = UNAVAILABLE[state]
        abort(make_response(render_template("respond/unavailable.html", title=title, detail=detail), code))
    return invitation


def _key(invitation: Invitation) -> str:
    return link_key(invitation.id, invitation.survey.anonymous, current_app.secret_key)


def _current(invitation: Invitation) -> Response | None:
    return db.session.scalar(select(Response).where(Response.link_key == _key(invitation)))


_ROW = ("survey_id", "account_id", "link_key", "source", "journey_stage", "answers", "created_at", "submitted_at",
        "updated_at", "contact_id", "invitation_id")


@lru_cache(maxsize=None)
def _upsert(dialect: str, fields: tuple[str, ...]):
    """INSERT ... ON CONFLICT (link_key) DO UPDATE the given fields and updated_at, RETURNING what the follow-ups
    need: built once per dialect and set of fields (building it costs more than running it), run with parameters."""
    responses = Response.__table__
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(responses).values({name: bindparam(name) for name in dict.fromkeys(_ROW + fields)})
    return statement.on_conflict_do_update(
        index_elements=[responses.c.link_key],
        set_={**{name: statement.excluded[name] for name in fields}, "updated_at": statement.excluded.updated_at},
    ).returning(responses.c.id, responses.c.score, responses.c.submitted_at, responses.c.created_at)


_ANSWERED = (update(Invitation.__table__).where(Invitation.__table__.c.id == bindparam("invitation"),
                                                Invitation.__table__.c.answered_at.is_(None))
             .values(answered_at=bindparam("now")))


def _write(invitation: Invitation, fields: dict, now) -> followups.SavedResponse:
    survey = invitation.survey
    stamp = day_of(now) if survey.anonymous else now
    contact_id = None if survey.anonymous else invitation.contact_id
    row = dict(survey_id=survey.id, account_id=invitation.account_id, link_key=_key(invitation), source="link",
               journey_stage=survey.journey_stage, answers={}, created_at=stamp, submitted_at=stamp, updated_at=stamp,
               contact_id=contact_id, invitation_id=None if survey.anonymous else invitation.id)
    row.update(fields)
    saved = db.session.execute(_upsert(db.engine.dialect.name, tuple(sorted(fields))), row).one()
    if not survey.anonymous and invitation.answered_at is None:
        db.session.execute(_ANSWERED, {"invitation": invitation.id, "now": now})
    return followups.SavedResponse(saved.id, survey, invitation.account_id, contact_id, saved.score,
                                   saved.submitted_at, first_save=saved.created_at == stamp)


def save(invitation: Invitation, **fields) -> int:
    """Creates this link's response or updates it, in one statement that two simultaneous posts cannot turn
    into two rows (INSERT ... ON CONFLICT (link_key) DO UPDATE), and commits it with the invitation's state and
    the follow-up case: one transaction, writes only after the link's lookup. An anonymous answer keeps only its
    day, and the invitation learns nothing (see vocapp.anonymity)."""
    now, anonymous = utcnow(), invitation.survey.anonymous
    response = _write(invitation, fields, now)
    try:
        followups.on_response_saved(response)
    except Exception:  # the customer's answer is kept: saved again, alone
        log.exception("follow-up for response %s failed", response.id)
        db.session.rollback()
        response = _write(invitation, fields, now)
    db.session.commit()
    if fields.get("comment") and not anonymous:
        # off the request path: the page does not wait for it. Anonymous comments wait for the next bulk
        # `voc analyze`, so no analysis row records the moment they came in.
        schedule_analysis("response", response.id)
    return response.id


def _mark_opened(invitation: Invitation) -> None:
    if invitation.opened_at is None and not invitation.survey.anonymous:
        invitation.opened_at = utcnow()
        db.session.commit()


def _page(template: str, invitation: Invitation, status: int = 200, **context):
    """A page of the survey, in the customer's words: the staff-only survey name never shows."""
    survey = invitation.survey
    brand = named_product(survey.product_name)
    return render_template(template, survey=survey, token=request.view_args["token"],
                           product=survey.product_name, brand=brand,
                           page_title=f"Your feedback on {brand}" if brand else "Your feedback",
                           team=product_team(survey.product_name),
                           team_subject=product_team(survey.product_name, starts_sentence=True), **context), status


@bp.get("/<token>")
def start(token: str):
    invitation = _open_link(token)
    _mark_opened(invitation)
    response = _current(invitation)
    if invitation.survey.kind == "effectiveness":
        return _effectiveness_page(invitation, response.answers if response else {})
    if invitation.survey.kind == "custom":
        return _more_page(invitation, response, FollowUpForm(data=_followup_data(response)))
    return _score_page(invitation, response.score if response else None)


@bp.post("/<token>")
@post_limit
def answer(token: str):
    invitation = _open_link(token)
    kind = invitation.survey.kind
    if kind == "effectiveness":
        return _save_effectiveness(invitation)
    if kind == "custom":
        return _save_more(invitation)
    form = ScoreForm(request.form)
    wants_json = request.accept_mimetypes.best == "application/json"
    if not form.validate():
        if wants_json:
            return jsonify(error=form.score.errors[0]), 400
        return _score_page(invitation, None, error=form.score.errors[0], status=400)
    save(invitation, score=int(form.score.data))
    if wants_json:  # the page's script saves the score as soon as it is chosen
        return jsonify(saved=True, score=int(form.score.data))
    return redirect(url_for("respond.more", token=token), 303)


@bp.get("/<token>/more")
def more(token: str):
    invitation = _open_link(token)
    response = _current(invitation)
    if invitation.survey.kind != "nps":
        return redirect(url_for("respond.start", token=token), 303)
    if response is None or response.score is None:
        return redirect(url_for("respond.start", token=token), 303)
    return _more_page(invitation, response, FollowUpForm(data=_followup_data(response)))


@bp.post("/<token>/more")
@post_limit
def save_more(token: str):
    return _save_more(_open_link(token))


@bp.get("/<token>/thanks")
def thanks(token: str):
    invitation = _open_link(token)
    return _page("respond/thanks.html", invitation, response=_current(invitation))


def _score_page(invitation, score, error=None, status=200):
    return _page("respond/score.html", invitation, status, score=score, error=error,
                 question=SCORE_QUESTION.format(product=invitation.survey.product_name),
                 low=SCORE_LOW_LABEL, high=SCORE_HIGH_LABEL,
                 scale=range(11))


def _followup_data(response):
    if response is None:
        return {}
    return {"reason": response.comment or "", "key_question": response.key_question}


def _more_page(invitation, response, form, extra_errors=None, extra_values=None, status=200):
    survey = invitation.survey
    return _page("respond/more.html", invitation, status, form=form, response=response,
                 reason_question=REASON_QUESTION, comment_max=COMMENT_MAX,
                 key_question=KEY_QUESTION.format(product=survey.product_name) if survey.ask_key_question else None,
                 key_choices=KEY_CHOICES, rating_max=RATING_MAX, extra_errors=extra_errors or {},
                 extra_values=extra_values if extra_values is not None else (response.answers if response else {}))


def _save_more(invitation):
    survey = invitation.survey
    form = FollowUpForm(request.form)
    answers, extra_errors = extra_answers(survey.questions or [], request.form)
    if not form.validate() or extra_errors:
        return _more_page(invitation, _current(invitation), form, extra_errors,
                          {key: request.form.get(key, "") for key in request.form}, status=400)
    fields = {"comment": reason_text(form), "answers": answers}
    if survey.ask_key_question:
        fields["key_question"] = form.key_question.data or None
    save(invitation, **fields)
    return redirect(url_for("respond.thanks", token=request.view_args["token"]), 303)


def _phases(invitation):
    return invitation.survey.effectiveness_model.phases


def _effectiveness_page(invitation, answers, missing=(), status=200):
    return _page("respond/effectiveness.html", invitation, status, phases=_phases(invitation), answers=answers,
                 missing=set(missing), choices=BEHAVIOUR_CHOICES)


def _save_effectiveness(invitation):
    phases = _phases(invitation)
    ids = [behaviour.id for phase in phases for behaviour in phase.behaviours]
    answers, missing = behaviour_answers(ids, request.form)
    if missing:
        return _effectiveness_page(invitation, answers, missing, status=400)
    model = invitation.survey.effectiveness_model
    scores = phase_scores([[str(b.id) for b in phase.behaviours] for phase in phases], values(answers))
    save(invitation, answers=answers, effectiveness_phase=reached_phase(scores, model.threshold))
    return redirect(url_for("respond.thanks", token=request.view_args["token"]), 303)
