"""The audit trail in the app's log: sign-ins (kept, refused, throttled), sign-outs, passwords, users' roles and
state, API tokens, on the web and from the command line; never a password or a token."""
import logging

import pytest

from conftest import make_user
from vocapp.extensions import db
from vocapp.models import ApiToken, User


@pytest.fixture
def trail(caplog):
    caplog.set_level(logging.INFO, logger="vocapp.audit")
    return lambda: [r.getMessage() for r in caplog.records if r.name == "vocapp.audit"]


def test_sign_ins_and_the_admins_changes_are_on_the_trail_without_secrets(app, client, trail):
    with app.app_context():
        make_user("admin", "ada@example.example")
        maya_id = make_user("csm", "maya@example.example").id
    client.post("/login", data={"email": "ada@example.example", "password": "wrong one"})
    client.post("/login", data={"email": "ada@example.example", "password": "correct horse battery"})
    client.post(f"/admin/users/{maya_id}", data={"name": "Maya", "role": "product", "password": "brand-new-secret"})
    client.post(f"/admin/users/{maya_id}/toggle", data={})
    client.post("/admin/tokens", data={"name": "CRM sync"})
    with app.app_context():
        token_id = db.session.scalar(db.select(ApiToken.id))
    client.post(f"/admin/tokens/{token_id}/revoke", data={})
    client.post("/logout")
    lines = trail()
    assert lines[:2] == ["sign-in refused by - from 127.0.0.1: email=ada@example.example",
                         "signed in by ada@example.example from 127.0.0.1: remember=False"]
    assert "role changed by ada@example.example from 127.0.0.1: user=maya@example.example old=csm new=product" \
        in lines
    assert "password set by an admin by ada@example.example from 127.0.0.1: user=maya@example.example" in lines
    assert "user deactivated by ada@example.example from 127.0.0.1: user=maya@example.example" in lines
    assert "API token issued by ada@example.example from 127.0.0.1: token='CRM sync'" in lines
    assert "API token revoked by ada@example.example from 127.0.0.1: token='CRM sync'" in lines
    assert lines[-1] == "signed out everywhere by ada@example.example from 127.0.0.1:"
    text = "\n".join(lines)
    assert "brand-new-secret" not in text and "correct horse" not in text and "wrong one" not in text


def test_the_command_line_and_a_throttled_sign_in_are_on_the_trail(app, client, runner, trail):
    result = runner.invoke(args=["voc", "user", "create", "ops@example.example", "--role", "admin",
                                 "--password", "long-enough-pass"])
    assert result.exit_code == 0, result.output
    app.config["VOC_LOGIN_MAX_PER_ACCOUNT"] = 2
    try:
        for _ in range(3):
            client.post("/login", data={"email": "ops@example.example", "password": "nope-nope"})
    finally:
        app.config["VOC_LOGIN_MAX_PER_ACCOUNT"] = 5
    lines = trail()
    assert lines[0] == "user created, password set by the command line: user=ops@example.example role=admin"
    assert lines[-1].startswith("sign-in throttled by - from 127.0.0.1: email=ops@example.example wait_seconds=")
    with app.app_context():
        assert db.session.query(User).count() == 1


def test_the_trail_reaches_stderr_in_a_process_of_its_own(tmp_path):
    """Outside pytest (whose handlers sit on the root logger) an audit line is written to the app's log: stderr."""
    import os
    import subprocess
    import sys

    script = ("from vocapp import create_app\n"
              "app = create_app()\n"
              "with app.test_request_context('/'):\n"
              "    from vocapp.audit import audit\n"
              "    audit('probe', user='x@example.example')\n")
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'probe.db'}", "SECRET_KEY": "probe"}
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "INFO in audit: probe by - from unknown: user=x@example.example" in done.stderr
