"""The interview pages: role rules, the form's validation, recording from the guide, quotes, the WLC page, the
web import, the account page's panel and the overview."""
import io
from datetime import date
import re

import pytest
from sqlalchemy import func, select

from conftest import make_user
from helpers import add_account, add_contact
from wlc_fixture import FIXTURE_CSV, add_fixture_accounts
from vocapp.extensions import db
from vocapp.imports import read_csv
from vocapp.imports.interviews import INTERVIEW_OPTIONAL, INTERVIEW_REQUIRED, import_interviews
from vocapp.interviews.defaults import ensure_defaults
from vocapp.models import Competitor, Criterion, Interview, Reason, User


def _reason_id(label):
    category, name = label.split(": ")
    return next(r.id for r in db.session.scalars(select(Reason)) if r.category.name == category and r.name == name)


def _criterion_id(name):
    return db.session.scalar(select(Criterion.id).where(Criterion.name == name))


def _import_fixture(app):
    with app.app_context():
        add_fixture_accounts()
        _columns, records = read_csv(io.BytesIO(FIXTURE_CSV.encode()), INTERVIEW_REQUIRED, INTERVIEW_OPTIONAL)
        import_interviews(records)


def _form(app, **extra):
    with app.app_context():
        ensure_defaults()
        data = {"interviewed_on": "2026-11-20", "contact_id": "", "primary_reason": str(_reason_id("Price / value: Too expensive")),
                "key_question": "nice_to_have", "answer-why": "They were <b>cheaper</b>.", "notes": "Short call."}
    data.update(extra)
    return data


@pytest.mark.parametrize("role, status", [("interviewer", 200), ("csm", 200), ("product", 200), ("admin", 200)])
def test_every_staff_role_reads_interviews_and_the_analysis(app, login, role, status):
    client = login(role)
    _import_fixture(app)
    assert client.get("/interviews/").status_code == status
    assert client.get("/interviews/wlc").status_code == status
    assert client.get("/interviews").status_code == 308  # /interviews is no longer a 404


@pytest.mark.parametrize("role", ["csm", "product"])
def test_csm_and_product_cannot_record_edit_import_or_configure(app, login, role):
    client = login(role)
    _import_fixture(app)
    with app.app_context():
        interview_id = db.session.scalar(select(Interview.id).limit(1))
    assert client.get("/interviews/new").status_code == 403
    assert client.get("/interviews/new/loss/1").status_code == 403
    assert client.get(f"/interviews/{interview_id}/edit").status_code == 403
    assert client.post(f"/interviews/{interview_id}/quotes", data={"sentence": "0-0"}).status_code == 403
    assert client.get("/interviews/import").status_code == 403
    assert client.get("/interviews/settings").status_code == 403
    page = client.get("/interviews/").get_data(as_text=True)
    assert "Record an interview" not in page


def test_an_interviewer_edits_their_own_interviews_only_and_admins_edit_any(app, client, login):
    client = login("interviewer", "ivy@example.com")
    with app.app_context():
        account = add_account("A-1", "Acme", 10_000)
        other = make_user("interviewer", "olga@example.com")
        ivy = db.session.scalar(select(User).where(User.email == "ivy@example.com"))
        mine = Interview(account=account, outcome="win", interviewed_on=__import__("datetime").date(2026, 5, 1),
                         interviewer_id=ivy.id, notes="", transcript="", turns=[], answers={}, next_steps="")
        theirs = Interview(account=account, outcome="loss", interviewed_on=__import__("datetime").date(2026, 5, 2),
                           interviewer_id=other.id, notes="", transcript="", turns=[], answers={}, next_steps="")
        db.session.add_all([mine, theirs])
        db.session.commit()
        mine_id, theirs_id = mine.id, theirs.id
    assert client.get(f"/interviews/{mine_id}/edit").status_code == 200
    assert client.get(f"/interviews/{theirs_id}/edit").status_code == 403
    assert client.post(f"/interviews/{theirs_id}/delete").status_code == 403
    assert client.get(f"/interviews/{theirs_id}").status_code == 200  # reads all
    assert "Edit</a>" not in client.get(f"/interviews/{theirs_id}").get_data(as_text=True)
    assert client.get("/interviews/settings").status_code == 403
    client.post("/logout")
    admin = login("admin")
    assert admin.get(f"/interviews/{theirs_id}/edit").status_code == 200
    assert admin.get("/interviews/settings").status_code == 200


