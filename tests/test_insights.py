"""The app's side of the analysis: stored results with provenance, feedback items, corrections kept,
bulk and background runs, personas from the database."""
import json
from datetime import datetime, timedelta

from sqlalchemy import func, select

from helpers import add_account, add_contact
from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.insights.background import analysis_queue
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer
from vocapp.models import CsmView, FeedbackItem, FeedbackMention, Response, Survey, TextAnalysis, Theme, ThemeTag


def answer(account, comment, score=None, contact=None, key_question=None, days_ago=1):
    survey = db.session.scalar(select(Survey)) or Survey(kind="nps", name="Q3 NPS", status="open")
    response = Response(survey=survey, account=account, contact=contact, comment=comment, score=score,
                        key_question=key_question, submitted_at=datetime.utcnow() - timedelta(days=days_ago))
    db.session.add(response)
    db.session.commit()
    return response


def run_analysis():
    analyzer = current_analyzer()
    return analyse(texts(pending_for=analyzer.up_to_date), analyzer)


def test_a_comment_is_stored_with_sentiment_themes_and_their_provenance(ctx):
    acme = add_account()
    response = answer(acme, "The onboarding was smooth. But support is slow and unhelpful.", score=6)
    assert run_analysis().analysed == 1
    analysis = db.session.scalar(select(TextAnalysis))
    assert (analysis.source_type, analysis.source_id, analysis.account_id) == ("response", response.id, acme.id)
    tags = {tag.theme_key: tag for tag in analysis.tags}
    assert {"onboarding", "support"} <= set(tags)
    assert tags["support"].label == "negative" and "support" in tags["support"].sentence
    assert tags["support"].pattern and tags["support"].matched_text
    assert analysis.label_reason and analysis.details["sentences"]


def test_requests_from_different_accounts_consolidate_into_one_item(ctx):
    acme, globex = add_account("A-1", "Acme", 50_000), add_account("A-2", "Globex", 20_000)
    answer(acme, "Please add a Salesforce integration.")
    answer(globex, "We really need an integration with Salesforce.")
    answer(globex, "It would be great if you integrated with Salesforce!")
    run_analysis()
    items = db.session.scalars(select(FeedbackItem)).all()
    assert len(items) == 1, [item.title for item in items]
    assert "salesforce" in items[0].title.lower()
    mentions = items[0].mentions
    assert len(mentions) == 3 and {m.account_id for m in mentions} == {acme.id, globex.id}
    assert all(m.quote and m.rule and m.source_type == "response" for m in mentions)


def test_only_new_or_outdated_texts_are_pending(ctx):
    acme = add_account()
    answer(acme, "Reporting is great.")
    analyzer = current_analyzer()
    assert len(texts(pending_for=analyzer.up_to_date)) == 1
    run_analysis()
    assert texts(pending_for=analyzer.up_to_date) == []
    theme = db.session.scalar(select(Theme).where(Theme.key == "reporting"))
    theme.patterns = theme.patterns + ["dashboard tile"]
    db.session.commit()
    assert current_analyzer().version != analyzer.version, "a taxonomy change makes a new version"
    assert len(texts(pending_for=current_analyzer().up_to_date)) == 1


def test_staff_corrections_survive_reanalysis(ctx):
    acme = add_account()
    answer(acme, "Oh great, another outage during our quarter close. Support was friendly though.")
    run_analysis()
    analysis = db.session.scalar(select(TextAnalysis))
    analysis.corrected_label = "negative"
    analysis.tags.append(ThemeTag(theme_key="support", origin="staff", removed=True))
    analysis.tags.append(ThemeTag(theme_key="account_management", origin="staff"))
    db.session.commit()
    analyzer = current_analyzer()
    analyse(texts(), analyzer)  # everything again
    analysis = db.session.scalar(select(TextAnalysis))
    assert analysis.effective_label == "negative"
    staff = {(tag.theme_key, tag.removed) for tag in analysis.tags if tag.origin == "staff"}
    assert staff == {("support", True), ("account_management", False)}
    assert db.session.scalar(select(func.count(TextAnalysis.id))) == 1


def test_a_changed_comment_drops_the_request_it_no_longer_makes(ctx):
    acme = add_account()
    response = answer(acme, "Please add dark mode.")
    run_analysis()
    assert db.session.scalar(select(func.count(FeedbackItem.id))) == 1
    response.comment = "All good, thanks."
    db.session.commit()
    analyse(texts(), current_analyzer())
    assert db.session.scalar(select(func.count(FeedbackMention.id))) == 0
    assert db.session.scalar(select(func.count(FeedbackItem.id))) == 0


def test_the_background_queue_analyses_a_saved_response(app, ctx):
    acme = add_account()
    response = answer(acme, "Performance has been terrible this month.")
    analysis_queue(app).submit("response", response.id)
    analysis_queue(app).drain()
    db.session.expire_all()
    analysis = db.session.scalar(select(TextAnalysis))
    assert analysis is not None and analysis.label == "negative"


def test_voc_analyze_runs_in_bulk_and_reports(runner, ctx):
    acme = add_account()
    for comment in ("Great support team.", "The mobile app crashes.", "Please add SSO."):
        answer(acme, comment)
    result = runner.invoke(voc, ["analyze"])
    assert result.exit_code == 0, result.output
    assert "3 text(s) analysed" in result.output
    result = runner.invoke(voc, ["analyze"])
    assert "Nothing to analyse" in result.output
    assert "3 text(s) analysed" in runner.invoke(voc, ["analyze", "--all"]).output


