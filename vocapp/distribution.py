"""Personal links and who gets them: one link per contact and survey, over-survey protection, revocation.

A link's token is returned once, when it is issued (for the CSV or the e-mail); only its hash is stored."""
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import Enum
from typing import Iterable, NamedTuple, Optional, Sequence

from sqlalchemy import bindparam, func, or_, select
from sqlalchemy.orm import joinedload

from surveys.tokens import new_token, token_hash, well_formed
from vocapp.exports import safe_cell
from vocapp.extensions import db
from vocapp.models import Account, Contact, Invitation, Survey, User
from vocapp.models.base import utcnow

CSV_HEADER = ["contact_email", "account", "url"]


@dataclass
class Audience:
    """Which accounts' contacts: every account by default, narrowed by tier, CSM (e-mail) and account."""
    tiers: Sequence[int] = ()
    csm_emails: Sequence[str] = ()
    accounts: Sequence[str] = ()  # external ids

    def statement(self):
        query = (select(Contact, Account).join(Contact.account)
                 .order_by(Account.name, Account.id, Contact.email, Contact.id))
        if self.tiers:
            query = query.where(Account.tier.in_(self.tiers))
        if self.csm_emails:
            query = query.join(User, Account.csm_id == User.id).where(
                func.lower(User.email).in_([email.lower() for email in self.csm_emails]))
        if self.accounts:
            query = query.where(Account.external_id.in_(self.accounts))
        return query

    def unknown(self) -> list[str]:
        """Named filters that match nothing: a typo must not silently send to nobody."""
        problems = []
        known = set(db.session.scalars(select(Account.external_id).where(Account.external_id.in_(self.accounts))))
        problems += [f"account: no account with external id {name!r}" for name in self.accounts if name not in known]
        emails = {email.lower() for email in db.session.scalars(
            select(User.email).where(func.lower(User.email).in_([e.lower() for e in self.csm_emails])))}
        problems += [f"csm: no staff user {email!r}" for email in self.csm_emails if email.lower() not in emails]
        problems += [f"tier: must be 1, 2 or 3, got {tier}" for tier in self.tiers if tier not in (1, 2, 3)]
        return problems


@dataclass
class IssuedLink:
    invitation: Invitation
    contact_email: str
    account: str
    url: str
    token: str

    def row(self) -> list[str]:
        return [safe_cell(self.contact_email), safe_cell(self.account), self.url]


@dataclass
class Skip:
    contact_email: str
    account: str
    reason: str

    def __str__(self) -> str:
        return f"skipped {self.contact_email} ({self.account}): {self.reason}"


@dataclass
class Issue:
    links: list[IssuedLink] = field(default_factory=list)
    skipped: list[Skip] = field(default_factory=list)


