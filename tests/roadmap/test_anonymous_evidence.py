"""An answer to an anonymous survey, from an account with fewer than three contacts invited, names no account on
the roadmap pages that quote it: the item's evidence, the triage list and the analysed text; and the account's
page neither quotes it, nor counts its score in the account's NPS or persona, nor lists what it asked for
(vocapp.anonymity). A named answer beside it still shows its account; an anonymous answer that may be shown with
its account reads as "An anonymous answer", without its number."""
from datetime import datetime

from sqlalchemy import select

from helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer
from vocapp.models import Account, FeedbackMention, Invitation, Response, Survey, TextAnalysis
from vocapp.queries.personas import account_persona, at_risk_accounts

SECRET = "Honestly we need a Jira integration, it is the one thing missing."
NAMED = "Please add a Jira integration so tickets sync both ways."


def _answers(app) -> tuple[int, int, int]:
    """(the Jira item, the anonymous answer's analysis, its mention)."""
    with app.app_context():
        hush = add_account("A-1", "Hush Ltd", 75_000)
        open_co = add_account("A-2", "Open Co", 20_000)
        quinn = add_contact(hush, "q@hush.example", "Quinn Hale")
        olga = add_contact(open_co, "o@open.example", "Olga Berg")
        secret = Survey(kind="nps", name="Anonymous pulse", status="open", anonymous=True)
        named = Survey(kind="nps", name="Q3", status="open")
        db.session.add(Invitation(survey=secret, contact=quinn, account=hush, token_hash="y" * 64,
                                  expires_at=datetime(2027, 1, 1)))
        db.session.add_all([Response(survey=secret, account=hush, score=5, comment=SECRET),
                            Response(survey=named, account=open_co, contact=olga, score=6, comment=NAMED)])
        db.session.commit()
        analyse(texts(), current_analyzer())
        mention = db.session.scalar(select(FeedbackMention).where(FeedbackMention.quote.contains("one thing")))
        other = db.session.scalar(select(FeedbackMention).where(FeedbackMention.quote.contains("both ways")))
        assert mention is not None and other is not None and mention.item_id == other.item_id
        mention.review = "pending"  # as a link the analysis doubts
        db.session.commit()
        analysis = db.session.scalar(select(TextAnalysis).where(TextAnalysis.source_id == mention.source_id,
                                                                TextAnalysis.source_type == "response"))
        return mention.item_id, analysis.id, mention.id


def test_an_anonymous_answer_names_no_account_where_the_roadmap_quotes_it(login, app):
    item_id, analysis_id, mention_id = _answers(app)
    client = login("product")
    evidence = client.get(f"/insights/feedback/{item_id}").get_data(as_text=True)
    quoted = evidence.split("one thing missing")[1].split("</li>")[0]
    assert "Hush Ltd" not in quoted and "An account with fewer than 3 invited contacts" in quoted
    assert "Open Co" in evidence.split("both ways")[1].split("</li>")[0], "a named answer keeps its account"
    triage = client.get("/insights/feedback/triage").get_data(as_text=True)
    card = triage.split(f'id="link-{mention_id}"')[1].split("</li>")[0]
    assert "one thing missing" in card and "Hush Ltd" not in card
    assert "An account with fewer than 3 invited contacts" in card
    text = client.get(f"/insights/texts/{analysis_id}").get_data(as_text=True)
    assert "one thing missing" in text and "Hush Ltd" not in text


def test_the_account_page_neither_quotes_nor_scores_nor_lists_the_asks_of_its_hidden_anonymous_answer(login, app):
    _answers(app)
    client = login("csm")
    with app.app_context():
        hush, open_co = (db.session.scalar(select(Account.id).where(Account.name == name))
                         for name in ("Hush Ltd", "Open Co"))
    hidden = client.get(f"/accounts/{hush}").get_data(as_text=True)
    assert "Honestly we need a Jira" not in hidden and "Their product requests" not in hidden
    assert "No comments in the last" in hidden
    assert "Last 12 months: <span class=\"muted\">no answers</span>" in " ".join(hidden.split()), \
        "its NPS would be the one invited person's score"
    named = client.get(f"/accounts/{open_co}").get_data(as_text=True)
    assert "Please add a Jira integration" in named and "Their product requests" in named
    assert "n=1" in named


