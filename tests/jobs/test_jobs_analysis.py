"""Analysis as tasks: a comment saved by the web app is analysed by a real worker when a broker is configured, on
the web process's job thread when not; texts saved together go as one task; re-analysis is a job whose chunks
workers share, each text ending with one analysis."""
import redis
from sqlalchemy import func, select

from helpers import add_account
from tests.jobs.conftest import wait_for
from test_respond import make_link
from vocapp.extensions import db
from vocapp.insights.background import analysis_queue
from vocapp.models import FeedbackItem, FeedbackMention, Job, Response, Survey, TextAnalysis
from vocapp.models.base import utcnow
from vocapp.tasks.analysis import analyse_texts, reanalyse
from vocapp.tasks.app import in_process
from vocapp.tasks.jobs import start


def post_comment(app, client, comment: str) -> int:
    with app.app_context():
        path, _survey = make_link()
    app.config["VOC_ANALYSE_ON_SAVE"] = True
    try:
        client.post(path, data={"score": "2"})
        assert client.post(path + "/more", data={"reason": comment}).status_code == 303
    finally:
        app.config["VOC_ANALYSE_ON_SAVE"] = False
    with app.app_context():
        return db.session.scalar(select(Response.id))


def analysis_of(app, response_id: int):
    with app.app_context():
        return db.session.scalar(select(TextAnalysis).where(TextAnalysis.source_type == "response",
                                                            TextAnalysis.source_id == response_id))


def comments(*texts: str) -> list[int]:
    account = add_account()
    survey = Survey(kind="nps", name="Earlier answers", status="closed")
    db.session.add(survey)
    db.session.flush()
    now = utcnow()
    responses = [Response(survey_id=survey.id, account_id=account.id, source="import", answers={}, comment=text,
                          created_at=now, submitted_at=now, updated_at=now) for text in texts]
    db.session.add_all(responses)
    db.session.commit()
    return [response.id for response in responses]


def test_without_a_broker_a_saved_comment_is_analysed_on_the_web_process_not_in_the_request(app, client):
    response_id = post_comment(app, client, "Support is slow and the app crashes daily.")
    assert analysis_of(app, response_id) is None, "the request does not wait for the analysis"
    analysis_queue(app).drain()
    analysis = analysis_of(app, response_id)
    assert analysis is not None and analysis.label == "negative"


def test_with_a_broker_a_comment_saved_by_the_web_app_is_analysed_by_a_worker_process(app, client, workers):
    response_id = post_comment(app, client, "Support is slow and the app crashes daily. Please add a Salesforce integration.")
    analysis_queue(app).send()
    assert analysis_of(app, response_id) is None, "nothing is analysed in the web process"
    workers()
    analysis = wait_for(lambda: analysis_of(app, response_id), timeout=90, what="the worker's analysis")
    assert analysis.label == "negative"
    with app.app_context():
        assert db.session.scalar(select(FeedbackMention.request_text)) and db.session.scalar(
            select(func.count(FeedbackItem.id))) == 1


def test_texts_saved_within_a_moment_go_to_the_workers_as_one_task(app, broker):
    queue = analysis_queue(app)
    for response_id in (7, 3, 5, 3):
        queue.submit("response", response_id)
    queue.send()
    messages = redis.Redis.from_url(broker).lrange("celery", 0, -1)
    assert len(messages) == 1, "one task for the batch"
    assert b"vocapp.analyse_texts" in messages[0] and b"[3, 5, 7]" in messages[0]


def test_analysing_a_text_twice_leaves_one_analysis_and_one_link(ctx):
    [response_id] = comments("Please add dark mode to the dashboard.")
    analyse_texts.apply(args=("response", [response_id]))
    analyse_texts.apply(args=("response", [response_id]))
    assert db.session.scalar(select(func.count(TextAnalysis.id))) == 1
    assert db.session.scalar(select(func.count(FeedbackMention.id))) == 1
    assert db.session.scalar(select(func.count(FeedbackItem.id))) == 1