def survey_url(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/s/{token}"


def issue_links(survey: Survey, base_url: str, audience: Audience, now: Optional[datetime] = None) -> Issue:
    """A new link for every contact of the audience, except those skipped (each with its reason). Flushes,
    does not commit: the caller commits once the tokens are safely handed out."""
    now = now or utcnow()
    result = Issue()
    existing = dict(db.session.execute(
        select(Invitation.contact_id, Invitation.created_at).where(Invitation.survey_id == survey.id)).all())
    recent = recent_invitations(survey, now)
    for contact, account in db.session.execute(audience.statement()).all():
        reason = None
        if contact.id in existing:
            reason = f"already has a link to this survey (issued {existing[contact.id]:%Y-%m-%d})"
        elif account.status != "active":
            reason = f"account is {account.status}"
        elif contact.id in recent:
            other, when = recent[contact.id]
            reason = (f"invited to {other!r} on {when:%Y-%m-%d}, within the {survey.cooldown_days}-day "
                      f"over-survey protection")
        if reason:
            result.skipped.append(Skip(contact.email, account.name, reason))
            continue
        token = new_token()
        invitation = Invitation(survey=survey, contact=contact, account=account, token_hash=token_hash(token),
                                created_at=now, expires_at=now + timedelta(days=survey.link_ttl_days))
        db.session.add(invitation)
        existing[contact.id] = now
        result.links.append(IssuedLink(invitation, contact.email, account.name, survey_url(base_url, token), token))
    db.session.flush()
    return result


def reissue_links(survey: Survey, base_url: str, audience: Audience, now: Optional[datetime] = None) -> Issue:
    """New links for a lost link set: each unanswered invitation of the audience gets a new token and a new
    expiry, and its old link stops working (its hash is no longer stored). Answered, revoked and e-mailed
    invitations keep theirs and are listed as skipped. Flushes, does not commit."""
    now = now or utcnow()
    result = Issue()
    in_audience = {contact.id for contact, _account in db.session.execute(audience.statement())}
    invitations = db.session.scalars(
        select(Invitation).join(Invitation.contact).join(Invitation.account)
        .options(joinedload(Invitation.contact), joinedload(Invitation.account))
        .where(Invitation.survey_id == survey.id).order_by(Account.name, Account.id, Contact.email, Contact.id))
    for invitation in invitations:
        if invitation.contact_id not in in_audience:
            continue
        contact, account = invitation.contact, invitation.account
        reason = None
        if invitation.answered_at is not None:
            reason = "already answered"
        elif invitation.revoked_at is not None:
            reason = f"link revoked on {invitation.revoked_at:%Y-%m-%d}"
        elif invitation.sent_at is not None:
            reason = f"link e-mailed on {invitation.sent_at:%Y-%m-%d}: the contact has it"
        elif account.status != "active":
            reason = f"account is {account.status}"
        if reason:
            result.skipped.append(Skip(contact.email, account.name, reason))
            continue
        token = new_token()
        invitation.token_hash, invitation.reminder_token_hash = token_hash(token), None
        invitation.expires_at = now + timedelta(days=survey.link_ttl_days)
        result.links.append(IssuedLink(invitation, contact.email, account.name, survey_url(base_url, token), token))
    db.session.flush()
    return result


def recent_invitations(survey: Survey, now: datetime) -> dict[int, tuple[str, datetime]]:
    """Contacts invited to any other survey within this survey's cooldown: contact id -> (survey, when)."""
    cutoff = now - timedelta(days=survey.cooldown_days)
    rows = db.session.execute(
        select(Invitation.contact_id, Survey.name, Invitation.created_at).join(Invitation.survey)
        .where(Invitation.survey_id != survey.id, Invitation.created_at >= cutoff)
        .order_by(Invitation.created_at))
    return {contact_id: (name, when) for contact_id, name, when in rows}


class LinkState(Enum):
    OK = "ok"
    UNKNOWN = "unknown"
    REVOKED = "revoked"
    EXPIRED = "expired"
    NOT_OPEN = "not_open"
    CLOSED = "closed"


class LinkSurvey(NamedTuple):
    """What checking a link and saving its answer need of the survey."""
    id: int
    status: str
    kind: str
    anonymous: bool
    journey_stage: Optional[str]


class Link(NamedTuple):
    """An invitation as the survey page reads it on every request: its columns and its survey's in one plain row.
    Loaded as ORM objects instead, the two cost about a quarter of an answer's time. A page that shows the survey
    loads it (`db.session.get(Survey, link.survey.id)`)."""
    id: int
    account_id: int
    contact_id: int
    expires_at: datetime
    revoked_at: Optional[datetime]
    opened_at: Optional[datetime]
    answered_at: Optional[datetime]
    survey: LinkSurvey


_INVITATION, _SURVEY = Invitation.__table__, Survey.__table__
# Built once: building it costs about as much as running it.
_BY_TOKEN_HASH = (
    select(*(_INVITATION.c[name] for name in Link._fields[:-1]), *(_SURVEY.c[name] for name in LinkSurvey._fields))
    .join_from(_INVITATION, _SURVEY, _INVITATION.c.survey_id == _SURVEY.c.id)
    .where(or_(_INVITATION.c.token_hash == bindparam("hashed"),
               _INVITATION.c.reminder_token_hash == bindparam("hashed"))))


def find_link(token: str, now: Optional[datetime] = None) -> tuple[Optional[Link], LinkState]:
    if not well_formed(token):
        return None, LinkState.UNKNOWN
    row = db.session.execute(_BY_TOKEN_HASH, {"hashed": token_hash(token)}).one_or_none()
    if row is None:
        return None, LinkState.UNKNOWN
    split = len(Link._fields) - 1
    link = Link(*row[:split], LinkSurvey(*row[split:]))
    if link.revoked_at is not None:
        return link, LinkState.REVOKED
    if link.survey.status == "closed":
        return link, LinkState.CLOSED
    if link.survey.status != "open":
        return link, LinkState.NOT_OPEN
    if link.expires_at <= (now or utcnow()):
        return link, LinkState.EXPIRED
    return link, LinkState.OK


def revoke(invitations: Iterable[Invitation], now: Optional[datetime] = None) -> int:
    count = 0
    for invitation in invitations:
        if invitation.revoked_at is None:
            invitation.revoked_at = now or utcnow()
            count += 1
    return count


def survey_counts(survey_id: int) -> dict[str, int]:
    """Invited, e-mailed, opened, answered, revoked for one survey."""
    row = db.session.execute(select(
        func.count(Invitation.id), func.count(Invitation.sent_at), func.count(Invitation.opened_at),
        func.count(Invitation.answered_at), func.count(Invitation.revoked_at),
    ).where(Invitation.survey_id == survey_id)).one()
    return dict(zip(("invited", "sent", "opened", "answered", "revoked"), row))
