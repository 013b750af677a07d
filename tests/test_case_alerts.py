"""A new detractor case e-mails its owner (the account's CSM) once, with the score and the words, through a real
SMTP server: when the comment is in, or a while after the score when the customer stops there."""
import time
from datetime import date, datetime

from sqlalchemy import select

from conftest import make_user
from helpers import add_account, add_contact
from vocapp.distribution import Audience, issue_links
from vocapp.extensions import db
from vocapp.models import CaseAlert, FollowUpCase, Response, Survey, User
from vocapp.tasks.app import in_process
from vocapp.tasks.mail import alert_case_owner


def _link(owner: bool = True, before: int | None = None) -> str:
    """A link to an open NPS survey for Ana Lopez of Acme Labs (tier 2, $10,000, renews 2027-03-01); `before`: a
    score she gave in an earlier survey."""
    csm = make_user("csm", "maya@example.example") if owner else None
    account = add_account("A-1", "Acme\nLabs", 10_000, csm_id=csm.id if csm else None, tier=2,
                          renewal_date=date(2027, 3, 1))
    ana = add_contact(account, "ana@acme.example", "Ana Lopez")
    if before is not None:
        db.session.add(Response(survey=Survey(kind="nps", name="Q2", status="closed"), account=account, contact=ana,
                                score=before, submitted_at=datetime(2026, 6, 1)))
    survey = Survey(kind="nps", name="Q4 relationship NPS", status="open", product_name="Pipely")
    db.session.add(survey)
    db.session.commit()
    link = issue_links(survey, "http://voc.test", Audience()).links[0]
    db.session.commit()
    return link.url.removeprefix("http://voc.test")


def _case_id() -> int:
    db.session.expire_all()
    return db.session.scalar(select(FollowUpCase.id))


def test_the_owner_hears_of_a_detractor_once_with_the_words(app, ctx, smtp, client, monkeypatch):
    monkeypatch.setattr("vocapp.web.respond.CASE_ALERT_WAIT_SECONDS", 3600)  # the comment comes first here
    path = _link(before=9)
    client.post(path, data={"score": "3"})
    assert smtp.messages == []  # the score alone waits for the words
    client.post(path + "/more", data={"reason": "Support takes days.\nWe are looking elsewhere."})
    in_process(app).drain()
    [message] = smtp.messages
    case_id = _case_id()
    assert message["To"] == "maya@example.example"
    assert message["Subject"] == "Detractor: Ana Lopez at Acme Labs scored 3"
    body = message.get_content().replace("\r\n", "\n")
    assert "answered Q4 relationship NPS with 3 out of 10 and wrote:" in body
    assert "    Support takes days.\n    We are looking elsewhere." in body
    assert ("We are looking elsewhere.\n\nTheir score before: 9, on 2026-06-01.\n"
            "Acme Labs: Tier 2 · $10,000 ARR · renews 2027-03-01.\n\nA follow-up case is open for you") in body
    assert f"A follow-up case is open for you: http://voc.test/cases/{case_id}\n" in body
    # the waiting run, and any repeat, find it sent
    assert "sent already" in alert_case_owner.apply(args=(case_id,)).get()
    assert len(smtp.messages) == 1
    client.post(path + "/more", data={"reason": "Edited words"})
    in_process(app).drain()
    assert len(smtp.messages) == 1
    alert = db.session.scalar(select(CaseAlert))
    assert (alert.case_id, alert.status, alert.owner.email) == (case_id, "sent", "maya@example.example")


def test_a_customer_who_stops_at_the_score_still_alerts_the_owner_after_the_wait(app, ctx, smtp, client, monkeypatch):
    monkeypatch.setattr("vocapp.web.respond.CASE_ALERT_WAIT_SECONDS", 0.2)
    path = _link()
    client.post(path, data={"score": "5"})
    deadline = time.monotonic() + 10
    while not smtp.messages and time.monotonic() < deadline:
        time.sleep(0.05)
        in_process(app).drain()
    [message] = smtp.messages
    body = message.get_content().replace("\r\n", "\n")
    assert "with 5 out of 10, without a comment.\n\nAcme Labs: Tier 2" in body and "score before" not in body