def test_recording_a_loss_from_the_guide(app, login):
    client = login("interviewer")
    with app.app_context():
        account = add_account("A-1", "Beta <Bank>", 30_000)
        contact = add_contact(account, "ana@beta.example", "Ana Lopez", decision_maker=True, role="CFO")
        account_id, contact_id = account.id, contact.id
    start = client.get(f"/interviews/new?account_id={account_id}&outcome=loss")
    assert start.status_code == 302 and start.headers["Location"].endswith(f"/interviews/new/loss/{account_id}")
    page = client.get(f"/interviews/new/loss/{account_id}").get_data(as_text=True)
    assert "What would we have had to do to win?" in page        # the loss guide's question
    assert "Beta &lt;Bank&gt;" in page
    with app.app_context():
        price = _criterion_id("Price / value")
        data = _form(app, contact_id=str(contact_id), competitors="Pipedrive; hubspot", chosen_competitor="Pipedrive",
                     confirm_new_competitors="y", **{f"ours-{price}": "2", f"theirs-{price}": "5"},
                     secondary_1=str(_reason_id("Support: Slow or poor support")),
                     rep_reason=str(_reason_id("Product gaps: Missing feature")),
                     transcript="Sam: Why did you go with them?\nAna Lopez: Price. They were 30% cheaper.",
                     arr_at_stake="30000", deal_id="OPP-7")
    saved = client.post(f"/interviews/new/loss/{account_id}", data=data)
    assert saved.status_code == 302, saved.get_data(as_text=True)
    with app.app_context():
        interview = db.session.scalar(select(Interview))
        assert interview.outcome == "loss" and interview.contact_id == contact_id
        assert interview.answers["why"] == {"question": "Why did you choose another option (or none)?",
                                            "answer": "They were <b>cheaper</b>."}
        assert interview.chosen_competitor.name == "Pipedrive"
        assert sorted(c.name for c in interview.competitors) == ["Pipedrive", "hubspot"]
        assert [(r.criterion.name, r.ours, r.theirs) for r in interview.ratings] == [("Price / value", 2, 5)]
        assert interview.turns == [{"speaker": "Sam", "text": "Why did you go with them?"},
                                   {"speaker": "Ana Lopez", "text": "Price. They were 30% cheaper."}]
        interview_id = interview.id
    detail = client.get(f"/interviews/{interview_id}").get_data(as_text=True)
    assert "They were &lt;b&gt;cheaper&lt;/b&gt;." in detail and "<b>cheaper" not in detail
    assert "differs from the buyer" in detail
    # marking a sentence as a quote keeps its speaker; marking it twice keeps one
    client.post(f"/interviews/{interview_id}/quotes", data={"sentence": ["1-1", "9-9", "x"]})
    client.post(f"/interviews/{interview_id}/quotes", data={"sentence": "1-1"})
    with app.app_context():
        quotes = db.session.get(Interview, interview_id).quotes
        assert [(q.speaker, q.text) for q in quotes] == [("Ana Lopez", "They were 30% cheaper.")]
    wlc = client.get("/interviews/wlc").get_data(as_text=True)
    assert "They were 30% cheaper." in wlc and "Price / value: Too expensive" in wlc


def _errors(page):
    return re.findall(r'<small class="error">([^<]+)</small>', page)