def test_voc_analyze_is_a_job_with_its_progress(runner, ctx):
    comments("Great support team.", "The mobile app crashes.", "Please add SSO.")
    result = runner.invoke(args=["voc", "analyze", "--all"])
    assert result.exit_code == 0, result.output
    assert "3 text(s) analysed" in result.output
    job = db.session.scalar(select(Job).where(Job.kind == "analysis"))
    assert (job.state, job.done, job.total, job.title) == ("succeeded", 3, 3, "Analysis of every text")
    assert job.outcome.startswith("3 text(s) analysed")


def test_re_analysis_in_chunks_on_two_workers_stores_each_text_once_and_opens_one_item_per_ask(app, workers):
    with app.app_context():
        ids = comments(*[f"Please add dark mode, customer {n} asks." for n in range(24)])
        job_id = start(reanalyse, "Analysis of every text", True, 4).id  # six chunks
    for _ in range(2):
        workers()

    def finished():
        with app.app_context():
            job = db.session.get(Job, job_id)
            return job if job.finished else None

    job = wait_for(finished, timeout=120, what="the re-analysis job")
    assert (job.state, job.done, job.total) == ("succeeded", 24, 24), job.error
    with app.app_context():
        analysed = db.session.scalars(select(TextAnalysis.source_id)).all()
        assert sorted(analysed) == sorted(ids), "each text analysed, once"
        items = db.session.scalars(select(FeedbackItem.title)).all()
        assert len(items) == 1 and "dark mode" in items[0].lower(), items
        assert db.session.scalar(select(func.count(FeedbackMention.id))) == 24


def test_a_re_analysis_job_without_a_broker_runs_its_chunks_in_process(app):
    with app.app_context():
        comments("Great support team.", "The mobile app crashes.", "Please add SSO.", "Billing is confusing.")
        job_id = start(reanalyse, "Analysis of new and changed texts", False, 3).id
    in_process(app).drain()
    with app.app_context():
        job = db.session.get(Job, job_id)
        assert (job.state, job.done, job.total) == ("succeeded", 4, 4)
        assert db.session.scalar(select(func.count(TextAnalysis.id))) == 4
        second = start(reanalyse, "Analysis of new and changed texts", False).id
    in_process(app).drain()
    with app.app_context():
        job = db.session.get(Job, second)
        assert (job.state, job.total) == ("succeeded", 0) and job.outcome.startswith("Nothing to analyse")


def test_voc_analyze_no_wait_hands_the_job_to_the_workers(app, runner, broker):
    with app.app_context():
        comments("The mobile app crashes.")
    result = runner.invoke(args=["voc", "analyze", "--no-wait"])
    assert result.exit_code == 0, result.output
    with app.app_context():
        job = db.session.scalar(select(Job).where(Job.kind == "analysis"))
        assert f"Job {job.id} queued" in result.output and job.state == "queued"
        assert db.session.scalar(select(func.count(TextAnalysis.id))) == 0, "nothing analysed by the command"
    assert b"vocapp.analysis" in redis.Redis.from_url(broker).lrange("celery", 0, -1)[0]


def test_a_chunk_delivered_twice_is_counted_once_and_the_job_ends_with_its_last_chunk(app):
    from vocapp.tasks.analysis import analyse_chunk

    with app.app_context():
        ids = comments(*[f"Please add dark mode, customer {n} asks." for n in range(8)])
        job = Job(kind="analysis", title="Analysis of every text", state="running", total=8)
        db.session.add(job)
        db.session.commit()
        job_id = job.id
        for _ in range(2):  # the first delivery's worker died after its commit: the chunk comes again
            analyse_chunk.apply(args=(job_id, "response", ids[:4]), throw=True)
        db.session.expire_all()
        job = db.session.get(Job, job_id)
        assert (job.state, job.done) == ("running", 4), "the repeated chunk is neither counted nor the job ended"
        analyse_chunk.apply(args=(job_id, "response", ids[4:]), throw=True)
        db.session.expire_all()
        job = db.session.get(Job, job_id)
        assert (job.state, job.done, job.total) == ("succeeded", 8, 8)
        assert sorted(db.session.scalars(select(TextAnalysis.source_id)).all()) == sorted(ids)
