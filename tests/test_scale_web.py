"""Two real gunicorn servers, two workers each, with deploy/gunicorn.conf.py, on the suite's database (PostgreSQL in
its second run, else a SQLite file) and one real Redis, as two machines behind a load balancer: any request may
land on either, and nothing a process keeps in its memory may make a difference."""
import http.client
import os
import re
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

import pytest
import redis
from sqlalchemy import func, select

from conftest import SECRET, free_port, make_user
from helpers import add_account, add_contact
from vocapp.distribution import Audience, issue_links
from vocapp.extensions import db
from vocapp.models import Response, Survey

ROOT = Path(__file__).resolve().parent.parent
LINKS = 6
POSTS_PER_LINK = 8  # half to each server, all at once
MAX_PER_ACCOUNT = 3  # VOC_LOGIN_MAX_PER_ACCOUNT for these servers: not the default, so the setting is seen to hold
LOGIN_POSTS_PER_MINUTE = 10  # vocapp/web/auth.py's Flask-Limiter cap


class Server:
    def __init__(self, name: str, env: dict, logs: Path):
        self.name, self.port, self.log = name, free_port(), logs / f"{name}.log"
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "deploy" / "gunicorn.conf.py"),
                 "-b", f"127.0.0.1:{self.port}", "wsgi:app"],
                cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)

    def request(self, method: str, path: str, body: str = "", headers: dict | None = None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request(method, path, body=body or None, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read().decode()
        finally:
            connection.close()

    def ready(self) -> bool:
        try:
            return self.request("GET", "/healthz")[0] == 200
        except OSError:
            return False

    def stop(self) -> None:
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class Pair(list):
    def logs(self) -> str:
        return "\n".join(f"--- {server.name} ---\n{server.log.read_text(errors='replace')[-6000:]}" for server in self)


@pytest.fixture(scope="module")
def servers(app, redis_url, tmp_path_factory):
    store = redis_url.rsplit("/", 1)[0] + "/6"  # a Redis database of this module's own
    redis.Redis.from_url(store).flushdb()
    env = {**os.environ, "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"], "REDIS_URL": store,
           "SECRET_KEY": SECRET, "VOC_ANALYSE_ON_SAVE": "0", "VOC_BASE_URL": "http://voc.test",
           "VOC_TRUSTED_PROXIES": "127.0.0.1", "VOC_LOGIN_MAX_PER_ACCOUNT": str(MAX_PER_ACCOUNT),
           "WEB_CONCURRENCY": "2"}
    for name in ("CELERY_BROKER_URL", "RATELIMIT_STORAGE_URI"):
        env.pop(name, None)
    logs = tmp_path_factory.mktemp("gunicorn")
    pair = Pair(Server(name, env, logs) for name in ("web-a", "web-b"))
    try:
        deadline = time.monotonic() + 90
        while not all(server.ready() for server in pair):
            if any(server.process.poll() is not None for server in pair) or time.monotonic() > deadline:
                pytest.fail(f"gunicorn did not start:\n{pair.logs()}")
            time.sleep(0.2)
        yield pair
    finally:
        for server in pair:  # both told at once: a graceful stop takes gunicorn a few seconds
            if server.process.poll() is None:
                server.process.send_signal(signal.SIGTERM)
        for server in pair:
            server.stop()
        print(pair.logs())  # shown when a test of this module failed


def _survey_links(app) -> list[str]:
    """Half of the links from a named survey, half from an anonymous one: an anonymous answer's row is keyed with
    SECRET_KEY, so only servers that share it find the row the other one wrote."""
    with app.app_context():
        paths = []
        for anonymous in (False, True):
            account = add_account(f"A-{anonymous:d}", f"Account {anonymous:d}")
            for n in range(LINKS // 2):
                add_contact(account, f"p{n}@{account.external_id.lower()}.example", f"P{n}")
            survey = Survey(kind="nps", name="Two servers", status="open", anonymous=anonymous)
            db.session.add(survey)
            db.session.commit()
            audience = Audience(accounts=[account.external_id])
            paths += [link.url.removeprefix("http://voc.test")
                      for link in issue_links(survey, "http://voc.test", audience).links]
            db.session.commit()
        assert len(paths) == LINKS
        return paths


def _post_at_once(server: Server, path: str, body: str, barrier: threading.Barrier, statuses: list):
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    connection.connect()  # connected before the barrier: the posts leave together
    barrier.wait()
    connection.request("POST", path, body=body, headers={"Content-Type": "application/x-www-form-urlencoded"})
    statuses.append(connection.getresponse().status)
    connection.close()


def test_answers_posted_to_both_servers_at_once_make_one_response_per_link(app, servers):
    paths = _survey_links(app)
    barrier, statuses, threads = threading.Barrier(LINKS * POSTS_PER_LINK), [], []
    for path in paths:
        for n in range(POSTS_PER_LINK):
            score_post = n % 2 == 1
            threads.append(threading.Thread(target=_post_at_once, args=(
                servers[n // 2 % 2], path if score_post else path + "/more",
                f"score={n}" if score_post else "reason=same+time", barrier, statuses)))
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(statuses) == [303] * (LINKS * POSTS_PER_LINK), (statuses, servers.logs())
    with app.app_context():
        per_link = dict(db.session.execute(select(Response.link_key, func.count()).group_by(Response.link_key)).all())
        assert len(per_link) == LINKS and set(per_link.values()) == {1}, per_link
        assert all(response.score in (1, 3, 5, 7) and response.comment == "same time"
                   for response in db.session.scalars(select(Response)))


class Browser:
    """One person's browser against the pair: its cookies go to whichever server a request lands on."""

    def __init__(self, client_address: str):
        self.cookies: dict[str, str] = {}
        self.client_address = client_address  # as the proxy in front would say in X-Forwarded-For

    def open(self, server: Server, method: str, path: str, form: dict | None = None):
        headers = {"X-Forwarded-For": self.client_address,
                   "Cookie": "; ".join(f"{name}={value}" for name, value in self.cookies.items())}
        if form is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        status, response_headers, body = server.request(method, path, urllib.parse.urlencode(form or {}), headers)
        for name, value in response_headers:
            if name.lower() == "set-cookie":
                cookie, _, _ = value.partition(";")
                key, _, content = cookie.partition("=")
                self.cookies[key] = content
        return status, dict(response_headers), body

    def csrf_token(self, server: Server) -> str:
        status, _, page = self.open(server, "GET", "/login")
        assert status == 200
        return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)

    def sign_in(self, server: Server, email: str, password: str, token: str):
        return self.open(server, "POST", "/login", {"csrf_token": token, "email": email, "password": password})


def test_a_session_started_on_one_server_is_good_on_the_other(app, servers):
    a, b = servers
    with app.app_context():
        make_user("csm", "casey@example.example")
    browser = Browser("198.51.100.10")
    token = browser.csrf_token(a)  # the form from one server, posted to the other
    status, headers, _ = browser.sign_in(b, "casey@example.example", "correct horse battery", token)
    assert status == 302, servers.logs()
    assert a.request("GET", "/accounts/", headers={"Cookie": f"session={browser.cookies['session']}"})[0] == 200
    assert browser.open(a, "GET", "/accounts/")[0] == 200
    assert browser.open(b, "POST", "/logout", {"csrf_token": token})[0] == 302
    signed_out = browser.open(a, "GET", "/accounts/")
    assert signed_out[0] == 302 and "/login" in signed_out[1]["Location"], "signing out on one ends it on both"


def test_failed_sign_ins_alternated_across_the_servers_are_throttled_on_both(app, servers):
    a, b = servers
    with app.app_context():
        make_user("csm", "victim@example.example")
    browser = Browser("198.51.100.20")
    token = browser.csrf_token(a)
    for n in range(MAX_PER_ACCOUNT):
        status, _, page = browser.sign_in(servers[n % 2], "victim@example.example", "wrong guess", token)
        assert status == 200 and "do not match an active account" in page, (n, status)
    for server in (a, b):
        status, headers, page = browser.sign_in(server, "victim@example.example", "correct horse battery", token)
        assert status == 429 and "Too many failed sign-ins" in page, (server.name, status)
        assert int(headers["Retry-After"]) > 0


def test_the_per_minute_sign_in_cap_is_counted_across_both_servers(app, servers):
    a, b = servers
    browser = Browser("198.51.100.30")
    token = browser.csrf_token(a)
    for n in range(LOGIN_POSTS_PER_MINUTE):  # five to each server: under the cap on each, the cap between them
        status, _, page = browser.sign_in(servers[n % 2], f"guess{n}@example.example", "wrong", token)
        assert status == 200 and "do not match" in page, (n, status, servers.logs())
    for server in (a, b):
        status, _, page = browser.sign_in(server, "guess-last@example.example", "wrong", token)
        assert status == 429 and "Please wait a minute" in page, (server.name, status)
    other = Browser("198.51.100.31")
    status, _, _ = other.sign_in(b, "guess0@example.example", "wrong", other.csrf_token(b))
    assert status == 200, "another client is not held back"
