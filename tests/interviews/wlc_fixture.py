"""The hand-computed WLC fixture as a CSV file and the accounts and contacts it needs (see
test_interviews_wlc_maths.py for the same figures on plain data)."""
from helpers import add_account, add_contact

FIXTURE_CSV = """account_external_id,date,outcome,deal_id,contact_email,arr_at_stake,competitors,chosen_competitor,primary_reason,secondary_reasons,key_question,rep_reason,notes
A1,2026-07-10,win,D1,ana@a1.example,50000,Pipedrive;HubSpot,,Ease of use: Easy to use,Support: Great support,essential,Price / value: Better value,Setup took an afternoon.
A1,2026-07-12,win,D1,bob@a1.example,45000,pipedrive,,Support: Great support,,nice_to_have,,
A2,2026-08-03,loss,,cy@a2.example,30000,Pipedrive,  PIPEDRIVE ,Price / value: Too expensive,,,Product gaps: Missing feature,They were 30% cheaper.
A3,2026-08-09,loss,,,20000,HubSpot,,No decision: Status quo,,,No decision: Status quo,
A4,2026-09-01,churn,,dee@a4.example,40000,,,Product gaps: Missing feature,,no_longer_needed,,We need a Jira integration.
A5,2026-10-02,downgrade,,,10000,,,Price / value: Too expensive,,nice_to_have,,
A6,2026-10-05,win,,,25000,Pipedrive,,Ease of use: Easy to use,,,,
"""

# the contract keys, hand-computed (see the maths test for the reasoning)
EXPECTED = {
    "interviews": 7,
    "deals": 6,
    "by_outcome": {"win": {"deals": 2, "interviews": 3, "arr": 75000}, "loss": {"deals": 2, "interviews": 2, "arr": 50000},
                   "churn": {"deals": 1, "interviews": 1, "arr": 40000},
                   "downgrade": {"deals": 1, "interviews": 1, "arr": 10000}},
    "win_rate_overall": 50.0,
    "win_rate_competitive": 66.7,
    "win_rate_by_competitor": {
        "Pipedrive": {"wins": 2, "losses": 1, "rate": 66.7, "ci_low": 20.8, "ci_high": 93.9, "low_n": True},
        "HubSpot": {"wins": 1, "losses": 0, "rate": 100.0, "ci_low": 20.7, "ci_high": 100.0, "low_n": True}},
    "top_loss_reasons_by_arr": [{"reason": "Price / value: Too expensive", "arr": 40000, "deals": 2},
                                {"reason": "Product gaps: Missing feature", "arr": 40000, "deals": 1},
                                {"reason": "No decision: Status quo", "arr": 20000, "deals": 1}],
    "top_win_reasons_by_count": [{"reason": "Ease of use: Easy to use", "deals": 2}],
    "churned_arr_by_reason": {"Product gaps: Missing feature": 40000},
    "key_question_counts": {"essential": 1, "nice_to_have": 2, "no_longer_needed": 1},
}


def add_fixture_accounts():
    accounts = {}
    for number, status in ((1, "active"), (2, "lost"), (3, "prospect"), (4, "churned"), (5, "active"), (6, "active")):
        accounts[f"A{number}"] = add_account(f"A{number}", f"Account {number}", 10_000 * number, status=status,
                                             tier=1 if number < 3 else 2)
    add_contact(accounts["A1"], "ana@a1.example", "Ana", decision_maker=True)
    add_contact(accounts["A1"], "bob@a1.example", "Bob")
    add_contact(accounts["A2"], "cy@a2.example", "Cy", decision_maker=True)
    add_contact(accounts["A4"], "dee@a4.example", "Dee", decision_maker=True)
    return accounts


def import_fixture(app, runner, tmp_path) -> None:
    """The fixture's accounts, then its interviews through `voc import interviews` as a user would."""
    with app.app_context():
        add_fixture_accounts()
    source = tmp_path / "interviews.csv"
    source.write_text(FIXTURE_CSV)
    imported = runner.invoke(args=["voc", "import", "interviews", str(source), "--add-reasons"])
    assert imported.exit_code == 0, imported.output
