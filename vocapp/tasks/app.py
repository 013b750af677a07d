"""The Celery application and how work reaches it.

With a broker (CELERY_BROKER_URL, or REDIS_URL) a task goes to `celery -A vocapp.tasks worker` processes. Without one,
the embedded default, it runs in the process that started it, on one background thread, so `make run` needs nothing
more. Either way the task runs inside a Flask application context: the worker makes its own app from the environment.
"""
import logging
import time
from concurrent.futures import Future, ThreadPoolExecutor, wait
from contextlib import contextmanager
from typing import Callable, Optional

from celery import Celery
from flask import Flask, current_app, has_app_context

from vocapp import config as settings

log = logging.getLogger(__name__)

celery = Celery("vocapp")
celery.conf.update(
    task_serializer="json", accept_content=["json"], task_ignore_result=True,  # outcomes live in the jobs table
    task_acks_late=True,  # a task is taken off the queue when it ends: a worker killed mid-task leaves it queued
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,  # long tasks: a worker holds one at a time, the others stay free to take
    broker_connection_retry_on_startup=True,
    worker_hijack_root_logger=False,
    timezone="UTC",
)

_tasks_app: Optional[Flask] = None  # the app a worker's tasks run in: the first made in the process
make_app: Optional[Callable[[], Flask]] = None  # vocapp.create_app, set by the package (import order)


def _broker_settings(broker_url: str, redelivery_seconds: int) -> dict:
    return {"broker_url": broker_url or "memory://",
            # how long a task taken by a worker that then vanished waits before another worker gets it
            "broker_transport_options": {
                "visibility_timeout": redelivery_seconds,
                # Workers look for such tasks every tenth of that time (at most every 10 s), not kombu's default of
                # every 100 s, which would more than double a short redelivery delay.
                "unacked_restore_interval": max(1, min(10, redelivery_seconds // 10)),
                "unacked_restore_throttle": 1}}


def init_app(app: Flask) -> None:
    global _tasks_app
    if _tasks_app is None:
        _tasks_app = app
    celery.conf.update(_broker_settings(app.config["CELERY_BROKER_URL"], app.config["VOC_JOB_REDELIVERY_SECONDS"]))


def tasks_app() -> Flask:
    if _tasks_app is None:
        make_app()  # from the environment, as `celery -A vocapp.tasks worker` runs it; sets _tasks_app
    return _tasks_app


@contextmanager
def app_context():
    """The running request's or command's context when there is one, else the worker's own app."""
    if has_app_context():
        yield current_app._get_current_object()
        return
    from vocapp.extensions import db

    app = tasks_app()
    with app.app_context():
        try:
            yield app
        finally:
            db.session.remove()


class InProcess:
    """Tasks run on one thread of this process when no broker is configured."""

    def __init__(self, app: Flask):
        self.app = app
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="voc-jobs")
        self.futures: list[Future] = []

    def submit(self, task, args: tuple) -> Future:
        future = self.executor.submit(self._run, task, args)
        self.futures = [f for f in self.futures if not f.done()] + [future]
        return future

    def drain(self, timeout: float = 60) -> None:
        """Waits for the queued work, and for the work it queues in turn (tests and shutdown)."""
        deadline = time.monotonic() + timeout
        while (pending := [f for f in self.futures if not f.done()]) and time.monotonic() < deadline:
            wait(pending, timeout=deadline - time.monotonic())

    def _run(self, task, args: tuple) -> None:
        with self.app.app_context():
            from vocapp.extensions import db

            try:
                task.apply(args=args, throw=False)  # a failure is recorded on its job, and logged
            finally:
                db.session.remove()


def in_process(app: Optional[Flask] = None) -> InProcess:
    app = app or current_app._get_current_object()
    if "voc_jobs" not in app.extensions:
        app.extensions["voc_jobs"] = InProcess(app)
    return app.extensions["voc_jobs"]


def enqueue(task, *args) -> None:
    """Sends the task to the workers, or runs it on this process's job thread when there is no broker."""
    app = current_app._get_current_object()
    if app.config["CELERY_BROKER_URL"]:
        task.apply_async(args=args)
    else:
        in_process(app).submit(task, args)


# A worker reads its broker from the environment before any Flask app exists.
celery.conf.update(_broker_settings(settings.broker_url(), settings.job_redelivery_seconds()))
