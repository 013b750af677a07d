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


def test_quarters_with_few_deals_are_marked_low_n(app, login, runner, tmp_path):
    from interviews.wlc_fixture import import_fixture

    import_fixture(app, runner, tmp_path)
    page = login("csm").get("/interviews/wlc").data.decode()
    by_quarter = page.split("<h2>By quarter</h2>")[1]
    # 2026 Q3: D1 won, A2 and A3 lost (the churn is no won or lost deal); 2026 Q4: A6 won
    assert "n 3 · low n" in by_quarter and "n 1 · low n" in by_quarter


def test_risky_defaults_are_gone(app, login):
    from vocapp.models import FeedbackItem

    with app.app_context():
        add_account()
        item = FeedbackItem(title="Jira integration", key="jira integration")
        db.session.add(item)
        db.session.commit()
        item_id = item.id
    admin = login("admin")
    assert '<option selected value="csm">CSM</option>' in admin.get("/admin/users").data.decode()
    page = admin.get(f"/insights/feedback/{item_id}").data.decode()
    assert "Choose an account…" in page
    refused = admin.post(f"/insights/feedback/{item_id}", data={"mention-account_id": "", "mention-quote": "Jira!",
                                                               "mention-submit": "1"})
    assert "Choose the account." in refused.data.decode()
