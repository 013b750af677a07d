import math
from datetime import timedelta
from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required, login_user, logout_user
from sqlalchemy import delete, func, select
from wtforms import PasswordField
from wtforms.validators import DataRequired, EqualTo, Length

from vocapp.audit import audit
from vocapp.extensions import db, limiter
from vocapp.forms import LoginForm, StaffForm
from vocapp.models import User
from vocapp.models.base import utcnow
from vocapp.models.users import LoginFailure, password_matches

bp = Blueprint("auth", __name__)


class PasswordForm(StaffForm):
    current = PasswordField("Current password", validators=[DataRequired()])
    new = PasswordField("New password", validators=[DataRequired(), Length(min=8, max=200)],
                        description="At least 8 characters.")
    repeat = PasswordField("New password again",
                           validators=[DataRequired(), EqualTo("new", message="The two new passwords differ.")])


def _safe_next(target: str | None) -> str:
    """Only a path on this site: never an open redirect to another host."""
    if target and target.startswith("/") and not target.startswith("//") and not urlsplit(target).netloc:
        return target
    return url_for("home.index")


def _seconds_to_wait(email: str, client: str) -> int:
    """0 while the e-mail and the client are under their limits of failed sign-ins in the window; else how long
    until the oldest failure that counts against the limit leaves the window. Counted in the database, so every
    worker sees the same count."""
    config = current_app.config
    if not config["VOC_LOGIN_THROTTLE"]:
        return 0
    window = timedelta(minutes=config["VOC_LOGIN_WINDOW_MINUTES"])
    now = utcnow()
    wait = 0.0
    for column, key, limit in ((LoginFailure.email, email, config["VOC_LOGIN_MAX_PER_ACCOUNT"]),
                               (LoginFailure.client, client, config["VOC_LOGIN_MAX_PER_CLIENT"])):
        limiting = db.session.scalar(select(LoginFailure.failed_at)
                                     .where(column == key, LoginFailure.failed_at > now - window)
                                     .order_by(LoginFailure.failed_at.desc()).offset(limit - 1).limit(1))
        if limiting is not None:
            wait = max(wait, (limiting + window - now).total_seconds())
    return math.ceil(wait)


def _record_failure(email: str, client: str) -> None:
    window = timedelta(minutes=current_app.config["VOC_LOGIN_WINDOW_MINUTES"])
    db.session.execute(delete(LoginFailure).where(LoginFailure.failed_at < utcnow() - window))
    db.session.add(LoginFailure(email=email, client=client))
    db.session.commit()


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10 per minute", methods=["POST"])
def login():
    if current_user.is_authenticated:
        return redirect(url_for("home.index"))
    form = LoginForm()
    days = current_app.config["REMEMBER_COOKIE_DURATION"].days
    form.remember.description = f"For {days} days on this device; signing out ends it."
    if form.validate_on_submit():
        email = form.email.data.strip().lower()[:254]
        client = (request.remote_addr or "unknown")[:64]
        # Before the password hash is checked: a throttled guess is not even tried.
        wait = _seconds_to_wait(email, client)
        if wait:
            audit("sign-in throttled", email=email, wait_seconds=wait)
            minutes = math.ceil(wait / 60)
            flash(f"Too many failed sign-ins. Please wait {minutes} minute{'s' if minutes != 1 else ''} "
                  "and try again.", "error")
            return render_template("auth/login.html", form=form), 429, {"Retry-After": str(wait)}
        user = db.session.scalar(select(User).where(func.lower(User.email) == email))
        if password_matches(user, form.password.data) and user.active:
            db.session.execute(delete(LoginFailure).where(LoginFailure.email == email))
            login_user(user, remember=form.remember.data)
            user.last_login_at = utcnow()
            db.session.commit()
            audit("signed in", remember=bool(form.remember.data))
            return redirect(_safe_next(request.args.get("next")))
        _record_failure(email, client)
        audit("sign-in refused", email=email)
        flash("That e-mail and password do not match an active account.", "error")
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
def logout():
    if current_user.is_authenticated:
        # A new session token ends this session, the remember cookie and every other device's session.
        current_user.rotate_session_token()
        db.session.commit()
        audit("signed out everywhere")
    logout_user()
    flash("You are signed out.", "info")
    return redirect(url_for("auth.login"))


@bp.route("/password", methods=["GET", "POST"])
@login_required
def password():
    form = PasswordForm()
    if form.validate_on_submit():
        if not current_user.check_password(form.current.data):
            form.current.errors.append("That is not your current password.")
        else:
            current_user.set_password(form.new.data)  # a new session token: every other device is signed out
            db.session.commit()
            audit("own password changed")
            # This browser stays signed in (and remembered, if it was) under the new token.
            remembered = current_app.config.get("REMEMBER_COOKIE_NAME", "remember_token") in request.cookies
            login_user(current_user._get_current_object(), remember=remembered)
            flash("Your password is changed; other devices where you were signed in have to sign in again.",
                  "success")
            return redirect(url_for("home.index"))
    return render_template("auth/password.html", form=form)
