"""Interviews from a CSV file or the API: all or nothing, one line per problem (`row N: column: what is wrong`).
An interview is known again by its account, contact, date, outcome and deal id, so importing the same file twice
creates nothing new."""
from datetime import date
from typing import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import joinedload, selectinload

from vocapp.exports import amount
from vocapp.extensions import db
from vocapp.imports.rows import ImportRejected, ImportResult, Record, Row, RowError, Track, duplicates_within, untracked
from vocapp.interviews.defaults import ensure_defaults
from vocapp.interviews.lookups import REASON_FORM, Lists, split_list, split_reason
from vocapp.models import OUTCOMES, Account, Competitor, Contact, Interview, Reason, User
from vocapp.models.accounts import ARR_MAX
from vocapp.models.surveys import KEY_ANSWERS

INTERVIEW_REQUIRED = ("account_external_id", "date", "outcome")
INTERVIEW_OPTIONAL = ("deal_id", "contact_email", "interviewer_email", "arr_at_stake", "competitors",
                      "chosen_competitor", "primary_reason", "secondary_reasons", "key_question", "rep_reason", "notes")
EXPORT_COLUMNS = (*INTERVIEW_REQUIRED, *INTERVIEW_OPTIONAL, "account_name")  # the import ignores the last one
MAX_SECONDARY = 3
NOTES_MAX = 100_000


def import_key(external_id: str, contact_email, day, outcome: str, deal_id) -> str:
    return "|".join([external_id, contact_email or "", day.isoformat(), outcome, deal_id or ""])[:500]


def import_interviews(records: Sequence[Record], add_reasons: bool = False, track: Track = untracked) -> ImportResult:
    """Creates or updates interviews. With `add_reasons`, a reason not in the taxonomy is added under its category
    (direction from the outcome: why we win on a win, why we lose otherwise) instead of refused. Competitors named
    are added when new, matched to existing ones regardless of case and spacing."""
    ensure_defaults()
    errors: list[RowError] = []
    lists = Lists()
    accounts = dict(db.session.execute(select(Account.external_id, Account.id)).all())
    contacts = {(account_id, email.lower()): contact_id for contact_id, account_id, email in
                db.session.execute(select(Contact.id, Contact.account_id, Contact.email))}
    staff = {email: user_id for user_id, email in db.session.execute(select(User.id, func.lower(User.email)))}
    rows = []
    for record in track(records, "Checking"):
        row = Row(record, errors)
        external_id = row.text("account_external_id", required=True, max_length=100)
        outcome = row.choice("outcome", OUTCOMES, required=True)
        values = {
            "account_id": accounts.get(external_id),
            "interviewed_on": row.date("date", required=True),
            "outcome": outcome,
            "deal_id": row.text("deal_id", max_length=100),
            "arr_at_stake": row.number("arr_at_stake", maximum=ARR_MAX),
            "key_question": row.choice("key_question", KEY_ANSWERS),
            "notes": row.text("notes", max_length=NOTES_MAX),
        }
        if external_id and values["account_id"] is None:
            row.problem("account_external_id", f"no account has the external id {external_id!r}")
        email = row.email("contact_email")
        values["contact_id"] = None
        if email and values["account_id"]:
            values["contact_id"] = contacts.get((values["account_id"], email))
            if values["contact_id"] is None:
                row.problem("contact_email", f"no contact of account {external_id!r} has the e-mail {email}")
        interviewer = row.email("interviewer_email")
        values["interviewer_id"] = staff.get(interviewer) if interviewer else None
        if interviewer and values["interviewer_id"] is None:
            row.problem("interviewer_email", f"no staff user has the e-mail {interviewer} (create the user first)")
        competitors = split_list(row.text("competitors", max_length=2000) or "")
        for name in competitors:
            if len(name) > 150:
                row.problem("competitors", f"a name is longer than 150 characters: {name[:40]!r}…")
        chosen = row.text("chosen_competitor", max_length=150)
        if chosen and outcome == "win":
            row.problem("chosen_competitor", "a win has no chosen competitor (the buyer chose us); leave it empty "
                                             "or name the competitors considered in competitors")
        direction = "win" if outcome == "win" else "loss"
        values["primary"] = _reason(row, lists, "primary_reason", row.text("primary_reason", max_length=300),
                                    add_reasons, direction)
        values["rep"] = _reason(row, lists, "rep_reason", row.text("rep_reason", max_length=300), add_reasons,
                                direction)
        secondary = split_list(row.text("secondary_reasons", max_length=1000) or "")
        if len(secondary) > MAX_SECONDARY:
            row.problem("secondary_reasons", f"at most {MAX_SECONDARY} secondary reasons, got {len(secondary)}")
        values["secondary"] = [_reason(row, lists, "secondary_reasons", text, add_reasons, direction)
                               for text in secondary[:MAX_SECONDARY]]
        values["competitor_names"], values["chosen_name"] = competitors, chosen
        key = (import_key(external_id, email, values["interviewed_on"], outcome, values["deal_id"])
               if external_id and values["interviewed_on"] and outcome else None)
        rows.append((record.number, key, values))
    duplicates_within(((number, key) for number, key, _values in rows), "date", errors)
    if errors:
        db.session.rollback()  # reasons --add-reasons may have added
        raise ImportRejected(errors)

    known = known_interviews()
    result = ImportResult()
    for _number, key, values in track(rows, "Writing"):
        interview = known.get(key)
        if interview is not None and interview.import_key != key:
            interview.import_key = key  # no other interview holds the key: `known` would have found it
        if interview is None:
            interview = Interview(import_key=key, notes="", transcript="", turns=[], answers={}, next_steps="")
            db.session.add(interview)
            result.created += 1
        else:
            result.updated += 1
        for name in ("account_id", "interviewed_on", "outcome", "deal_id", "contact_id"):
            setattr(interview, name, values[name])
        for name in ("arr_at_stake", "key_question", "notes", "interviewer_id"):
            if values[name] is not None:  # an empty optional cell keeps the stored value
                setattr(interview, name, values[name])
        if values["primary"] is not None:
            interview.primary_reason = values["primary"]
        if values["rep"] is not None:
            interview.rep_reason = values["rep"]
        if values["secondary"]:
            interview.secondary_reasons = [reason for reason in values["secondary"] if reason is not None]
        if values["competitor_names"] or values["chosen_name"]:
            names = values["competitor_names"] + ([values["chosen_name"]] if values["chosen_name"] else [])
            found = {competitor.key: competitor for competitor in (lists.competitor(name, create=True) for name in names)}
            interview.competitors = list(found.values())
        if values["chosen_name"]:
            interview.chosen_competitor = lists.competitor(values["chosen_name"])
        elif values["outcome"] == "win":
            interview.chosen_competitor = None
    db.session.commit()
    return result


