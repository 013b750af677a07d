"""JSON API for interviews, with the token auth of vocapp.web.api: the list (filters), the upsert (all or nothing,
422 with every problem) and the WLC summary."""
from flask import Blueprint, abort, jsonify, request
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from vocapp.extensions import csrf
from vocapp.imports.interviews import INTERVIEW_OPTIONAL, INTERVIEW_REQUIRED, import_interviews
from vocapp.interviews import sources  # noqa: F401  (interviews join the analysis and the personas)
from vocapp.models import OUTCOMES, Account, Interview, InterviewRating
from vocapp.params import date_arg
from vocapp.queries.wlc import WlcFilter, wlc_summary
from vocapp.web.api import _page, _upsert, token_required

bp = Blueprint("api_interviews", __name__, url_prefix="/api/v1")
csrf.exempt(bp)


def interview_json(interview: Interview) -> dict:
    return {
        "id": interview.id, "account_external_id": interview.account.external_id,
        "account_name": interview.account.name, "date": interview.interviewed_on.isoformat(),
        "decided_on": interview.decided_on.isoformat() if interview.decided_on else None,
        "outcome": interview.outcome, "deal_id": interview.deal_id,
        "contact_email": interview.contact.email if interview.contact else None,
        "decision_maker": bool(interview.contact and interview.contact.decision_maker),
        "interviewer_email": interview.interviewer.email if interview.interviewer else None,
        "arr_at_stake": interview.arr_at_stake,
        "competitors": [c.name for c in interview.competitors],
        "chosen_competitor": interview.chosen_competitor.name if interview.chosen_competitor else None,
        "primary_reason": interview.primary_reason.label if interview.primary_reason else None,
        "secondary_reasons": [r.label for r in interview.secondary_reasons],
        "key_question": interview.key_question,
        "rep_reason": interview.rep_reason.label if interview.rep_reason else None,
        "ratings": [{"criterion": r.criterion.name, "ours": r.ours, "theirs": r.theirs} for r in interview.ratings],
        "quotes": [{"speaker": q.speaker, "text": q.text} for q in interview.quotes],
        "notes": interview.notes, "transcript": interview.transcript,
        "next_steps": interview.next_steps, "next_step_owner": interview.next_step_owner,
        "next_step_due": interview.next_step_due.isoformat() if interview.next_step_due else None,
        "updated_at": interview.updated_at.isoformat(),
    }


@bp.get("/interviews")
@token_required
def list_interviews():
    statement = (select(Interview).join(Account, Interview.account_id == Account.id)
                 .options(selectinload(Interview.competitors), selectinload(Interview.secondary_reasons),
                          selectinload(Interview.ratings).joinedload(InterviewRating.criterion),
                          selectinload(Interview.quotes))
                 .order_by(Interview.interviewed_on, Interview.id))
    outcome = request.args.get("outcome")
    if outcome:
        if outcome not in OUTCOMES:
            abort(400, description=f"outcome: one of {', '.join(OUTCOMES)}")
        statement = statement.where(Interview.outcome == outcome)
    if request.args.get("account_external_id"):
        statement = statement.where(Account.external_id == request.args["account_external_id"])
    if request.args.get("deal_id"):
        statement = statement.where(Interview.deal_id == request.args["deal_id"])
    since, until = date_arg("since"), date_arg("until")
    if since:
        statement = statement.where(Interview.interviewed_on >= since)
    if until:
        statement = statement.where(Interview.interviewed_on <= until)
    return _page(Interview, statement, interview_json)


@bp.post("/interviews")
@token_required
def upsert_interviews():
    add_reasons = request.args.get("add_reasons", "").lower() in ("1", "true", "yes")
    return _upsert(lambda records: import_interviews(records, add_reasons=add_reasons),
                   INTERVIEW_REQUIRED, INTERVIEW_OPTIONAL)


@bp.get("/interviews/summary")
@token_required
def summary():
    since, until = date_arg("since"), date_arg("until")
    if since and until and since > until:
        abort(400, description="since is after until")
    tier = request.args.get("tier")
    if tier and tier not in ("1", "2", "3"):
        abort(400, description="tier: 1, 2 or 3")
    return jsonify(wlc_summary(WlcFilter(since=since, until=until, tier=int(tier) if tier else None)))
