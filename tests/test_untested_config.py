"""Settings from the environment: each variable is read, the defaults suit a laptop, and a bad value stops the app
at start with a message naming the variable and what it takes."""
import os
import subprocess
import sys
from datetime import timedelta
from ipaddress import ip_network

import pytest

from vocapp.config import ConfigError, from_environment

VARIABLES = ("SECRET_KEY", "DATABASE_URL", "VOC_BASE_URL", "VOC_TIER_THRESHOLDS", "SMTP_URL", "VOC_PERSONA_WINDOW_DAYS",
             "VOC_DECISION_MAKER_WEIGHT", "VOC_ANALYSE_ON_SAVE", "VOC_CASE_ALERTS", "RATELIMIT_STORAGE_URI", "VOC_REMEMBER_DAYS",
             "VOC_TRUSTED_PROXIES", "VOC_LOGIN_THROTTLE", "VOC_LOGIN_WINDOW_MINUTES", "VOC_LOGIN_MAX_PER_ACCOUNT",
             "VOC_LOGIN_MAX_PER_CLIENT", "REDIS_URL", "CELERY_BROKER_URL",
             "VOC_JOB_REDELIVERY_SECONDS", "VOC_PRODUCT_NAMES")


@pytest.fixture
def environment(monkeypatch):
    """No vocapp variable set (the PostgreSQL run sets DATABASE_URL for the suite); set them with setenv."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_every_default_suits_a_laptop(environment, tmp_path):
    config = from_environment(str(tmp_path))
    assert config["SQLALCHEMY_DATABASE_URI"] == f"sqlite:///{tmp_path / 'vocapp.db'}"
    assert config["VOC_BASE_URL"] == "http://127.0.0.1:5000"
    assert config["VOC_TIER_THRESHOLDS"] == (45, 75)
    assert config["SMTP_URL"] == ""
    assert (config["VOC_PERSONA_WINDOW_DAYS"], config["VOC_DECISION_MAKER_WEIGHT"]) == (365, 2)
    assert config["VOC_ANALYSE_ON_SAVE"] is True and config["VOC_LOGIN_THROTTLE"] is True
    assert config["VOC_CASE_ALERTS"] is True, "with SMTP_URL, a new detractor case e-mails its owner"
    assert config["RATELIMIT_STORAGE_URI"] == "memory://"
    assert config["REDIS_URL"] == config["CELERY_BROKER_URL"] == "", "no broker: jobs run in the web process"
    assert config["REMEMBER_COOKIE_DURATION"] == timedelta(days=14)
    assert config["VOC_TRUSTED_PROXIES"] == ()
    assert config["VOC_PRODUCT_NAMES"] == (), "the product's names come from the surveys"
    assert (config["VOC_LOGIN_WINDOW_MINUTES"], config["VOC_LOGIN_MAX_PER_ACCOUNT"],
            config["VOC_LOGIN_MAX_PER_CLIENT"]) == (15, 5, 20)


def test_without_secret_key_a_secret_is_kept_in_the_instance_folder(environment, tmp_path):
    first = from_environment(str(tmp_path))["SECRET_KEY"]
    assert len(first) >= 48 and from_environment(str(tmp_path))["SECRET_KEY"] == first, "sessions survive a restart"
    assert (tmp_path / "secret_key").stat().st_mode & 0o777 == 0o600
    environment.setenv("SECRET_KEY", "from-the-environment")
    assert from_environment(str(tmp_path))["SECRET_KEY"] == "from-the-environment"


@pytest.mark.parametrize("variable,raw,key,expected", [
    ("DATABASE_URL", "postgres://u:p@db/voc", "SQLALCHEMY_DATABASE_URI", "postgresql+psycopg://u:p@db/voc"),
    ("DATABASE_URL", "postgresql://u@db/voc", "SQLALCHEMY_DATABASE_URI", "postgresql+psycopg://u@db/voc"),
    ("DATABASE_URL", "sqlite:////srv/voc.db", "SQLALCHEMY_DATABASE_URI", "sqlite:////srv/voc.db"),
    ("VOC_BASE_URL", "https://voc.example.com/", "VOC_BASE_URL", "https://voc.example.com"),
    ("VOC_TIER_THRESHOLDS", "50,80", "VOC_TIER_THRESHOLDS", (50, 80)),
    ("SMTP_URL", "smtps://u:p@mail.example.com", "SMTP_URL", "smtps://u:p@mail.example.com"),
    ("VOC_PERSONA_WINDOW_DAYS", "180", "VOC_PERSONA_WINDOW_DAYS", 180),
    ("VOC_DECISION_MAKER_WEIGHT", "1.5", "VOC_DECISION_MAKER_WEIGHT", 1.5),
    ("VOC_ANALYSE_ON_SAVE", "0", "VOC_ANALYSE_ON_SAVE", False),
    ("VOC_ANALYSE_ON_SAVE", "False", "VOC_ANALYSE_ON_SAVE", False),
    ("VOC_CASE_ALERTS", "no", "VOC_CASE_ALERTS", False),
    ("RATELIMIT_STORAGE_URI", "redis://cache:6379", "RATELIMIT_STORAGE_URI", "redis://cache:6379"),
    ("REDIS_URL", "redis://cache:6379/1", "RATELIMIT_STORAGE_URI", "redis://cache:6379/1"),
    ("REDIS_URL", "redis://cache:6379/1", "CELERY_BROKER_URL", "redis://cache:6379/1"),
    ("CELERY_BROKER_URL", "redis://queue:6379/2", "CELERY_BROKER_URL", "redis://queue:6379/2"),
    ("VOC_JOB_REDELIVERY_SECONDS", "600", "VOC_JOB_REDELIVERY_SECONDS", 600),
    ("VOC_REMEMBER_DAYS", "30", "REMEMBER_COOKIE_DURATION", timedelta(days=30)),
    ("VOC_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/8", "VOC_TRUSTED_PROXIES",
     (ip_network("127.0.0.1/32"), ip_network("10.0.0.0/8"))),
    ("VOC_LOGIN_THROTTLE", "off", "VOC_LOGIN_THROTTLE", False),
    ("VOC_LOGIN_WINDOW_MINUTES", "30", "VOC_LOGIN_WINDOW_MINUTES", 30),
    ("VOC_LOGIN_MAX_PER_ACCOUNT", "3", "VOC_LOGIN_MAX_PER_ACCOUNT", 3),
    ("VOC_LOGIN_MAX_PER_CLIENT", "50", "VOC_LOGIN_MAX_PER_CLIENT", 50),
    ("VOC_PRODUCT_NAMES", " Acme CRM ; Acme;; ", "VOC_PRODUCT_NAMES", ("Acme CRM", "Acme")),
])
def test_each_variable_is_read(environment, tmp_path, variable, raw, key, expected):
    environment.setenv(variable, raw)
    assert from_environment(str(tmp_path))[key] == expected


def test_every_variable_has_a_case():
    """The variables config.py reads (found in its source) are the ones tested here."""
    import inspect
    import re

    from vocapp import config

    read = set(re.findall(r'(?:environ\.get|_whole|_number|_flag)\(\s*"([A-Z_]+)"', inspect.getsource(config)))
    cases = {values[0] for values in test_each_variable_is_read.pytestmark[0].args[1]}
    assert read == set(VARIABLES) == cases | {"SECRET_KEY"}


BAD_VALUES = [
    ("VOC_BASE_URL", "voc.example.com"), ("VOC_BASE_URL", "ftp://voc.example.com"),
    ("VOC_TIER_THRESHOLDS", "45"), ("VOC_TIER_THRESHOLDS", "75,45"), ("VOC_TIER_THRESHOLDS", "a,b"),
    ("VOC_TIER_THRESHOLDS", "45,100"), ("REDIS_URL", "http://cache:6379"), ("CELERY_BROKER_URL", "amqp://queue"),
    ("VOC_JOB_REDELIVERY_SECONDS", "5"),
    ("VOC_PERSONA_WINDOW_DAYS", "a year"), ("VOC_PERSONA_WINDOW_DAYS", "0"), ("VOC_PERSONA_WINDOW_DAYS", "-30"),
    ("VOC_PERSONA_WINDOW_DAYS", "36.5"),
    ("VOC_DECISION_MAKER_WEIGHT", "double"), ("VOC_DECISION_MAKER_WEIGHT", "0.5"), ("VOC_DECISION_MAKER_WEIGHT", "nan"),
    ("VOC_ANALYSE_ON_SAVE", "maybe"), ("VOC_CASE_ALERTS", "sometimes"), ("VOC_LOGIN_THROTTLE", "disabled"),
    ("VOC_REMEMBER_DAYS", "two weeks"),
    ("VOC_TRUSTED_PROXIES", "10.0.0.300"),
    ("VOC_LOGIN_WINDOW_MINUTES", "15m"), ("VOC_LOGIN_MAX_PER_ACCOUNT", "0"), ("VOC_LOGIN_MAX_PER_CLIENT", "many"),
    ("VOC_PRODUCT_NAMES", "Acme;" + "a" * 101),
]


@pytest.mark.parametrize("variable,raw", BAD_VALUES)
def test_a_bad_value_stops_the_start_naming_the_variable(environment, tmp_path, variable, raw):
    from vocapp import create_app

    environment.setenv(variable, raw)
    with pytest.raises(ConfigError) as error:
        create_app({"TESTING": True})
    message = str(error.value)
    assert message.startswith(f"{variable} must be ") and raw.lower() in message.lower(), message


def test_the_voc_command_says_what_is_wrong_without_a_traceback(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in VARIABLES}
    env.update(VOC_PERSONA_WINDOW_DAYS="a year", DATABASE_URL=f"sqlite:///{tmp_path / 'voc.db'}")
    result = subprocess.run([sys.executable, "-m", "vocapp", "user", "list"], capture_output=True, text=True,
                            timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "voc: VOC_PERSONA_WINDOW_DAYS must be a whole number of at least 1; got 'a year'"


def test_the_voc_command_on_a_database_never_migrated_says_to_upgrade_it(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in VARIABLES}
    env.update(DATABASE_URL=f"sqlite:///{tmp_path / 'voc.db'}")
    result = subprocess.run([sys.executable, "-m", "vocapp", "user", "list"], capture_output=True, text=True,
                            timeout=120, env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == ("voc: the database has no table or column this version needs (no such table: "
                                     "users): run `voc db upgrade` first"), result.stderr
    upgraded = subprocess.run([sys.executable, "-m", "vocapp", "db", "upgrade"], capture_output=True, text=True,
                              timeout=120, env=env, cwd=tmp_path)
    assert upgraded.returncode == 0, upgraded.stderr
    listed = subprocess.run([sys.executable, "-m", "vocapp", "user", "list"], capture_output=True, text=True,
                            timeout=120, env=env, cwd=tmp_path)
    assert listed.returncode == 0 and listed.stderr == "", listed.stderr


def test_only_a_missing_table_or_column_reads_as_a_database_behind_the_code():
    from sqlalchemy.exc import OperationalError, ProgrammingError

    from vocapp.__main__ import behind_the_code, first_line
    postgres = ProgrammingError("SELECT", {}, Exception('relation "users" does not exist\nLINE 2: FROM users'))
    assert behind_the_code(postgres) and first_line(postgres.orig) == 'relation "users" does not exist'
    assert behind_the_code(OperationalError("SELECT", {}, Exception("no such column: users.session_token")))
    assert not behind_the_code(OperationalError("SELECT", {}, Exception("database is locked")))
    assert not behind_the_code(OperationalError("connect", {}, Exception('database "voc" does not exist')))
