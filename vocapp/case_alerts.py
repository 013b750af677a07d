"""The inner loop's first minute: when a detractor's answer opens a follow-up case, its owner (the account's CSM)
gets an e-mail with the score, the words and a link to the case, while the answer is fresh. Sent off the request
path (vocapp.tasks.mail.schedule_case_alert) and claimed before it goes out (vocapp.mailer.claim), so one case gives
its owner one e-mail however often the task runs. A case given to someone else tells them in turn. Needs SMTP_URL;
VOC_CASE_ALERTS=0 turns it off."""
from email.message import EmailMessage
from typing import Optional

from flask import current_app, render_template
from sqlalchemy import select

from vocapp.extensions import db
from vocapp.mailer import RecordedSends, claim, parse_smtp_url, reason, sender_address
from vocapp.models import CaseAlert, FollowUpCase, Response


def alerts_on(config) -> bool:
    return bool(config.get("SMTP_URL")) and bool(config.get("VOC_CASE_ALERTS", True))


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def compose(case: FollowUpCase, sender: str, given_by: str = "") -> EmailMessage:
    response, owner = case.response, case.owner
    who = _one_line(case.contact.name) if case.contact else "An anonymous contact"
    where = _one_line(case.account.name) if case.account else ""
    message = EmailMessage()
    message["Subject"] = f"Detractor: {who}{' at ' + where if where else ''} scored {response.score}"
    message["From"], message["To"] = sender, owner.email
    base = current_app.config["VOC_BASE_URL"].rstrip("/")
    message.set_content(render_template(
        "results/case_alert.txt", case=case, who=who, where=where, owner=owner, survey=response.survey,
        comment=(response.comment or "").strip(), url=f"{base}/cases/{case.id}", given_by=_one_line(given_by),
        context=_context(case, where)))
    return message


def _context(case: FollowUpCase, where: str) -> list[str]:
    """The lines the owner weighs the call by: the contact's score before, and the account's tier, ARR and renewal."""
    lines, before, facts = [], _score_before(case), _account_facts(case.account)
    if before is not None:
        lines.append(f"Their score before: {before.score}, on {before.submitted_at:%Y-%m-%d}.")
    if facts:
        lines.append(f"{where}: {' · '.join(facts)}.")
    return lines


def _account_facts(account) -> list[str]:
    """"Tier 1", "$120,000 ARR", "renews 2027-03-01": what vocapp knows of the account."""
    if account is None:
        return []
    return [fact for fact in (f"Tier {account.tier}" if account.tier else None,
                              f"${account.arr:,.0f} ARR" if account.arr else None,
                              f"renews {account.upcoming_renewal}" if account.upcoming_renewal else None) if fact]


def _score_before(case: FollowUpCase) -> Optional[Response]:
    """The contact's scored answer before this one: a 9 that fell to 3 is another call than a 3 again."""
    if case.contact_id is None:
        return None
    return db.session.scalar(select(Response).where(
        Response.contact_id == case.contact_id, Response.score.is_not(None),
        Response.submitted_at < case.response.submitted_at).order_by(Response.submitted_at.desc()).limit(1))


def send_case_alert(case_id: int, given_by: str = "") -> str:
    """E-mails the case's owner once (`given_by`: who gave them the case, when someone did); what happened, as a
    job's outcome reads it."""
    case = db.session.get(FollowUpCase, case_id)
    if case is None:
        return f"case {case_id} was deleted"
    if case.owner is None or not case.owner.active:
        return f"case {case_id} has no active owner to tell"
    settings = parse_smtp_url(current_app.config.get("SMTP_URL", ""))
    alert = claim(CaseAlert(case_id=case.id, owner_id=case.owner_id, status="claimed"), CaseAlert, "claimed",
                  case_id=case.id, owner_id=case.owner_id)
    if alert is None:
        return f"case {case_id}: alert sent already to {case.owner.email}"
    with RecordedSends(settings) as sends:
        error = sends.send(alert, compose(case, sender_address(current_app.config, settings), given_by))
    return f"case {case_id}: alert {'sent to ' + case.owner.email if error is None else 'failed: ' + reason(error)}"
