"""Closing the loop: detractor answers open cases for the CSM, the next score is the outcome, CSMs work cases."""
from datetime import timedelta

from sqlalchemy import func, select

from conftest import make_user
from helpers import add_account, add_contact
from test_results import add_survey, answer
from vocapp.extensions import db
from vocapp.followups import on_response_saved
from vocapp.models import FollowUpCase, User
from vocapp.models.base import utcnow


def cases() -> list[FollowUpCase]:
    db.session.expire_all()
    return list(db.session.scalars(select(FollowUpCase).order_by(FollowUpCase.id)))


def saved(response):
    """As the response page does: the response committed, then the hook, then a commit."""
    on_response_saved(response)
    db.session.commit()
    return response


def setup_account():
    csm = make_user("csm", "maya@example.example")
    account = add_account(csm_id=csm.id)
    return csm, account, add_contact(account)


def test_a_detractor_opens_one_case_owned_by_the_accounts_csm(ctx):
    csm, account, contact = setup_account()
    survey = add_survey()
    response = saved(answer(survey, account, 6, contact, comment="slow"))
    saved(response)  # saved again (the contact edits the comment): still one case
    [case] = cases()
    assert (case.owner_id, case.account_id, case.contact_id, case.status) == (csm.id, account.id, contact.id, "open")
    assert case.response_id == response.id and case.next_response_id is None
    assert case.opened_at == response.submitted_at


def test_promoters_passives_and_skipped_scores_open_no_case(ctx):
    _csm, account, contact = setup_account()
    survey = add_survey()
    for score in (7, 8, 9, 10, None):
        saved(answer(survey, account, score, contact))
    assert cases() == []


def test_the_contacts_next_score_is_the_outcome(ctx):
    _csm, account, contact = setup_account()
    first, second = add_survey("Q1"), add_survey("Q2")
    bad = saved(answer(first, account, 2, contact, when=utcnow() - timedelta(days=60)))
    other_contact = add_contact(account, "ben@acme.example", "Ben")
    saved(answer(second, account, 9, other_contact))  # someone else's score is not the outcome
    assert cases()[0].next_response_id is None
    better = saved(answer(second, account, 9, contact))
    [case] = cases()
    assert case.response_id == bad.id and case.next_response_id == better.id


def test_a_next_detractor_score_is_the_outcome_and_opens_its_own_case(ctx):
    _csm, account, contact = setup_account()
    first = saved(answer(add_survey("Q1"), account, 3, contact, when=utcnow() - timedelta(days=30)))
    second = saved(answer(add_survey("Q2"), account, 4, contact))
    old, new = cases()
    assert (old.response_id, old.next_response_id) == (first.id, second.id)
    assert (new.response_id, new.next_response_id) == (second.id, None)


def test_an_answer_changed_to_a_better_score_leaves_the_case_open(ctx, login, app):
    _csm, account, contact = setup_account()
    response = saved(answer(add_survey(), account, 5, contact))
    response.score = 9
    db.session.commit()
    saved(response)
    [case] = cases()
    assert case.status == "open" and case.next_response_id is None
    page = login("csm", "other@example.example").get(f"/cases/{case.id}").get_data(as_text=True)
    assert "changed this answer to 9" in page


def test_an_anonymous_detractor_still_opens_a_case(ctx):
    account = add_account()
    saved(answer(add_survey(anonymous=True), account, 0))
    [case] = cases()
    assert case.contact_id is None and case.owner_id is None


def test_the_case_list_is_oldest_first_and_filters(ctx, login):
    csm, account, contact = setup_account()
    survey = add_survey()
    other_account = add_account("A-2", "Globex", 5000)
    old = saved(answer(survey, account, 1, contact, when=utcnow() - timedelta(days=40), comment="Old complaint"))
    saved(answer(survey, other_account, 2, when=utcnow() - timedelta(days=2), comment="New complaint"))
    resolved = saved(answer(survey, account, 0, add_contact(account, "cy@acme.example", "Cy"), comment="Done one"))
    case = db.session.scalar(select(FollowUpCase).where(FollowUpCase.response_id == resolved.id))
    case.status = "resolved"
    db.session.commit()

    client = login("admin")
    page = client.get("/cases").get_data(as_text=True)
    assert page.index("Old complaint") < page.index("New complaint") and "Done one" not in page
    assert "40 days ago" in page
    page = client.get("/cases?status=resolved").get_data(as_text=True)
    assert "Done one" in page and "Old complaint" not in page
    page = client.get(f"/cases?owner={csm.id}").get_data(as_text=True)
    assert "Old complaint" in page and "New complaint" not in page
    page = client.get("/cases?owner=none").get_data(as_text=True)
    assert "New complaint" in page and "Old complaint" not in page
    page = client.get("/cases?mine=1").get_data(as_text=True)
    assert "No detractor is waiting" in page, "the admin owns none"

    old_case = db.session.scalar(select(FollowUpCase.id).where(FollowUpCase.response_id == old.id))
    client.post("/logout")
    client.post("/login", data={"email": csm.email, "password": "correct horse battery"})
    page = client.get("/cases?mine=1").get_data(as_text=True)
    assert f'href="/cases/{old_case}"' in page and "Old complaint" in page, "the CSM's own case, linked"
    assert "New complaint" not in page, "a case of an account without a CSM is nobody's"


def test_a_csm_updates_status_owner_and_notes(ctx, login):
    csm, account, contact = setup_account()
    response = saved(answer(add_survey(), account, 4, contact, comment="<b>Too</b> expensive"))
    case_id = cases()[0].id
    client = login("csm", "lukas@example.example")
    lukas = db.session.scalar(select(User).where(User.email == "lukas@example.example"))
    page = client.get(f"/cases/{case_id}").get_data(as_text=True)
    assert "&lt;b&gt;Too&lt;/b&gt; expensive" in page and "Waiting for Ana" in page
    reply = client.post(f"/cases/{case_id}", data={"status": "resolved", "owner_id": str(lukas.id),
                                                   "notes": "Called; discount agreed."})
    assert reply.status_code == 302
    [case] = cases()
    assert (case.status, case.owner_id, case.notes) == ("resolved", lukas.id, "Called; discount agreed.")
    assert case.resolved_at is not None
    client.post(f"/cases/{case_id}", data={"status": "contacted", "owner_id": "0", "notes": ""})
    [case] = cases()
    assert (case.status, case.owner_id, case.resolved_at) == ("contacted", None, None)
    assert client.post(f"/cases/{case_id}", data={"status": "lost", "owner_id": "0"}).status_code == 200
    assert cases()[0].status == "contacted", "an unknown status is refused"
    assert response.id and db.session.scalar(select(func.count(FollowUpCase.id))) == 1
    assert client.get("/cases/999").status_code == 404


def test_the_outcome_shows_on_the_case(ctx, login):
    _csm, account, contact = setup_account()
    saved(answer(add_survey("Q1"), account, 3, contact, when=utcnow() - timedelta(days=90)))
    saved(answer(add_survey("Q2 pulse"), account, 8, contact, comment="Much better since the fix"))
    case_id = cases()[0].id
    page = login("csm", "other@example.example").get(f"/cases/{case_id}").get_data(as_text=True)
    assert "Next score" in page and "Q2 pulse" in page and "+5" in page and "Much better since the fix" in page


def test_product_managers_cannot_work_cases(ctx, login):
    assert login("product").get("/cases").status_code == 403
