"""Accounts and contacts on the web: list, search, filter, sort, detail, create, edit, delete."""
import re

from sqlalchemy import func, select

from helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.models import Account, Contact


def table_of(page: str) -> str:
    return page.split("<tbody>")[1].split("</tbody>")[0]


def names_in(page: str, *names: str) -> list[str]:
    return sorted((page.index(name), name) for name in names if name in page)


def test_the_list_searches_filters_and_sorts(login, app):
    with app.app_context():
        add_account("A-1", "Acme Labs", 5000, industry="Software", region="EMEA", tier=3)
        add_account("A-2", "Globex Bank", 90000, industry="Financial services", region="APAC", tier=1)
        add_account("A-3", "Initech", 20000, industry="Software", region="EMEA", tier=2, status="churned")
    client = login("csm")
    page = table_of(client.get("/accounts/?q=acme").get_data(as_text=True))
    assert "Acme Labs" in page and "Globex Bank" not in page
    page = table_of(client.get("/accounts/?industry=Software&status=active").get_data(as_text=True))
    assert "Acme Labs" in page and "Initech" not in page and "Globex Bank" not in page
    page = table_of(client.get("/accounts/?sort=arr&dir=desc").get_data(as_text=True))
    assert [name for _, name in names_in(page, "Acme Labs", "Globex Bank", "Initech")] == ["Globex Bank", "Initech", "Acme Labs"]
    page = client.get("/accounts/?sort=name&dir=asc").get_data(as_text=True)
    assert "Pareto" in page and "<svg" in page
    page = table_of(page)
    assert [name for _, name in names_in(page, "Acme Labs", "Globex Bank", "Initech")] == ["Acme Labs", "Globex Bank", "Initech"]


def test_create_edit_and_delete_an_account_with_its_contacts(login, app):
    client = login("csm")
    response = client.post("/accounts/new", data={"external_id": "N-1", "name": "Newco", "arr": "12000",
                                                  "status": "active", "csm_id": "0", "industry": "Retail"})
    assert response.status_code == 302
    with app.app_context():
        account_id = db.session.scalar(select(Account.id))
    response = client.post(f"/accounts/{account_id}/contacts/new",
                           data={"name": "Ana", "email": "Ana@Newco.example", "decision_maker": "y"})
    assert response.status_code == 302
    page = client.get(f"/accounts/{account_id}").get_data(as_text=True)
    assert "Newco" in page and "ana@newco.example" in page and "Tier 1" in page

    confirm = client.get(f"/accounts/{account_id}/delete").get_data(as_text=True)
    assert "cannot be undone" in confirm and "1 contact" in confirm
    assert client.post(f"/accounts/{account_id}/delete").status_code == 302
    with app.app_context():
        assert db.session.scalar(select(func.count(Account.id))) == 0
        assert db.session.scalar(select(func.count(Contact.id))) == 0


def test_a_duplicate_external_id_is_refused_on_the_form(login, app):
    with app.app_context():
        add_account("A-1", "Acme", 100)
    client = login("csm")
    page = client.post("/accounts/new", data={"external_id": "A-1", "name": "Other", "arr": "5", "status": "active",
                                              "csm_id": "0"}).get_data(as_text=True)
    assert "Another account already has this external id." in page
    with app.app_context():
        assert db.session.scalar(select(func.count(Account.id))) == 1


def test_a_form_with_bad_values_names_the_fields(login):
    client = login("csm")
    page = client.post("/accounts/new", data={"external_id": "", "name": "X", "arr": "-3", "status": "active",
                                              "csm_id": "0"}).get_data(as_text=True)
    assert "This field is required." in page
    assert "ARR must be from 0 to 100,000,000,000." in page


