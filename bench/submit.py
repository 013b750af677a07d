"""Throughput and latency of the public response page (POST /s/<token>, the score step) under concurrent
clients on loopback, against a bare Flask + SQLAlchemy endpoint that inserts one row into the same database,
served the same way in the same run. The ratio is the figure: what the real page costs over the least a Flask
app can do. Runs on SQLite, then on a throwaway PostgreSQL cluster that the script starts and removes.

    .venv/bin/python bench/submit.py [--clients 16] [--seconds 20] [--workers 4 --threads 4] [--only sqlite|postgresql]

Both apps run under gunicorn (gthread) on 127.0.0.1, one after the other, on the same database (the bare app
writes its own table). Each request is timed from send to the full response; each server is warmed up first.
Every phase is bounded by --seconds and the whole run by --deadline; servers and the cluster are always stopped.
Beside the rates, the CPU time each answer cost the app's gunicorn processes and the PostgreSQL server (read from
/proc around each round): unlike the rates, it barely moves when other work shares the machine.
Exit status 1 with --check when a floor is missed (0.5x the bare throughput; p99 under 100 ms on PostgreSQL)."""
import argparse
import glob
import http.client
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BARE_TABLE = "bench_bare_answers"
FLOOR, PG_P99_MS = 0.5, 100


def make_bare_app():
    """The baseline: one Flask view, one SQLAlchemy insert, one commit, a 303 like the real page."""
    from flask import Flask, redirect, request
    from flask_sqlalchemy import SQLAlchemy

    import vocapp.extensions  # noqa: F401  (the same SQLite settings as vocapp: WAL, busy timeout)

    app = Flask("bare")
    app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["BARE_DATABASE_URL"]
    db = SQLAlchemy(app)

    class Answer(db.Model):
        __tablename__ = BARE_TABLE
        id = db.Column(db.Integer, primary_key=True)
        token = db.Column(db.String(64))
        score = db.Column(db.Integer)

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


@contextmanager
def serve(target: str, env: dict, workers: int, threads: int):
    """gunicorn serving `target` on a free loopback port, stopped (its whole process group) on exit."""
    port = free_port()
    with tempfile.NamedTemporaryFile("w", suffix=".py", prefix="gunicorn-bench-") as config:
        config.write("# no access log, as for both apps alike\n")
        config.flush()
        process = subprocess.Popen(
            [str(ROOT / ".venv/bin/gunicorn"), "-c", config.name, "-w", str(workers), "--threads", str(threads),
             "-b", f"127.0.0.1:{port}", "--log-level", "warning", "--chdir", str(ROOT), target],
            env={**os.environ, **env}, stdout=subprocess.DEVNULL, start_new_session=True)
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    if time.monotonic() > deadline or process.poll() is not None:
                        raise SystemExit(f"{target} did not start")
                    time.sleep(0.1)
            yield port, process.pid
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def prepare(database_url: str, count: int) -> list[str]:
    """The schema, a survey open for `count` contacts and the bare app's table; returns the link paths."""
    from flask_migrate import upgrade
    from sqlalchemy import text

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
        db.session.execute(text(f"CREATE TABLE {BARE_TABLE} (id INTEGER PRIMARY KEY "
                                f"{'GENERATED BY DEFAULT AS IDENTITY' if db.engine.dialect.name == 'postgresql' else ''}, "
                                "token VARCHAR(64), score INTEGER)"))
        db.session.commit()
        db.engine.dispose()
    return paths


def cpu_seconds(belongs) -> float:
    """User and system CPU time of the running processes for which belongs(pid, parent, group) holds."""
    total = 0
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            with open(stat) as file:
                head, _, rest = file.read().rpartition(")")
        except OSError:  # the process ended meanwhile
            continue
        fields = rest.split()
        if belongs(int(head.split(" (")[0]), int(fields[1]), int(fields[2])):
            total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def score_posts(paths: list[str]):
    """The n-th request: a score (0 to 10 in turn) posted through the links in turn."""
    return lambda number: (paths[number % len(paths)], f"score={number % 11}")


def load(port: int, request, clients: int, seconds: float, meters: dict | None = None) -> dict:
    """`clients` threads posting `request(n)` (path, form body) for n = 0, 1, ... for `seconds`; each timed."""
    meters = meters or {}
    latencies, failures, lock = [], [], threading.Lock()
    counter = iter(range(10 ** 9))
    stop_at = time.monotonic() + seconds

    def client():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while time.monotonic() < stop_at:
            with lock:
                number = next(counter)
            path, body = request(number)
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
    cpu_before = {name: cpu_seconds(belongs) for name, belongs in meters.items()}
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    cpu = {name: cpu_seconds(belongs) - cpu_before[name] for name, belongs in meters.items()}
    return {"latencies": latencies, "failed": len(failures), "wall": wall, "cpu": cpu}


