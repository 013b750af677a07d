"""Closing the loop: who asked for a shipped item (accounts, contacts, quotes; never a person behind an anonymous
answer), and one e-mail to each asking contact through a real local SMTP server: never twice for one item and
contact, also when a run overlaps another; a failed one is tried again; the template is editable and checked."""
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.models import FeedbackItem, FeedbackMention, Interview, Invitation, Response, ShippedNotice, Survey
from vocapp.roadmap.items import create_item, set_status
from vocapp.roadmap.messages import TemplateError, check, save_template
from vocapp.roadmap.shipped import asking_accounts, send_shipped_notices
from vocapp.tasks.app import in_process


def asked(app, status: str = "shipped") -> int:
    """Acme asks three ways (its contact's answer, an invited contact's answer, an interview), plus an anonymous
    answer and a staff note; Gone Co (churned) asks in an interview."""
    with app.app_context():
        acme = add_account("A-1", "Acme", 120_000, tier=1)
        gone = add_account("A-2", "Gone Co", 40_000, status="churned")
        ana = add_contact(acme, "ana@acme.example", "Ana Lopez", role="Head of Ops")
        ben = add_contact(acme, "ben@acme.example", "Ben Ito")
        cleo = add_contact(acme, "cleo@acme.example", "Cleo Park")
        dan = add_contact(gone, "dan@gone.example", "Dan Roy")
        survey = Survey(kind="nps", name="Q3", status="open")
        secret = Survey(kind="nps", name="Anonymous pulse", status="open", anonymous=True)
        invitation = Invitation(survey=survey, contact=ben, account=acme, token_hash="x" * 64,
                                expires_at=datetime(2027, 1, 1))
        db.session.add(invitation)
        db.session.flush()
        own = Response(survey=survey, account=acme, contact=ana, score=6, comment="We need Jira sync.")
        invited = Response(survey=survey, account=acme, invitation_id=invitation.id, score=7, comment="Jira please!")
        # an anonymous answer never leads to its person, even if a contact were stored by mistake
        anonymous = Response(survey=secret, account=acme, contact=cleo, score=3, comment="Jira, finally?")
        talk = Interview(account=acme, contact=ana, interviewed_on=date(2026, 9, 1), outcome="win")
        exit_talk = Interview(account=gone, contact=dan, interviewed_on=date(2026, 8, 1), outcome="churn")
        db.session.add_all([own, invited, anonymous, talk, exit_talk])
        db.session.flush()
        item = create_item("Jira integration", ["Jira sync"], "integrations")
        at = datetime(2026, 10, 1)
        for source_type, source, account, quote in (
                ("response", own, acme, "We need Jira sync."), ("response", invited, acme, "Jira please!"),
                ("response", anonymous, acme, "Jira, finally?"), ("interview", talk, acme, "Jira is the blocker."),
                ("interview", exit_talk, gone, "We left for a tool with Jira."), ("note", None, acme, "QBR: Jira")):
            at += timedelta(days=1)
            db.session.add(FeedbackMention(item=item, account_id=account.id, source_type=source_type, quote=quote,
                                           source_id=source.id if source else None, mentioned_at=at))
        set_status(item, status, date(2026, 11, 20))
        db.session.commit()
        return item.id


def test_who_asked_lists_accounts_contacts_and_quotes_but_no_anonymous_person(ctx, app):
    item = db.session.get(FeedbackItem, asked(app))
    accounts = asking_accounts(item)
    assert [entry.account.name if entry.account else None for entry in accounts] == ["Acme", "Gone Co", None], \
        "largest ARR first; the anonymous answer (fewer than 3 invited from Acme) without its account, last"
    acme = accounts[0]
    assert {person.contact.name: person.quotes for person in acme.people} == {
        "Ana Lopez": ["Jira is the blocker.", "We need Jira sync."], "Ben Ito": ["Jira please!"]}
    assert acme.unnamed_quotes == ["QBR: Jira"]
    assert [person.contact.name for person in accounts[1].people] == ["Dan Roy"]
    assert (accounts[2].people, accounts[2].unnamed_quotes) == ([], ["Jira, finally?"])