def test_customer_text_is_escaped_on_pages(login, app):
    with app.app_context():
        account = add_account("A-1", "<script>alert(1)</script> Corp", 100)
        add_contact(account, name="<img src=x onerror=alert(2)>")
        account_id = account.id
    client = login("csm")
    for path in ("/accounts/", f"/accounts/{account_id}"):
        page = client.get(path).get_data(as_text=True)
        assert "<script>alert(1)</script>" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in client.get(f"/accounts/{account_id}").get_data(as_text=True)


def test_pages_carry_a_strict_content_security_policy(login):
    response = login("csm").get("/accounts/")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"


def test_the_overview_shows_the_portfolio(login, app):
    with app.app_context():
        add_account("A-1", "Acme", 1200, tier=1)
        add_account("A-2", "Gone", 800, status="churned")
    page = login("product").get("/").get_data(as_text=True)
    assert "Active accounts" in page and "1,200" in page and "1 churned" in page


def test_the_overview_s_tier_shares_add_up_to_the_share_of_arr_the_tiers_hold(login, app):
    """Three equal tiers are 34%, 33% and 33% of ARR, not 33% three times; an account with no tier keeps its part."""
    with app.app_context():
        for tier in (1, 2, 3):
            add_account(f"A-{tier}", f"Tier {tier} Co", 1000, tier=tier)
    client = login("csm")
    page = client.get("/").get_data(as_text=True)
    assert [int(share) for share in re.findall(r"· (\d+)% of ARR</div>", page)] == [34, 33, 33]
    assert "</span> 1 account · $1,000 · 34% of ARR" in page, "one account, not \"1 accounts\""
    with app.app_context():
        add_account("A-4", "No Tier Co", 1000)
    page = client.get("/").get_data(as_text=True)
    assert [int(share) for share in re.findall(r"· (\d+)% of ARR</div>", page)] == [25, 25, 25]


def test_demo_data_is_realistic(runner, ctx):
    from vocapp.cli import voc
    from vocapp.models import User

    result = runner.invoke(voc, ["demo"])
    assert result.exit_code == 0, result.output
    accounts = db.session.scalars(select(Account)).all()
    assert len(accounts) >= 60
    assert len({a.industry for a in accounts}) >= 6 and len({a.region for a in accounts}) >= 3
    assert {a.tier for a in accounts if a.status == "active"} == {1, 2, 3}
    assert {u.role for u in db.session.scalars(select(User))} == {"admin", "csm", "interviewer", "product"}
    assert db.session.scalar(select(func.count(Contact.id))) >= 2 * len(accounts)
    assert db.session.scalar(select(func.count(Contact.id)).where(Contact.decision_maker)) >= len(accounts)
    result = runner.invoke(voc, ["demo", "--if-empty"])
    assert "not loaded" in result.output


def test_the_overview_shows_what_customers_say_to_those_who_may_read_it(login, app):
    from datetime import datetime

    from vocapp.models import Response, Survey

    with app.app_context():
        account = add_account("A-1", "Acme", 1200, tier=1)
        survey = Survey(kind="nps", name="Q", status="open")
        for score in (10, 9, 3):
            db.session.add(Response(survey=survey, account=account, score=score, submitted_at=datetime.utcnow()))
        db.session.commit()
    page = login("product").get("/").get_data(as_text=True)
    assert "NPS, last 12 months" in page and "+33" in page and "n=3" in page and "low n" in page
    assert "Would they call you essential?" in page


def test_an_interviewer_sees_the_portfolio_but_not_the_voice_panels(login):
    page = login("interviewer").get("/").get_data(as_text=True)
    assert "Active accounts" in page and "NPS, last 12 months" not in page


def test_an_account_without_a_tier_shows_a_dash_in_the_tier_column_and_nothing_beside_its_name(login, app):
    with app.app_context():
        account_id = add_account("A-9", "Saffron Learning", 0).id
    client = login("csm")
    heading = client.get(f"/accounts/{account_id}").get_data(as_text=True).split("<h1>")[1].split("</h1>")[0]
    assert "Saffron Learning" in heading and "—" not in heading and "Tier" not in heading
    row = table_of(client.get("/accounts/").get_data(as_text=True))
    assert '<td class="hide-sm"><span class="badge">—</span></td>' in row


