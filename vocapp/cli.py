"""The `voc` group assembled: the staff, token, import, tier and demo commands here, and every area's commands
from vocapp.commands. `voc ...` (see vocapp.__main__) or `flask --app wsgi voc ...`."""
import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import func, select

from vocapp.commands import analysis, feedback, interviews, reports, results, surveys  # noqa: F401  (each attaches its commands to `voc`)
from vocapp.commands import jobs  # noqa: F401  (voc jobs list, voc jobs watch)
from vocapp.commands import import_cli, rejected_exits, track, voc
from vocapp.extensions import db
from vocapp.imports import import_accounts, import_contacts, read_csv
from vocapp.imports.accounts import ACCOUNT_OPTIONAL, ACCOUNT_REQUIRED, CONTACT_OPTIONAL, CONTACT_REQUIRED
from vocapp.audit import audit
from vocapp.models import ROLES, ApiToken, User
from vocapp.models.base import utcnow

# --- users and tokens -------------------------------------------------------------------------------
user_cli = AppGroup("user", help="Staff users.")
voc.add_command(user_cli)


@user_cli.command("create")
@click.argument("email")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--password", help="Asked for when not given.")
@click.option("--name", default="")
def create_user(email: str, role: str, password: str | None, name: str):
    """Create a staff user (or reset the password and role of an existing one)."""
    email = email.strip().lower()
    if not password:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    if len(password) < 8:
        raise click.BadParameter("at least 8 characters", param_hint="--password")
    user = db.session.scalar(select(User).where(func.lower(User.email) == email))
    verb = "updated" if user else "created"
    user = user or User(email=email)
    user.role, user.name, user.active = role, name or user.name or "", True
    user.set_password(password)
    db.session.add(user)
    db.session.commit()
    audit(f"user {verb}, password set", user=email, role=role)
    click.echo(f"{verb} {email} ({role})")


@user_cli.command("list")
def list_users():
    for user in db.session.scalars(select(User).order_by(User.role, User.email)):
        click.echo(f"{user.email:<40} {user.role:<12} {'active' if user.active else 'deactivated'}")


token_cli = AppGroup("token", help="API tokens.")
voc.add_command(token_cli)


@token_cli.command("create")
@click.argument("name")
def create_token(name: str):
    """Issue an API token; it is printed once and only its hash is kept."""
    token, secret = ApiToken.issue(name)
    db.session.add(token)
    db.session.commit()
    audit("API token issued", token=repr(token.name))
    click.echo(secret)


@token_cli.command("revoke")
@click.argument("token_id", type=int)
def revoke_token(token_id: int):
    token = db.session.get(ApiToken, token_id)
    if token is None:
        raise click.ClickException(f"no token with id {token_id}")
    token.revoked_at = token.revoked_at or utcnow()
    db.session.commit()
    audit("API token revoked", token=repr(token.name))
    click.echo(f"revoked {token.name}")


@token_cli.command("list")
def list_tokens():
    for token in db.session.scalars(select(ApiToken).order_by(ApiToken.id)):
        state = f"revoked {token.revoked_at:%Y-%m-%d}" if token.revoked else "active"
        click.echo(f"{token.id:>4} {token.name:<30} {token.prefix}… {state}")


# --- imports -----------------------------------------------------------------------------------------
@import_cli.command("accounts")
@click.argument("file", type=click.File("rb"))
def import_accounts_command(file):
    """Columns external_id,name,arr; optional industry,region,employees,renewal_date,status,csm_email."""
    with rejected_exits():
        _columns, records = read_csv(file, ACCOUNT_REQUIRED, ACCOUNT_OPTIONAL)
        result = import_accounts(records, current_app.config["VOC_TIER_THRESHOLDS"], track=track)
    click.echo(f"accounts: {result}")


@import_cli.command("contacts")
@click.argument("file", type=click.File("rb"))
def import_contacts_command(file):
    """Columns account_external_id,name,email; optional role,decision_maker."""
    with rejected_exits():
        _columns, records = read_csv(file, CONTACT_REQUIRED, CONTACT_OPTIONAL)
        result = import_contacts(records, track=track)
    click.echo(f"contacts: {result}")


# --- segments and demo data --------------------------------------------------------------------------
@voc.command("tiers")
def tiers_command():
    """Recompute every active account's tier from ARR (Pareto rule)."""
    from vocapp.segments import recompute_tiers

    changed = recompute_tiers(current_app.config["VOC_TIER_THRESHOLDS"])
    db.session.commit()
    click.echo(f"{changed} account(s) changed tier")


@voc.command("demo")
@click.option("--if-empty", is_flag=True, help="Only when the database has no accounts yet.")
@click.option("--seed", default=7, show_default=True)
def demo_command(if_empty: bool, seed: int):
    """Load a realistic demo data set and one staff user per role."""
    from vocapp.demo import DEMO_LOGINS, load_demo, database_is_empty

    if if_empty and not database_is_empty():
        click.echo("The database has data already: demo data not loaded.")
        return
    summary = load_demo(seed=seed, track=track)
    click.echo(f"Demo data loaded: {summary}")
    click.echo("Demo logins (e-mail / password):")
    for email, password, role in DEMO_LOGINS:
        click.echo(f"  {role:<12} {email} / {password}")
