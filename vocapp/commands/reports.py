"""voc report: the PDF reports from the command line."""
import json
from datetime import date, timedelta
from pathlib import Path

import click

from reports.roadmap import render_roadmap_digest
from vocapp.commands import voc
from vocapp.queries.digest import roadmap_digest

report_cli = click.Group("report", help="PDF reports: the roadmap digest ranked by impacted ARR.")
voc.add_command(report_cli)

DAY = click.DateTime(formats=["%Y-%m-%d"])
DEFAULT_PERIOD_DAYS = 90


def period(since, until) -> tuple[date, date]:
    until = until.date() if until else date.today()
    since = since.date() if since else until - timedelta(days=DEFAULT_PERIOD_DAYS - 1)
    if since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    return since, until


@report_cli.command("roadmap")
@click.option("--out", type=click.Path(dir_okay=False, writable=True, path_type=Path), help="Where to write the PDF.")
@click.option("--since", type=DAY, help="First day of the period (YYYY-MM-DD); default: 90 days before --until.")
@click.option("--until", type=DAY, help="Last day of the period (YYYY-MM-DD); default: today.")
@click.option("--area", help="Only items of this product area.")
@click.option("--tier", type=click.IntRange(1, 3), help="Only accounts of this tier (segment).")
@click.option("--anonymise", is_flag=True, help="Quotes without account names.")
@click.option("--paper", type=click.Choice(["A4", "Letter"]), default="A4", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the ranking as JSON instead of writing a PDF.")
def roadmap_command(out, since, until, area, tier, anonymise, paper, as_json):
    """Roadmap items ranked by impacted ARR, with quotes, renewals and the win-back list."""
    since, until = period(since, until)
    digest = roadmap_digest(since, until, product_area=area, tier=tier, anonymise=anonymise)
    if as_json:
        click.echo(json.dumps([{"item": item.title, "impacted_arr": item.impacted_arr, "accounts": item.accounts,
                                "at_risk_arr": item.at_risk_arr, "lost_arr": item.lost_arr,
                                "mentions": item.mentions} for item in digest.items], indent=2))
        return
    if out is None:
        raise click.UsageError("give --out FILE.pdf, or --json to print the ranking")
    out.write_bytes(render_roadmap_digest(digest, page_size=paper))
    click.echo(f"Wrote {out} ({len(digest.items)} items, {since} to {until}).")
