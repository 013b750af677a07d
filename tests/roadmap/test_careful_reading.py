"""The careful reading (vocapp.insights.careful): an answer sent through the survey page is read carefully at once;
before each regrouping, survey comments the quick (bulk) analysis read are read again with the fine-tuned comment
reader, once; what a person decided stays."""
from datetime import datetime

from sqlalchemy import select

from helpers import add_account
from vocapp.extensions import db
from vocapp.insights.careful import read_carefully
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer
from vocapp.models import FeedbackMention, LinkRejection, Response, Survey, TextAnalysis
from vocapp.roadmap.triage import reject_link

NO_CUE = "Being able to tag invoices by project."
SURE = "Please add a Salesforce integration."


def answered(*comments: str) -> None:
    survey = Survey(kind="nps", name="Q4", status="open")
    for n, comment in enumerate(comments):
        account = add_account(f"A-{n}", f"Account {n}", 10_000 * (n + 1))
        db.session.add(Response(survey=survey, account=account, score=7, comment=comment,
                                submitted_at=datetime(2026, 10, n + 1)))
    db.session.commit()
    quick = current_analyzer()
    analyse(texts(pending_for=quick.up_to_date), quick)


def certainty(quote: str) -> float | None:
    return db.session.scalar(select(FeedbackMention.ask_certainty).where(FeedbackMention.quote == quote))


def test_regrouping_reads_the_quick_analyses_carefully_once_and_the_quick_pass_leaves_them(runner, app):
    with app.app_context():
        answered(NO_CUE, SURE)
        assert certainty(NO_CUE) < 0.5, "the quick analysis doubts an ask without a cue: it waits for a person"
    result = runner.invoke(args=["voc", "feedback", "regroup"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("2 comments read carefully. ") and "asks regrouped by meaning" in result.stdout
    with app.app_context():
        assert certainty(NO_CUE) > 0.5, "read carefully, it is sure"
        versions = set(db.session.scalars(select(TextAnalysis.version)))
        assert versions == {current_analyzer(careful=True).version}
        assert texts(pending_for=current_analyzer().up_to_date) == [], "`voc analyze` does not undo it"
        assert read_carefully() == 0
    result = runner.invoke(args=["voc", "analyze"])
    assert "Nothing to analyse" in result.stdout, result.output


def test_a_rejected_ask_stays_rejected_when_read_carefully(ctx):
    answered(SURE)
    reject_link(db.session.scalar(select(FeedbackMention)), None)
    assert read_carefully() == 1
    assert db.session.scalar(select(FeedbackMention)) is None
    assert db.session.scalar(select(LinkRejection)).quote == SURE


def test_an_answer_from_the_survey_page_is_read_carefully_at_once(app, ctx):
    from vocapp.insights.background import analysis_queue

    survey = Survey(kind="nps", name="Q4", status="open")
    response = Response(survey=survey, account=add_account(), score=7, comment=NO_CUE,
                        submitted_at=datetime(2026, 10, 1))
    db.session.add(response)
    db.session.commit()
    analysis_queue(app).submit("response", response.id)
    analysis_queue(app).drain()
    db.session.expire_all()
    assert db.session.scalar(select(TextAnalysis.version)) == current_analyzer(careful=True).version
    assert certainty(NO_CUE) > 0.5, "sure at once: it never waits in the triage list as doubted"
    assert read_carefully() == 0


def test_the_nightly_job_reads_carefully_then_regroups(app, ctx):
    from vocapp.models import Job
    from vocapp.tasks.app import in_process
    from vocapp.tasks.schedule import schedule_regrouping

    answered(NO_CUE)
    assert schedule_regrouping.apply().get() == 1
    in_process(app).drain()
    db.session.expire_all()
    job = db.session.scalar(select(Job).where(Job.kind == "regrouping"))
    assert job.state == "succeeded", job.error
    assert job.outcome.startswith("1 comment read carefully. 1 asks regrouped by meaning"), job.outcome
    assert certainty(NO_CUE) > 0.5