def test_no_alert_without_an_owner(app, ctx, smtp, client, monkeypatch):
    monkeypatch.setattr("vocapp.web.respond.CASE_ALERT_WAIT_SECONDS", 0)
    path = _link(owner=False)
    client.post(path, data={"score": "2"})
    client.post(path + "/more", data={"reason": "Slow"})
    in_process(app).drain()
    assert smtp.messages == [] and "no active owner" in alert_case_owner.apply(args=(_case_id(),)).get()
    assert db.session.scalar(select(CaseAlert)) is None


def test_alerts_turned_off_or_a_passive_send_nothing(app, ctx, smtp, client, monkeypatch):
    monkeypatch.setattr("vocapp.web.respond.CASE_ALERT_WAIT_SECONDS", 0)
    path = _link()
    client.post(path, data={"score": "8"})
    client.post(path + "/more", data={"reason": "Fine"})
    monkeypatch.setitem(app.config, "VOC_CASE_ALERTS", False)
    client.post(path, data={"score": "1"})
    client.post(path + "/more", data={"reason": "Worse"})
    in_process(app).drain()
    assert _case_id() is not None and smtp.messages == []


def test_a_refused_address_is_recorded_on_the_case_page(app, ctx, smtp, client, login, monkeypatch):
    monkeypatch.setattr("vocapp.web.respond.CASE_ALERT_WAIT_SECONDS", 3600)
    path = _link()
    smtp.refuse.add("maya@example.example")
    client.post(path, data={"score": "0"})
    client.post(path + "/more", data={"reason": "Broken"})
    in_process(app).drain()
    assert db.session.scalar(select(CaseAlert.status)) == "failed"
    staff = login("admin")
    page = staff.get(f"/cases/{_case_id()}").get_data(as_text=True)
    assert "The alert e-mail to Csm Person failed:" in page and "550" in page


def test_a_case_given_to_someone_else_tells_them_once_and_the_page_lists_both(app, ctx, smtp, client, login,
                                                                              monkeypatch):
    monkeypatch.setattr("vocapp.web.respond.CASE_ALERT_WAIT_SECONDS", 3600)
    path = _link()
    client.post(path, data={"score": "4"})
    client.post(path + "/more", data={"reason": "Too slow"})
    lukas = make_user("csm", "lukas@example.example")
    lukas.name = "Lukas Berg"
    db.session.commit()
    lukas_id, case_id = lukas.id, _case_id()
    staff = login("admin")
    for owner in (lukas_id, lukas_id):  # saved twice: one e-mail
        staff.post(f"/cases/{case_id}", data={"status": "contacted", "owner_id": str(owner), "notes": "Yours"})
    in_process(app).drain()
    assert [m["To"] for m in smtp.messages] == ["maya@example.example", "lukas@example.example"]
    body = smtp.messages[1].get_content().replace("\r\n", "\n")
    assert f"Admin Person gave you this follow-up case: http://voc.test/cases/{case_id}\n" in body
    assert "Lukas Berg,\n" in body and "with 4 out of 10 and wrote:" in body
    page = staff.get(f"/cases/{case_id}").get_data(as_text=True)
    assert "E-mailed to Csm Person on" in page and "E-mailed to Lukas Berg on" in page


def test_taking_a_case_oneself_sends_nothing(app, ctx, smtp, client, login, monkeypatch):
    monkeypatch.setattr("vocapp.web.respond.CASE_ALERT_WAIT_SECONDS", 3600)
    path = _link()
    client.post(path, data={"score": "4"})
    staff = login("admin")
    admin_id = db.session.scalar(select(User.id).where(User.role == "admin"))
    staff.post(f"/cases/{_case_id()}", data={"status": "open", "owner_id": str(admin_id), "notes": ""})
    in_process(app).drain()
    assert smtp.messages == []