def test_the_form_refuses_bad_ratings_a_chosen_competitor_on_a_win_and_an_unknown_reason(app, login):
    client = login("interviewer")
    with app.app_context():
        account_id = add_account("A-1", "Acme", 10_000).id
        client.get("/interviews/new")  # seeds the lists
        fit = _criterion_id("Product fit")
    bad = client.post(f"/interviews/new/win/{account_id}", data=_form(
        app, **{f"ours-{fit}": "6", f"theirs-{fit}": "3"}, chosen_competitor="Pipedrive", primary_reason="999999",
        secondary_2="abc"))
    page = bad.get_data(as_text=True)
    assert bad.status_code == 200
    errors = _errors(page)
    assert "Rate Product fit from 1 to 5." in errors
    assert any(e.startswith("A win has no chosen competitor: the buyer chose us.") for e in errors)
    assert errors.count("Choose a reason from the list: that one is not in the reason codes.") == 2  # 999999, abc
    assert not [e for e in errors if "coerce" in e]
    assert "The interview was not saved" in page
    for value in ("0", "1.5", "٣", "-1"):
        again = client.post(f"/interviews/new/loss/{account_id}", data=_form(app, **{f"ours-{fit}": value}))
        assert "Rate Product fit from 1 to 5." in _errors(again.get_data(as_text=True)), value
    with app.app_context():
        assert db.session.scalar(select(func.count(Interview.id))) == 0


def test_a_new_competitor_needs_a_confirmation_and_is_never_duplicated_by_case_or_spacing(app, login):
    client = login("interviewer")
    with app.app_context():
        account_id = add_account("A-1", "Acme", 10_000).id
        db.session.add(Competitor(name="Pipedrive", key="pipedrive"))
        db.session.commit()
    first = client.post(f"/interviews/new/loss/{account_id}", data=_form(app, competitors="  PIPEDRIVE ; Close.io",
                                                                         chosen_competitor="close.io"))
    page = re.sub(r"<[^>]+>", "", first.get_data(as_text=True))
    assert first.status_code == 200
    assert "“Close.io” is not in the competitor list yet" in page   # once, as first typed; PIPEDRIVE is known
    with app.app_context():
        assert db.session.scalar(select(func.count(Competitor.id))) == 1
    confirmed = client.post(f"/interviews/new/loss/{account_id}", data=_form(
        app, competitors="  PIPEDRIVE ; Close.io", chosen_competitor="close.io", confirm_new_competitors="y"))
    assert confirmed.status_code == 302
    with app.app_context():
        assert sorted(db.session.scalars(select(Competitor.name))) == ["Close.io", "Pipedrive"]
        assert db.session.scalar(select(Interview)).chosen_competitor.name == "Close.io"


@pytest.mark.parametrize("name, data, message", [
    ("call.pdf", b"%PDF-1.4", "upload a .txt, .md or .vtt file"),
    ("call.txt", b"\xff\xfeA\x00", "is not UTF-8 text"),
    ("call.vtt", b"Ana: hello", "must start with WEBVTT"),
])
def test_a_bad_transcript_upload_is_refused_with_a_message_and_nothing_saved(app, login, name, data, message):
    client = login("interviewer")
    with app.app_context():
        account_id = add_account("A-1", "Acme", 10_000).id
    response = client.post(f"/interviews/new/churn/{account_id}", data=_form(app, transcript_file=(io.BytesIO(data), name)),
                           content_type="multipart/form-data")
    assert response.status_code == 200
    assert any(message in error for error in _errors(response.get_data(as_text=True)))
    with app.app_context():
        assert db.session.scalar(select(func.count(Interview.id))) == 0


def test_a_vtt_upload_becomes_turns(app, login):
    client = login("interviewer")
    with app.app_context():
        account_id = add_account("A-1", "Acme", 10_000).id
    vtt = b"WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Lopez>We left for Pipedrive.</v>\n"
    response = client.post(f"/interviews/new/churn/{account_id}", data=_form(
        app, transcript="ignored when a file comes", transcript_file=(io.BytesIO(vtt), "call.vtt")),
        content_type="multipart/form-data")
    assert response.status_code == 302
    with app.app_context():
        interview = db.session.scalar(select(Interview))
        assert interview.turns == [{"speaker": "Ana Lopez", "text": "We left for Pipedrive."}]
        assert interview.transcript == "Ana Lopez: We left for Pipedrive."
        assert interview.arr_at_stake is None


