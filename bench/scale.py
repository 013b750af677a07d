"""Scaling out: answers per second and latency of the survey's comment step for 1, 2 and 4 gunicorn processes on
PostgreSQL, while a Celery worker analyses the comments as they come; then the time to re-analyse a large set of
comments with 1 and 2 worker processes.

    .venv/bin/python bench/scale.py [--clients 64] [--seconds 20] [--processes 1,2,4] [--comments 50000]
                                    [--analysis-workers 1,2] [--worker-class gthread --threads 4]

Everything runs on this machine: a throwaway PostgreSQL cluster and a redis-server on free loopback ports (both
removed afterwards), gunicorn serving wsgi:app with CELERY_BROKER_URL set, and `celery -A vocapp.tasks worker`
processes. Each client posts POST /s/<token>/more (a real comment from tests/data) through personal links whose
score was given first; every post queues its text for analysis, which one worker process (concurrency 1) carries
out meanwhile. Beside the rates, the CPU time each answer cost the gunicorn processes and PostgreSQL, and what
the worker spent: unlike the rates, it barely moves when other work shares the machine.
The analysis part inserts --comments answers with comments and times `voc analyze --all` (a job split in chunks
of 500 texts that the workers share) from start to finish. The whole run is bounded by --deadline."""
import argparse
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote_plus

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import submit  # noqa: E402
from bench.submit import (cpu_seconds, free_port, prepare, serve, throwaway_postgresql,  # noqa: E402
                          wait_until_answering)

DATA = ROOT / "tests" / "data"


def comments() -> list[str]:
    texts = []
    for name in ("feedback_dev.jsonl", "feedback_dev2.jsonl", "feedback_dev3.jsonl", "feedback_eval.jsonl"):
        with open(DATA / name, encoding="utf-8") as file:
            texts += [json.loads(line)["text"] for line in file if line.strip()]
    return [text for text in texts if text.strip()]


@contextmanager
def redis_server():
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="vocbench-redis-") as directory:
        process = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                                    "--appendonly", "no", "--dir", directory], stdout=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 10
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline:
                        raise SystemExit("redis-server did not start")
                    time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0", process.pid
        finally:
            process.terminate()
            process.wait(10)


