"""The `voc` command groups and what their commands share. Imports run one way: the command modules (this
package's modules and vocapp.cli) import from here; vocapp.cli imports them all to assemble `voc`."""
import sys
from contextlib import contextmanager

import click
from flask.cli import AppGroup

from vocapp.extensions import db
from vocapp.imports import ImportRejected

voc = AppGroup("voc", help="vocapp: surveys, interviews, analysis and reports.")
import_cli = AppGroup("import", help="Import CSV files; a file with any bad row imports nothing.")
survey_cli = AppGroup("survey", help="NPS and effectiveness surveys: links, sending, results.")
voc.add_command(import_cli)
voc.add_command(survey_cli)


def product_area(text, option: str = "--area"):
    """The area key an --area option names (its key or name, any case); a usage error naming the areas else."""
    from vocapp.roadmap.areas import parse_area

    try:
        return parse_area(text)
    except ValueError as error:
        raise click.BadParameter(str(error), param_hint=option)


def track(items, label: str):
    """A progress bar on standard error, for long work on the command line."""
    items = list(items)
    with click.progressbar(items, label=f"{label:<9}", file=sys.stderr, show_pos=True,
                           show_eta=len(items) > 1000) as bar:
        yield from bar


class ProgressBar:
    """Long work's progress on standard error, fed as a job's is (expect the total, then advance)."""

    def __init__(self, label: str):
        self.label, self.bar = label, None

    def expect(self, total: int, done: int = 0) -> None:
        self.bar = click.progressbar(length=total, label=f"{self.label:<9}", file=sys.stderr, show_pos=True)
        self.bar.__enter__()
        self.bar.update(done)

    def advance(self, units: int = 1) -> None:
        self.bar.update(units)

    def __enter__(self) -> "ProgressBar":
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.__exit__(*exc)


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
