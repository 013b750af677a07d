"""The analysis links each ask to a roadmap item and stores why: the confidence and the reason; a link below
the threshold waits in the triage list; a rejected ask is not linked again on re-analysis; `voc analyze text
--json` says which item each request would link to."""
import json
from datetime import datetime

from sqlalchemy import select

from helpers import add_account
from vocapp.extensions import db
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse, item_linker, own_product_names
from vocapp.insights.themes import current_analyzer
from vocapp.models import FeedbackItem, FeedbackMention, LinkRejection, Response, Survey
from vocapp.roadmap.items import create_item


def answer(account, comment, day=1):
    survey = db.session.scalar(select(Survey)) or Survey(kind="nps", name="Q4", status="open")
    db.session.add(Response(survey=survey, account=account, score=8, submitted_at=datetime(2026, 10, day),
                            comment=comment))
    db.session.commit()


def run():
    analyse(texts(), current_analyzer())


def test_asks_worded_many_ways_land_on_the_item_by_its_alias(ctx):
    acme, globex = add_account("A-1", "Acme", 50_000), add_account("A-2", "Globex", 20_000)
    jira = create_item("Jira integration", ["Atlassian connector"], "integrations")
    db.session.commit()
    answer(acme, "Love it. An Atlassian connector would make it perfect.")
    answer(globex, "Please integrate with Jira!", day=2)
    run()
    mentions = db.session.scalars(select(FeedbackMention).order_by(FeedbackMention.id)).all()
    assert [m.item_id for m in mentions] == [jira.id, jira.id]
    assert mentions[0].confidence == 1.0 and "alias 'Atlassian connector'" in mentions[0].link_reason
    assert mentions[0].review is None
    assert db.session.scalar(select(FeedbackItem).where(FeedbackItem.id != jira.id)) is None


def test_an_unsure_link_waits_for_review_and_a_new_ask_opens_a_clean_item(ctx):
    acme = add_account("A-1", "Acme", 50_000)
    create_item("Spanish language support", product_area="languages")
    db.session.commit()
    answer(acme, "We'd use it daily if it talked to Asana.")
    answer(acme, "Any chance of a Portuguese version of the app?", day=2)
    run()
    opened = db.session.scalar(select(FeedbackItem).where(FeedbackItem.origin == "analysis"))
    assert opened.title == "Asana integration"
    asana = db.session.scalar(select(FeedbackMention).where(FeedbackMention.item_id == opened.id))
    assert asana.link_reason.startswith("a new item")
    portuguese = db.session.scalar(select(FeedbackMention).where(FeedbackMention.item_id != opened.id))
    assert portuguese.review == "pending" and portuguese.confidence < 0.7
    assert "similar meaning" in portuguese.link_reason


def test_a_rejected_ask_is_not_linked_again(ctx):
    acme = add_account("A-1", "Acme", 50_000)
    answer(acme, "Please add a dark mode.")
    run()
    mention = db.session.scalar(select(FeedbackMention))
    db.session.add(LinkRejection(source_type=mention.source_type, source_id=mention.source_id, quote=mention.quote,
                                 request_text=mention.request_text, item_id=mention.item_id,
                                 account_id=mention.account_id))
    db.session.delete(mention)
    db.session.commit()
    run()
    for response in db.session.scalars(select(Response)):
        response.comment += " "  # a changed text is analysed again
    db.session.commit()
    run()
    assert db.session.scalars(select(FeedbackMention)).all() == []


def test_analyze_text_json_names_the_item_each_request_would_link_to(app, runner):
    with app.app_context():
        create_item("Jira integration", ["Jira sync"], "integrations")
        db.session.commit()
    result = runner.invoke(args=["voc", "analyze", "text", "--json"],
                           input="Please add a Jira sync.\nWe want invoices in our own colours.\n")
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first["requests"][0]["item"] == "Jira integration" and first["requests"][0]["confidence"] == 1.0
    assert second["requests"][0]["item"] is None and second["requests"][0]["confidence"] is None
    assert {"polarity", "label", "themes", "requests"} <= set(first)
    # how sure the learned layer is that the sentence asks at all, beside how sure the link is
    assert 0.5 < first["requests"][0]["ask_certainty"] <= 1.0


def test_the_products_own_name_ties_no_asks_together(ctx):
    acme, globex = add_account("A-1", "Acme", 50_000), add_account("A-2", "Globex", 20_000)
    db.session.add(Survey(kind="nps", name="Q4", status="open", product_name="Peoplepay"))
    db.session.add(Survey(kind="nps", name="Onboarding", status="open"))  # "our product": no name of its own
    db.session.commit()
    answer(acme, "Peoplepay really needs to handle payroll for our Canadian staff.")
    answer(globex, "Clocking in with the Peoplepay app would save our foremen hours.", day=2)
    run()
    items = {m.item_id for m in db.session.scalars(select(FeedbackMention))}
    assert len(items) == 2
    assert item_linker().own_words == {"peoplepay"}


def test_an_ask_is_named_by_what_it_asks_for_not_by_the_product(ctx):
    acme, globex = add_account("A-1", "Acme", 50_000), add_account("A-2", "Globex", 20_000)
    db.session.add(Survey(kind="nps", name="Q4", status="open", product_name="Plantline"))
    db.session.commit()
    answer(acme, "Please add 8D report format to Plantline, then we can share with headquarter.")
    answer(globex, "Our auditor asked if Plantline has two-step verification.", day=2)
    run()
    asked = sorted(m.request_text for m in db.session.scalars(select(FeedbackMention)))
    assert asked == ["8D report format", "Two-step verification"]
    assert all("Plantline" not in item.title for item in db.session.scalars(select(FeedbackItem)))


def test_analyze_text_reads_asks_without_the_products_own_name(app, runner):
    with app.app_context():
        db.session.add(Survey(kind="nps", name="Q4", status="open", product_name="Plantline"))
        db.session.commit()
    text = "Please add 8D report format to Plantline, then we can share with headquarter.\n"
    by_survey = runner.invoke(args=["voc", "analyze", "text", "--json"], input=text)
    given = runner.invoke(args=["voc", "analyze", "text", "--json", "--product", "Auditlane"], input=text)
    assert by_survey.exit_code == 0 and given.exit_code == 0, by_survey.output + given.output
    assert [r["subject"] for r in json.loads(by_survey.output)["requests"]] == ["8D report format"]
    # told another name, "Plantline" is just a name in the sentence, part of what is asked for
    assert [r["subject"] for r in json.loads(given.output)["requests"]] == ["8D report format to Plantline"]


def test_the_products_names_can_be_set_where_no_survey_gives_them(app, runner):
    """An organisation that logs interviews and runs no named survey, or whose customers call the product by a
    shorter name, sets VOC_PRODUCT_NAMES; the surveys' names still count, each name once."""
    text = "Please add 8D report format to Plantline, then we can share with headquarter.\n"
    app.config["VOC_PRODUCT_NAMES"] = ("Plantline Cloud", "plantline")
    try:
        result = runner.invoke(args=["voc", "analyze", "text", "--json"], input=text)
        assert result.exit_code == 0, result.output
        assert [r["subject"] for r in json.loads(result.output)["requests"]] == ["8D report format"]
        with app.app_context():
            db.session.add(Survey(kind="nps", name="Q4", status="open", product_name="Plantline"))
            db.session.commit()
            assert own_product_names() == ["Plantline Cloud", "plantline"]
    finally:
        app.config["VOC_PRODUCT_NAMES"] = ()