@contextmanager
def celery_workers(count: int, env: dict):
    """`count` worker processes (concurrency 1 each), ready to take tasks; stopped (their groups) on exit."""
    processes, logs = [], []
    for number in range(count):
        log = tempfile.NamedTemporaryFile("w+", prefix=f"vocbench-worker{number}-", suffix=".log")
        logs.append(log)
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "vocapp.tasks", "worker", "--concurrency", "1", "--loglevel",
             "INFO", "--without-mingle", "--without-gossip", "--hostname", f"bench{number}-{os.getpid()}@%h"],
            cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT, start_new_session=True))
    try:
        deadline = time.monotonic() + 180
        while not all(" ready." in open(log.name).read() for log in logs):
            if time.monotonic() > deadline or any(process.poll() is not None for process in processes):
                raise SystemExit("a worker did not start:\n" + "\n".join(open(log.name).read()[-2000:] for log in logs))
            time.sleep(0.2)
        yield [process.pid for process in processes]
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
        for process in processes:
            try:
                process.wait(30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        for log in logs:
            log.close()


def in_groups(groups: list[int]):
    return lambda pid, parent, pgrp: pgrp in groups


def load(port: int, requests: list[tuple[str, str]], clients: int, seconds: float, meters: dict) -> dict:
    """`clients` threads posting requests[i] (path, form body) in turn for `seconds`; rate and latencies."""
    result = submit.load(port, lambda number: requests[number % len(requests)], clients, seconds, meters)
    latencies, wall = sorted(result["latencies"]), result["wall"]
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else float("nan")
    return {"ok": len(latencies), "failed": result["failed"], "rps": len(latencies) / wall, "p50": pick(.5),
            "p99": pick(.99), "cpu": result["cpu"]}


def queued(broker: str) -> int:
    import redis

    return redis.Redis.from_url(broker).llen("celery")


def web_rounds(args, database_url: str, database_server: int, broker: str, paths: list[str]) -> list[dict]:
    texts = comments()
    scores = [(path, f"score={n % 11}") for n, path in enumerate(paths)]
    answers = [(f"{path}/more", f"reason={quote_plus(texts[n % len(texts)])}") for n, path in enumerate(paths)]
    env = {"DATABASE_URL": database_url, "SECRET_KEY": "bench", "CELERY_BROKER_URL": broker,
           "VOC_ANALYSE_ON_SAVE": "1", "WEB_CONCURRENCY": "1"}
    rows = []
    with celery_workers(1, env) as worker_pids:
        for processes in args.processes:
            threads = args.threads if args.worker_class == "gthread" else 1
            with serve("wsgi:app", env, processes, threads) as (port, group):
                wait_until_answering(port, paths[0])
                load(port, scores, args.clients, 3, {})  # warm-up; every link has its score
                before = queued(broker)
                meters = {"app": in_groups([group]), "worker": in_groups(worker_pids),
                          "db": lambda pid, parent, pgrp: pid == database_server or parent == database_server}
                result = load(port, answers, args.clients, args.seconds, meters)
                result.update(processes=processes, backlog=queued(broker) - before)
                rows.append(result)
                print(f"  {processes} process(es): {result['rps']:.0f} answers/s, p99 {result['p99']:.0f} ms",
                      file=sys.stderr)
            wait_for_queue(broker, 120)  # the next round starts with the worker idle
    return rows


def wait_for_queue(broker: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while queued(broker) and time.monotonic() < deadline:
        time.sleep(0.5)


def add_comments(database_url: str, count: int) -> None:
    """Answers with comments, up to `count` with those the web rounds left."""
    from sqlalchemy import func, insert, select

    from vocapp import create_app
    from vocapp.extensions import db
    from vocapp.models import Account, Response, Survey
    from vocapp.models.base import utcnow

    texts = comments()
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "bench"})
    with app.app_context():
        accounts = [Account(external_id=f"SCALE-{n}", name=f"Scale {n}", arr=1000 + n) for n in range(200)]
        survey = Survey(kind="nps", name="Earlier answers", status="closed")
        db.session.add_all([*accounts, survey])
        db.session.commit()
        count -= db.session.scalar(select(func.count(Response.id)).where(Response.comment.is_not(None)))
        now = utcnow()
        rows = [dict(survey_id=survey.id, account_id=accounts[n % len(accounts)].id, source="import", answers={},
                     score=n % 11, comment=texts[n % len(texts)], created_at=now, submitted_at=now, updated_at=now)
                for n in range(count)]
        for start in range(0, count, 5000):
            db.session.execute(insert(Response), rows[start:start + 5000])
        db.session.commit()
        db.engine.dispose()


def analysis_rounds(args, database_url: str, database_server: int, broker: str) -> list[dict]:
    from vocapp import create_app
    from vocapp.extensions import db
    from sqlalchemy import select

    from vocapp.models import Job, Response
    from vocapp.tasks.analysis import analyse_texts, reanalyse
    from vocapp.tasks.jobs import start

    env = {"DATABASE_URL": database_url, "SECRET_KEY": "bench", "CELERY_BROKER_URL": broker}
    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "bench", "CELERY_BROKER_URL": broker})
    rows = []
    for count in args.analysis_workers:
        with celery_workers(count, env) as worker_pids:
            with app.app_context():  # each worker loads the language model before the clock starts
                ids = db.session.scalars(select(Response.id).where(Response.comment.is_not(None)).limit(4 * count))
                for response_id in ids:
                    analyse_texts.apply_async(args=("response", [response_id]))
            wait_for_queue(broker, 120)
            time.sleep(2)
            meters = {"worker": in_groups(worker_pids),
                      "db": lambda pid, parent, pgrp: pid == database_server or parent == database_server}
            cpu_before = {name: cpu_seconds(belongs) for name, belongs in meters.items()}
            began = time.perf_counter()
            with app.app_context():
                job_id = start(reanalyse, "Analysis of every text", True).id
                while True:
                    db.session.expire_all()
                    job = db.session.get(Job, job_id)
                    if job.finished:
                        break
                    db.session.rollback()
                    time.sleep(0.25)
            seconds = time.perf_counter() - began
            cpu = {name: cpu_seconds(belongs) - cpu_before[name] for name, belongs in meters.items()}
            if job.state != "succeeded":
                raise SystemExit(f"the analysis job failed: {job.error}")
            rows.append({"workers": count, "texts": job.total, "seconds": seconds, "cpu": cpu})
            print(f"  {count} worker(s): {job.total:,} texts in {seconds:.1f} s", file=sys.stderr)
    return rows


