"""The WLC maths on a hand-computed fixture: two respondents of one deal, a no-decision loss, a churn, a
downgrade, competitors with fewer than 10 deals."""
from datetime import date

import pytest

from analysis.wlc import InterviewFacts, Quote, Rating, ReasonCode, deals, summarise, wilson

EASY = ReasonCode("Ease of use", "Easy to use", "win")
SUPPORT = ReasonCode("Support", "Great support", "win")
VALUE = ReasonCode("Price / value", "Better value", "win")
EXPENSIVE = ReasonCode("Price / value", "Too expensive")
MISSING = ReasonCode("Product gaps", "Missing feature")
STATUS_QUO = ReasonCode("No decision", "Status quo")


def fixture() -> list[InterviewFacts]:
    return [
        InterviewFacts(1, "A1", "win", date(2026, 7, 10), deal_id="D1", arr=50_000, competitors=("Pipedrive", "HubSpot"),
                       primary=EASY, rep_reason=VALUE, key_question="essential", decision_maker=True,
                       decided_on=date(2026, 7, 1), quotes=(Quote("Ana", "Setup took an afternoon."),),
                       ratings=(Rating("Ease of use", 5), Rating("Price", 3))),
        InterviewFacts(2, "A1", "win", date(2026, 7, 12), deal_id="D1", arr=45_000, competitors=("Pipedrive",),
                       primary=SUPPORT, key_question="nice_to_have", decided_on=date(2026, 7, 1)),
        InterviewFacts(3, "A2", "loss", date(2026, 8, 3), arr=30_000, competitors=("Pipedrive",), chosen="Pipedrive",
                       primary=EXPENSIVE, rep_reason=MISSING, decision_maker=True, decided_on=date(2026, 7, 20),
                       ratings=(Rating("Price", 2, 4), Rating("Ease of use", 4, 3))),
        InterviewFacts(4, "A3", "loss", date(2026, 8, 9), arr=20_000, competitors=("HubSpot",), primary=STATUS_QUO,
                       rep_reason=STATUS_QUO),
        InterviewFacts(5, "A4", "churn", date(2026, 9, 1), arr=40_000, primary=MISSING, key_question="no_longer_needed",
                       decision_maker=True, decided_on=date(2026, 6, 1)),
        InterviewFacts(6, "A5", "downgrade", date(2026, 10, 2), arr=10_000, primary=EXPENSIVE,
                       key_question="nice_to_have"),
        InterviewFacts(7, "A6", "win", date(2026, 10, 5), arr=25_000, competitors=("Pipedrive",), primary=EASY),
    ]


def test_two_respondents_of_one_deal_count_once():
    found = {deal.key: deal for deal in deals(fixture())}
    assert len(found) == 6
    d1 = found["deal D1"]
    assert len(d1.interviews) == 2
    assert d1.arr == 50_000          # the largest ARR at stake a respondent gave, once
    assert d1.primary == EASY        # the decision maker's reason, not the second respondent's


def test_the_contract_figures():
    summary = summarise(fixture())
    assert summary["interviews"] == 7
    assert summary["deals"] == 6
    assert summary["by_outcome"] == {
        "win": {"deals": 2, "interviews": 3, "arr": 75_000},
        "loss": {"deals": 2, "interviews": 2, "arr": 50_000},
        "churn": {"deals": 1, "interviews": 1, "arr": 40_000},
        "downgrade": {"deals": 1, "interviews": 1, "arr": 10_000},
    }
    assert summary["win_rate_overall"] == 50.0        # 2 won / (2 won + 2 lost)
    assert summary["win_rate_competitive"] == 66.7    # the no-decision loss left out: 2 / 3
    assert summary["win_rate_by_competitor"] == {
        # present in D1 (won), A2 (lost, chosen) and A6 (won)
        "Pipedrive": {"wins": 2, "losses": 1, "rate": 66.7, "ci_low": 20.8, "ci_high": 93.9, "low_n": True},
        # present in D1 (won) and A3, a no-decision loss that says nothing about HubSpot
        "HubSpot": {"wins": 1, "losses": 0, "rate": 100.0, "ci_low": 20.7, "ci_high": 100.0, "low_n": True},
    }
    assert summary["top_loss_reasons_by_arr"] == [
        {"reason": "Price / value: Too expensive", "arr": 40_000, "deals": 2},   # A2 loss 30k + A5 downgrade 10k
        {"reason": "Product gaps: Missing feature", "arr": 40_000, "deals": 1},  # A4 churn
        {"reason": "No decision: Status quo", "arr": 20_000, "deals": 1},
    ]
    assert summary["top_win_reasons_by_count"] == [{"reason": "Ease of use: Easy to use", "deals": 2}]
    assert summary["churned_arr_by_reason"] == {"Product gaps: Missing feature": 40_000}
    assert summary["key_question_counts"] == {"essential": 1, "nice_to_have": 2, "no_longer_needed": 1}