def _anonymous_detractor(app, invited: int) -> int:
    """An account whose one anonymous answer, a 2 and "no longer needed", is its only evidence; `invited` of its
    contacts were invited to that survey."""
    with app.app_context():
        account = add_account("A-9", "Quiet GmbH", 90_000)
        survey = Survey(kind="nps", name="Anonymous pulse", status="open", anonymous=True)
        for n in range(invited):
            contact = add_contact(account, f"p{n}@quiet.example", f"Person {n}")
            db.session.add(Invitation(survey=survey, contact=contact, account=account, token_hash=f"{n}" * 64,
                                      expires_at=datetime(2027, 1, 1)))
        db.session.add(Response(survey=survey, account=account, score=2, key_question="no_longer_needed",
                                submitted_at=datetime.now().replace(hour=0, minute=0, second=0, microsecond=0)))
        db.session.commit()
        return account.id


def test_a_hidden_anonymous_answer_neither_places_the_account_nor_puts_its_arr_at_risk(login, app):
    account_id = _anonymous_detractor(app, invited=1)
    with app.app_context():
        assert account_persona(account_id).persona == "unknown", "the persona would show the one person's answer"
        assert at_risk_accounts([account_id]) == set()
    page = login("csm").get(f"/accounts/{account_id}").get_data(as_text=True)
    assert "anonymous answer" not in page.lower() and "not enough evidence" in page


def test_an_anonymous_answer_that_may_be_shown_places_the_account_without_its_number(login, app):
    account_id = _anonymous_detractor(app, invited=3)
    with app.app_context():
        placement = account_persona(account_id)
        response_id = db.session.scalar(select(Response.id))
        assert placement.persona == "no_longer_needed" and at_risk_accounts([account_id]) == {account_id}
    page = login("csm").get(f"/accounts/{account_id}").get_data(as_text=True)
    assert "An anonymous answer: No longer needed on" in page
    assert f"anonymous answer {response_id}" not in page.lower()


def test_the_items_evidence_file_lists_its_quotes_and_names_no_hidden_account(login, app):
    import csv
    import io

    item_id, _analysis_id, _mention_id = _answers(app)
    client = login("product")
    with app.app_context():
        from vocapp.models import FeedbackItem
        db.session.add(FeedbackMention(item_id=item_id, account_id=db.session.scalar(
            select(Account.id).where(Account.name == "Open Co")), source_type="note", quote="=Jira or bust",
            origin="staff", rule="added by staff", review="confirmed"))
        db.session.commit()
        title = db.session.get(FeedbackItem, item_id).title
    page = client.get(f"/insights/feedback/{item_id}").get_data(as_text=True)
    assert f'href="/insights/feedback/{item_id}/evidence.csv"' in page
    response = client.get(f"/insights/feedback/{item_id}/evidence.csv")
    assert response.mimetype == "text/csv" and f"roadmap-item-{item_id}-evidence" in response.headers["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(response.get_data(as_text=True))))
    by_quote = {row["quote"]: row for row in rows}
    assert len(rows) == 3, title
    hidden = next(row for quote, row in by_quote.items() if "one thing missing" in quote)
    assert (hidden["account"], hidden["account_external_id"], hidden["arr"]) == (
        "an account with fewer than 3 invited contacts", "", "")
    assert hidden["source"] == "Survey answer" and hidden["review"] == "waiting for review"
    named = next(row for quote, row in by_quote.items() if "both ways" in quote)
    assert (named["account"], named["account_external_id"], named["arr"], named["account_status"]) == (
        "Open Co", "A-2", "20000", "Active")
    assert named["how_linked"].startswith("asked with “") or named["how_linked"] == "found by the analysis"
    note = by_quote["'=Jira or bust"]  # inert in a spreadsheet
    assert (note["source"], note["how_linked"], note["review"]) == ("Staff note", "added by staff", "confirmed")
    assert "Hush Ltd" not in response.get_data(as_text=True)
