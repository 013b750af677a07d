"""Impacted revenue: distinct accounts, current ARR, at risk and lost beside it."""
from analysis.ranking import AccountFacts, rank


def test_an_account_asking_five_times_counts_once():
    accounts = {1: AccountFacts(100_000, tier=1), 2: AccountFacts(5_000, tier=3)}
    mentions = [("sso", 1, None)] * 5 + [("sso", 2, None), ("dark", 2, None), ("dark", 2, None)]
    ranked = rank({"sso": "SSO", "dark": "Dark mode"}, mentions, accounts)
    assert [(r.title, r.impacted_arr, r.accounts, r.mentions) for r in ranked] == [
        ("SSO", 105_000, 2, 6), ("Dark mode", 5_000, 1, 2)]
    assert ranked[0].tier_summary == "tier 1: 1, tier 3: 1"


def test_one_voice_asking_twice_for_an_item_is_one_mention_of_it():
    """A comment that asks twice ("Currency. We convert by hand.") is one mention; the same comment asking for two
    items is a mention of each; a mention given without its voice counts itself."""
    accounts = {1: AccountFacts(100_000)}
    mentions = [("fx", 1, None, "response:7"), ("fx", 1, None, "response:7"), ("fx", 1, None, "response:8"),
                ("sso", 1, None, "response:7"), ("sso", 1, None), ("sso", 1, None)]
    ranked = rank({"fx": "Multi-currency", "sso": "SSO"}, mentions, accounts)
    assert {r.title: r.mentions for r in ranked} == {"Multi-currency": 2, "SSO": 3}


def test_the_tier_counts_add_up_to_the_accounts():
    accounts = {1: AccountFacts(10, tier=1), 2: AccountFacts(10), 3: AccountFacts(10, status="churned"),
                4: AccountFacts(10)}
    ranked = rank({"a": "A", "b": "B"}, [("a", 1, None), ("a", 2, None), ("a", 3, None), ("b", 4, None)], accounts)
    assert [(r.accounts, r.tier_summary) for r in ranked] == [(3, "tier 1: 1, no tier: 2"), (1, "—")]


def test_at_risk_and_lost_arr_stand_beside_impacted_arr():
    accounts = {1: AccountFacts(50_000, at_risk=True), 2: AccountFacts(30_000, status="churned"),
                3: AccountFacts(20_000), 4: AccountFacts(999_999, status="prospect")}
    ranked = rank({"x": "X"}, [("x", 1, None), ("x", 2, None), ("x", 3, None), ("x", 4, None)], accounts)
    item = ranked[0]
    assert (item.impacted_arr, item.arr_at_risk, item.arr_lost, item.accounts) == (70_000, 50_000, 30_000, 4)


def test_ties_go_to_more_accounts_then_more_lost_revenue():
    accounts = {1: AccountFacts(10), 2: AccountFacts(5), 3: AccountFacts(5), 4: AccountFacts(7, status="lost")}
    ranked = rank({"a": "A", "b": "B", "c": "C"},
                  [("a", 1, None), ("b", 2, None), ("b", 3, None), ("c", 1, None), ("c", 4, None)], accounts)
    assert [r.title for r in ranked] == ["C", "B", "A"]


def test_items_without_mentions_are_listed_last_with_zero():
    ranked = rank({"a": "A", "b": "B"}, [("a", 1, None)], {1: AccountFacts(1)})
    assert [(r.title, r.impacted_arr) for r in ranked] == [("A", 1), ("B", 0)]