def test_voc_analyze_text_prints_one_json_object_per_line(runner, ctx):
    result = runner.invoke(voc, ["analyze", "text", "--json"],
                           input="We love the reporting dashboards.\nPlease add a HubSpot integration.\n\n")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert len(lines) == 3
    assert set(lines[0]) >= {"polarity", "label", "themes", "requests"}
    assert lines[0]["label"] == "positive" and "reporting" in lines[0]["themes"]
    assert lines[1]["requests"] and "hubspot" in lines[1]["requests"][0]["text"].lower()
    assert lines[2] == {"polarity": 0.0, "label": "neutral", "themes": [], "requests": []}


def test_personas_follow_the_precedence_with_evidence(runner, ctx):
    add_account("A-1", "Gone", 1000, status="churned")
    asked = add_account("A-2", "Asked", 1000)
    boss = add_contact(asked, "boss@asked.example", "Boss", decision_maker=True)
    user = add_contact(asked, "user@asked.example", "User")
    answer(asked, None, score=10, contact=user, key_question="nice_to_have")
    answer(asked, None, score=3, contact=boss, key_question="essential", days_ago=5)
    scored = add_account("A-3", "Scored", 1000)
    answer(scored, None, score=9, contact=add_contact(scored, "p@scored.example", "P"))
    stale = add_account("A-4", "Stale", 1000)
    answer(stale, None, score=9, contact=add_contact(stale, "p@stale.example", "P"), days_ago=400)
    viewed = add_account("A-5", "Viewed", 1000)
    db.session.add(CsmView(account_id=viewed.id, answer="nice_to_have"))
    db.session.commit()

    result = runner.invoke(voc, ["personas", "--json"])
    assert result.exit_code == 0, result.output
    by_name = {row["account"]: row for row in json.loads(result.output)["accounts"]}
    assert (by_name["Gone"]["persona"], by_name["Gone"]["rule"]) == ("no_longer_needed", "churn")
    assert (by_name["Asked"]["persona"], by_name["Asked"]["rule"]) == ("essential", "key_question"), \
        "the decision maker counts double"
    assert (by_name["Scored"]["persona"], by_name["Scored"]["rule"]) == ("essential", "nps")
    assert by_name["Stale"]["persona"] == "unknown", "answers older than the window do not count"
    assert by_name["Viewed"]["persona"] == "nice_to_have"
    assert any("Boss" in reason for reason in by_name["Asked"]["reasons"])


def test_a_comment_from_the_response_page_is_analysed_in_the_background(app, ctx, client):
    from test_respond import make_link

    path, _survey = make_link()
    app.config["VOC_ANALYSE_ON_SAVE"] = True
    try:
        client.post(path, data={"score": "3"})
        client.post(path + "/more", data={"reason": "Support is slow and the app crashes daily."})
        analysis_queue(app).drain()
    finally:
        app.config["VOC_ANALYSE_ON_SAVE"] = False
    db.session.expire_all()
    analysis = db.session.scalar(select(TextAnalysis))
    assert analysis is not None and analysis.source_type == "response" and analysis.label == "negative"
    assert {tag.theme_key for tag in analysis.tags} >= {"support"}


def test_an_item_is_titled_by_the_wording_most_customers_use(ctx):
    acme, globex, initech = (add_account(f"A-{i}", name, 1000) for i, name in enumerate(("Acme", "Globex", "Initech")))
    answer(acme, "Any plans to integrate with SFDC?", days_ago=3)
    run_analysis()
    answer(globex, "Please add a Salesforce integration.")
    answer(initech, "Please add a Salesforce integration!")
    run_analysis()
    item = db.session.scalar(select(FeedbackItem))
    assert item.title == "Salesforce integration" and len(item.mentions) == 3
    item.title, item.staff_edited = "CRM sync: Salesforce", True
    db.session.commit()
    analyse(texts(), current_analyzer())
    assert db.session.scalar(select(FeedbackItem)).title == "CRM sync: Salesforce", "a staff title stays"


def test_a_new_item_takes_its_area_from_the_ask_and_never_from_the_rest_of_the_comment(ctx):
    acme = add_account()
    answer(acme, "Way too expensive for what we use. Scenario planning would be a big help.")
    answer(acme, "We'd love a dashboard report of overdue renewals.")
    run_analysis()
    areas = {item.title: item.product_area for item in db.session.scalars(select(FeedbackItem))}
    assert "pricing" not in areas.values(), areas
    assert "reporting" in areas.values(), areas


def test_a_comment_that_names_a_recorded_competitor_it_went_with_is_read_as_churn(ctx):
    """The competitors the interviews record reach the sentiment rules (1.48): "We went with Cargolane" is a
    customer lost; before Cargolane is recorded it is a name like any other."""
    from vocapp.models import Competitor
    acme = add_account()
    response = answer(acme, "We went with Cargolane in the end.", score=5)
    run_analysis()
    before = db.session.scalar(select(TextAnalysis).where(TextAnalysis.source_id == response.id))
    assert "churn" not in before.label_reason
    db.session.add(Competitor(name="Cargolane", key="cargolane"))
    db.session.commit()
    analyse(texts(), current_analyzer())
    after = db.session.scalar(select(TextAnalysis).where(TextAnalysis.source_id == response.id))
    assert after.label == "negative" and "churn" in after.label_reason
