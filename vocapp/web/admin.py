from flask import Blueprint, flash, redirect, render_template, url_for
from flask_login import current_user
from sqlalchemy import func, select

from vocapp.extensions import db
from vocapp.audit import audit
from vocapp.display import display_name
from vocapp.forms import ConfirmForm, TokenForm, UserEditForm, UserForm
from vocapp.models import ApiToken, User
from vocapp.models.base import utcnow
from vocapp.permissions import requires

bp = Blueprint("admin", __name__, url_prefix="/admin")


@bp.get("/")
@requires("users.manage")
def index():
    """/admin, typed or bookmarked, opens the first admin page."""
    return redirect(url_for("admin.users"))


@bp.route("/users", methods=["GET", "POST"])
@requires("users.manage")
def users():
    form = UserForm()
    if form.validate_on_submit():
        email = form.email.data.strip().lower()
        if db.session.scalar(select(User.id).where(func.lower(User.email) == email)):
            form.email.errors.append("A user with this e-mail exists already.")
        else:
            user = User(email=email, name=form.name.data or "", role=form.role.data)
            user.set_password(form.password.data)
            db.session.add(user)
            db.session.commit()
            audit("user added", user=user.email, role=user.role)
            flash(f"{email} can now sign in as {display_name(user.role)}.", "success")
            return redirect(url_for("admin.users"))
    staff = db.session.scalars(select(User).order_by(User.role, User.email)).all()
    return render_template("admin/users.html", form=form, users=staff, confirm=ConfirmForm())


@bp.route("/users/<int:user_id>", methods=["GET", "POST"])
@requires("users.manage")
def edit_user(user_id: int):
    """An admin renames a user, gives them another role, or sets a new password when theirs is forgotten."""
    user = db.get_or_404(User, user_id)
    form = UserEditForm(obj=user)
    if user.id == current_user.id:
        del form.password  # one's own password is changed with the current one, on the password page
    if form.validate_on_submit():
        if user.id == current_user.id and form.role.data != user.role:
            form.role.errors.append("You cannot change your own role: another admin can.")
        else:
            changes, was = [], user.role
            password = form.password.data if "password" in form else None
            if (form.name.data or "") != user.name:
                user.name = form.name.data or ""
                changes.append("name")
            if form.role.data != user.role:
                user.role = form.role.data
                changes.append(f"role ({display_name(user.role)})")
            if password:
                user.set_password(password)  # a new session token: signed out on every device
                changes.append("password (signed out everywhere)")
            db.session.commit()
            if user.role != was:
                audit("role changed", user=user.email, old=was, new=user.role)
            if password:
                audit("password set by an admin", user=user.email)
            flash(f"{user.email}: {', '.join(changes) or 'nothing'} changed.", "success" if changes else "info")
            return redirect(url_for("admin.users"))
    return render_template("admin/user.html", form=form, user=user)


@bp.post("/users/<int:user_id>/toggle")
@requires("users.manage")
def toggle_user(user_id: int):
    user = db.get_or_404(User, user_id)
    if ConfirmForm().validate_on_submit():
        if user.id == current_user.id:
            flash("You cannot deactivate yourself.", "error")
        else:
            user.active = not user.active
            user.rotate_session_token()  # a deactivated user's sessions and remember cookies never come back
            db.session.commit()
            audit("user reactivated" if user.active else "user deactivated", user=user.email)
            flash(f"{user.email} is now {'active' if user.active else 'deactivated'}.", "success")
    return redirect(url_for("admin.users"))


@bp.route("/tokens", methods=["GET", "POST"])
@requires("tokens.manage")
def tokens():
    form = TokenForm()
    new_token = None
    if form.validate_on_submit():
        token, new_token = ApiToken.issue(form.name.data.strip(), created_by=current_user)
        db.session.add(token)
        db.session.commit()
        audit("API token issued", token=repr(token.name))
    listed = db.session.scalars(select(ApiToken).order_by(ApiToken.created_at.desc())).all()
    return render_template("admin/tokens.html", form=form, tokens=listed, new_token=new_token,
                           confirm=ConfirmForm())


@bp.post("/tokens/<int:token_id>/revoke")
@requires("tokens.manage")
def revoke_token(token_id: int):
    token = db.get_or_404(ApiToken, token_id)
    if ConfirmForm().validate_on_submit() and not token.revoked:
        token.revoked_at = utcnow()
        db.session.commit()
        audit("API token revoked", token=repr(token.name))
        flash(f"Token {token.name} is revoked: it no longer opens the API.", "success")
    return redirect(url_for("admin.tokens"))