def test_a_lost_prospect_among_those_who_asked_shows_its_deals_at_stake(login, app):
    """A prospect lost over the item has no ARR of its own: the page gives what its lost deal had at stake, and
    places it by that among the accounts."""
    item_id = asked(app)
    with app.app_context():
        prospect = add_account("P-1", "Prospero", 0, status="lost")
        pitch = Interview(account=prospect, interviewed_on=date(2026, 9, 2), outcome="loss", arr_at_stake=75_000)
        db.session.add(pitch)
        db.session.flush()
        db.session.add(FeedbackMention(item_id=item_id, account_id=prospect.id, source_type="interview",
                                       source_id=pitch.id, quote="No Jira, no deal.",
                                       mentioned_at=datetime(2026, 9, 2)))
        db.session.commit()
        item = db.session.get(FeedbackItem, item_id)
        names = [entry.account.name if entry.account else None for entry in asking_accounts(item)]
        assert names == ["Acme", "Prospero", "Gone Co", None]
    page = login("product").get(f"/insights/feedback/{item_id}/asked").get_data(as_text=True)
    assert "$75,000 ARR lost in its deals · Lost" in page and "$40,000 ARR · Churned" in page


def test_each_asking_contact_is_emailed_once_and_never_the_anonymous_one(ctx, app, smtp):
    item = db.session.get(FeedbackItem, asked(app))
    run = send_shipped_notices(item)
    assert (run.sent, run.skipped, run.failed) == (3, 0, [])
    assert sorted(message["To"] for message in smtp.messages) == \
        ["ana@acme.example", "ben@acme.example", "dan@gone.example"]
    ana = next(message for message in smtp.messages if message["To"] == "ana@acme.example")
    assert ana["Subject"] == "You asked for Jira integration: it is here"
    body = ana.get_content()
    assert "Hello Ana Lopez" in body and "“Jira is the blocker.”" in body and "20 Nov 2026" in body
    again = send_shipped_notices(item)
    assert (again.sent, again.skipped) == (0, 3) and len(smtp.messages) == 3, "a second run sends nothing"
    assert db.session.scalar(select(func.count(ShippedNotice.id)).where(ShippedNotice.status == "sent")) == 3


def test_a_contact_another_run_has_claimed_is_left_to_it_and_a_failed_one_is_retried(ctx, app, smtp):
    item = db.session.get(FeedbackItem, asked(app))
    ana = db.session.scalar(select(Response.contact_id).where(Response.comment == "We need Jira sync."))
    db.session.add(ShippedNotice(item_id=item.id, contact_id=ana, status="claimed"))  # a run sending right now
    db.session.commit()
    smtp.refuse.add("ben@acme.example")
    run = send_shipped_notices(item)
    assert (run.sent, run.skipped, len(run.failed)) == (1, 1, 1) and "ben@acme.example" in run.failed[0]
    assert [message["To"] for message in smtp.messages] == ["dan@gone.example"]
    failed = db.session.scalar(select(ShippedNotice).where(ShippedNotice.status == "failed"))
    assert "550" in failed.error
    smtp.refuse.clear()
    retry = send_shipped_notices(item)
    assert (retry.sent, retry.skipped) == (1, 2)
    assert sorted(message["To"] for message in smtp.messages) == ["ben@acme.example", "dan@gone.example"]


def test_an_item_not_shipped_sends_nothing(ctx, app, smtp):
    item = db.session.get(FeedbackItem, asked(app, status="planned"))
    with pytest.raises(ValueError, match="not shipped"):
        send_shipped_notices(item)
    assert smtp.messages == []


def test_the_template_is_editable_and_its_placeholders_checked(ctx, app, smtp):
    with pytest.raises(TemplateError, match=r"uses \{name\}, which is not a placeholder"):
        check("body", "Hi {name}")
    with pytest.raises(TemplateError, match="opens or closes no placeholder"):
        check("subject", "Shipped {item")
    with pytest.raises(TemplateError, match="not a placeholder"):
        check("body", "{item.__class__}")
    save_template("shipped", "{item} is live, {contact_name}", "Dear {contact_name} of {account}: {item}. {{braces}}")
    send_shipped_notices(db.session.get(FeedbackItem, asked(app)))
    dan = next(message for message in smtp.messages if message["To"] == "dan@gone.example")
    assert dan["Subject"] == "Jira integration is live, Dan Roy"
    assert dan.get_content().strip() == "Dear Dan Roy of Gone Co: Jira integration. {braces}"


