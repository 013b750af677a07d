from analysis.lookalikes import lookalikes, size_band


def placed_accounts():
    churny = [("no_longer_needed", {"industry": "Retail", "region": "EMEA", "tier": 3})] * 4
    happy = [("essential", {"industry": "Software", "region": "EMEA", "tier": 1})] * 8
    happy += [("nice_to_have", {"industry": "Retail", "region": "APAC", "tier": 2})]
    return churny + happy


def test_a_prospect_that_looks_like_the_no_longer_needed_group_is_flagged_with_reasons():
    found = lookalikes([("p1", {"industry": "Retail", "tier": 3}), ("p2", {"industry": "Software", "tier": 1})],
                       placed_accounts())
    assert [item.account_id for item in found] == ["p1"]
    assert "Retail: 100% of no longer needed accounts vs 38% of all" in found[0].reasons
    assert any(reason.startswith("tier 3:") for reason in found[0].reasons)


def test_no_warning_without_enough_placed_accounts():
    placed = [("no_longer_needed", {"industry": "Retail"})] * 2 + [("essential", {"industry": "Software"})] * 5
    assert lookalikes([("p1", {"industry": "Retail"})], placed) == []


def test_unknown_attributes_do_not_count():
    assert lookalikes([("p1", {})], placed_accounts()) == []


def test_size_bands():
    assert [size_band(n) for n in (None, 10, 51, 1000, 5000)] == [None, "1-50", "51-250", "251-1000", "1000+"]