def test_the_page_figures():
    summary = summarise(fixture(), closed={"churn": 4})
    assert summary["win_rate_detail"]["no_decision_losses"] == 1
    assert summary["downgraded_arr_by_reason"] == {"Price / value: Too expensive": 10_000}
    gap = summary["rep_gap"]
    assert (gap["compared"], gap["differs"], gap["share"]) == (3, 2, 66.7)   # D1 and A2 differ, A3 agrees
    assert gap["by_category"]["No decision"] == {"compared": 1, "differs": 0, "share": 0.0, "other_category": 0}
    criteria = {row["criterion"]: row for row in summary["criteria"]}
    assert criteria["Price"]["ours_win"] == 3 and criteria["Price"]["ours_loss"] == 2
    assert criteria["Price"]["theirs_loss"] == 4 and criteria["Price"]["theirs_loss_n"] == 1
    assert criteria["Ease of use"]["ours_win"] == 5 and criteria["Ease of use"]["theirs_loss"] == 3
    win_drivers = summary["drivers"]["win"]["by_count"]
    assert win_drivers[0]["reason"] == "Ease of use: Easy to use"
    assert [q["text"] for q in win_drivers[0]["quotes"]] == ["Setup took an afternoon."]
    assert [row["reason"] for row in summary["drivers"]["loss"]["by_arr"]][0] == "Price / value: Too expensive"
    accounts = [(row["account"], row["answer"]) for row in summary["key_question_accounts"]]
    assert accounts == [("A4", "no_longer_needed"), ("A1", "nice_to_have"), ("A5", "nice_to_have")]
    card = summary["scorecard"]
    assert card["by_outcome"]["churn"] == {"interviews": 1, "deals": 1, "closed": 4}
    assert card["decision_maker_share"] == 42.9          # 3 of 7
    assert card["days_to_interview_median"] == 12.5      # 9, 11, 14, 92: between 11 and 14
    assert card["within_30_days"] == 75.0
    assert [row["quarter"] for row in summary["by_quarter"]] == ["2026-Q3", "2026-Q4"]
    q3 = summary["by_quarter"][0]
    assert (q3["deals"], q3["win_rate_overall"], q3["win_rate_competitive"]) == (4, 33.3, 50.0)


def test_no_deals_gives_no_rate_rather_than_zero():
    summary = summarise([])
    assert summary["win_rate_overall"] is None and summary["win_rate_competitive"] is None
    assert summary["win_rate_by_competitor"] == {}
    assert summary["by_outcome"]["win"] == {"deals": 0, "interviews": 0, "arr": 0}


@pytest.mark.parametrize("wins, n, low, high", [(0, 10, 0.0, 27.8), (5, 10, 23.7, 76.3), (45, 50, 78.6, 95.7)])
def test_wilson_interval(wins, n, low, high):
    assert wilson(wins, n) == (low, high)


def test_a_loss_reason_in_another_casing_of_no_decision_is_still_no_decision():
    loss = InterviewFacts(1, "A", "loss", date(2026, 1, 5), primary=ReasonCode("No  Decision", "Priorities changed"))
    win = InterviewFacts(2, "B", "win", date(2026, 1, 6))
    summary = summarise([loss, win])
    assert (summary["win_rate_overall"], summary["win_rate_competitive"]) == (50.0, 100.0)
