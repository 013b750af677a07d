"""Whole numbers and dates in URLs: one parser for query arguments (a 400 that names the argument), ids in the
path bounded to the database's 32-bit integers (a 404), and a page's own links carry only its known filters."""
import re

import pytest

from conftest import make_user
from helpers import add_account
from vocapp.extensions import db
from vocapp.models import Survey

HUGE = "99999999999999999999"  # 20 digits: beyond 64 bits
BEYOND = str(2**31)  # beyond the 32-bit ids and integer columns of PostgreSQL


@pytest.mark.parametrize("query, argument", [
    ("owner=²", "owner"), (f"owner={HUGE}", "owner"), (f"page={HUGE}", "page"), ("page=0", "page"),
    ("page=-5", "page"), ("status=all&owner=-1", "owner"), (f"owner={BEYOND}", "owner")])
def test_bad_whole_numbers_on_the_follow_ups_page_are_named(login, query, argument):
    page = login("csm").get(f"/cases?{query}")
    assert page.status_code == 400
    assert f"The {argument} argument must be a whole number" in page.get_data(as_text=True)


@pytest.mark.parametrize("query, argument", [
    ("tier=²", "tier"), ("tier=4", "tier"), (f"tier={HUGE}", "tier"), (f"csm={HUGE}", "csm"), ("csm=1.5", "csm"),
    (f"csm={BEYOND}", "csm"),
    (f"page={HUGE}", "page")])
def test_bad_whole_numbers_on_the_accounts_list_are_named(login, query, argument):
    page = login("csm").get(f"/accounts/?{query}")
    assert page.status_code == 400
    assert f"The {argument} argument must be a whole number" in page.get_data(as_text=True)


@pytest.mark.parametrize("query, argument", [
    ("until=9999-12-31", "until"), ("since=0001-01-01", "since"), ("since=garbage", "since"),
    ("survey=abc", "survey"), (f"survey={HUGE}", "survey"), (f"survey={BEYOND}", "survey")])
def test_bad_filters_on_the_nps_insights_are_named(login, query, argument):
    client = login("product")
    page = client.get(f"/insights/nps?{query}")
    assert page.status_code == 400
    assert f"The {argument} argument must be" in page.get_data(as_text=True)
    assert client.get(f"/insights/nps/answers.csv?{query}").status_code == 400
    assert client.get("/insights/nps?until=2999-12-31&since=1900-01-01").status_code == 200


def test_good_arguments_still_filter(login, app):
    client = login("admin")
    with app.app_context():
        owner = make_user("csm", "maya@example.example")
        add_account("A-1", "Acme", 1000, tier=1, csm_id=owner.id)
        add_account("A-2", "Globex", 500, tier=2)
        owner_id = owner.id
    for query in ("tier=1", f"csm={owner_id}", f"tier=1&csm={owner_id}&page=1"):
        page = client.get(f"/accounts/?{query}").get_data(as_text=True)
        assert '<span class="count">1</span>' in page, query
    assert client.get(f"/cases?owner={owner_id}").status_code == 200
    assert client.get("/cases?owner=none&page=1").status_code == 200


@pytest.mark.parametrize("path", ["/accounts/9999999999999999999999999", "/surveys/9999999999999999999999999",
                                  f"/accounts/{2**63}/edit", f"/surveys/{2**31}/results"])
def test_ids_beyond_the_database_integers_are_not_found(login, path):
    assert login("admin").get(path).status_code == 404


@pytest.mark.parametrize("account_id", [2**31 - 1, 2**31, 2**63 - 1])
def test_ids_at_and_past_the_32_bit_bound_are_not_found(login, account_id):
    client = login("admin")
    assert client.get(f"/accounts/{account_id}").status_code == 404
    assert client.post(f"/accounts/{account_id}/contacts/{account_id}/delete").status_code == 404


def test_the_audience_form_refuses_a_look_alike_tier(login, app):
    client = login("admin")
    with app.app_context():
        survey = Survey(kind="nps", name="Q1", status="open", product_name="Pipely")
        db.session.add(survey)
        db.session.commit()
        survey_id = survey.id
    for tier in ("²", "٣", HUGE):
        response = client.post(f"/surveys/{survey_id}/links", data={"tier": tier, "csm": "", "accounts": ""})
        assert response.status_code == 400, tier


def links(page: str) -> list[str]:
    return [href.replace("&amp;", "&") for href in re.findall(r'href="([^"]+)"', page)]


def test_the_pager_and_sort_links_carry_only_the_known_filters(login, app):
    client = login("admin")
    with app.app_context():
        for number in range(60):
            add_account(f"A-{number:02}", f"Account {number:02}", 1000 + number, tier=1)
    response = client.get("/accounts/?tier=1&q=account&_method=x&fmt=x&foo=bar&_anchor=x&_external=1")
    assert response.status_code == 200
    hrefs = [href for href in links(response.get_data(as_text=True)) if href.startswith("/accounts/?")]
    next_page = next(href for href in hrefs if "page=2" in href)
    assert "tier=1" in next_page and "q=account" in next_page
    for href in hrefs:
        assert not any(name in href for name in ("_method", "fmt", "foo", "_anchor", "_external")), href
        assert href.startswith("/accounts/?"), href


def test_the_segment_links_stay_on_the_survey_whatever_the_url_says(login, app):
    client = login("admin")
    with app.app_context():
        survey = Survey(kind="nps", name="Q1", status="open", product_name="Pipely")
        other = Survey(kind="nps", name="Q2", status="open", product_name="Pipely")
        db.session.add_all([survey, other])
        db.session.commit()
        survey_id, other_id = survey.id, other.id
    for query in ("survey_id=abc", f"survey_id={other_id}", "fmt=x&_method=x"):
        response = client.get(f"/surveys/{survey_id}/results?{query}")
        assert response.status_code == 200, query
        hrefs = links(response.get_data(as_text=True))
        assert not any(f"/surveys/{other_id}/" in href for href in hrefs), query
    page = client.get(f"/insights/nps?fmt=x&_method=x&survey={survey_id}").get_data(as_text=True)
    exports = [href for href in links(page) if "/insights/nps/answers." in href]
    assert exports and all(f"survey={survey_id}" in href and "_method" not in href for href in exports)
    assert client.get("/insights/feedback?_method=x&fmt=x").status_code == 200
