"""Defects a walk through the product found: each page says what a person expects."""
from helpers import add_account
from vocapp.extensions import db
from vocapp.models import Survey


def test_a_survey_without_a_journey_stage_says_so_without_python_words(app, login):
    client = login("csm")
    with app.app_context():
        survey = Survey(name="Pulse", kind="nps")
        db.session.add(survey)
        db.session.commit()
        survey_id = survey.id
    page = client.get(f"/surveys/{survey_id}").data.decode()
    assert "None" not in page


def test_the_overview_links_follow_ups_only_for_those_who_may_open_them(app, login):
    with app.app_context():
        add_account()
    product = login("product", "pm@example.example")
    assert 'href="/cases' not in product.get("/").data.decode()


def test_continuing_to_the_guide_with_nothing_chosen_says_what_is_missing(app, login):
    with app.app_context():
        add_account()
    client = login("interviewer")
    page = client.get("/interviews/new").data.decode()
    assert 'value="None"' not in page
    missing = client.get("/interviews/new?account_id=").data.decode()
    assert "Choose the account." in missing and "Choose the outcome." in missing
