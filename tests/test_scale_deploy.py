"""deploy/ cannot drift from the app: every setting its files give is one vocapp (or gunicorn, or the postgres
image) reads, every setting vocapp reads is listed in vocapp.env.example, and the processes it starts are the
ones the app has. Read without Docker, nginx or systemd."""
import configparser
import inspect
import ipaddress
import multiprocessing
import re
import runpy
import shlex
from pathlib import Path

import pytest
import yaml
from gunicorn.config import Config

from vocapp import config as settings

DEPLOY = Path(__file__).resolve().parent.parent / "deploy"
GUNICORN_VARIABLES = {"WEB_CONCURRENCY"}  # gunicorn's own worker count
POSTGRES_IMAGE_VARIABLES = {"POSTGRES_USER", "POSTGRES_PASSWORD", "POSTGRES_DB"}
VOCAPP_SERVICES = {"migrate", "web", "worker", "beat"}
COMMANDS = {
    "migrate": ["voc", "db", "upgrade"],
    "web": ["gunicorn", "-c", "deploy/gunicorn.conf.py", "--bind", "0.0.0.0:8000", "wsgi:app"],
    "worker": ["celery", "-A", "vocapp.tasks", "worker", "--loglevel=INFO"],
    "beat": ["celery", "-A", "vocapp.tasks", "beat", "--loglevel=INFO", "--schedule",
             "/var/lib/vocapp/celerybeat-schedule"],
}


def vocapp_reads() -> set[str]:
    return set(re.findall(r'(?:environ\.get|_whole|_number|_flag)\(\s*"([A-Z_]+)"', inspect.getsource(settings)))


def example_variables() -> set[str]:
    text = (DEPLOY / "vocapp.env.example").read_text()
    return set(re.findall(r"^#?([A-Z][A-Z0-9_]*)=", text, re.M))


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((DEPLOY / "compose.yaml").read_text())


def test_the_example_lists_every_setting_vocapp_reads_and_no_other():
    read = vocapp_reads()
    assert {"SECRET_KEY", "DATABASE_URL", "REDIS_URL", "CELERY_BROKER_URL"} <= read, "the source is still read"
    assert example_variables() == read | GUNICORN_VARIABLES


def test_compose_runs_the_whole_shape_with_settings_vocapp_reads(compose):
    services = compose["services"]
    assert set(services) == VOCAPP_SERVICES | {"postgres", "redis", "nginx"}
    read = vocapp_reads()
    for name in VOCAPP_SERVICES:
        service = services[name]
        assert service["command"] == COMMANDS[name], name
        assert service["env_file"] == "vocapp.env" and service["build"]["dockerfile"] == "deploy/Dockerfile"
        assert set(service["environment"]) <= read | GUNICORN_VARIABLES, name
        assert {"DATABASE_URL", "REDIS_URL"} <= set(service["environment"]), "one database and one Redis for all"
    assert set(services["postgres"]["environment"]) <= POSTGRES_IMAGE_VARIABLES
    text = (DEPLOY / "compose.yaml").read_text()
    assert set(re.findall(r"\$\{([A-Z_]+)", text)) == {"POSTGRES_PASSWORD"}, "the only value taken from the shell"
    for name in ("web", "worker", "beat"):
        assert services[name]["depends_on"]["migrate"] == {"condition": "service_completed_successfully"}
    assert (DEPLOY / services["web"]["build"]["dockerfile"].removeprefix("deploy/")).exists()


def test_compose_trusts_its_own_network_as_the_proxy(compose):
    [subnet] = [ipaddress.ip_network(pool["subnet"]) for pool in compose["networks"]["vocapp"]["ipam"]["config"]]
    trusted = settings.parse_networks(compose["services"]["web"]["environment"]["VOC_TRUSTED_PROXIES"])
    assert any(subnet.subnet_of(network) for network in trusted)
    assert "vocapp" in compose["services"]["nginx"]["networks"]


def test_compose_checks_web_health_at_an_address_the_app_serves(app, compose):
    probe = " ".join(compose["services"]["web"]["healthcheck"]["test"])
    path = re.search(r"http://127\.0\.0\.1:8000(/\w+)", probe).group(1)
    assert path in {rule.rule for rule in app.url_map.iter_rules()}
    assert app.test_client().get(path).status_code == 200


def _gunicorn_settings(monkeypatch, **environment) -> Config:
    for name in ("WEB_CONCURRENCY", "VOC_TRUSTED_PROXIES"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    namespace = runpy.run_path(str(DEPLOY / "gunicorn.conf.py"))
    config = Config()
    for name, value in namespace.items():
        if name.startswith("_") or inspect.ismodule(value):
            continue
        assert name in config.settings, f"gunicorn has no setting {name!r}: a typo gunicorn would ignore"
        config.set(name, value)  # gunicorn's own validation
    return config


def test_gunicorn_settings_are_gunicorns_and_follow_the_environment(monkeypatch):
    default = _gunicorn_settings(monkeypatch)
    assert default.workers == multiprocessing.cpu_count() * 2 + 1
    assert default.forwarded_allow_ips == ["127.0.0.1", "::1"]
    assert default.logger_class.__name__ == "GunicornLogger" and default.preload_app
    assert callable(default.post_fork) and callable(default.when_ready)
    configured = _gunicorn_settings(monkeypatch, WEB_CONCURRENCY="3", VOC_TRUSTED_PROXIES="10.0.0.5, 10.1.0.0/16")
    assert configured.workers == 3 and configured.forwarded_allow_ips == ["10.0.0.5", "10.1.0.0/16"]
    used = set(re.findall(r'environ\.get\("([A-Z_]+)"', (DEPLOY / "gunicorn.conf.py").read_text()))
    assert used and used <= vocapp_reads() | GUNICORN_VARIABLES


def test_nginx_matches_the_app(app, monkeypatch):
    text = (DEPLOY / "nginx.conf").read_text()
    body = re.search(r"client_max_body_size (\d+)m;", text)
    assert int(body.group(1)) * 1024 * 1024 >= app.config["MAX_CONTENT_LENGTH"], "vocapp answers 413 itself"
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in text
    assert "proxy_set_header X-Forwarded-Proto $scheme;" in text
    assert text.count('add_header Strict-Transport-Security "max-age=63072000; includeSubDomains" always;') == 2, \
        "HSTS also on static files (an add_header in a location replaces the server's)"
    assert re.search(r"listen 443 ssl", text) and "return 301 https://" in text
    alias = re.search(r"location /static/ \{\s*alias /srv/vocapp/(\S+);", text).group(1)
    assert Path(app.static_folder).as_posix().endswith(alias.rstrip("/")) and app.static_url_path == "/static"
    read_timeout = int(re.search(r"proxy_read_timeout (\d+)s;", text).group(1))
    assert read_timeout > _gunicorn_settings(monkeypatch).timeout, "gunicorn gives up first and says so"


def test_systemd_units_start_what_compose_starts():
    for name, command in COMMANDS.items():
        if name == "migrate":
            continue
        unit = configparser.ConfigParser(strict=False, interpolation=None)
        unit.read(DEPLOY / "systemd" / f"vocapp-{name}.service")
        service = unit["Service"]
        assert service["EnvironmentFile"] == "/etc/vocapp/vocapp.env" and service["WorkingDirectory"] == "/srv/vocapp"
        executable, *arguments = shlex.split(service["ExecStart"])
        assert executable == f"/srv/vocapp/.venv/bin/{command[0]}" and arguments == command[1:], name
