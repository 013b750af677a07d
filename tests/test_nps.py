"""The NPS maths: shares, score, margin of error, ARR weighting, and the edges."""
import math

import pytest

from surveys.nps import LOW_N, AccountCounts, Answer, arr_weighted_nps, category, nps, signed


def test_no_answers_gives_no_score_but_a_result():
    result = nps([])
    assert (result.n, result.nps, result.margin, result.arr_weighted_nps) == (0, None, None, None)
    assert (result.promoters, result.passives, result.detractors) == (0, 0, 0)
    assert result.low_n and result.distribution == (0,) * 11
    assert nps(counts=[0] * 11) == result


def test_the_categories_follow_the_definition():
    assert [category(score) for score in range(11)] == ["detractor"] * 7 + ["passive"] * 2 + ["promoter"] * 2
    with pytest.raises(ValueError):
        category(11)


def test_a_mixed_set_gives_score_shares_and_margin():
    result = nps([10, 9, 8, 7, 6, 0, 10, 10, 3, 9])  # 5 promoters, 2 passives, 3 detractors
    assert (result.promoter_count, result.passive_count, result.detractor_count) == (5, 2, 3)
    assert (result.promoters, result.passives, result.detractors) == (50, 20, 30)
    assert result.nps == pytest.approx(20)
    variance = 0.5 + 0.3 - (0.5 - 0.3) ** 2
    assert result.margin == pytest.approx(1.96 * math.sqrt(variance / 10) * 100)
    assert result.margin == pytest.approx(54.03, abs=0.01)
    assert result.distribution == (1, 0, 0, 1, 0, 0, 1, 1, 1, 2, 3)
    assert not result.low_n


def test_one_answer_is_a_score_with_no_spread_and_marked_low_n():
    result = nps([9])
    assert (result.n, result.nps, result.margin, result.low_n) == (1, 100, 0, True)
    assert nps([3]).nps == -100


def test_all_passives_score_zero_with_zero_margin():
    result = nps([7, 8, 7, 8, 8, 7, 7, 8, 7, 8, 7])
    assert (result.nps, result.margin, result.passives, result.low_n) == (0, 0, 100, False)


def test_skipped_scores_are_not_in_the_denominator():
    result = nps([10, None, 0, None, None])
    assert result.n == 2 and result.nps == 0 and result.promoters == 50


def test_low_n_below_ten_answers():
    assert LOW_N == 10
    assert nps([9] * 9).low_n and not nps([9] * 10).low_n


def test_counts_as_mapping_or_sequence_equal_the_scores():
    scores = [10, 9, 8, 7, 6, 0, 10, 10, 3, 9, None]
    by_scores = nps(scores)
    assert nps(counts={10: 3, 9: 2, 8: 1, 7: 1, 6: 1, 3: 1, 0: 1}) == by_scores
    assert nps(counts=list(by_scores.distribution)) == by_scores
    assert nps(counts={10: 1, None: 4}).n == 1, "a skipped score counted in SQL stays out"


def test_bad_input_is_refused():
    with pytest.raises(TypeError):
        nps()
    with pytest.raises(TypeError):
        nps([1], counts=[0] * 11)
    with pytest.raises(ValueError):
        nps(counts=[1, 2, 3])
    with pytest.raises(ValueError):
        nps([12])
    with pytest.raises(ValueError):
        nps(counts={-1: 2})


def test_arr_weighting_shares_an_accounts_arr_among_its_answers():
    # Big has four answers (three detractors, one promoter); Small one promoter; both 100k ARR.
    answers = [Answer(2, "big", 100_000), Answer(3, "big", 100_000), Answer(5, "big", 100_000),
               Answer(10, "big", 100_000), Answer(9, "small", 100_000)]
    result = nps(answers)
    assert result.nps == pytest.approx(-20)  # 2 promoters, 3 detractors of 5
    # Big weighs 100k · (1 − 3)/4 = −50k, Small +100k: (−50k + 100k) / 200k = +25
    assert result.arr_weighted_nps == pytest.approx(25)
    counts = [AccountCounts(100_000, promoters=1, detractors=3), AccountCounts(100_000, promoters=1)]
    assert nps(counts=result.distribution, accounts=counts) == result


def test_the_richer_account_dominates_the_weighted_score():
    result = nps([Answer(10, 1, 900_000), Answer(0, 2, 100_000)])
    assert result.nps == 0
    assert result.arr_weighted_nps == pytest.approx(80)


def test_arr_of_zero_weighs_nothing():
    assert nps([Answer(10, 1, 0), Answer(0, 2, 0)]).arr_weighted_nps is None
    assert nps([Answer(10, 1, 0), Answer(0, 2, 500)]).arr_weighted_nps == pytest.approx(-100)
    assert arr_weighted_nps([]) is None


def test_weighting_skips_skipped_scores_and_answers_without_account():
    result = nps([Answer(None, 1, 1000), Answer(10, 1, 1000), Answer(0, None, 0)])
    assert result.n == 2
    assert result.arr_weighted_nps == pytest.approx(100), "a skipped score does not dilute its account's share"


def test_plain_scores_give_no_weighted_score():
    assert nps([10, 9]).arr_weighted_nps is None


def test_to_dict_keeps_the_contract_and_rounds():
    data = nps([10, 9, 8, 0, 0, 6, 7]).to_dict()
    assert {"n", "nps", "margin", "arr_weighted_nps", "promoters", "passives", "detractors"} <= set(data)
    assert data["n"] == 7 and data["nps"] == -14.3 and data["promoters"] == 28.6 and data["low_n"] is True
    assert data["distribution"]["0"] == 2


def test_to_dict_never_gives_minus_zero():
    """A score just below zero rounds to 0.0, never -0.0 (which JSON and pages would print with a sign)."""
    almost_zero = nps([Answer(0, "big", 1001)] * 1001 + [Answer(10, "small", 1000)] * 1000)
    assert -0.05 < almost_zero.nps < 0 and -0.05 < almost_zero.arr_weighted_nps < 0
    data = almost_zero.to_dict()
    assert (str(data["nps"]), str(data["arr_weighted_nps"])) == ("0.0", "0.0")
    assert math.copysign(1, data["nps"]) == 1 and math.copysign(1, data["arr_weighted_nps"]) == 1
    assert str(nps(counts={0: 1001, 10: 1000}).to_dict()["nps"]) == "0.0"


def test_signed_figures():
    assert [signed(v) for v in (32.4, -8.6, 0.2, -0.3, None)] == ["+32", "-9", "0", "0", "—"]
    assert signed(-12, minus="−") == "−12" and signed(1.25, 1) == "+1.2"