def test_the_wlc_page_shows_n_and_the_interval_and_filters(app, login):
    client = login("product")
    _import_fixture(app)
    page = client.get("/interviews/wlc").get_data(as_text=True)
    assert "50.0%" in page and "n = 4 deals" in page and "95% 15–85%" in page
    assert "66.7%" in page and "1 no-decision loss left out" in page
    assert "low n: 3 deals, too few to conclude" in page      # Pipedrive
    assert "Too few to conclude:" in page                       # both tiers have fewer than 5 interviews
    tier2 = client.get("/interviews/wlc?tier=2").get_data(as_text=True)
    assert "Account 1" not in tier2 and "Account 4" in tier2
    with app.app_context():
        hubspot = db.session.scalar(select(Competitor.id).where(Competitor.name == "HubSpot"))
    only = client.get(f"/interviews/wlc?competitor={hubspot}").get_data(as_text=True)
    assert re.search(r'<span class="stat-label">Interviews</span><span class="stat-value">3</span>', only)
    q4 = client.get("/interviews/wlc?quarter=2026-Q4").get_data(as_text=True)
    assert re.search(r'<span class="stat-label">Interviews</span><span class="stat-value">2</span>', q4)
    assert client.get("/interviews/wlc?quarter=nonsense&tier=9").status_code == 200
    for bad in ("interviewer=x", "competitor=99999999999"):  # whole-number arguments are named, not ignored
        assert client.get(f"/interviews/wlc?{bad}").status_code == 400


def test_the_web_import_lists_problems_and_imports_a_good_file(app, login):
    client = login("interviewer")
    with app.app_context():
        add_fixture_accounts()
    bad = client.post("/interviews/import", data={"file": (io.BytesIO(b"account_external_id,date,outcome\nA1,2026-01-01,won\n"), "i.csv")},
                      content_type="multipart/form-data").get_data(as_text=True)
    assert "Nothing was imported: 1 problem" in bad and "must be one of win, loss, churn, downgrade" in bad
    good = client.post("/interviews/import", data={"file": (io.BytesIO(FIXTURE_CSV.encode()), "i.csv")},
                       content_type="multipart/form-data", follow_redirects=True).get_data(as_text=True)
    assert "Imported interviews: 7 created, 0 updated." in good
    wrong_type = client.post("/interviews/import", data={"file": (io.BytesIO(b"%PDF-1.7"), "i.pdf")},
                             content_type="multipart/form-data").get_data(as_text=True)
    assert "A .csv file, please." in wrong_type
    assert "Choose a CSV file." in client.post("/interviews/import", data={}).get_data(as_text=True)


def test_the_import_template_is_written_with_this_installs_lists_and_imports_as_it_is(app, login):
    client = login("interviewer")
    with app.app_context():
        account = add_account("CRM-7", "Acme", 90_000)
        add_contact(account, "ana@acme.example", "Ana")
        db.session.add_all([Competitor(name="Quayside", key="quayside"), Competitor(name="Tallyport", key="tallyport")])
        db.session.commit()
    assert 'href="/interviews/import/template.csv"' in client.get("/interviews/import").get_data(as_text=True)
    template = client.get("/interviews/import/template.csv")
    assert template.mimetype == "text/csv"
    header, row = template.get_data(as_text=True).splitlines()
    assert header == ",".join((*INTERVIEW_REQUIRED, *INTERVIEW_OPTIONAL))
    assert row.startswith("CRM-7,") and "ana@acme.example" in row and "Quayside;Tallyport" in row
    imported = client.post("/interviews/import", data={"file": (io.BytesIO(template.data), "template.csv")},
                           content_type="multipart/form-data", follow_redirects=True).get_data(as_text=True)
    assert "Imported interviews: 1 created, 0 updated." in imported
    with app.app_context():
        interview = db.session.scalar(select(Interview))
        assert (interview.outcome, interview.chosen_competitor.name, interview.primary_reason.direction) == \
            ("loss", "Quayside", "loss")


