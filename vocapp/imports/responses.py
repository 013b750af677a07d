"""NPS history from another tool: one row per answer, keyed by the account's external id and the survey's
name. A survey name not yet known creates a closed NPS survey of that name. Re-importing a file adds
nothing twice: an answer already imported (same survey, account, contact and time) is skipped."""
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Sequence

from sqlalchemy import func, insert, select

from vocapp.extensions import db
from vocapp.followups import IMPORT_CASE_WINDOW, track_imported
from vocapp.imports.rows import ImportRejected, Record, Row, RowError, Track, chunked, untracked
from vocapp.models import JOURNEY_STAGES, KEY_ANSWERS, Account, Contact, Response, Survey
from vocapp.models.base import utcnow

RESPONSE_REQUIRED = ("account_external_id", "survey", "score", "submitted_at")
RESPONSE_OPTIONAL = ("contact_email", "comment", "key_question", "stage")
CHUNK = 2000
COMMENT_MAX = 10_000


@dataclass
class ResponsesImported:
    created: int = 0
    skipped: int = 0  # already imported before
    new_surveys: list[str] = field(default_factory=list)
    cases_opened: int = 0

    def __str__(self) -> str:
        text = f"{self.created} created, {self.skipped} already imported"
        if self.new_surveys:
            names = ", ".join(repr(name) for name in self.new_surveys)
            text += f"; created closed NPS survey{'s' if len(self.new_surveys) > 1 else ''} {names}"
        return text + f"; {self.cases_opened} follow-up case{'s' if self.cases_opened != 1 else ''} opened"


def import_responses(records: Sequence[Record], track: Track = untracked) -> ResponsesImported:
    errors: list[RowError] = []
    accounts = dict(db.session.execute(select(Account.external_id, Account.id)).all())
    contacts = {(account_id, email): contact_id for contact_id, account_id, email in
                db.session.execute(select(Contact.id, Contact.account_id, func.lower(Contact.email)))}
    surveys: dict[str, list[int]] = {}
    for survey_id, name in db.session.execute(select(Survey.id, Survey.name).order_by(Survey.id)):
        surveys.setdefault(name.strip().lower(), []).append(survey_id)
    latest_allowed = utcnow() + timedelta(days=1)
    rows = []
    for record in track(records, "Checking"):
        row = Row(record, errors)
        external_id = row.text("account_external_id", required=True, max_length=100)
        survey = row.text("survey", required=True, max_length=200)
        values = {
            "account_id": accounts.get(external_id),
            "score": row.integer("score", maximum=10),  # empty: a skipped score, as the export writes it
            "submitted_at": row.datetime("submitted_at", required=True),
            "comment": row.text("comment", max_length=COMMENT_MAX),
            "key_question": row.choice("key_question", KEY_ANSWERS),
            "journey_stage": row.choice("stage", JOURNEY_STAGES),
            "contact_id": None,
        }
        if external_id and values["account_id"] is None:
            row.problem("account_external_id", f"no account has the external id {external_id!r}")
        if survey and len(surveys.get(survey.lower(), [])) > 1:
            row.problem("survey", f"{len(surveys[survey.lower()])} surveys are named {survey!r}; rename one first")
        if values["submitted_at"] and values["submitted_at"] > latest_allowed:
            row.problem("submitted_at", f"is in the future: {values['submitted_at']:%Y-%m-%d %H:%M}")
        email = row.email("contact_email")
        if email and values["account_id"]:
            values["contact_id"] = contacts.get((values["account_id"], email))
            if values["contact_id"] is None:
                row.problem("contact_email", f"no contact with the e-mail {email} at account {external_id!r} "
                                             "(import the contacts first)")
        rows.append((record.number, survey, values))
    seen: dict[tuple, int] = {}
    for number, survey, v in rows:
        if survey and v["account_id"] and v["submitted_at"]:
            key = (survey.lower(), v["account_id"], v["contact_id"], v["submitted_at"])
            if key in seen:
                errors.append(RowError(number, "submitted_at", f"the same answer (survey, account, contact and "
                                                               f"time) is already on row {seen[key]}"))
            seen.setdefault(key, number)
    if errors:
        raise ImportRejected(sorted(errors, key=lambda error: error.row))

    result = ResponsesImported()
    try:
        survey_ids = _survey_ids(rows, surveys, result)
        creates = _new_answers(rows, survey_ids, result)
        created_ids: list[int] = []
        for chunk in track(list(chunked(creates, CHUNK)), "Writing"):
            created_ids += db.session.scalars(
                insert(Response).returning(Response.id, sort_by_parameter_order=True), chunk).all()
        result.created = len(created_ids)
        cutoff = utcnow() - IMPORT_CASE_WINDOW
        recent = [answer for answer in creates if answer["submitted_at"] >= cutoff]
        if recent:
            recent_ids = [created_ids[index] for index, answer in enumerate(creates) if answer["submitted_at"] >= cutoff]
            responses = [db.session.get(Response, response_id) for response_id in recent_ids]
            result.cases_opened = track_imported(responses)
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return result


def _survey_ids(rows, surveys: dict[str, list[int]], result: ResponsesImported) -> dict[str, int]:
    """Each name's survey; a new name becomes a closed NPS survey spanning its answers' dates."""
    ids: dict[str, int] = {}
    for _number, name, values in rows:
        key = name.lower()
        if key in surveys:
            ids[key] = surveys[key][0]
            continue
        if key not in ids:
            dates = [v["submitted_at"] for _n, other, v in rows if other.lower() == key]
            survey = Survey(kind="nps", name=name, status="closed", opened_at=min(dates), closed_at=max(dates),
                            questions=[], ask_key_question=any(v["key_question"] for _n, o, v in rows
                                                               if o.lower() == key))
            db.session.add(survey)
            db.session.flush()
            ids[key] = survey.id
            result.new_surveys.append(name)
    return ids


def _new_answers(rows, survey_ids: dict[str, int], result: ResponsesImported) -> list[dict]:
    known = set(db.session.execute(
        select(Response.survey_id, Response.account_id, Response.contact_id, Response.submitted_at)
        .where(Response.source == "import", Response.survey_id.in_(set(survey_ids.values())))).all())
    now = utcnow()
    creates = []
    for _number, name, values in rows:
        survey_id = survey_ids[name.lower()]
        if (survey_id, values["account_id"], values["contact_id"], values["submitted_at"]) in known:
            result.skipped += 1
            continue
        creates.append({**values, "survey_id": survey_id, "source": "import", "link_key": None, "answers": {},
                        "created_at": now, "updated_at": now})
    return creates
