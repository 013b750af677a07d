"""The `voc` command line: `voc ...` or `flask --app wsgi voc ...`."""
import sys
from contextlib import contextmanager

import click
from flask import current_app
from flask.cli import AppGroup, FlaskGroup
from sqlalchemy import func, select

from vocapp.extensions import db
from vocapp.imports import ImportRejected, import_accounts, import_contacts, read_csv
from vocapp.imports.accounts import ACCOUNT_OPTIONAL, ACCOUNT_REQUIRED, CONTACT_OPTIONAL, CONTACT_REQUIRED
from vocapp.models import ROLES, ApiToken, User
from vocapp.models.base import utcnow

voc = AppGroup("voc", help="vocapp: surveys, interviews, analysis and reports.")


def track(items, label: str):
    """A progress bar on standard error, for long work on the command line."""
    items = list(items)
    with click.progressbar(items, label=f"{label:<9}", file=sys.stderr, show_pos=True,
                           show_eta=len(items) > 1000) as bar:
        yield from bar


@contextmanager
def rejected_exits():
    """Prints each problem as `row N: column: what is wrong` and exits 1; nothing was written."""
    try:
        yield
    except ImportRejected as rejected:
        db.session.rollback()
        for error in rejected.errors:
            click.echo(str(error), err=True)
        click.echo(f"Nothing was imported: {len(rejected.errors)} problem(s).", err=True)
        sys.exit(1)


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
    click.echo(secret)


@token_cli.command("revoke")
@click.argument("token_id", type=int)
def revoke_token(token_id: int):
    token = db.session.get(ApiToken, token_id)
    if token is None:
        raise click.ClickException(f"no token with id {token_id}")
    token.revoked_at = token.revoked_at or utcnow()
    db.session.commit()
    click.echo(f"revoked {token.name}")


@token_cli.command("list")
def list_tokens():
    for token in db.session.scalars(select(ApiToken).order_by(ApiToken.id)):
        state = f"revoked {token.revoked_at:%Y-%m-%d}" if token.revoked else "active"
        click.echo(f"{token.id:>4} {token.name:<30} {token.prefix}… {state}")


# --- imports -----------------------------------------------------------------------------------------
import_cli = AppGroup("import", help="Import CSV files; a file with any bad row imports nothing.")
voc.add_command(import_cli)


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


survey_cli = AppGroup("survey", help="NPS and effectiveness surveys: create, links, sending, results.")
voc.add_command(survey_cli)


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


# Areas attach their commands to the groups above.
from vocapp.commands import analysis, results, surveys  # noqa: E402,F401


def main():
    """The `voc` console script: the voc commands, plus Flask's own (db, run, shell, routes)."""
    from vocapp import create_app

    cli = FlaskGroup(create_app=lambda: create_app(), help=voc.help)
    for name, command in voc.commands.items():
        cli.add_command(command, name)
    cli.main(prog_name="voc")