def known_interviews() -> dict[str, Interview]:
    """Every interview by the import key it holds and by the key a row of its own would have, the held key first:
    an interview recorded on the web (no import key), or imported and edited since, is known again when a file
    holds it (an export, edited), and not added twice."""
    interviews = db.session.scalars(select(Interview).options(joinedload(Interview.account),
                                                              joinedload(Interview.contact))).all()
    known = {import_key(interview.account.external_id, interview.contact.email.lower() if interview.contact else None,
                        interview.interviewed_on, interview.outcome, interview.deal_id): interview
             for interview in interviews}
    known.update((interview.import_key, interview) for interview in interviews if interview.import_key)
    return known


def exported(statement) -> list[list]:
    """The interviews `statement` selects, as rows of EXPORT_COLUMNS, read whole (a response may stream them after
    its session ended)."""
    statement = statement.options(selectinload(Interview.competitors), selectinload(Interview.secondary_reasons))
    return [export_row(interview) for interview in db.session.scalars(statement)]


def export_row(interview: Interview) -> list:
    """The interview in the columns of EXPORT_COLUMNS: the import's, so the file imports back as it is, and the
    account's name to read it by."""
    chosen = interview.chosen_competitor
    values = {"account_external_id": interview.account.external_id, "date": interview.interviewed_on.isoformat(),
              "outcome": interview.outcome, "deal_id": interview.deal_id,
              "contact_email": interview.contact.email if interview.contact else None,
              "interviewer_email": interview.interviewer.email if interview.interviewer else None,
              "arr_at_stake": amount(interview.arr_at_stake),
              "competitors": ";".join(c.name for c in interview.competitors if chosen is None or c.id != chosen.id),
              "chosen_competitor": chosen.name if chosen else None,
              "primary_reason": interview.primary_reason.label if interview.primary_reason else None,
              "secondary_reasons": ";".join(reason.label for reason in interview.secondary_reasons),
              "key_question": interview.key_question,
              "rep_reason": interview.rep_reason.label if interview.rep_reason else None,
              "notes": interview.notes, "account_name": interview.account.name}
    return [values[column] for column in EXPORT_COLUMNS]


def _reason(row: Row, lists: Lists, column: str, text, add: bool, direction: str):
    if not text:
        return None
    if split_reason(text) is None:
        row.problem(column, f"{text!r} is not a reason code: {REASON_FORM}")
        return None
    found = lists.reason(text)
    if found is None and add:
        return lists.add_reason(text, direction)
    if found is None:
        row.problem(column, f"unknown reason {text!r}: add it to the reason codes first, or import with --add-reasons")
    return found


def template_row(interviewer_email: str) -> list[str]:
    """One example row for INTERVIEW_REQUIRED + INTERVIEW_OPTIONAL, written with this install's own accounts,
    competitors and reason codes, so that it shows their exact spelling and imports as it is."""
    ensure_defaults()
    account = db.session.scalar(select(Account).where(Account.status == "active").order_by(Account.arr.desc()))
    contact = account.contacts[0].email if account is not None and account.contacts else ""
    competitors = db.session.scalars(select(Competitor.name).where(Competitor.active.is_(True))
                                     .order_by(Competitor.name).limit(2)).all()
    reasons = [reason.label for reason in db.session.scalars(
        select(Reason).where(Reason.direction == "loss", Reason.active.is_(True)).order_by(Reason.id).limit(2))]
    values = {"account_external_id": account.external_id if account is not None else "CRM-1001",
              "date": date.today().isoformat(), "outcome": "loss", "deal_id": "OPP-1001", "contact_email": contact,
              "interviewer_email": interviewer_email, "arr_at_stake": "25000", "competitors": ";".join(competitors),
              "chosen_competitor": competitors[0] if competitors else "",
              "primary_reason": reasons[0] if reasons else "", "secondary_reasons": ";".join(reasons[1:]),
              "key_question": "nice_to_have", "rep_reason": reasons[-1] if reasons else "",
              "notes": "What the buyer said, in their words."}
    return [values[column] for column in (*INTERVIEW_REQUIRED, *INTERVIEW_OPTIONAL)]
