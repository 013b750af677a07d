"""Background jobs on Celery: `celery -A vocapp.tasks worker` carries them out and `celery -A vocapp.tasks beat`
schedules the periodic ones. With no broker configured they run in the web process (see vocapp.tasks.app).

Code that starts a job imports vocapp.tasks.jobs (or a task's module), never this package: this module is the
worker's entry point, and the only one that reaches back to vocapp.create_app."""
from vocapp.tasks import app as _app
from vocapp.tasks.app import celery
from vocapp.tasks import mail, schedule  # noqa: F401  (e-mail jobs and the beat schedule)
from vocapp.tasks import analysis, imports  # noqa: F401  (analysis and imports)


def _worker_app():
    from vocapp import create_app

    return create_app()


_app.make_app = _worker_app
app = celery  # what `celery -A vocapp.tasks` looks for
