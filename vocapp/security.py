"""What the app does for every request regardless of the page: which client sent it (behind the operator's proxies
only) and which responses no cache may keep."""
import ipaddress
from functools import wraps

from flask import Flask, make_response
from werkzeug.middleware.proxy_fix import ProxyFix


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


def install(app: Flask) -> None:
    if app.config["VOC_TRUSTED_PROXIES"]:
        app.wsgi_app = TrustedProxies(app.wsgi_app, app.config["VOC_TRUSTED_PROXIES"])

    @app.after_request
    def downloads_are_not_cached(response):
        # Every staff export is an attachment: customer data and links stay out of caches.
        if response.headers.get("Content-Disposition", "").startswith("attachment"):
            response.headers["Cache-Control"] = "no-store"
        return response
