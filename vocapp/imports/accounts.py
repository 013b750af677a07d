"""Accounts and contacts from CSV files or the API, keyed by the account's external id (the CRM's id)."""
from typing import Sequence

from sqlalchemy import func, insert, select, update

from vocapp.extensions import db
from vocapp.imports.rows import (ImportRejected, ImportResult, Record, Row, RowError, Track, chunked,
                                 duplicates_within, untracked)
from vocapp.models import ACCOUNT_STATUSES, Account, Contact, User
from vocapp.models.accounts import ARR_MAX, EMPLOYEES_MAX
from vocapp.segments import recompute_tiers

ACCOUNT_REQUIRED = ("external_id", "name", "arr")
ACCOUNT_OPTIONAL = ("industry", "region", "employees", "renewal_date", "status", "csm_email", "usage_score")
CONTACT_REQUIRED = ("account_external_id", "name", "email")
CONTACT_OPTIONAL = ("role", "decision_maker")
CHUNK = 2000


def import_accounts(records: Sequence[Record], thresholds: Sequence[float], track: Track = untracked) -> ImportResult:
    """Creates new accounts and updates known ones. An optional cell left empty keeps the stored value."""
    errors: list[RowError] = []
    staff = {email: user_id for user_id, email in db.session.execute(select(User.id, func.lower(User.email)))}
    rows = []
    for record in track(records, "Checking"):
        row = Row(record, errors)
        values = {
            "external_id": row.text("external_id", required=True, max_length=100),
            "name": row.text("name", required=True),
            "arr": row.number("arr", required=True, maximum=ARR_MAX),
            "industry": row.text("industry", max_length=100),
            "region": row.text("region", max_length=100),
            "employees": row.integer("employees", maximum=EMPLOYEES_MAX),
            "renewal_date": row.date("renewal_date"),
            "status": row.choice("status", ACCOUNT_STATUSES),
            "usage_score": row.integer("usage_score", maximum=100),
        }
        csm_email = row.email("csm_email")
        if csm_email:
            if csm_email in staff:
                values["csm_id"] = staff[csm_email]
            else:
                row.problem("csm_email", f"no staff user has the e-mail {csm_email} (create the user first)")
        rows.append((record.number, values))
    duplicates_within(((number, values["external_id"]) for number, values in rows), "external_id", errors)
    if errors:
        raise ImportRejected(errors)

    known = dict(db.session.execute(select(Account.external_id, Account.id)).all())
    creates, updates = [], []
    for _number, values in rows:
        present = {key: value for key, value in values.items() if value is not None}
        if values["external_id"] in known:
            updates.append({"id": known[values["external_id"]], **present})
        else:
            creates.append({"status": "active", **present})
    _write(Account, creates, updates, track)
    recompute_tiers(thresholds)
    db.session.commit()
    return ImportResult(created=len(creates), updated=len(updates))


def import_contacts(records: Sequence[Record], track: Track = untracked) -> ImportResult:
    """Creates or updates contacts; a contact is known by its account and e-mail address."""
    errors: list[RowError] = []
    accounts = dict(db.session.execute(select(Account.external_id, Account.id)).all())
    rows = []
    for record in track(records, "Checking"):
        row = Row(record, errors)
        external_id = row.text("account_external_id", required=True, max_length=100)
        values = {
            "account_id": accounts.get(external_id),
            "name": row.text("name", required=True),
            "email": row.email("email", required=True),
            "role": row.text("role", max_length=100),
            "decision_maker": row.boolean("decision_maker"),
        }
        if external_id and values["account_id"] is None:
            row.problem("account_external_id", f"no account has the external id {external_id!r}")
        rows.append((record.number, values))
    duplicates_within(((number, (values["account_id"], values["email"])) for number, values in rows
                       if values["account_id"] and values["email"]), "email", errors)
    if errors:
        raise ImportRejected(errors)

    known = {(account_id, email): contact_id for contact_id, account_id, email in
             db.session.execute(select(Contact.id, Contact.account_id, Contact.email))}
    creates, updates = [], []
    for _number, values in rows:
        present = {key: value for key, value in values.items() if value is not None}
        contact_id = known.get((values["account_id"], values["email"]))
        if contact_id:
            updates.append({"id": contact_id, **present})
        else:
            creates.append({"decision_maker": False, **present})
    _write(Contact, creates, updates, track)
    db.session.commit()
    return ImportResult(created=len(creates), updated=len(updates))


def _write(model, creates: list[dict], updates: list[dict], track: Track) -> None:
    batches = [(insert(model), chunk) for chunk in chunked(creates, CHUNK)]
    batches += [(update(model), chunk) for chunk in chunked(updates, CHUNK)]
    try:
        for statement, chunk in track(batches, "Writing"):
            for group in _by_keys(chunk):  # one executemany per set of columns
                db.session.execute(statement, group)
    except Exception:
        db.session.rollback()
        raise


def _by_keys(rows: list[dict]) -> list[list[dict]]:
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return list(groups.values())
