"""The `voc` console script (also `python -m vocapp`): vocapp's own commands, the database migrations and the
server. Flask's plug-in commands (limiter, routes) and its --app/--env-file options are left out: `flask --app
wsgi ...` still has them."""
import sys

import click
from flask.cli import ScriptInfo, run_command, shell_command
from flask_migrate.cli import db as migrations
from sqlalchemy.exc import OperationalError, ProgrammingError

from vocapp import create_app
from vocapp.cli import voc
from vocapp.config import ConfigError


def console() -> click.Group:
    group = click.Group("voc", help=voc.help, context_settings={"help_option_names": ["-h", "--help"]})
    for name, command in voc.commands.items():
        group.add_command(command, name)
    group.add_command(migrations, "db")
    group.add_command(run_command, "run")
    group.add_command(shell_command, "shell")
    return group


def main():
    try:
        console().main(prog_name="voc", obj=ScriptInfo(create_app=create_app))
    except ConfigError as error:  # a bad setting: say which, without a traceback
        click.echo(f"voc: {error}", err=True)
        sys.exit(2)
    except (OperationalError, ProgrammingError) as error:
        if not behind_the_code(error):
            raise
        click.echo(f"voc: the database has no table or column this version needs ({first_line(error.orig)}): "
                   "run `voc db upgrade` first", err=True)
        sys.exit(2)


def behind_the_code(error) -> bool:
    """A database never migrated, or migrated by an older release: SQLite's and PostgreSQL's words for a table or
    column that is not there."""
    text = str(error.orig).lower()
    return "no such table" in text or "no such column" in text \
        or "does not exist" in text and ("relation" in text or "column" in text)


def first_line(orig) -> str:
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


if __name__ == "__main__":
    main()
