"""Settings from the environment. Every setting has a safe default for a laptop."""
import ipaddress
import os
import secrets
from datetime import timedelta
from pathlib import Path


def _thresholds(raw: str) -> tuple[float, float]:
    first, second = (float(part) for part in raw.split(","))
    if not 0 < first < second < 100:
        raise ValueError(f"VOC_TIER_THRESHOLDS must be two increasing percentages, got {raw!r}")
    return first, second


def parse_networks(raw: str) -> tuple:
    """VOC_TRUSTED_PROXIES: addresses or networks, comma-separated, e.g. `127.0.0.1, 10.0.0.0/8`."""
    try:
        return tuple(ipaddress.ip_network(part.strip(), strict=False) for part in raw.split(",") if part.strip())
    except ValueError as error:
        raise ValueError(f"VOC_TRUSTED_PROXIES: {error}") from None


def from_environment(instance_path: str) -> dict:
    database_url = os.environ.get("DATABASE_URL") or f"sqlite:///{Path(instance_path) / 'vocapp.db'}"
    if database_url.startswith("postgres://"):  # the form Heroku-style hosts hand out
        database_url = "postgresql+psycopg://" + database_url.removeprefix("postgres://")
    elif database_url.startswith("postgresql://"):
        database_url = "postgresql+psycopg://" + database_url.removeprefix("postgresql://")
    return {
        "SECRET_KEY": os.environ.get("SECRET_KEY") or _instance_secret(instance_path),
        "SQLALCHEMY_DATABASE_URI": database_url,
        "VOC_BASE_URL": os.environ.get("VOC_BASE_URL", "http://127.0.0.1:5000").rstrip("/"),
        "VOC_TIER_THRESHOLDS": _thresholds(os.environ.get("VOC_TIER_THRESHOLDS", "45,75")),
        "SMTP_URL": os.environ.get("SMTP_URL", ""),
        "VOC_PERSONA_WINDOW_DAYS": int(os.environ.get("VOC_PERSONA_WINDOW_DAYS", "365")),
        "VOC_DECISION_MAKER_WEIGHT": float(os.environ.get("VOC_DECISION_MAKER_WEIGHT", "2")),
        "VOC_ANALYSE_ON_SAVE": os.environ.get("VOC_ANALYSE_ON_SAVE", "1") not in ("0", "false", "no"),
        "RATELIMIT_STORAGE_URI": os.environ.get("RATELIMIT_STORAGE_URI", "memory://"),
        "SESSION_COOKIE_HTTPONLY": True,
        "SESSION_COOKIE_SAMESITE": "Lax",
        # SESSION_COOKIE_SECURE and REMEMBER_COOKIE_SECURE follow VOC_BASE_URL (see create_app).
        "REMEMBER_COOKIE_DURATION": timedelta(days=int(os.environ.get("VOC_REMEMBER_DAYS", "14"))),
        "REMEMBER_COOKIE_HTTPONLY": True,
        "REMEMBER_COOKIE_SAMESITE": "Lax",
        "VOC_TRUSTED_PROXIES": parse_networks(os.environ.get("VOC_TRUSTED_PROXIES", "")),
        "VOC_LOGIN_THROTTLE": os.environ.get("VOC_LOGIN_THROTTLE", "1") not in ("0", "false", "no"),
        "VOC_LOGIN_WINDOW_MINUTES": int(os.environ.get("VOC_LOGIN_WINDOW_MINUTES", "15")),
        "VOC_LOGIN_MAX_PER_ACCOUNT": int(os.environ.get("VOC_LOGIN_MAX_PER_ACCOUNT", "5")),
        "VOC_LOGIN_MAX_PER_CLIENT": int(os.environ.get("VOC_LOGIN_MAX_PER_CLIENT", "20")),
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
