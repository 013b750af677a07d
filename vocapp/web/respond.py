"""The customer's side: the public survey page behind a personal link (/s/<token>). No login, no session.

The token in the path is a 256-bit secret that a cross-site attacker cannot know, so it is this page's CSRF
defence; a session-bound CSRF token would instead fail for customers who answer an hour later or in an e-mail
app's browser that drops cookies, and lose their answer."""
import logging
from dataclasses import dataclass
from functools import lru_cache
from types import SimpleNamespace
from typing import Optional

from flask import Blueprint, abort, current_app, jsonify, make_response, redirect, render_template, request, url_for
from flask_limiter.util import get_remote_address
from sqlalchemy import bindparam, literal_column, select, update
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
from vocapp.distribution import Link, LinkState, find_link
from vocapp.extensions import csrf, db, limiter
from vocapp.insights.background import schedule as schedule_analysis
from vocapp.models import FollowUpCase, Invitation, Response, Survey
from vocapp.models.base import utcnow
from vocapp.tasks.mail import CASE_ALERT_WAIT_SECONDS, schedule_case_alert

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


def _open_link(token: str) -> Link:
    link, state = find_link(token)
    if state is not LinkState.OK:
        code, title, detail = UNAVAILABLE[state]
        abort(make_response(render_template("respond/unavailable.html", title=title, detail=detail), code))
    return link


def _survey(link: Link) -> Survey:
    """The whole survey, for the pages that show it (saving a score needs only what the link's row holds)."""
    return db.session.get(Survey, link.survey.id)


def _key(link: Link) -> str:
    return link_key(link.id, link.survey.anonymous, current_app.secret_key)


def _current(link: Link) -> Response | None:
    return db.session.scalar(select(Response).where(Response.link_key == _key(link)))


_ROW = ("survey_id", "account_id", "link_key", "source", "journey_stage", "answers", "created_at", "submitted_at",
        "updated_at", "contact_id", "invitation_id")


@lru_cache(maxsize=None)
def _upsert(dialect: str, fields: tuple[str, ...]):
    """INSERT ... ON CONFLICT (link_key) DO UPDATE the given fields and updated_at, RETURNING what the follow-ups
    need (whether the response has its case already included): built once per dialect and set of fields (building
    it costs more than running it), run with parameters."""
    responses, cases = Response.__table__, FollowUpCase.__table__
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(responses).values({name: bindparam(name) for name in dict.fromkeys(_ROW + fields)})
    return statement.on_conflict_do_update(
        index_elements=[responses.c.link_key],
        set_={**{name: statement.excluded[name] for name in fields}, "updated_at": statement.excluded.updated_at},
    ).returning(responses.c.id, responses.c.score, responses.c.submitted_at, responses.c.created_at,
                # the row just written: SQLAlchemy does not correlate a subquery of RETURNING with the INSERT
                select(cases.c.id).where(cases.c.response_id == literal_column("responses.id")).exists()
                .label("has_case"))


_LINKS = Invitation.__table__
_ANSWERED = (update(_LINKS).where(_LINKS.c.id == bindparam("invitation"), _LINKS.c.answered_at.is_(None))
             .values(answered_at=bindparam("now")))
_OPENED = (update(_LINKS).where(_LINKS.c.id == bindparam("invitation"), _LINKS.c.opened_at.is_(None))
           .values(opened_at=bindparam("now")))


def _write(link: Link, fields: dict, now) -> followups.SavedResponse:
    survey = link.survey
    stamp = day_of(now) if survey.anonymous else now
    contact_id = None if survey.anonymous else link.contact_id
    row = dict(survey_id=survey.id, account_id=link.account_id, link_key=_key(link), source="link",
               journey_stage=survey.journey_stage, answers={}, created_at=stamp, submitted_at=stamp, updated_at=stamp,
               contact_id=contact_id, invitation_id=None if survey.anonymous else link.id)
    row.update(fields)
    saved = db.session.execute(_upsert(db.engine.dialect.name, tuple(sorted(fields))), row).one()
    if not survey.anonymous and link.answered_at is None:
        db.session.execute(_ANSWERED, {"invitation": link.id, "now": now})
    return followups.SavedResponse(saved.id, survey, link.account_id, contact_id, saved.score, saved.submitted_at,
                                   first_save=saved.created_at == stamp, has_case=bool(saved.has_case))