def test_a_churned_account_shows_no_renewal_to_come(login, app):
    from datetime import date
    with app.app_context():
        gone = add_account("A-1", "Summit Bank", 21_700, status="churned", renewal_date=date(2027, 3, 21)).id
        kept = add_account("A-2", "Birch", 5_000, renewal_date=date(2027, 4, 1)).id
    client = login("csm")
    page = client.get(f"/accounts/{gone}").get_data(as_text=True)
    assert "2027-03-21" not in page and "none: churned" in page
    assert "2027-04-01" in client.get(f"/accounts/{kept}").get_data(as_text=True)
    rows = table_of(client.get("/accounts/").get_data(as_text=True))
    assert "2027-04-01" in rows and "2027-03-21" not in rows
    for direction in ("asc", "desc"):  # by renewal, the account that renews comes first either way
        page = client.get(f"/accounts/?sort=renewal&dir={direction}").get_data(as_text=True)
        assert names_in(page, "Birch", "Summit Bank")[0][1] == "Birch", direction


def test_each_contact_shows_its_latest_score_never_an_anonymous_one(app, login):
    from datetime import datetime

    from vocapp.models import Response, Survey

    client = login("csm")
    with app.app_context():
        account = add_account("A-9", "Scored Co", 50_000)
        ana = add_contact(account, "ana@scored.example", "Ana Scored")
        add_contact(account, "ben@scored.example", "Ben Silent")
        named, hidden = Survey(kind="nps", name="Q3", status="closed"), Survey(kind="nps", name="Pulse", anonymous=True)
        db.session.add_all([
            Response(survey=named, account=account, contact=ana, score=3, submitted_at=datetime(2026, 5, 1)),
            Response(survey=named, account=account, contact=ana, score=8, submitted_at=datetime(2026, 9, 1)),
            Response(survey=named, account=account, contact=ana, score=None, submitted_at=datetime(2026, 10, 1)),
            Response(survey=hidden, account=account, score=0, submitted_at=datetime(2026, 11, 1))])
        db.session.commit()
        account_id = account.id
    page = " ".join(client.get(f"/accounts/{account_id}").get_data(as_text=True).split())
    contacts = page.split("<h2>Contacts")[1]
    ana_row = contacts.split("Ana Scored")[1].split("</tr>")[0]
    assert 'title="passive">8</span> <small class="muted hide-sm">2026-09-01</small>' in ana_row
    ben_row = contacts.split("Ben Silent")[1].split("</tr>")[0]
    assert "none yet" in ben_row and 'class="score' not in ben_row


def test_the_overview_says_where_a_drifting_account_s_nps_went_from_and_to(login, app):
    from datetime import datetime, timedelta

    from vocapp.models import Response, Survey

    now = datetime.utcnow()
    with app.app_context():
        account = add_account("A-1", "Falling Co", 50_000, tier=1)
        survey = Survey(kind="nps", name="Q", status="open")
        for score, days in ((10, 120), (9, 100), (9, 30), (4, 10)):
            db.session.add(Response(survey=survey, account=account, score=score, submitted_at=now - timedelta(days=days)))
        db.session.commit()
    home = " ".join(re.sub(r"<[^>]+>", " ", login("csm").get("/").get_data(as_text=True)).split())
    assert "Falling Co Tier 1 NPS +100 → 0 ($50,000 ARR)" in home, "the NPS before and now, not a bare −100"


def test_the_persona_chart_has_an_unknown_bar_only_when_an_account_is_unplaced():
    from reports.charts import persona_chart
    from vocapp.queries.personas import PERSONA_LABELS

    placed = persona_chart({"essential": 3, "unknown": 0}, {"essential": 9e5, "unknown": 0}, PERSONA_LABELS)
    assert "No longer needed" in placed and "0 accounts" in placed, "a persona with no account keeps its bar"
    assert "Unknown" not in placed
    unplaced = persona_chart({"essential": 3, "unknown": 2}, {"essential": 9e5, "unknown": 1e4}, PERSONA_LABELS)
    assert "Unknown" in unplaced and "2 accounts" in unplaced


