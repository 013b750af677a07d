"""Throughput and latency of the public response page (POST /s/<token>, the score step) under concurrent
clients on loopback, against a bare Flask + SQLAlchemy endpoint that inserts one row, served the same way in
the same run. The ratio is the figure: what the real page costs over the least a Flask app can do.

    .venv/bin/python bench/submit.py [--clients 16] [--requests 3000] [--seconds 60] [--workers 4 --threads 4]

Both apps run under gunicorn (gthread) on 127.0.0.1 with their own SQLite file (or DATABASE_URL's database
for vocapp). Each request is timed from send to the full response; the server is warmed up first."""
import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def make_bare_app():
    """The baseline: one Flask view, one SQLAlchemy insert, one commit, a 303 like the real page."""
    from flask import Flask, redirect, request
    from flask_sqlalchemy import SQLAlchemy

    import vocapp.extensions  # noqa: F401  (the same SQLite settings as vocapp: WAL, busy timeout)

    app = Flask("bare")
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["BARE_DATABASE_URL"]
    db = SQLAlchemy(app)

    class Answer(db.Model):
        id = db.Column(db.Integer, primary_key=True)
        token = db.Column(db.String(64))
        score = db.Column(db.Integer)

    with app.app_context():
        db.create_all()

    @app.post("/s/<token>")
    def submit(token):
        db.session.add(Answer(token=token, score=int(request.form["score"])))
        db.session.commit()
        return redirect(f"/s/{token}/more", 303)

    return app


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def serve(target: str, env: dict, workers: int, threads: int) -> tuple[subprocess.Popen, int]:
    port = free_port()
    process = subprocess.Popen(
        [str(ROOT / ".venv/bin/gunicorn"), "-w", str(workers), "--threads", str(threads), "-b", f"127.0.0.1:{port}",
         "--log-level", "warning", "--chdir", str(ROOT), target],
        env={**os.environ, **env}, stdout=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return process, port
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"{target} did not start")


def prepare_links(database_url: str, count: int) -> list[str]:
    """A survey open for `count` contacts; returns their link paths."""
    from flask_migrate import upgrade

    from vocapp import create_app
    from vocapp.distribution import Audience, issue_links
    from vocapp.extensions import db
    from vocapp.models import Account, Contact, Survey

    app = create_app({"SQLALCHEMY_DATABASE_URI": database_url, "SECRET_KEY": "bench"})
    with app.app_context():
        upgrade()
        account = Account(external_id="BENCH", name="Bench Co", arr=1000)
        account.contacts = [Contact(name=f"P{n}", email=f"p{n}@bench.example") for n in range(count)]
        survey = Survey(kind="nps", name="Bench", status="open", cooldown_days=0)
        db.session.add_all([account, survey])
        db.session.commit()
        paths = [link.url.removeprefix("http://b") for link in issue_links(survey, "http://b", Audience()).links]
        db.session.commit()
    return paths


def load(port: int, paths: list[str], clients: int, requests: int, seconds: float) -> dict:
    latencies, failures, lock = [], [], threading.Lock()
    counter = iter(range(requests))
    stop_at = time.monotonic() + seconds

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop_at:
            with lock:
                number = next(counter, None)
            if number is None:
                break
            path = paths[number % len(paths)]
            body = f"score={number % 11}"
            start = time.perf_counter()
            try:
                connection.request("POST", path, body=body,
                                   headers={"Content-Type": "application/x-www-form-urlencoded"})
                response = connection.getresponse()
                response.read()
                ok = response.status == 303
            except (OSError, http.client.HTTPException):
                connection.close()
                connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
                ok = False
            elapsed = time.perf_counter() - start
            with lock:
                (latencies if ok else failures).append(elapsed)
        connection.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    latencies.sort()
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else float("nan")
    return {"ok": len(latencies), "failed": len(failures), "rps": len(latencies) / wall,
            "p50": pick(.50), "p95": pick(.95), "p99": pick(.99),
            "mean": statistics.fmean(latencies) * 1000 if latencies else float("nan")}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--links", type=int, default=1000, help="distinct links; each gets several posts (updates)")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="vocbench-") as tmp:
        voc_url = os.environ.get("DATABASE_URL") or f"sqlite:///{tmp}/voc.db"
        bare_url = f"sqlite:///{tmp}/bare.db"
        paths = prepare_links(voc_url, args.links)
        results = {}
        for name, target, env in (
                ("vocapp /s/<token>", "wsgi:app", {"DATABASE_URL": voc_url, "SECRET_KEY": "bench"}),
                ("bare Flask insert", "bench.submit:make_bare_app()", {"BARE_DATABASE_URL": bare_url})):
            process, port = serve(target, env, args.workers, args.threads)
            try:
                load(port, paths, args.clients, min(200, args.requests), 10)  # warm-up
                results[name] = load(port, paths, args.clients, args.requests, args.seconds)
            finally:
                process.terminate()
                process.wait(10)

    print(f"{args.clients} clients, up to {args.requests} POSTs over {len(paths)} links, gunicorn "
          f"{args.workers} workers x {args.threads} threads, database {voc_url.split(':')[0]}")
    print(f"{'endpoint':<20} {'ok':>6} {'failed':>6} {'req/s':>8} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
    for name, r in results.items():
        print(f"{name:<20} {r['ok']:>6} {r['failed']:>6} {r['rps']:>8.0f} {r['p50']:>8.1f} {r['p95']:>8.1f} {r['p99']:>8.1f}")
    voc, bare = results["vocapp /s/<token>"], results["bare Flask insert"]
    print(f"ratio (vocapp / bare): throughput {voc['rps'] / bare['rps']:.2f}x, p50 latency {voc['p50'] / bare['p50']:.2f}x")


if __name__ == "__main__":
    main()
