"""What the app does for every request regardless of the page: which client sent it (behind the operator's proxies
only) and which responses no cache may keep; and, at start, that processes sharing a database sign with one key."""
import ipaddress
import os
from functools import wraps
from pathlib import Path

from flask import Flask, make_response
from werkzeug.middleware.proxy_fix import ProxyFix

from vocapp.config import ConfigError


class TrustedProxies:
    """Werkzeug's ProxyFix, applied only when the request comes from a proxy the operator named
    (VOC_TRUSTED_PROXIES): anyone else's X-Forwarded-For is ignored. Behind a chain of named proxies, the client is
    the rightmost X-Forwarded-For address that is not one of them."""

    def __init__(self, wsgi_app, networks):
        self.wsgi_app = wsgi_app
        self.networks = tuple(networks)

    def trusted(self, address: str) -> bool:
        try:
            ip = ipaddress.ip_address(address.strip())
        except ValueError:
            return False
        return any(ip in network for network in self.networks)

    def __call__(self, environ, start_response):
        if not self.trusted(environ.get("REMOTE_ADDR", "")):
            return self.wsgi_app(environ, start_response)
        forwarded = [part for part in environ.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        hops = 1
        while hops < len(forwarded) and self.trusted(forwarded[-hops]):
            hops += 1
        return ProxyFix(self.wsgi_app, x_for=hops, x_proto=1)(environ, start_response)


def no_store(view):
    """For pages that show secrets (survey links): no browser or proxy cache keeps a copy."""
    @wraps(view)
    def private(*args, **kwargs):
        response = make_response(view(*args, **kwargs))
        response.headers["Cache-Control"] = "no-store"
        return response
    return private


def shared(app: Flask) -> bool:
    """A database other machines can use too (not a SQLite file), or Redis: the shape of a production install."""
    config = app.config
    return (not config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite") or bool(config.get("REDIS_URL"))
            or bool(config.get("CELERY_BROKER_URL")) or not config["RATELIMIT_STORAGE_URI"].startswith("memory"))


def require_shared_secret(app: Flask) -> None:
    """The instance folder's secret is one machine's: with a shared database, every web and worker process must
    sign sessions and derive the survey links' response keys with the same SECRET_KEY, or a customer who answers
    through another machine gets a second response and staff are signed out at random."""
    path = Path(app.instance_path) / "secret_key"
    from_instance = not os.environ.get("SECRET_KEY") and path.exists() and \
        app.config["SECRET_KEY"] == path.read_text().strip()
    if from_instance and shared(app):
        raise ConfigError(f"SECRET_KEY must be set when the database is not a SQLite file or Redis is configured: "
                          f"every web and worker process needs the same one. To keep existing sessions and answers "
                          f"matched to their survey links, set it to the content of {path}")


def install(app: Flask) -> None:
    require_shared_secret(app)
    if app.config["VOC_TRUSTED_PROXIES"]:
        app.wsgi_app = TrustedProxies(app.wsgi_app, app.config["VOC_TRUSTED_PROXIES"])

    @app.after_request
    def downloads_are_not_cached(response):
        # Every staff export is an attachment: customer data and links stay out of caches.
        if response.headers.get("Content-Disposition", "").startswith("attachment"):
            response.headers["Cache-Control"] = "no-store"
        return response
