"""Follow-up tabs: their counts follow the owner filter and "Mine"; a case opened today says "today"."""
import re
from datetime import timedelta

from sqlalchemy import select

from conftest import make_user
from helpers import add_account, add_contact
from test_results import add_survey, answer
from vocapp.extensions import db
from vocapp.followups import on_response_saved
from vocapp.models import FollowUpCase, User
from vocapp.models.base import utcnow


def _counts(page: str) -> dict[str, str]:
    return dict(re.findall(r'<a href="/cases\?[^"]*"[^>]*>([A-Za-z ]+?) <span class="count">(\d+)</span>', page))


def test_tab_counts_follow_mine_and_the_owner_filter(ctx, login):
    other = make_user("csm", "other@example.example")
    survey = add_survey()
    mine_account = add_account("A-1", "Acme")
    other_account = add_account("A-2", "Globex", csm_id=other.id)
    staff = login("csm", "me@example.example")
    me = db.session.scalar(select(User).where(User.email == "me@example.example"))
    mine_account.csm_id = me.id
    db.session.commit()
    for account, count in ((mine_account, 1), (other_account, 3)):
        for number in range(count):
            response = answer(survey, account, 2, add_contact(account, f"c{number}@{account.external_id}.example"),
                              when=utcnow() - timedelta(days=3))
            on_response_saved(response)
    db.session.commit()
    case = db.session.scalar(select(FollowUpCase).where(FollowUpCase.owner_id == other.id))
    case.status = "resolved"
    db.session.commit()

    everyone = _counts(staff.get("/cases").get_data(as_text=True))
    assert (everyone["To do"], everyone["Open"], everyone["Resolved"], everyone["All"]) == ("3", "3", "1", "4")
    mine = staff.get("/cases?mine=1").get_data(as_text=True)
    assert (_counts(mine)["To do"], _counts(mine)["All"]) == ("1", "1") and "Resolved <span" not in mine
    theirs = _counts(staff.get(f"/cases?owner={other.id}&status=all").get_data(as_text=True))
    assert (theirs["To do"], theirs["Resolved"], theirs["All"]) == ("2", "1", "3")


def test_a_case_opened_today_says_today(ctx, login):
    account = add_account()
    survey = add_survey()
    on_response_saved(answer(survey, account, 1, add_contact(account), when=utcnow() - timedelta(minutes=5)))
    on_response_saved(answer(survey, account, 1, add_contact(account, "b@acme.example"),
                             when=utcnow() - timedelta(days=1, hours=1)))
    db.session.commit()
    page = login("csm").get("/cases").get_data(as_text=True)
    assert ">today</small>" in page and "0 days ago" not in page and "1 day ago" in page
