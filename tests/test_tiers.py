"""Tiers by the Pareto rule on ARR."""
from sqlalchemy import select

from helpers import add_account
from vocapp.extensions import db
from vocapp.models import Account
from vocapp.segments import pareto_tiers, recompute_tiers


def test_accounts_holding_the_first_45_percent_are_tier_1_then_75_percent_tier_2():
    # 10 accounts: ARR 50, 20, 10, 5, 5, 4, 3, 1, 1, 1 (total 100)
    arrs = [50, 20, 10, 5, 5, 4, 3, 1, 1, 1]
    tiers = pareto_tiers(list(enumerate(arrs)), (45, 75))
    assert [tiers[i] for i in range(10)] == [1, 2, 2, 3, 3, 3, 3, 3, 3, 3]


def test_the_account_that_crosses_a_threshold_stays_in_the_upper_tier():
    tiers = pareto_tiers([(1, 40), (2, 40), (3, 20)], (45, 75))
    assert tiers == {1: 1, 2: 1, 3: 3}


def test_thresholds_are_configurable():
    arrs = [(i, 10) for i in range(10)]
    assert sorted(pareto_tiers(arrs, (20, 50)).values()) == [1, 1, 2, 2, 2, 3, 3, 3, 3, 3]


def test_equal_arr_is_ordered_stably_and_zero_total_is_tier_3():
    """Accounts with equal ARR are ranked by id, whatever order they come in: a tier never flips on a reload."""
    expected = {1: 1, 2: 1, 3: 2}  # shares before each: 0%, 33%, 67%
    for order in ([(1, 10), (2, 10), (3, 10)], [(3, 10), (1, 10), (2, 10)], [(2, 10), (3, 10), (1, 10)]):
        assert pareto_tiers(order, (45, 75)) == expected, order
    assert pareto_tiers([(2, 0), (1, 0)], (45, 75)) == {1: 3, 2: 3}
    assert pareto_tiers([], (45, 75)) == {}


def test_tiers_are_recomputed_when_arr_changes_on_the_web(login, app):
    with app.app_context():
        big = add_account("A-1", "Big", 900)
        small = add_account("A-2", "Small", 100)
        recompute_tiers((45, 75))
        db.session.commit()
        assert (big.tier, small.tier) == (1, 3)
        small_id = small.id
    client = login("csm")
    response = client.post(f"/accounts/{small_id}/edit", data={
        "external_id": "A-2", "name": "Small", "arr": "5000", "status": "active", "csm_id": "0"})
    assert response.status_code == 302, response.get_data(as_text=True)
    with app.app_context():
        tiers = dict(db.session.execute(select(Account.name, Account.tier)).all())
        assert tiers == {"Big": 3, "Small": 1}


def test_churned_accounts_keep_their_last_tier_and_do_not_count(ctx):
    gone = add_account("A-1", "Gone", 1000, status="churned", tier=1)
    stays = add_account("A-2", "Stays", 10)
    recompute_tiers((45, 75))
    db.session.commit()
    assert (gone.tier, stays.tier) == (1, 1)