def test_the_list_shows_each_account_s_nps_of_the_year_and_its_persona_as_its_page_does(login, app):
    from datetime import datetime, timedelta

    from vocapp.models import Response, Survey

    now = datetime.utcnow()
    with app.app_context():
        loyal, unsure = add_account("A-1", "Loyal Co", 90_000), add_account("A-2", "Unsure Co", 50_000)
        add_account("A-3", "Quiet Co", 10_000)  # no answer at all
        named, hidden = Survey(kind="nps", name="Q", status="open"), Survey(kind="nps", name="P", anonymous=True)
        db.session.add_all([
            Response(survey=named, account=loyal, contact=add_contact(loyal, "a@loyal.example"), score=10,
                     key_question="essential", submitted_at=now - timedelta(days=20)),
            Response(survey=named, account=loyal, contact=add_contact(loyal, "b@loyal.example"), score=9,
                     submitted_at=now - timedelta(days=10)),
            Response(survey=named, account=loyal, score=0, submitted_at=now - timedelta(days=400)),
            Response(survey=named, account=unsure, contact=add_contact(unsure, "c@unsure.example"), score=4,
                     key_question="nice_to_have", submitted_at=now - timedelta(days=5)),
            # fewer than three of Unsure Co's contacts were invited: this answer may not be shown with it
            Response(survey=hidden, account=unsure, score=10, submitted_at=now - timedelta(days=5))])
        db.session.commit()
    page = table_of(login("csm").get("/accounts/?sort=arr&dir=desc").get_data(as_text=True))
    rows = {name: " ".join(re.sub(r"<[^>]+>", " ", row).split())
            for row in page.split("<tr>")[1:] for name in ("Loyal Co", "Unsure Co", "Quiet Co") if name in row}
    assert "+100 n=2 Essential" in rows["Loyal Co"], "the answer of 400 days ago is outside the year"
    assert "−100 n=1 Nice to have" in rows["Unsure Co"], "the hidden anonymous 10 is not Unsure Co's"
    assert "— —" in rows["Quiet Co"], "no answer: no NPS and no persona"


def test_an_interviewer_s_list_of_accounts_shows_no_nps_or_persona(login, app):
    with app.app_context():
        add_account("A-1", "Acme", 1200, tier=1)
    page = login("interviewer").get("/accounts/").get_data(as_text=True)
    assert "Acme" in page and ">NPS<" not in page and "Persona" not in page


def test_a_csm_narrows_the_list_to_their_own_accounts_with_one_click(login, app):
    from vocapp.models import User

    client = login("csm")
    with app.app_context():
        me = db.session.scalar(select(User).where(User.role == "csm"))
        other = User(email="other@example.example", name="Other CSM", role="csm")
        other.set_password("another long password")
        db.session.add(other)
        db.session.flush()
        add_account("A-1", "Mine Co", 5000, csm_id=me.id, tier=3)
        add_account("A-2", "Theirs Co", 9000, csm_id=other.id, tier=3)
        my_id = me.id
    page = client.get("/accounts/?tier=3").get_data(as_text=True)
    link = re.search(r'<a class="btn btn-ghost" href="([^"]+)">Mine</a>', page)
    assert link and f"csm={my_id}" in link.group(1) and "tier=3" in link.group(1), "the other filters stay"
    mine = client.get(link.group(1).replace("&amp;", "&")).get_data(as_text=True)
    assert "Mine Co" in table_of(mine) and "Theirs Co" not in table_of(mine)
    assert re.search(r'<a class="btn btn-primary" href="[^"]*">✓ Mine</a>', mine), "pressed: a click lets go"