def save(link: Link, **fields) -> int:
    """Creates this link's response or updates it, in one statement that two simultaneous posts cannot turn
    into two rows (INSERT ... ON CONFLICT (link_key) DO UPDATE), and commits it with the invitation's state and
    the follow-up case: one transaction, writes only after the link's lookup. An anonymous answer keeps only its
    day, and the invitation learns nothing (see vocapp.anonymity)."""
    now, anonymous = utcnow(), link.survey.anonymous
    response, opened = _write(link, fields, now), None
    try:
        opened = followups.on_response_saved(response)
    except Exception:  # the customer's answer is kept: saved again, alone
        log.exception("follow-up for response %s failed", response.id)
        db.session.rollback()
        response = _write(link, fields, now)
    db.session.commit()
    # The case's owner hears of it off the request path: when the comment is in, or a while after the score
    # if the customer stops there. The first to run sends; the other finds it sent.
    if opened is not None:
        schedule_case_alert(opened, wait=CASE_ALERT_WAIT_SECONDS)
    elif response.has_case and "comment" in fields:
        schedule_case_alert(db.session.scalar(select(FollowUpCase.id).where(FollowUpCase.response_id == response.id)))
    if fields.get("comment") and not anonymous:
        # off the request path: the page does not wait for it. Anonymous comments wait for the next bulk
        # `voc analyze`, so no analysis row records the moment they came in.
        schedule_analysis("response", response.id)
    return response.id


def _mark_opened(link: Link) -> None:
    if link.opened_at is None and not link.survey.anonymous:
        db.session.execute(_OPENED, {"invitation": link.id, "now": utcnow()})
        db.session.commit()


def _page(template: str, link: Link, status: int = 200, preview: Optional["Preview"] = None, **context):
    """A page of the survey, in the customer's words: the staff-only survey name never shows (but in the staff's
    preview's own banner). In a preview the forms and links lead to its next pages, and nothing is saved."""
    survey = _survey(link)
    brand = named_product(survey.product_name)
    token = None if preview else request.view_args["token"]

    def link_to(endpoint: str) -> str:
        return preview.url(endpoint) if preview else url_for(f"respond.{endpoint}", token=token)

    return render_template(template, survey=survey, token=token, link_to=link_to, preview=preview,
                           form_method="get" if preview else "post",
                           product=survey.product_name, brand=brand,
                           page_title=f"Your feedback on {brand}" if brand else "Your feedback",
                           team=product_team(survey.product_name),
                           team_subject=product_team(survey.product_name, starts_sentence=True), **context), status


@dataclass(frozen=True)
class Preview:
    """A survey's pages as staff see them before sending: `survey` stands where a link's survey would, each step
    leads to the next (step 1 "start", then "more" for NPS, then "thanks"), and the score chosen on the first
    shows on the second."""
    survey: Survey
    back: str

    def url(self, endpoint: str) -> str:
        following = {"answer": "more" if self.survey.kind == "nps" else "thanks", "save_more": "thanks",
                     "email": "email"}
        return url_for("surveys.preview", survey_id=self.survey.id, step=following.get(endpoint, "start"))


def preview_page(survey: Survey, step: str, score: Optional[int]):
    """The page `step` of `survey` as its contacts will see it, filled with nothing; 404 for a step it has not."""
    preview = Preview(survey, url_for("surveys.detail", survey_id=survey.id))
    kind = survey.kind
    if step == "thanks":
        return _page("respond/thanks.html", preview, preview=preview, response=None)
    if step == "more" and kind == "nps" or step == "start" and kind == "custom":
        shown = SimpleNamespace(score=score if score is not None else 9, answers={})  # "your score of 9 is saved"
        return _more_page(preview, shown, FollowUpForm(), preview=preview)
    if step != "start":
        abort(404)
    if kind == "effectiveness":
        return _effectiveness_page(preview, {}, preview=preview)
    return _score_page(preview, score, preview=preview)


