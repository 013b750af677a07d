"""Real workers for the job tests: `celery -A vocapp.tasks worker` processes on the suite's database and a real
Redis, and the test app sending to that broker."""
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


class Worker:
    """A `celery -A vocapp.tasks worker` process; `kill()` is SIGKILL to the whole process group, as a crash or
    an OOM kill would be; `start()` again after it."""

    def __init__(self, env: dict, log_path: Path, concurrency: int = 1, include: tuple[str, ...] = ()):
        self.env, self.log_path, self.concurrency, self.include = env, log_path, concurrency, include
        self.process = None

    def start(self) -> "Worker":
        command = [sys.executable, "-m", "celery", "-A", "vocapp.tasks", "worker", "--loglevel", "INFO",
                   "--concurrency", str(self.concurrency), "--without-mingle", "--without-gossip",
                   "--hostname", f"test-{time.monotonic_ns()}@%h"]
        if self.include:
            command += ["--include", ",".join(self.include)]
        log = open(self.log_path, "a")
        self.process = subprocess.Popen(command, cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
                                        start_new_session=True)
        return self

    def kill(self) -> None:
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(timeout=10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()

    def log(self) -> str:
        return self.log_path.read_text(errors="replace")[-6000:]


def new_broker_connections() -> None:
    """Sends open new connections, not a pool an earlier test closed (or made for another broker)."""
    import kombu.pools

    from vocapp.tasks.app import celery

    celery.pool.force_close_all()
    kombu.pools.reset()
    celery._pool = celery.amqp._producer_pool = None


@pytest.fixture
def broker(app, redis_url):
    """The test app sends its jobs to Redis (emptied first) for the length of the test."""
    import redis

    from vocapp.tasks.app import init_app

    redis.Redis.from_url(redis_url).flushdb()
    app.config["CELERY_BROKER_URL"] = redis_url
    init_app(app)
    new_broker_connections()
    yield redis_url
    app.config["CELERY_BROKER_URL"] = ""
    init_app(app)
    new_broker_connections()


@pytest.fixture
def workers(app, broker, tmp_path):
    """start_worker(concurrency=1, include=()) -> a started Worker on the suite's database and the test broker;
    every one is stopped afterwards, and its log printed when the test failed."""
    started: list[Worker] = []
    env = {**os.environ, "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"], "CELERY_BROKER_URL": broker,
           "SECRET_KEY": app.config["SECRET_KEY"], "VOC_BASE_URL": app.config["VOC_BASE_URL"],
           "VOC_ANALYSE_ON_SAVE": "0", "VOC_JOB_REDELIVERY_SECONDS": "10", "PYTHONPATH": str(ROOT)}

    def start_worker(concurrency: int = 1, include: tuple[str, ...] = (), **extra_env) -> Worker:
        worker = Worker({**env, **extra_env, "SMTP_URL": app.config.get("SMTP_URL", "")},
                        tmp_path / f"worker-{len(started)}.log", concurrency, include).start()
        started.append(worker)
        return worker

    yield start_worker
    for worker in started:
        worker.stop()
    for worker in started:
        print(f"--- {worker.log_path.name}\n{worker.log()}")


def wait_for(condition, timeout: float = 60, every: float = 0.1, what: str = "the condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(every)
    raise AssertionError(f"timed out after {timeout:g} s waiting for {what}")
