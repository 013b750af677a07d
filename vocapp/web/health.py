"""GET /healthz, for the load balancer and the process supervisor: 200 while this process can serve (it reaches
the database), 503 when it cannot. Redis, when configured, is reported but does not fail the check: every web
process shares it, so failing them all would turn a Redis outage (rate limits fall back to each process's memory,
answers are still saved) into a full one."""
import logging

import redis
from flask import Blueprint, current_app
from sqlalchemy import text

from vocapp.extensions import db

bp = Blueprint("health", __name__)
log = logging.getLogger(__name__)


def _database() -> bool:
    try:
        db.session.execute(text("SELECT 1"))
        return True
    except Exception:  # noqa: BLE001 - any failure means this process cannot serve
        log.exception("health check: the database does not answer")
        db.session.rollback()
        return False


def _redis(url: str) -> bool:
    client = redis.Redis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
    try:
        return bool(client.ping())
    except redis.RedisError:
        log.warning("health check: Redis does not answer", exc_info=True)
        return False
    finally:
        client.close()


@bp.get("/healthz")
def healthz():
    checks = {"database": "ok" if _database() else "unreachable"}
    if current_app.config.get("REDIS_URL"):
        checks["redis"] = "ok" if _redis(current_app.config["REDIS_URL"]) else "unreachable"
    healthy = checks["database"] == "ok"
    status = "ok" if all(value == "ok" for value in checks.values()) else "degraded" if healthy else "failing"
    return {"status": status, **checks}, 200 if healthy else 503, {"Cache-Control": "no-store"}