@contextmanager
def throwaway_postgresql():
    """A new cluster in a temporary directory on a free port (as scripts/with-postgres.sh), always removed."""
    bindirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    if not bindirs:
        raise SystemExit("PostgreSQL server binaries not found: run scripts/system-deps.sh")
    bindir, directory, port = bindirs[-1], tempfile.mkdtemp(prefix="vocbench-pg-"), free_port()
    as_pg = ["runuser", "-u", "postgres", "--"] if os.getuid() == 0 else []  # PostgreSQL refuses to run as root
    if as_pg:
        shutil.chown(directory, "postgres")
    data = f"{directory}/data"
    run = lambda *args: subprocess.run([*as_pg, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        run(f"{bindir}/initdb", "-D", data, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8")
        # The same settings as the test cluster, and max_connections for 4 workers x 4 threads x 2 apps.
        run(f"{bindir}/pg_ctl", "-D", data, "-l", f"{directory}/server.log", "-w", "start", "-o",
            f"-p {port} -k {directory} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off "
            "-c full_page_writes=off -c max_connections=200")
        run(f"{bindir}/createdb", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "vocbench")
        with open(f"{data}/postmaster.pid") as pidfile:
            server = int(pidfile.readline())
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/vocbench", server
    finally:
        subprocess.run([*as_pg, f"{bindir}/pg_ctl", "-D", data, "-m", "immediate", "stop"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.rmtree(directory, ignore_errors=True)


def wait_until_answering(port: int, path: str, seconds: float = 180) -> None:
    """gunicorn listens before its workers have imported the app (vocapp takes seconds): wait for real answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
            connection.request("GET", path + "-not-a-link")
            connection.getresponse().read()
            return
        except (OSError, http.client.HTTPException):
            time.sleep(0.2)
    raise SystemExit("the app did not answer")


def measure(database_url: str, args, database_server: int | None = None) -> dict:
    """Both apps served at once on the same database, measured in alternating rounds so that a change in the
    machine's load falls on both alike. database_server: the PostgreSQL server's pid, whose children (its
    backends) are metered too."""
    paths = prepare(database_url, args.links)
    apps = (("vocapp", "wsgi:app", {"DATABASE_URL": database_url, "SECRET_KEY": "bench"}),
            ("bare", "bench.submit:make_bare_app()", {"BARE_DATABASE_URL": database_url}))
    with serve(*apps[0][1:], args.workers, args.threads) as (voc_port, voc_group), \
            serve(*apps[1][1:], args.workers, args.threads) as (bare_port, bare_group):
        servers = {"vocapp": (voc_port, voc_group), "bare": (bare_port, bare_group)}
        for port, _group in servers.values():
            wait_until_answering(port, paths[0])
            load(port, score_posts(paths), args.clients, 3)  # warm-up: every worker's imports, connections, caches
        rounds = {name: [] for name in servers}
        for _ in range(args.rounds):
            for name, (port, group) in servers.items():
                meters = {"app": lambda pid, parent, pgrp, group=group: pgrp == group}
                if database_server:
                    meters["db"] = lambda pid, parent, pgrp: pid == database_server or parent == database_server
                rounds[name].append(load(port, score_posts(paths), args.clients, args.seconds / args.rounds, meters))
    return {name: combine(parts) for name, parts in rounds.items()}


def combine(parts: list[dict]) -> dict:
    latencies = sorted(value for part in parts for value in part["latencies"])
    pick = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000 if latencies else float("nan")
    wall = sum(part["wall"] for part in parts)
    per_answer = lambda meter: (sum(part["cpu"][meter] for part in parts) / len(latencies) * 1000
                                if latencies and meter in parts[0]["cpu"] else float("nan"))
    return {"ok": len(latencies), "failed": sum(part["failed"] for part in parts), "rps": len(latencies) / wall,
            "p50": pick(.50), "p95": pick(.95), "p99": pick(.99), "app_cpu": per_answer("app"),
            "db_cpu": per_answer("db")}


def _deadline_reached(*_):
    raise SystemExit("bench/submit.py: the run reached its --deadline (servers and cluster are stopped)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20, help="measured seconds per app and database")
    parser.add_argument("--rounds", type=int, default=4, help="alternating rounds the seconds are split into")
    parser.add_argument("--links", type=int, default=1000, help="distinct links; each gets several posts (updates)")
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--only", choices=("sqlite", "postgresql"))
    parser.add_argument("--deadline", type=float, default=600, help="the whole run stops after this many seconds")
    parser.add_argument("--check", action="store_true", help="exit 1 when a floor is missed")
    args = parser.parse_args()
    signal.signal(signal.SIGALRM, _deadline_reached)
    signal.alarm(int(args.deadline))

    runs = {}
    with tempfile.TemporaryDirectory(prefix="vocbench-") as tmp:
        if args.only in (None, "sqlite"):
            runs["SQLite"] = measure(f"sqlite:///{tmp}/bench.db", args)
        if args.only in (None, "postgresql"):
            with throwaway_postgresql() as (url, server):
                runs["PostgreSQL"] = measure(url, args, server)

    print(f"POST /s/<token> (score step): {args.clients} clients, {args.seconds:.0f} s per app, {args.links} links, "
          f"gunicorn {args.workers} workers x {args.threads} threads; bare = one Flask + SQLAlchemy insert, same database")
    print(f"{'database':<11} {'app':<7} {'answers/s':>9} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} {'failed':>6} "
          f"{'CPU ms/answer: app':>18} {'db':>5}")
    missed = []
    for database, results in runs.items():
        for name, r in results.items():
            print(f"{database:<11} {name:<7} {r['rps']:>9.0f} {r['p50']:>7.1f} {r['p95']:>7.1f} {r['p99']:>7.1f} "
                  f"{r['failed']:>6} {r['app_cpu']:>18.2f} {r['db_cpu']:>5.2f}")
        ratio = results["vocapp"]["rps"] / results["bare"]["rps"] if results["bare"]["rps"] else float("nan")
        print(f"{database:<11} ratio   {ratio:>8.2f}x  (floor {FLOOR}x)")
        if not ratio >= FLOOR:
            missed.append(f"{database}: {ratio:.2f}x the bare throughput, under {FLOOR}x")
        if database == "PostgreSQL" and not results["vocapp"]["p99"] < PG_P99_MS:
            missed.append(f"PostgreSQL: p99 {results['vocapp']['p99']:.0f} ms, not under {PG_P99_MS} ms")
        if results["vocapp"]["failed"]:
            missed.append(f"{database}: {results['vocapp']['failed']} failed requests")
    for line in missed:
        print("MISSED", line)
    if args.check and missed:
        sys.exit(1)


if __name__ == "__main__":
    main()
