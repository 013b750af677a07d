"""Personas: `voc personas --json` prints one JSON document, and the CSM's "why" is part of the evidence, in
words people read (persona names, not stored values)."""
import json
import re
from datetime import datetime

from helpers import add_account, add_contact
from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.models import CsmView, Response, Survey


def test_voc_personas_json_is_one_document_with_every_account_and_the_totals(runner, ctx):
    add_account("A-1", "Gone", 1_000, status="churned")
    kept = add_account("A-2", "Kept", 5_000)
    db.session.add(Response(survey=Survey(kind="nps", name="Q", status="open"), account=kept, score=10,
                            contact=add_contact(kept), submitted_at=datetime.utcnow()))
    db.session.commit()
    result = runner.invoke(voc, ["personas", "--json"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.output)  # the whole output parses as one document
    assert {row["account"]: row["persona"] for row in document["accounts"]} == \
        {"Gone": "no_longer_needed", "Kept": "essential"}
    assert document["personas"]["essential"] == {"accounts": 1, "arr": 5_000}
    assert document["personas"]["no_longer_needed"] == {"accounts": 1, "arr": 1_000}
    assert document["personas"]["unknown"]["accounts"] == 0


def test_the_csms_why_shows_in_the_evidence_on_the_pages(login, app):
    with app.app_context():
        account_id = add_account("A-1", "Acme", 50_000).id
    client = login("csm")
    client.post(f"/insights/accounts/{account_id}/view",
                data={"answer": "nice_to_have", "note": "Only the <i>sales ops</i> team logs in"})
    for path in (f"/accounts/{account_id}", "/insights/personas"):
        page = client.get(path).get_data(as_text=True)
        assert "Only the &lt;i&gt;sales ops&lt;/i&gt; team logs in" in page, path
        text = re.sub(r"<[^>]+>", " ", page)  # what a person reads
        assert "nice_to_have" not in text and "key_question" not in text, path
        assert "Nice to have" in text, path


def test_the_csms_why_is_in_the_json_evidence(runner, ctx):
    account = add_account("A-1", "Acme", 50_000)
    db.session.add(CsmView(account_id=account.id, answer="essential", note="Exec sponsor renewed for 3 years"))
    db.session.commit()
    [row] = json.loads(runner.invoke(voc, ["personas", "--json"]).output)["accounts"]
    assert row["persona"] == "essential"
    assert any("Essential" in reason and "Exec sponsor renewed for 3 years" in reason for reason in row["reasons"])


def test_a_contact_without_a_name_is_named_by_their_e_mail_in_the_evidence(ctx):
    from vocapp.queries.personas import account_persona

    account = add_account("A-3", "Plain", 2_000)
    nameless = add_contact(account, "ops@plain.example", "")
    db.session.add(Response(survey=Survey(kind="nps", name="Q", status="open"), account=account, score=4,
                            contact=nameless, submitted_at=datetime.utcnow()))
    db.session.commit()
    reasons = account_persona(account.id).reasons
    assert any(reason.startswith("ops@plain.example: NPS 4 (detractor)") for reason in reasons), reasons
    assert not any(re.search(r"contact \d", reason) for reason in reasons), "no stored number for a person"


def _customers_and_former_accounts():
    """One active customer (essential), one churned (no longer needed by churn), one lost deal and one prospect."""
    survey = Survey(kind="nps", name="Q", status="open")
    kept = add_account("A-1", "Kept", 5_000)
    db.session.add(Response(survey=survey, account=kept, score=10, contact=add_contact(kept),
                            submitted_at=datetime.utcnow()))
    add_account("A-2", "Gone", 1_000, status="churned")
    add_account("A-3", "Never won", 0, status="lost")
    add_account("A-4", "Maybe", 7_000, status="prospect")
    db.session.commit()


def test_the_persona_shares_are_of_active_customers_and_the_json_keeps_every_account(runner, ctx):
    _customers_and_former_accounts()
    result = runner.invoke(voc, ["personas", "--json"])
    document = json.loads(result.output)
    assert document["personas"]["no_longer_needed"] == {"accounts": 2, "arr": 1_000}  # churned and lost
    assert document["personas"]["unknown"] == {"accounts": 1, "arr": 7_000}  # the prospect
    assert document["customers"] == {"essential": {"accounts": 1, "arr": 5_000},
                                     "nice_to_have": {"accounts": 0, "arr": 0},
                                     "no_longer_needed": {"accounts": 0, "arr": 0},
                                     "unknown": {"accounts": 0, "arr": 0}}
    text = runner.invoke(voc, ["personas"]).output
    assert "Gone (churned)" in text and "Never won (lost)" in text
    assert re.search(r"Essential\s+1 accounts \(100%\), ARR 5,000", text)
    assert "(and 3 churned, lost or prospect accounts, placed above)" in text


def test_the_personas_page_and_the_overview_show_the_active_customers_beside_the_active_arr(login, app):
    with app.app_context():
        _customers_and_former_accounts()
    client = login("csm")
    page = client.get("/insights/personas").get_data(as_text=True)
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert "No longer needed 0 $0 ARR" in text and "Essential 1 $5,000 ARR" in text
    assert "3 churned, lost or prospect accounts are placed too" in text
    # the groups' profiles describe every placed account, and say how many are no longer customers
    assert "No longer needed 2 accounts, 2 not active" in text
    assert "Gone Churned" in text  # the list marks an account that is no customer
    home = " ".join(re.sub(r"<[^>]+>", " ", client.get("/").get_data(as_text=True)).split())
    assert "Active customers' ARR by persona" in home.replace("&#39;", "'").replace("&#x27;", "'")
    assert "$5k · 1 account · 100%" in home
    assert "4 in all · 1 churned · 1 lost · 1 prospect" in home, home[home.find("Active accounts"):][:200]
