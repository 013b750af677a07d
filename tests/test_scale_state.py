"""What a web process keeps must not differ between processes: one SECRET_KEY for all of them, rate-limit counters
in Redis (and a Redis outage costs no answer), caches keyed by the database's content, and a health check for the
load balancer."""
import os
import subprocess
import sys

import pytest
import redis
from sqlalchemy import select, update

from conftest import SECRET, free_port
from helpers import add_account, add_contact
from vocapp import create_app
from vocapp.config import ConfigError
from vocapp.distribution import Audience, issue_links
from vocapp.extensions import db, limiter
from vocapp.models import Response, Survey, Theme

SHARED_VARIABLES = ("SECRET_KEY", "REDIS_URL", "CELERY_BROKER_URL", "RATELIMIT_STORAGE_URI")


@pytest.fixture
def fresh_limiter(app):
    """Each create_app here re-initialises the one limiter of the process: afterwards it is off and counts in
    memory again, as the suite runs."""
    yield
    create_app({**app.config, "RATELIMIT_ENABLED": True})  # the suite's memory:// (a disabled limiter keeps its store)
    limiter.enabled = False
    limiter._storage_dead = False  # Flask-Limiter's fallback flag, set while a dead Redis was in use
    limiter.reset()


@pytest.fixture
def environment(monkeypatch, fresh_limiter):
    for name in SHARED_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


POSTGRES = "postgresql+psycopg://voc@127.0.0.1:1/voc"


def test_a_shared_database_without_secret_key_refuses_to_start(environment):
    with pytest.raises(ConfigError) as error:
        create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": POSTGRES})
    message = str(error.value)
    assert message.startswith("SECRET_KEY must be set when the database is not a SQLite file")
    assert message.endswith("secret_key"), "it names the instance file whose value keeps links matched"


@pytest.mark.parametrize("variable", ["REDIS_URL", "CELERY_BROKER_URL", "RATELIMIT_STORAGE_URI"])
def test_redis_with_a_sqlite_file_also_needs_secret_key(environment, tmp_path, variable):
    environment.setenv(variable, "redis://127.0.0.1:6379/0")
    with pytest.raises(ConfigError, match="^SECRET_KEY must be set"):
        create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'voc.db'}"})


def test_the_voc_command_says_so_in_one_line(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in SHARED_VARIABLES}
    env["DATABASE_URL"] = POSTGRES
    result = subprocess.run([sys.executable, "-m", "vocapp", "user", "list"], capture_output=True, text=True,
                            timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("voc: SECRET_KEY must be set when the database is not a SQLite file")
    assert len(result.stderr.strip().splitlines()) == 1, "no traceback"


def test_one_machine_keeps_its_instance_secret_and_a_set_key_is_taken(environment, tmp_path):
    laptop = create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'voc.db'}"})
    instance_secret = laptop.config["SECRET_KEY"]
    assert create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": POSTGRES, "SECRET_KEY": SECRET})
    environment.setenv("SECRET_KEY", instance_secret)  # what the message advises: the same key, set for all
    assert create_app({"TESTING": True, "SQLALCHEMY_DATABASE_URI": POSTGRES}).config["SECRET_KEY"] == instance_secret


def _login_posts(client, count: int, start: int = 0) -> list[int]:
    return [client.post("/login", data={"email": f"guess{start + n}@example.example", "password": "wrong"}).status_code
            for n in range(count)]


def test_rate_limit_counters_live_in_redis_not_in_the_process(app, redis_url, fresh_limiter):
    store = redis_url.rsplit("/", 1)[0] + "/5"
    redis.Redis.from_url(store).flushdb()
    first = create_app({**app.config, "RATELIMIT_ENABLED": True, "RATELIMIT_STORAGE_URI": store})
    assert _login_posts(first.test_client(), 10) == [200] * 10
    assert redis.Redis.from_url(store).keys("LIMITS:*"), "the counter is in Redis"
    # A new process knows nothing of the first one's memory: only Redis can tell it that ten posts were made.
    second = create_app({**app.config, "RATELIMIT_ENABLED": True, "RATELIMIT_STORAGE_URI": store})
    refused = second.test_client().post("/login", data={"email": "guess10@example.example", "password": "wrong"})
    assert refused.status_code == 429 and "Please wait a minute" in refused.get_data(as_text=True)


def test_a_dead_redis_costs_no_answer_and_limits_still_count_in_memory(app, fresh_limiter, caplog):
    dead = f"redis://127.0.0.1:{free_port()}/0"
    limited = create_app({**app.config, "RATELIMIT_ENABLED": True, "RATELIMIT_STORAGE_URI": dead})
    with limited.app_context():
        account = add_account()
        add_contact(account)
        survey = Survey(kind="nps", name="Outage", status="open")
        db.session.add(survey)
        db.session.commit()
        [link] = issue_links(survey, "", Audience()).links
        db.session.commit()
    client = limited.test_client()
    assert client.post(link.url, data={"score": "9"}).status_code == 303
    with limited.app_context():
        assert db.session.scalar(select(Response.score)) == 9, "the answer is saved"
    assert "falling back to in-memory storage" in caplog.text
    assert _login_posts(client, 10) == [200] * 10
    assert _login_posts(client, 1, start=10) == [429], "the cap still holds, per process, until Redis is back"


def test_health_check_answers_for_the_load_balancer(app, client, redis_url, fresh_limiter):
    healthy = client.get("/healthz")
    assert healthy.status_code == 200 and healthy.json == {"status": "ok", "database": "ok"}
    assert healthy.headers["Cache-Control"] == "no-store"
    with_redis = create_app({**app.config, "REDIS_URL": redis_url}).test_client().get("/healthz")
    assert with_redis.status_code == 200 and with_redis.json == {"status": "ok", "database": "ok", "redis": "ok"}
    dead_redis = create_app({**app.config, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"})
    degraded = dead_redis.test_client().get("/healthz")
    assert degraded.status_code == 200, "a Redis outage must not take every web process out of the balancer"
    assert degraded.json == {"status": "degraded", "database": "ok", "redis": "unreachable"}
    dead_database = create_app({**app.config, "SQLALCHEMY_DATABASE_URI": f"postgresql+psycopg://voc@127.0.0.1:"
                                                                         f"{free_port()}/voc"})
    failing = dead_database.test_client().get("/healthz")
    assert failing.status_code == 503 and failing.json == {"status": "failing", "database": "unreachable"}


def test_the_theme_analyser_follows_a_change_made_by_another_process(ctx):
    """The analyser is cached per taxonomy, and the taxonomy is read from the database for every analysis: a theme
    edited through another web process (here: an UPDATE that no code of this process sees) is used at once."""
    from vocapp.insights.themes import current_analyzer

    before = current_analyzer()
    assert current_analyzer() is before, "built once per taxonomy"
    theme = db.session.scalars(select(Theme).order_by(Theme.id)).first()
    with db.engine.begin() as other_process:
        other_process.execute(update(Theme).where(Theme.id == theme.id)
                              .values(patterns=[*theme.patterns, "quarterly ferret audit"]))
    db.session.expire_all()
    after = current_analyzer()
    assert after is not before
    tags = set(after.analyze("The quarterly ferret audit is painful.").themes)
    assert theme.key in tags
