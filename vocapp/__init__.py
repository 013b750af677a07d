"""vocapp: the Flask application around the surveys, analysis and reports libraries."""
from pathlib import Path
from typing import Optional

from flask import Flask

from vocapp import config as settings
from vocapp import logs, security
from vocapp.extensions import csrf, db, limiter, login_manager, migrate
from vocapp.tasks.app import init_app as init_tasks

MIGRATIONS = str(Path(__file__).parent / "migrations")


def create_app(config: Optional[dict] = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)
    app.config.from_mapping(settings.from_environment(app.instance_path))
    if config:
        app.config.update(config)
    if isinstance(app.config["VOC_TRUSTED_PROXIES"], str):
        app.config["VOC_TRUSTED_PROXIES"] = settings.parse_networks(app.config["VOC_TRUSTED_PROXIES"])
    # Served over https: the session and remember-me cookies are never sent over plain http.
    https = app.config["VOC_BASE_URL"].startswith("https://")
    app.config["SESSION_COOKIE_SECURE"] = app.config["REMEMBER_COOKIE_SECURE"] = https

    db.init_app(app)
    migrate.init_app(app, db, directory=MIGRATIONS, render_as_batch=True, compare_type=True)
    login_manager.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    security.install(app)
    init_tasks(app)
    logs.install()
    app.logger.debug("logging ready")  # Flask gives the "vocapp" logger its handler now: the audit lines need one

    from vocapp import models, params  # noqa: F401  (tables must be known before migrations run)
    from vocapp.cli import voc
    from vocapp.web import register_blueprints

    params.init_app(app)  # before the routes: ids in URLs bounded to 64 bits
    register_blueprints(app)
    app.cli.add_command(voc)
    return app
