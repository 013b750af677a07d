"""Who may do what. Admins may do everything; each other role gets the actions its work needs."""
from functools import wraps

from flask import abort
from flask_login import current_user, login_required

PERMISSIONS: dict[str, set[str]] = {
    "accounts.view": {"csm", "interviewer", "product"},
    "accounts.edit": {"csm"},
    "accounts.import": {"csm"},
    "surveys.view": {"csm", "product"},
    "surveys.manage": {"csm"},
    "insights.view": {"csm", "product"},
    "cases.manage": {"csm"},
    "feedback.manage": {"csm", "product"},
    "analysis.correct": {"csm", "product"},
    "themes.manage": set(),
    "interviews.view": {"csm", "interviewer", "product"},
    "interviews.create": {"interviewer"},    # and edit their own; admins edit any
    "interviews.import": {"interviewer"},
    "interviews.configure": set(),           # guides, reason codes, competitors, criteria
    "users.manage": set(),
    "tokens.manage": set(),
}


def allowed(user, action: str) -> bool:
    if not getattr(user, "is_authenticated", False):
        return False
    return user.role == "admin" or user.role in PERMISSIONS[action]


def requires(action: str):
    """A view decorator: log in first, then 403 unless the user's role may do `action`."""
    if action not in PERMISSIONS:
        raise KeyError(f"unknown action {action!r}")

    def decorate(view):
        @wraps(view)
        @login_required
        def guarded(*args, **kwargs):
            if not allowed(current_user, action):
                abort(403)
            return view(*args, **kwargs)
        return guarded
    return decorate
