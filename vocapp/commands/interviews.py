"""voc import interviews, voc interviews export and voc interviews summary."""
import json

import click
from flask.cli import AppGroup
from sqlalchemy import select

from vocapp.commands import import_cli, rejected_exits, track, voc
from vocapp.exports import csv_lines
from vocapp.imports import read_csv
from vocapp.imports.interviews import EXPORT_COLUMNS, INTERVIEW_OPTIONAL, INTERVIEW_REQUIRED, exported, import_interviews
from vocapp.interviews import sources  # noqa: F401  (interviews join the analysis and the personas)
from vocapp.models import OUTCOMES, Interview
from vocapp.queries.wlc import WlcFilter, wlc_summary

interviews_cli = AppGroup("interviews", help="Win, loss and churn interviews: the export and the summary.")
voc.add_command(interviews_cli)
DAY = click.DateTime(formats=["%Y-%m-%d"])


@import_cli.command("interviews")
@click.argument("file", type=click.File("rb"))
@click.option("--add-reasons", is_flag=True,
              help="Add a reason that is not in the taxonomy (under its category) instead of refusing the file.")
def import_interviews_command(file, add_reasons: bool):
    """Columns account_external_id,date,outcome; optional deal_id,contact_email,interviewer_email,arr_at_stake,
    competitors,chosen_competitor,primary_reason,secondary_reasons,key_question,rep_reason,notes."""
    with rejected_exits():
        _columns, records = read_csv(file, INTERVIEW_REQUIRED, INTERVIEW_OPTIONAL)
        result = import_interviews(records, add_reasons=add_reasons, track=track)
    click.echo(f"interviews: {result}")


@interviews_cli.command("export")
@click.option("--out", type=click.File("w", encoding="utf-8", lazy=True), default="-",
              help="The file to write (standard output when not given).")
@click.option("--outcome", type=click.Choice(OUTCOMES), help="Only interviews with this outcome.")
@click.option("--since", type=DAY, help="First interview day (YYYY-MM-DD).")
@click.option("--until", type=DAY, help="Last interview day (YYYY-MM-DD).")
def export_command(out, outcome, since, until):
    """The interviews as CSV, newest first, in the columns `voc import interviews` reads (and the account's name):
    edited, the file imports back onto the same interviews."""
    if since and until and since > until:
        raise click.BadParameter(f"--since {since:%Y-%m-%d} is after --until {until:%Y-%m-%d}", param_hint="--since")
    statement = select(Interview).order_by(Interview.interviewed_on.desc(), Interview.id.desc())
    if outcome:
        statement = statement.where(Interview.outcome == outcome)
    if since:
        statement = statement.where(Interview.interviewed_on >= since.date())
    if until:
        statement = statement.where(Interview.interviewed_on <= until.date())
    for chunk in csv_lines(EXPORT_COLUMNS, exported(statement)):
        out.write(chunk)
    if out.name not in ("-", "<stdout>"):
        click.echo(f"wrote {out.name}", err=True)


@interviews_cli.command("summary")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("--since", type=DAY, help="First interview day (YYYY-MM-DD).")
@click.option("--until", type=DAY, help="Last interview day (YYYY-MM-DD).")
def summary_command(as_json: bool, since, until):
    """Deals and ARR by outcome, win rates with their interval, and the reasons, counting each deal once."""
    if since and until and since > until:
        raise click.BadParameter(f"--since {since:%Y-%m-%d} is after --until {until:%Y-%m-%d}", param_hint="--since")
    summary = wlc_summary(WlcFilter(since=since.date() if since else None, until=until.date() if until else None))
    if as_json:
        click.echo(json.dumps(summary, indent=2, default=str))
        return
    click.echo(f"{summary['interviews']} interview(s) about {summary['deals']} deal(s)")
    for outcome, row in summary["by_outcome"].items():
        click.echo(f"  {outcome:<10} {row['deals']:>4} deal(s) {row['interviews']:>4} interview(s) {row['arr']:>14,.0f} ARR")
    detail = summary["win_rate_detail"]
    for label, key in (("Win rate", "overall"), ("Competitive win rate", "competitive")):
        entry = detail[key]
        shown = "—" if entry["rate"] is None else f"{entry['rate']:.1f}% (95% {entry['ci_low']:.1f}–{entry['ci_high']:.1f})"
        click.echo(f"{label}: {shown}, n = {entry['n']} deal(s){' (low n)' if entry['low_n'] else ''}")
    for name, entry in summary["win_rate_by_competitor"].items():
        n = entry["wins"] + entry["losses"]
        click.echo(f"  against {name}: {entry['rate']:.1f}% of {n} deal(s), 95% {entry['ci_low']:.1f}–"
                   f"{entry['ci_high']:.1f}{' (low n: too few to conclude)' if entry['low_n'] else ''}")
    if summary["top_loss_reasons_by_arr"]:
        click.echo("Why we lose, by ARR:")
        for row in summary["top_loss_reasons_by_arr"][:10]:
            click.echo(f"  {row['arr']:>14,.0f}  {row['deals']:>3} deal(s)  {row['reason']}")
    if summary["top_win_reasons_by_count"]:
        click.echo("Why we win, by deals:")
        for row in summary["top_win_reasons_by_count"][:10]:
            click.echo(f"  {row['deals']:>3} deal(s)  {row['reason']}")