@bp.get("/<token>")
def start(token: str):
    link = _open_link(token)
    _mark_opened(link)
    response = _current(link)
    if link.survey.kind == "effectiveness":
        return _effectiveness_page(link, response.answers if response else {})
    if link.survey.kind == "custom":
        return _more_page(link, response, FollowUpForm(data=_followup_data(response)))
    return _score_page(link, response.score if response else None)


@bp.post("/<token>")
@post_limit
def answer(token: str):
    link = _open_link(token)
    kind = link.survey.kind
    if kind == "effectiveness":
        return _save_effectiveness(link)
    if kind == "custom":
        return _save_more(link)
    form = ScoreForm(request.form)
    wants_json = request.accept_mimetypes.best == "application/json"
    if not form.validate():
        if wants_json:
            return jsonify(error=form.score.errors[0]), 400
        return _score_page(link, None, error=form.score.errors[0], status=400)
    save(link, score=int(form.score.data))
    if wants_json:  # the page's script saves the score as soon as it is chosen
        return jsonify(saved=True, score=int(form.score.data))
    return redirect(url_for("respond.more", token=token), 303)


@bp.get("/<token>/more")
def more(token: str):
    link = _open_link(token)
    response = _current(link)
    if link.survey.kind != "nps":
        return redirect(url_for("respond.start", token=token), 303)
    if response is None or response.score is None:
        return redirect(url_for("respond.start", token=token), 303)
    return _more_page(link, response, FollowUpForm(data=_followup_data(response)))


@bp.post("/<token>/more")
@post_limit
def save_more(token: str):
    return _save_more(_open_link(token))


@bp.get("/<token>/thanks")
def thanks(token: str):
    link = _open_link(token)
    return _page("respond/thanks.html", link, response=_current(link))


def _score_page(link, score, error=None, status=200, preview=None):
    return _page("respond/score.html", link, status, preview, score=score, error=error,
                 question=SCORE_QUESTION.format(product=_survey(link).product_name),
                 low=SCORE_LOW_LABEL, high=SCORE_HIGH_LABEL,
                 scale=range(11))


def _followup_data(response):
    if response is None:
        return {}
    return {"reason": response.comment or "", "key_question": response.key_question}


def _more_page(link, response, form, extra_errors=None, extra_values=None, status=200, preview=None):
    survey = _survey(link)
    return _page("respond/more.html", link, status, preview, form=form, response=response,
                 reason_question=REASON_QUESTION, comment_max=COMMENT_MAX,
                 key_question=KEY_QUESTION.format(product=survey.product_name) if survey.ask_key_question else None,
                 key_choices=KEY_CHOICES, rating_max=RATING_MAX, extra_errors=extra_errors or {},
                 extra_values=extra_values if extra_values is not None else (response.answers if response else {}))


def _save_more(link):
    survey = _survey(link)
    form = FollowUpForm(request.form)
    answers, extra_errors = extra_answers(survey.questions or [], request.form)
    if not form.validate() or extra_errors:
        return _more_page(link, _current(link), form, extra_errors,
                          {key: request.form.get(key, "") for key in request.form}, status=400)
    fields = {"comment": reason_text(form), "answers": answers}
    if survey.ask_key_question:
        fields["key_question"] = form.key_question.data or None
    save(link, **fields)
    return redirect(url_for("respond.thanks", token=request.view_args["token"]), 303)


def _phases(link):
    return _survey(link).effectiveness_model.phases


def _effectiveness_page(link, answers, missing=(), status=200, preview=None):
    return _page("respond/effectiveness.html", link, status, preview, phases=_phases(link), answers=answers,
                 missing=set(missing), choices=BEHAVIOUR_CHOICES)


def _save_effectiveness(link):
    phases = _phases(link)
    ids = [behaviour.id for phase in phases for behaviour in phase.behaviours]
    answers, missing = behaviour_answers(ids, request.form)
    if missing:
        return _effectiveness_page(link, answers, missing, status=400)
    model = _survey(link).effectiveness_model
    scores = phase_scores([[str(b.id) for b in phase.behaviours] for phase in phases], values(answers))
    save(link, answers=answers, effectiveness_phase=reached_phase(scores, model.threshold))
    return redirect(url_for("respond.thanks", token=request.view_args["token"]), 303)
