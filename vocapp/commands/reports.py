"""voc report: the PDF reports from the command line."""
import json
from datetime import date, timedelta
from pathlib import Path

import click
from flask.cli import AppGroup

from sqlalchemy import select

from reports.account_review import render_account_review
from reports.roadmap import render_roadmap_digest
from reports.wlc import WlcReport, render_wlc_summary
from vocapp.commands import product_area, voc
from vocapp.extensions import db
from vocapp.models import Account
from vocapp.queries.digest import roadmap_digest
from vocapp.queries.review import account_review
from vocapp.queries.wlc import WlcFilter, wlc_summary

report_cli = AppGroup("report", short_help="PDF reports: account reviews and the roadmap digest.", help="PDF reports: account reviews, the roadmap digest ranked by impacted ARR, scheduled delivery.")
voc.add_command(report_cli)

DAY = click.DateTime(formats=["%Y-%m-%d"])
DEFAULT_PERIOD_DAYS = 90


def pdf_options(since_help: str = "First day of the period (YYYY-MM-DD); default: 90 days before --until.",
                out_required: bool = True):
    """The options every report command takes: where to write, the period and the paper."""
    def decorate(command):
        for option in reversed((
                click.option("--out", required=out_required, help="Where to write the PDF.",
                             type=click.Path(dir_okay=False, writable=True, path_type=Path)),
                click.option("--since", type=DAY, help=since_help),
                click.option("--until", type=DAY, help="Last day of the period (YYYY-MM-DD); default: today."),
                click.option("--paper", type=click.Choice(["A4", "Letter"]), default="A4", show_default=True))):
            command = option(command)
        return command
    return decorate


def period(since, until) -> tuple[date, date]:
    until = until.date() if until else date.today()
    since = since.date() if since else until - timedelta(days=DEFAULT_PERIOD_DAYS - 1)
    if since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    return since, until


@report_cli.command("roadmap")
@pdf_options(out_required=False)
@click.option("--area", help="Only items of this product area (its key or name, e.g. integrations).")
@click.option("--tier", type=click.IntRange(1, 3), help="Only accounts of this tier (segment).")
@click.option("--anonymise", is_flag=True, help="Quotes without account names.")
@click.option("--json", "as_json", is_flag=True, help="Print the ranking as JSON instead of writing a PDF.")
def roadmap_command(out, since, until, area, tier, anonymise, paper, as_json):
    """Roadmap items ranked by impacted ARR, with quotes, renewals and the win-back list."""
    since, until = period(since, until)
    digest = roadmap_digest(since, until, product_area=product_area(area), tier=tier, anonymise=anonymise)
    if as_json:
        click.echo(json.dumps([{"item": item.title, "impacted_arr": item.impacted_arr, "accounts": item.accounts,
                                "at_risk_arr": item.at_risk_arr, "lost_arr": item.lost_arr,
                                "mentions": item.mentions} for item in digest.items], indent=2))
        return
    if out is None:
        raise click.UsageError("give --out FILE.pdf, or --json to print the ranking")
    out.write_bytes(render_roadmap_digest(digest, page_size=paper))
    click.echo(f"Wrote {out} ({len(digest.items)} items, {since} to {until}).")


@report_cli.command("account")
@click.argument("account")
@pdf_options()
def account_command(account, out, since, until, paper):
    """The account review of ACCOUNT (its external id) for a business review: NPS, effectiveness, what their
    people said, their requests, the persona and next steps."""
    found = db.session.scalar(select(Account).where(Account.external_id == account))
    if found is None:
        raise click.BadParameter(f"no account with the external id {account!r}", param_hint="ACCOUNT")
    since, until = period(since, until)
    out.write_bytes(render_account_review(account_review(found, since, until), page_size=paper))
    click.echo(f"Wrote {out} ({found.name}, {since} to {until}).")


@report_cli.command("wlc")
@pdf_options(since_help="First interview day (YYYY-MM-DD); default: every interview.")
def wlc_command(out, since, until, paper):
    """The win, loss and churn summary: outcomes, win rates with intervals, drivers with quotes, criteria, the
    rep-vs-buyer gap, churned ARR by reason, the programme scorecard."""
    report = wlc_report(since.date() if since else None, until.date() if until else date.today())
    out.write_bytes(render_wlc_summary(report, page_size=paper))
    click.echo(f"Wrote {out} ({report.summary['interviews']} interviews, {report.summary['deals']} deals).")


def wlc_report(since, until) -> WlcReport:
    if since and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    return WlcReport(since, until, wlc_summary(WlcFilter(since=since, until=until)))


@report_cli.command("send")
@click.option("--today", type=DAY, help="Act as if today were this day (YYYY-MM-DD); default: today.")
def send_command(today):
    """E-mail each subscription's report for its last complete week or month (for cron). Sends nothing twice
    for one period, however often it runs."""
    from vocapp.delivery import send_due_reports
    from vocapp.mailer import MailNotConfigured

    try:
        run = send_due_reports(today.date() if today else None)
    except MailNotConfigured as error:
        raise click.ClickException(str(error))
    click.echo(str(run))
    for failure in run.failed:
        click.echo(f"failed: {failure}", err=True)
    if run.failed:
        raise SystemExit(1)