def test_the_shipped_view_offers_the_e_mail_only_with_a_mail_server(login, app, smtp):
    item_id = asked(app)
    client = login("product")
    page = client.get(f"/insights/feedback/{item_id}/asked").get_data(as_text=True)
    assert "E-mail the 3 contacts who asked" in page and "disabled" not in page
    assert "Ana Lopez" in page and "Jira is the blocker." in page and "Gone Co" in page
    assert "Cleo Park" not in page and "cleo@acme.example" not in page, "no person for an anonymous answer"
    client.post(f"/insights/feedback/{item_id}/notify")
    in_process(app).drain()
    sent = client.get(f"/insights/feedback/{item_id}/asked").get_data(as_text=True)
    assert "3 sent, 0 already told, 0 failed" in sent and len(smtp.messages) == 3
    assert "Everyone who asked has been told." in sent
    client.post(f"/insights/feedback/{item_id}/notify")
    in_process(app).drain()
    assert len(smtp.messages) == 3


def test_without_a_mail_server_the_button_is_disabled_and_says_why(login, app):
    item_id = asked(app)
    page = login("product").get(f"/insights/feedback/{item_id}/asked").get_data(as_text=True)
    assert "disabled>E-mail the 3 contacts who asked" in page
    assert "E-mail is off: no mail server is set up for vocapp" in page


def test_the_message_page_previews_and_refuses_an_unknown_placeholder(login, app):
    client = login("admin")
    page = client.get("/insights/feedback/message").get_data(as_text=True)
    assert "Hello Ana Lopez" in page and "{contact_name}" in page
    bad = client.post("/insights/feedback/message", data={"subject": "Hi {first_name}", "body": "x", "action": "save"})
    assert bad.status_code == 200 and "The subject uses {first_name}, which is not a placeholder" in bad.get_data(as_text=True)
    preview = client.post("/insights/feedback/message", data={"subject": "{item} shipped", "body": "Hi {contact_name}",
                                                               "action": "preview"}).get_data(as_text=True)
    assert "Jira integration shipped" in preview and "Hi Ana Lopez" in preview
    saved = client.post("/insights/feedback/message", data={"subject": "{item} shipped", "body": "Hi {contact_name}",
                                                             "action": "save"})
    assert saved.status_code == 302
    assert "Back to the default text" in client.get("/insights/feedback/message").get_data(as_text=True)
    client.post("/insights/feedback/message", data={"action": "reset"})
    assert "This is the default text." in client.get("/insights/feedback/message").get_data(as_text=True)


def test_notify_shipped_from_the_command_line(runner, app, smtp):
    item_id = asked(app)
    result = runner.invoke(args=["voc", "feedback", "notify-shipped"])
    assert result.exit_code == 0 and "Jira integration: 3 sent, 0 already told, 0 failed" in result.output
    assert len(smtp.messages) == 3
    again = runner.invoke(args=["voc", "feedback", "notify-shipped", "--item", str(item_id)])
    assert "0 sent, 3 already told" in again.output and len(smtp.messages) == 3
    assert "Nobody is waiting" in runner.invoke(args=["voc", "feedback", "notify-shipped"]).output
    with app.app_context():
        planned = create_item("Dark mode", status="planned").id
        db.session.commit()
    refused = runner.invoke(args=["voc", "feedback", "notify-shipped", "--item", str(planned)])
    assert refused.exit_code == 2 and "--item" in refused.output and "not shipped" in refused.output


def test_notify_shipped_without_a_mail_server_says_so(runner, app):
    asked(app)
    result = runner.invoke(args=["voc", "feedback", "notify-shipped"])
    assert result.exit_code == 1 and "SMTP_URL is not set" in result.output
