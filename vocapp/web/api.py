"""JSON API for CRM syncs: `Authorization: Bearer <token>`; tokens are issued by an admin."""
from datetime import datetime, timezone
from functools import wraps

from flask import Blueprint, abort, current_app, g, jsonify, request
from sqlalchemy import func, select

from vocapp.extensions import csrf, db
from vocapp.imports import ImportRejected, import_accounts, import_contacts, records_from_json
from vocapp.imports.accounts import ACCOUNT_OPTIONAL, ACCOUNT_REQUIRED, CONTACT_OPTIONAL, CONTACT_REQUIRED
from vocapp.models import Account, ApiToken, Contact
from vocapp.models.base import utcnow
from vocapp.models.users import hash_token
from vocapp.params import int_arg, page_arg

bp = Blueprint("api", __name__, url_prefix="/api/v1")
csrf.exempt(bp)
MAX_PER_PAGE = 500


def token_required(view):
    @wraps(view)
    def guarded(*args, **kwargs):
        header = request.headers.get("Authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return _unauthorized("missing bearer token")
        api_token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(token.strip())))
        if api_token is None:
            return _unauthorized("unknown token")
        if api_token.revoked:
            return _unauthorized("token revoked")
        api_token.last_used_at = utcnow()
        db.session.commit()
        g.api_token = api_token
        return view(*args, **kwargs)
    return guarded


def _unauthorized(detail: str):
    response = jsonify({"error": "unauthorized", "detail": detail})
    response.status_code = 401
    response.headers["WWW-Authenticate"] = 'Bearer realm="vocapp"'
    return response


def account_json(account: Account) -> dict:
    return {
        "id": account.id, "external_id": account.external_id, "name": account.name, "arr": account.arr,
        "industry": account.industry, "region": account.region, "employees": account.employees,
        "usage_score": account.usage_score,
        "renewal_date": account.renewal_date.isoformat() if account.renewal_date else None,
        "status": account.status, "tier": account.tier, "csm_email": account.csm.email if account.csm else None,
        "updated_at": account.updated_at.isoformat(),
    }


def contact_json(contact: Contact, external_id: str) -> dict:
    return {"id": contact.id, "account_external_id": external_id, "name": contact.name, "email": contact.email,
            "role": contact.role, "decision_maker": contact.decision_maker,
            "updated_at": contact.updated_at.isoformat()}


def _page(model, statement, render):
    """A page of items. page and per_page below 1 are refused (400); per_page above MAX_PER_PAGE is lowered to it,
    and the answer's per_page says so."""
    page = page_arg()
    per_page = min(int_arg("per_page", default=100, minimum=1), MAX_PER_PAGE)
    since = request.args.get("updated_since")
    if since:
        try:
            moment = datetime.fromisoformat(since)
        except ValueError:
            abort(400, description="updated_since: not an ISO date or time")
        if moment.tzinfo is not None:  # stored as naive UTC
            moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
        statement = statement.where(model.updated_at >= moment)
    result = db.paginate(statement, page=page, per_page=per_page, error_out=False)
    return jsonify({"items": [render(item) for item in result.items], "page": page, "per_page": per_page,
                    "total": result.total})


def _body_items() -> list:
    body = request.get_json(silent=True)
    if body is None:
        abort(400, description="the body must be JSON")
    if isinstance(body, dict):
        body = body.get("items", [body]) if "items" in body else [body]
    return body


def _upsert(importer, required, optional):
    try:
        _columns, records = records_from_json(_body_items(), required, optional)
        result = importer(records)
    except ImportRejected as rejected:
        db.session.rollback()
        errors = [{"index": error.row, "field": error.column, "message": error.message} for error in rejected.errors]
        return jsonify({"error": "invalid", "errors": errors}), 422
    return jsonify({"created": result.created, "updated": result.updated})


@bp.get("/accounts")
@token_required
def list_accounts():
    return _page(Account, select(Account).order_by(Account.id), account_json)


@bp.get("/accounts/<external_id>")
@token_required
def get_account(external_id: str):
    account = db.session.scalar(select(Account).where(Account.external_id == external_id))
    if account is None:
        abort(404, description=f"no account with external id {external_id}")
    return jsonify(account_json(account))


@bp.post("/accounts")
@token_required
def upsert_accounts():
    thresholds = current_app.config["VOC_TIER_THRESHOLDS"]
    return _upsert(lambda records: import_accounts(records, thresholds), ACCOUNT_REQUIRED, ACCOUNT_OPTIONAL)


@bp.get("/contacts")
@token_required
def list_contacts():
    statement = select(Contact).order_by(Contact.id)
    account = request.args.get("account_external_id")
    if account:
        statement = statement.join(Contact.account).where(Account.external_id == account)
    return _page(Contact, statement, lambda contact: contact_json(contact, contact.account.external_id))


@bp.post("/contacts")
@token_required
def upsert_contacts():
    return _upsert(import_contacts, CONTACT_REQUIRED, CONTACT_OPTIONAL)


@bp.get("/ping")
@token_required
def ping():
    return jsonify({"ok": True, "token": g.api_token.name,
                    "accounts": db.session.scalar(select(func.count(Account.id)))})
