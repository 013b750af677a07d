"""The blueprints, and what every page shares: error pages, the `can()` helper, security headers."""
from flask import Flask
from flask_login import current_user

from vocapp.extensions import login_manager
from vocapp.models.users import user_for_session
from vocapp.permissions import allowed
from vocapp.web.errors import register_error_pages
from vocapp.web.nav import ADMIN_TABS, NAV_ITEMS


def register_blueprints(app: Flask) -> None:
    from vocapp.web import (accounts, admin, api, api_interviews, api_results, auth, contacts, health, home,
                            insights, interviews, reports, respond, results, surveys)

    for module in (auth, home, accounts, contacts, surveys, results, insights, interviews, reports, respond, admin, api,
                   api_results, api_interviews, health):
        app.register_blueprint(module.bp)
    from vocapp.web import jobs
    app.register_blueprint(jobs.bp)

    login_manager.login_view = "auth.login"
    login_manager.login_message = "Please sign in to see that page."
    login_manager.login_message_category = "info"

    login_manager.user_loader(user_for_session)  # the session token in the id: logout and password changes rotate it

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

    register_error_pages(app)