def _deadline_reached(*_):
    raise SystemExit("bench/scale.py: the run reached its --deadline (servers, workers and cluster are stopped)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    numbers = lambda text: [int(part) for part in text.split(",") if part]  # noqa: E731
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--seconds", type=float, default=20, help="measured seconds per number of processes")
    parser.add_argument("--processes", type=numbers, default=[1, 2, 4], help="gunicorn processes, e.g. 1,2,4")
    parser.add_argument("--worker-class", choices=("gthread", "sync"), default="gthread")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn process (gthread)")
    parser.add_argument("--links", type=int, default=2000, help="distinct personal links")
    parser.add_argument("--comments", type=int, default=50_000, help="comments re-analysed by the workers")
    parser.add_argument("--analysis-workers", type=numbers, default=[1, 2], help="worker processes, e.g. 1,2")
    parser.add_argument("--deadline", type=float, default=900, help="the whole run stops after this many seconds")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _deadline_reached)
    signal.alarm(int(args.deadline))

    with throwaway_postgresql() as (database_url, server), redis_server() as (broker, _redis):
        paths = prepare(database_url, args.links)
        web = web_rounds(args, database_url, server, broker, paths) if args.processes else []
        analysis = []
        if args.comments and args.analysis_workers:
            add_comments(database_url, args.comments)
            analysis = analysis_rounds(args, database_url, server, broker)

    print(f"Machine: {os.cpu_count()} cores, shared by everything below (clients, gunicorn, the Celery worker, "
          "PostgreSQL, Redis): more processes than cores cannot add throughput.")
    if web:
        threads = f" x {args.threads} threads" if args.worker_class == "gthread" else " (sync)"
        print(f"POST /s/<token>/more (a comment; each queued for analysis): {args.clients} clients, "
              f"{args.seconds:.0f} s each, {args.links} links, gunicorn -w N{threads}, PostgreSQL, Redis, "
              "one Celery worker analysing meanwhile")
        print(f"{'processes':>9} {'answers/s':>9} {'p50 ms':>7} {'p99 ms':>7} {'failed':>6} "
              f"{'CPU ms/answer: app':>18} {'db':>5} {'worker':>6} {'left queued':>11}")
        for r in web:
            per = lambda meter: r["cpu"][meter] / r["ok"] * 1000 if r["ok"] else float("nan")  # noqa: E731
            print(f"{r['processes']:>9} {r['rps']:>9.0f} {r['p50']:>7.1f} {r['p99']:>7.1f} {r['failed']:>6} "
                  f"{per('app'):>18.2f} {per('db'):>5.2f} {per('worker'):>6.2f} {r['backlog']:>11}")
    if analysis:
        print(f"Re-analysis of {analysis[0]['texts']:,} comments (voc analyze --all as a job, chunks of 500):")
        print(f"{'workers':>7} {'seconds':>8} {'texts/s':>8} {'worker CPU s':>12} {'db CPU s':>8}")
        for r in analysis:
            print(f"{r['workers']:>7} {r['seconds']:>8.1f} {r['texts'] / r['seconds']:>8.0f} "
                  f"{r['cpu']['worker']:>12.1f} {r['cpu']['db']:>8.1f}")


if __name__ == "__main__":
    main()
