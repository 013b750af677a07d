"""Fixtures shared by the suite. DATABASE_URL selects the database (PostgreSQL in the second CI run);
without it each run gets a fresh SQLite file. The schema is built by the migrations, as in production."""
import email
import os
import socket
import threading
from email.policy import default

import pytest

SECRET = "test-secret-key"


def _database_url(tmp_path_factory) -> str:
    url = os.environ.get("DATABASE_URL")
    if url:
        return url.replace("postgresql://", "postgresql+psycopg://", 1) if url.startswith("postgresql://") else url
    return f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.db'}"


def reset_schema(db) -> None:
    """An empty database: every table, and alembic's version table, dropped."""
    from sqlalchemy import text

    with db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        else:
            tables = connection.execute(text("SELECT name FROM sqlite_master WHERE type='table' "
                                             "AND name NOT LIKE 'sqlite_%'")).scalars().all()
            connection.execute(text("PRAGMA foreign_keys=OFF"))
            for table in tables:
                connection.execute(text(f'DROP TABLE "{table}"'))
            connection.execute(text("PRAGMA foreign_keys=ON"))


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    from flask_migrate import upgrade

    from vocapp import create_app
    from vocapp.extensions import db

    app = create_app({
        "TESTING": True,
        "SECRET_KEY": SECRET,
        "SQLALCHEMY_DATABASE_URI": _database_url(tmp_path_factory),
        "WTF_CSRF_ENABLED": False,
        "RATELIMIT_ENABLED": False,
        "VOC_ANALYSE_ON_SAVE": False,  # one test turns it on and waits for the worker
        "VOC_BASE_URL": "http://voc.test",
        "SERVER_NAME": None,
    })
    with app.app_context():
        reset_schema(db)
        upgrade()
    return app


@pytest.fixture
def limited_app(app):
    """Another app on the same database with the rate limits on (the suite runs without them). The limiter is one
    object shared by every app of the session: it is switched off and emptied again afterwards."""
    from vocapp import create_app
    from vocapp.extensions import limiter

    limited = create_app({**app.config, "RATELIMIT_ENABLED": True})
    limiter.reset()
    try:
        yield limited
    finally:
        limiter.enabled = False
        limiter.reset()


@pytest.fixture(autouse=True)
def _clean_database(request):
    """Each test that touches the database starts from empty tables."""
    yield
    if "app" not in request.fixturenames:
        return
    from sqlalchemy import text

    from vocapp.extensions import db

    app = request.getfixturevalue("app")
    with app.app_context():
        db.session.remove()
        tables = [table.name for table in reversed(db.metadata.sorted_tables)]
        with db.engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
            else:
                for table in tables:
                    connection.execute(text(f'DELETE FROM "{table}"'))


@pytest.fixture
def ctx(app):
    """An application context, for tests that use the models directly."""
    with app.app_context():
        yield app


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


def make_user(role: str, email: str | None = None, password: str = "correct horse battery"):
    from vocapp.extensions import db
    from vocapp.models import User

    user = User(email=email or f"{role}@example.example", name=f"{role.title()} Person", role=role)
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    return user


@pytest.fixture
def login(app, client):
    """login("csm") creates a user with that role and signs the test client in as that user."""
    def sign_in(role: str, email: str | None = None):
        with app.app_context():
            user = make_user(role, email)
            email = user.email
        response = client.post("/login", data={"email": email, "password": "correct horse battery"})
        assert response.status_code == 302, response.data
        return client
    return sign_in


@pytest.fixture(scope="session")
def live_server(app):
    """The app served over HTTP on a free loopback port, for the browser tests."""
    from werkzeug.serving import make_server

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}"
    server.shutdown()


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"]


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
                                              headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class Inbox:
    def __init__(self):
        self.messages, self.refuse = [], set()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(email.message_from_bytes(envelope.content, policy=default))
        return "250 OK"


@pytest.fixture
def smtp(app):
    """A real SMTP server on a free loopback port; SMTP_URL points at it and its inbox is returned."""
    from aiosmtpd.controller import Controller

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    app.config["SMTP_URL"] = f"smtp://127.0.0.1:{port}?from=feedback@pipely.example"
    yield inbox
    app.config["SMTP_URL"] = ""
    controller.stop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """A real Redis server (Debian's redis-server) on a free loopback port, in memory only, stopped afterwards."""
    import subprocess
    import time

    import redis

    port = free_port()
    workdir = tmp_path_factory.mktemp("redis")
    server = subprocess.Popen(["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "",
                               "--appendonly", "no", "--dir", str(workdir)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    url = f"redis://127.0.0.1:{port}/0"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("redis-server did not start: run scripts/system-deps.sh") from None
            time.sleep(0.05)
    yield url
    server.terminate()
    server.wait(timeout=10)