def test_the_account_page_lists_its_interviews_and_the_overview_shows_the_win_rate(app, login):
    client = login("csm")
    _import_fixture(app)
    with app.app_context():
        account_id = db.session.scalar(select(Interview.account_id).where(Interview.deal_id == "D1"))
    page = client.get(f"/accounts/{account_id}").get_data(as_text=True)
    assert "Interviews <span class=\"count\">2</span>" in page
    assert "Ease of use: Easy to use" in page
    home = client.get("/").get_data(as_text=True)
    assert "Win rate" in home and "50.0%" in home
    assert "Product gaps: Missing feature" in home   # churned ARR by reason


def test_admins_edit_guides_reasons_competitors_and_criteria(app, login):
    client = login("admin")
    client.get("/interviews/settings")
    page = client.get("/interviews/settings/guides/loss").get_data(as_text=True)
    assert "# Why this outcome" in page
    text = "# Opening\nWhat is your role, and how were you involved in this decision?\nWhat surprised you?\n"
    assert client.post("/interviews/settings/guides/loss", data={"text": text}).status_code == 302
    with app.app_context():
        from vocapp.models import InterviewGuide
        guide = db.session.scalar(select(InterviewGuide).where(InterviewGuide.outcome == "loss"))
        assert guide.sections == [{"title": "Opening", "questions": [
            {"id": "background_role", "text": "What is your role, and how were you involved in this decision?"},
            {"id": "q1", "text": "What surprised you?"}]}]
    client.post("/interviews/settings/reasons", data={"category": "Security", "name": "No SSO", "direction": "loss"})
    client.post("/interviews/settings/reasons", data={"category": " security", "name": "no  sso", "direction": "win"})
    client.post("/interviews/settings/competitors", data={"name": "Close.io"})
    client.post("/interviews/settings/competitors", data={"name": " close.IO "})
    with app.app_context():
        assert [r.label for r in db.session.scalars(select(Reason)) if r.category.name == "Security"] == ["Security: No SSO"]
        assert list(db.session.scalars(select(Competitor.name))) == ["Close.io"]


def test_churned_and_lost_accounts_not_interviewed_wait_on_the_list_with_their_decision_makers(app, login):
    client = login("interviewer")
    with app.app_context():
        gone = add_account("C-1", "Gone Co", 80_000, status="churned")
        add_contact(gone, "dee@gone.example", "Dee Cider", decision_maker=True)
        add_contact(gone, "ann@gone.example", "Ann Other")
        heard = add_account("C-2", "Heard Co", 120_000, status="churned")
        add_account("L-1", "Lost Deal Co", 0, status="lost")
        add_account("A-1", "Still Here", 50_000)
        ensure_defaults()
        db.session.add(Interview(account=heard, outcome="churn", interviewed_on=date(2026, 11, 1), notes="",
                                 transcript="", turns=[], answers={}, next_steps=""))
        db.session.commit()
        gone_id = gone.id
    page = client.get("/interviews/").get_data(as_text=True)
    card = page[page.index('id="not-interviewed"'):page.index('class="filters card"')]
    assert "Not interviewed yet <span class=\"count\">2</span>" in card
    assert card.index("Gone Co") < card.index("Lost Deal Co")  # the most ARR first
    assert "Heard Co" not in card and "Still Here" not in card
    assert "Decided by Dee Cider" in card and "Ann Other" not in card
    assert "No decision maker on record" in card
    assert f'href="/interviews/new/churn/{gone_id}"' in card and "Record the loss interview" in card
    assert 'id="not-interviewed"' not in client.get("/interviews/?outcome=churn").get_data(as_text=True)
    home = client.get("/").get_data(as_text=True)
    assert '<a href="/interviews/#not-interviewed">2 churned or lost accounts not interviewed yet</a>' in home


def test_a_csm_sees_who_is_not_interviewed_without_the_record_buttons(app, login):
    client = login("csm")
    with app.app_context():
        add_account("C-1", "Gone Co", 80_000, status="churned")
    page = client.get("/interviews/").get_data(as_text=True)
    assert "Not interviewed yet" in page and "Gone Co" in page
    assert "Record the churn interview" not in page
