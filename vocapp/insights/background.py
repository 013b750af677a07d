"""Analysis of new texts off the request path: the page that saved a response returns at once, and the text is
analysed a moment later, by a worker (`celery -A vocapp.tasks worker`) when a broker is configured, else on the
job thread of this process. The texts a process saves within WINDOW seconds go as one task: analysing a batch
costs a fraction of analysing its texts one by one. Whatever is missed (a crash, a restart) stays pending and
`voc analyze` picks it up."""
import atexit
import logging
import threading
from collections import defaultdict
from typing import Optional

from flask import Flask, current_app
from kombu.exceptions import OperationalError as KombuOperationalError

from vocapp.tasks.analysis import analyse_texts
from vocapp.tasks.app import enqueue, in_process

log = logging.getLogger(__name__)
WINDOW = 0.25  # seconds a saved text waits for others to go with it
_made = threading.Lock()


class AnalysisQueue:
    """The texts this process saved and has not sent for analysis yet."""

    def __init__(self, app: Flask):
        self.app = app
        self.lock = threading.Lock()
        self.waiting: dict[str, list[int]] = defaultdict(list)
        self.timer: Optional[threading.Timer] = None
        atexit.register(self.send)

    def submit(self, source_type: str, source_id: int) -> None:
        with self.lock:
            self.waiting[source_type].append(source_id)
            if self.timer is None:
                self.timer = threading.Timer(WINDOW, self.send)
                self.timer.daemon = True
                self.timer.start()

    def send(self) -> None:
        with self.lock:
            waiting, self.waiting = self.waiting, defaultdict(list)
            if self.timer is not None:
                self.timer.cancel()
                self.timer = None
        if waiting:
            with self.app.app_context():
                for source_type, ids in waiting.items():
                    try:
                        enqueue(analyse_texts, source_type, sorted(set(ids)))
                    except (KombuOperationalError, OSError):  # they stay pending for `voc analyze`
                        log.exception("%d %s text(s) not sent for analysis: the job queue did not answer",
                                      len(ids), source_type)

    def drain(self, timeout: float = 60) -> None:
        """Sends what waits and, without a broker, waits for it to be analysed (tests and shutdown)."""
        self.send()
        in_process(self.app).drain(timeout)


def analysis_queue(app: Flask | None = None) -> AnalysisQueue:
    app = app or current_app._get_current_object()
    with _made:
        if "voc_analysis" not in app.extensions:
            app.extensions["voc_analysis"] = AnalysisQueue(app)
    return app.extensions["voc_analysis"]


def schedule(source_type: str, source_id: int) -> None:
    """Queues a text for analysis after the current request has committed it."""
    if current_app.config.get("VOC_ANALYSE_ON_SAVE", True):
        analysis_queue().submit(source_type, source_id)
