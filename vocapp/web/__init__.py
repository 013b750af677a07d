"""The blueprints, and what every page shares: error pages, the `can()` helper, security headers."""
from flask import Flask, render_template, request
from flask_login import current_user

from vocapp.extensions import db, login_manager
from vocapp.models import User
from vocapp.permissions import allowed
from vocapp.web.nav import ADMIN_TABS, NAV_ITEMS


def register_blueprints(app: Flask) -> None:
    from vocapp.web import accounts, admin, api, api_results, auth, contacts, home, insights, respond, results, surveys

    for module in (auth, home, accounts, contacts, surveys, results, insights, respond, admin, api, api_results):
        app.register_blueprint(module.bp)

    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to see that page."
    login_manager.login_message_category = "info"

    @login_manager.user_loader
    def load_user(user_id: str):
        return db.session.get(User, int(user_id))

    @app.context_processor
    def helpers():
        return {"can": lambda action: allowed(current_user, action), "nav_items": NAV_ITEMS,
                "admin_tabs": ADMIN_TABS}

    @app.after_request
    def security_headers(response):
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'",
        )
        return response

    for code, title in ((400, "Bad request"), (403, "Not allowed"), (404, "Not found"), (410, "Gone"),
                        (413, "File too large"), (429, "Too many attempts")):
        app.register_error_handler(code, _error_page(code, title))


def _error_page(code: int, title: str):
    def handler(error):
        if request.path.startswith("/api/"):
            return {"error": title, "detail": getattr(error, "description", "")}, code
        return render_template("error.html", code=code, title=title,
                               detail=getattr(error, "description", "")), code
    return handler
