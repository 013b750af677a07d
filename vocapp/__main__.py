"""The `voc` console script (also `python -m vocapp`): vocapp's own commands, the database migrations and the
server. Flask's plug-in commands (limiter, routes) and its --app/--env-file options are left out: `flask --app
wsgi ...` still has them."""
import sys

import click
from flask.cli import ScriptInfo, run_command, shell_command
from flask_migrate.cli import db as migrations

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


if __name__ == "__main__":
    main()
