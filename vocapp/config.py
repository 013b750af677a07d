"""Settings from the environment. Every setting has a safe default for a laptop."""
import ipaddress
import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit


class ConfigError(ValueError):
    """A setting from the environment that cannot be used; the message names the variable and what it takes."""


def _thresholds(raw: str) -> tuple[float, float]:
    try:
        first, second = (float(part) for part in raw.split(","))
    except ValueError:
        first = second = -1.0
    if not 0 < first < second < 100:
        raise ConfigError(f"VOC_TIER_THRESHOLDS must be two increasing percentages between 0 and 100, such as "
                          f"45,75; got {raw!r}")
    return first, second


def _whole(name: str, default: int, minimum: int = 1) -> int:
    raw = os.environ.get(name, "").strip() or str(default)
    if not raw.isdigit() or int(raw) < minimum:  # isdigit: no sign, no decimals, no 1_000
        raise ConfigError(f"{name} must be a whole number of at least {minimum}; got {raw!r}")
    return int(raw)


def _number(name: str, default: float, minimum: float = 0) -> float:
    raw = os.environ.get(name, "").strip() or str(default)
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not value >= minimum or value == float("inf"):  # also refuses nan
        raise ConfigError(f"{name} must be a number of at least {minimum:g}; got {raw!r}")
    return value


def _flag(name: str, default: bool) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if not raw:
        return default
    if raw not in ("1", "true", "yes", "on", "0", "false", "no", "off"):
        raise ConfigError(f"{name} must be 1 or 0 (also true/false, yes/no, on/off); got {raw!r}")
    return raw in ("1", "true", "yes", "on")


def _product_names(raw: str) -> tuple[str, ...]:
    names = tuple(name.strip() for name in raw.split(";") if name.strip())
    if any(len(name) > 100 for name in names):
        raise ConfigError(f"VOC_PRODUCT_NAMES must be the product's names separated by semicolons, each of at most "
                          f"100 characters, such as Acme CRM;Acme; got {raw!r}")
    return names


def _base_url(raw: str) -> str:
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise ConfigError(f"VOC_BASE_URL must be the address customers open, such as https://voc.example.com; "
                          f"got {raw!r}")
    return raw.rstrip("/")


def parse_networks(raw: str) -> tuple:
    """VOC_TRUSTED_PROXIES: addresses or networks, comma-separated, e.g. `127.0.0.1, 10.0.0.0/8`."""
    try:
        return tuple(ipaddress.ip_network(part.strip(), strict=False) for part in raw.split(",") if part.strip())
    except ValueError as error:
        raise ConfigError(f"VOC_TRUSTED_PROXIES must be addresses or networks, comma-separated, such as "
                          f"127.0.0.1, 10.0.0.0/8: {error}") from None


def _redis_url(name: str, raw: str) -> str:
    if raw and urlsplit(raw).scheme not in ("redis", "rediss", "redis+socket"):
        raise ConfigError(f"{name} must be a Redis address such as redis://127.0.0.1:6379/0; got {raw!r}")
    return raw


def broker_url() -> str:
    """CELERY_BROKER_URL, else REDIS_URL, else none: then jobs run in the process that starts them."""
    return (_redis_url("CELERY_BROKER_URL", os.environ.get("CELERY_BROKER_URL", "").strip())
            or _redis_url("REDIS_URL", os.environ.get("REDIS_URL", "").strip()))


def job_redelivery_seconds() -> int:
    """How long a task held by a worker that vanished waits before another worker takes it: longer than the
    longest task, or a slow task would run twice at once."""
    return _whole("VOC_JOB_REDELIVERY_SECONDS", 3600, minimum=10)


def from_environment(instance_path: str) -> dict:
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{Path(instance_path) / 'vocapp.db'}"
    if database_url.startswith("postgres://"):  # the form Heroku-style hosts hand out
        database_url = "postgresql+psycopg://" + database_url.removeprefix("postgres://")
    elif database_url.startswith("postgresql://"):
        database_url = "postgresql+psycopg://" + database_url.removeprefix("postgresql://")
    redis_url = _redis_url("REDIS_URL", os.environ.get("REDIS_URL", "").strip())
    return {
        "SECRET_KEY": os.environ.get("SECRET_KEY") or _instance_secret(instance_path),
        "SQLALCHEMY_DATABASE_URI": database_url,
        "VOC_BASE_URL": _base_url(os.environ.get("VOC_BASE_URL", "").strip() or "http://127.0.0.1:5000"),
        "VOC_TIER_THRESHOLDS": _thresholds(os.environ.get("VOC_TIER_THRESHOLDS", "").strip() or "45,75"),
        "SMTP_URL": os.environ.get("SMTP_URL", ""),
        "VOC_PERSONA_WINDOW_DAYS": _whole("VOC_PERSONA_WINDOW_DAYS", 365),
        "VOC_DECISION_MAKER_WEIGHT": _number("VOC_DECISION_MAKER_WEIGHT", 2, minimum=1),
        "VOC_ANALYSE_ON_SAVE": _flag("VOC_ANALYSE_ON_SAVE", True),
        "VOC_CASE_ALERTS": _flag("VOC_CASE_ALERTS", True),
        "VOC_PRODUCT_NAMES": _product_names(os.environ.get("VOC_PRODUCT_NAMES", "")),
        # REDIS_URL, when set, is the broker of the background jobs and the store of the rate-limit counters, so
        # that any number of web and worker processes share them; each can also be set on its own.
        "REDIS_URL": redis_url,
        "CELERY_BROKER_URL": broker_url(),
        "VOC_JOB_REDELIVERY_SECONDS": job_redelivery_seconds(),
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "").strip() or redis_url or "memory://",
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        # SESSION_COOKIE_SECURE and REMEMBER_COOKIE_SECURE follow VOC_BASE_URL (see create_app).
        "REMEMBER_COOKIE_DURATION": timedelta(days=_whole("VOC_REMEMBER_DAYS", 14)),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "VOC_TRUSTED_PROXIES": parse_networks(os.environ.get("VOC_TRUSTED_PROXIES", "")),
        "VOC_LOGIN_THROTTLE": _flag("VOC_LOGIN_THROTTLE", True),
        "VOC_LOGIN_WINDOW_MINUTES": _whole("VOC_LOGIN_WINDOW_MINUTES", 15),
        "VOC_LOGIN_MAX_PER_ACCOUNT": _whole("VOC_LOGIN_MAX_PER_ACCOUNT", 5),
        "VOC_LOGIN_MAX_PER_CLIENT": _whole("VOC_LOGIN_MAX_PER_CLIENT", 20),
        "MAX_CONTENT_LENGTH": 64 * 1024 * 1024,
    }


def _instance_secret(instance_path: str) -> str:
    """A secret kept in instance/ so sessions survive a restart when SECRET_KEY is not set."""
    path = Path(instance_path) / "secret_key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(48))
        path.chmod(0o600)
    return path.read_text().strip()
