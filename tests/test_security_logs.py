"""Survey tokens stay out of logs and caches: /s/<token> is masked in the app's, Werkzeug's and gunicorn's logs; the
links page and every staff download send Cache-Control: no-store."""
import logging
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.models import Survey
from vocapp.models.base import utcnow
from vocapp.logs import mask

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "Zk3vQx9TokenThatMustNotLeak_abc-123"
DOWNLOAD = re.compile(r"\.(csv|json|pdf|<fmt>)$")


def test_mask_hides_the_token_and_keeps_the_rest():
    assert mask(f'"GET /s/{TOKEN}/more?x=1 HTTP/1.1" 200') == '"GET /s/<masked>/more?x=1 HTTP/1.1" 200'
    assert mask(f"https://voc.example/s/{TOKEN}") == "https://voc.example/s/<masked>"
    assert mask("GET /surveys/3/links HTTP/1.1") == "GET /surveys/3/links HTTP/1.1"


def test_the_dev_server_log_shows_no_token(live_server, caplog):
    caplog.set_level(logging.INFO, logger="werkzeug")
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(f"{live_server}/s/{TOKEN}", timeout=10)
    deadline = time.monotonic() + 5
    while not any("/s/" in record.getMessage() for record in caplog.records) and time.monotonic() < deadline:
        time.sleep(0.05)  # the server thread logs after it has answered
    lines = [record.getMessage() for record in caplog.records if record.name == "werkzeug"]
    assert any("GET /s/<masked>" in line for line in lines), lines
    assert not any(TOKEN in line for line in lines)


def test_the_app_log_of_a_failing_survey_page_shows_no_token(app, caplog):
    from vocapp import create_app

    failing = create_app({**app.config, "TESTING": False})

    @failing.get("/s/<token>/crash")
    def crash(token):
        raise RuntimeError("boom")

    with caplog.at_level(logging.ERROR):
        response = failing.test_client().get(f"/s/{TOKEN}/crash")
    assert response.status_code == 500
    messages = [record.getMessage() for record in caplog.records]
    assert any("Exception on /s/<masked>/crash" in message for message in messages), messages
    assert not any(TOKEN in message for message in messages)


def test_child_loggers_are_masked_by_the_app_handler(app):
    from flask.logging import default_handler

    record = logging.getLogger("vocapp.web.respond").makeRecord(
        "vocapp.web.respond", logging.ERROR, __file__, 1, "follow-up for /s/%s failed", (TOKEN,), None)
    assert default_handler.filter(record)
    assert record.getMessage() == "follow-up for /s/<masked> failed"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_gunicorn_with_the_config_masks_tokens_in_its_access_log(app, tmp_path):
    port = _free_port()
    log = tmp_path / "access.log"
    environment = {**os.environ, "DATABASE_URL": app.config["SQLALCHEMY_DATABASE_URI"], "SECRET_KEY": "x" * 32,
                   "VOC_ANALYSE_ON_SAVE": "0", "WEB_CONCURRENCY": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "deploy" / "gunicorn.conf.py"), "-b", f"127.0.0.1:{port}",
         "--access-logfile", str(log), "--error-logfile", str(tmp_path / "error.log"), "wsgi:app"],
        cwd=ROOT, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                request = urllib.request.Request(f"http://127.0.0.1:{port}/s/{TOKEN}",
                                                 headers={"Referer": f"http://voc.test/s/{TOKEN}"})
                urllib.request.urlopen(request, timeout=5)
            except urllib.error.HTTPError:
                break  # 404: the link is unknown, but the request was served and logged
            except OSError:
                time.sleep(0.2)
        deadline = time.monotonic() + 10
        while "/s/" not in (log.read_text() if log.exists() else "") and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
    text = log.read_text()
    assert "GET /s/<masked> HTTP/1.1" in text and "http://voc.test/s/<masked>" in text, text
    assert TOKEN not in text


@pytest.fixture
def survey_with_links(app, login):
    with app.app_context():
        acme = add_account("A-1", "Acme", 50_000)
        add_contact(acme, "ana@acme.example", "Ana")
        add_contact(acme, "ben@acme.example", "Ben")
        account_id = acme.id
        survey = Survey(kind="nps", name="Q3 relationship NPS", status="open", opened_at=utcnow())
        db.session.add(survey)
        db.session.commit()
        survey_id = survey.id
    staff = login("admin")
    return staff, survey_id, account_id


def test_pages_showing_link_tokens_are_not_cached(survey_with_links):
    staff, survey_id, _ = survey_with_links
    page = staff.post(f"/surveys/{survey_id}/links", data={"tier": "", "csm": "", "accounts": "A-1"})
    assert page.status_code == 200 and "/s/" in page.get_data(as_text=True)
    assert page.headers["Cache-Control"] == "no-store"
    text = re.search(r'<textarea name="csv"[^>]*>(.*?)</textarea>', page.get_data(as_text=True), re.S).group(1)
    download = staff.post(f"/surveys/{survey_id}/links.csv", data={"csv": text.replace("&#34;", '"')})
    assert download.status_code == 200 and download.headers["Cache-Control"] == "no-store"
    reissued = staff.post(f"/surveys/{survey_id}/reissue")
    assert reissued.status_code == 200 and reissued.headers["Cache-Control"] == "no-store"


def test_every_staff_download_is_not_cached(app, survey_with_links):
    staff, survey_id, account_id = survey_with_links
    with app.app_context():
        from vocapp.roadmap.items import create_item
        item_id = create_item("Audit log").id
        db.session.commit()
    values = {"survey_id": [survey_id], "account_id": [account_id], "fmt": ["csv", "json"], "item_id": [item_id]}
    checked = []
    for rule in app.url_map.iter_rules():
        if not DOWNLOAD.search(rule.rule) or "GET" not in rule.methods or rule.rule.startswith(("/api/", "/jobs/")):
            continue
        unknown = set(rule.arguments) - set(values)
        assert not unknown, f"{rule.rule}: give this test a value for {unknown}"
        combinations = [{}]
        for argument in rule.arguments:
            combinations = [{**done, argument: value} for done in combinations for value in values[argument]]
        for arguments in combinations:
            with app.test_request_context():
                from flask import url_for
                url = url_for(rule.endpoint, **arguments)
            response = staff.get(url)
            response.get_data()  # a streamed download ends its request here
            assert response.status_code == 200, (url, response.status_code)
            assert response.headers["Content-Disposition"].startswith("attachment"), url
            assert response.headers["Cache-Control"] == "no-store", url
            checked.append(rule.endpoint)
    assert {"accounts.export_accounts", "accounts.export_contacts", "results.export_answers",
            "results.export_insights", "insights.feedback_csv", "insights.feedback_evidence",
            "interviews.export"} <= set(checked)


def test_a_malformed_log_call_does_not_raise_through_the_mask():
    from vocapp.logs import MASK

    record = logging.LogRecord("vocapp", logging.INFO, __file__, 1, "two %s %s", ("one",), None)
    assert MASK.filter(record) is True
