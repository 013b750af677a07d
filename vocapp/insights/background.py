"""Analysis of new texts off the request path: the page that saved a response returns at once, and one
worker thread analyses the text a moment later. Whatever the worker misses (a crash, a restart) stays
pending and `voc analyze` picks it up."""
import logging
from concurrent.futures import Future, ThreadPoolExecutor, wait

from flask import Flask, current_app

log = logging.getLogger(__name__)


class AnalysisQueue:
    def __init__(self, app: Flask):
        self.app = app
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="voc-analysis")
        self.futures: list[Future] = []

    def submit(self, source_type: str, source_id: int) -> Future:
        future = self.executor.submit(self._run, source_type, source_id)
        self.futures = [f for f in self.futures if not f.done()] + [future]
        return future

    def drain(self, timeout: float = 30) -> None:
        """Waits for the queued work (tests and shutdown)."""
        wait(list(self.futures), timeout=timeout)

    def _run(self, source_type: str, source_id: int) -> None:
        from vocapp.extensions import db
        from vocapp.insights.sources import PROVIDERS
        from vocapp.insights.store import analyse
        from vocapp.insights.themes import current_analyzer

        with self.app.app_context():
            try:
                sources = PROVIDERS[source_type](None, [source_id])
                if sources:
                    analyse(sources, current_analyzer())
            except Exception:  # noqa: BLE001 - a failed analysis must not be lost silently, nor kill the worker
                db.session.rollback()
                log.exception("analysis of %s %s failed; `voc analyze` will retry it", source_type, source_id)
            finally:
                db.session.remove()


def analysis_queue(app: Flask | None = None) -> AnalysisQueue:
    app = app or current_app._get_current_object()
    if "voc_analysis" not in app.extensions:
        app.extensions["voc_analysis"] = AnalysisQueue(app)
    return app.extensions["voc_analysis"]


def schedule(source_type: str, source_id: int) -> None:
    """Queues a text for analysis after the current request has committed it."""
    if current_app.config.get("VOC_ANALYSE_ON_SAVE", True):
        analysis_queue().submit(source_type, source_id)
