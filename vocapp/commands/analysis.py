"""voc analyze, voc analyze text, voc personas."""
import json
import sys

import click
from flask import current_app
from flask.cli import AppGroup, with_appcontext
from sqlalchemy.exc import SQLAlchemyError

from vocapp.commands import voc
from vocapp.extensions import db


@voc.group("analyze", cls=AppGroup, invoke_without_command=True,
           short_help="Analyse customer text in bulk: themes, sentiment, requests.")
@click.option("--all", "everything", is_flag=True, help="Re-analyse every text, not only new or outdated ones.")
@click.option("--no-wait", is_flag=True,
              help="With a broker (CELERY_BROKER_URL): hand the job to the workers and return at once.")
@click.option("--regroup", is_flag=True,
              help="Then regroup the asks by meaning, as `voc feedback regroup` (not with --no-wait).")
@click.pass_context
@with_appcontext
def analyze(ctx, everything: bool, no_wait: bool, regroup: bool):
    """Analyse survey comments (and other customer text) in bulk: themes, sentiment, product requests.

    Without --all, only texts never analysed or analysed by another version (a rule or the taxonomy changed).
    It runs as a job (listed under Jobs): on the workers when a broker is configured, which share its chunks,
    else in this process; either way with its progress here."""
    if ctx.invoked_subcommand:
        return

    from vocapp.tasks.analysis import reanalyse
    from vocapp.tasks.jobs import start

    job = start(reanalyse, "Analysis of every text" if everything else "Analysis of new and changed texts",
                everything)
    if no_wait and current_app.config["CELERY_BROKER_URL"]:
        click.echo(f"Job {job.id} queued: the workers analyse the texts (`voc analyze` without --no-wait follows it).")
        return
    job = follow(job.id)
    if job.state == "failed":
        raise click.ClickException(f"the analysis failed: {job.error}")
    click.echo(job.outcome)
    if regroup:
        from vocapp.commands.feedback import regroup_command

        ctx.invoke(regroup_command)


def follow(job_id: int, every: float = 0.5):
    """A job's progress on standard error until it finishes; returns the finished job."""
    import time

    from vocapp.models import Job

    bar, shown = None, 0
    while True:
        db.session.expire_all()
        job = db.session.get(Job, job_id)
        if bar is None and job.total:
            bar = click.progressbar(length=job.total, label=f"{'Analysing':<9}", file=sys.stderr, show_pos=True,
                                    show_eta=job.total > 1000)
            bar.__enter__()
        if bar is not None and job.done > shown:
            bar.update(min(job.done, job.total) - shown)
            shown = min(job.done, job.total)
        if job.finished:
            if bar is not None:
                bar.__exit__(None, None, None)
            return job
        db.session.rollback()  # no transaction held open between looks
        time.sleep(every)


@analyze.command("text")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
@click.option("--details", is_flag=True, help="With --json: sentences, rules and theme mentions too.")
@click.option("--product", "products", multiple=True, metavar="NAME",
              help="The product's name (repeatable); by default VOC_PRODUCT_NAMES and the names the surveys give it.")
def analyze_text(as_json: bool, details: bool, products: tuple[str, ...]):
    """Read one comment per line on standard input; print its sentiment, themes and requests."""
    from analysis.textcli import analyze_lines

    linker = _item_linker()
    own_names = list(products) or _own_names()
    for item in analyze_lines(sys.stdin, _taxonomy_analyzer(), details=details and as_json, own_names=own_names):
        for request in item["requests"]:
            link = linker.link(request["subject"])
            request["item"] = linker.items[link.item_id].name if link.item_id is not None else None
            request["confidence"] = link.confidence if link.item_id is not None else None
            request["link_reason"] = link.reason if link.item_id is not None else ""
        if as_json:
            click.echo(json.dumps(item, ensure_ascii=False))
        else:
            requests = "; ".join(request["text"] for request in item["requests"])
            click.echo(f"{item['label']:<8} {item['polarity']:+.2f}  themes: {', '.join(item['themes']) or '—'}"
                       + (f"  requests: {requests}" if requests else ""))


def _item_linker():
    """The roadmap items an ask would link to; none when the database has no tables yet."""
    from analysis.linking import Linker
    from vocapp.insights.store import item_linker

    try:
        return item_linker()
    except SQLAlchemyError:
        db.session.rollback()
        return Linker()


def _own_names() -> list[str]:
    """The product's own names (``own_product_names``); only VOC_PRODUCT_NAMES when the database has no tables
    yet."""
    from vocapp.insights.store import own_product_names

    try:
        return own_product_names()
    except SQLAlchemyError:
        db.session.rollback()
        return list(current_app.config["VOC_PRODUCT_NAMES"])


def _taxonomy_analyzer():
    """The admins' taxonomy when the database has one, else the default; this command writes nothing."""
    from vocapp.insights.themes import analyzer_for, current_taxonomy

    try:
        taxonomy = current_taxonomy()
    except SQLAlchemyError:
        db.session.rollback()
        taxonomy = []
    if not taxonomy:
        from analysis.taxonomy import DEFAULT_TAXONOMY
        taxonomy = DEFAULT_TAXONOMY
    return analyzer_for(taxonomy)


@voc.command("personas", short_help="Each account's persona and the evidence behind it.")
@click.option("--json", "as_json", is_flag=True,
              help='One JSON document: {"accounts": [persona and evidence of each], "personas": {counts and ARR of '
                   'every placed account}, "customers": {the same, active customers only}}.')
def personas_command(as_json: bool):
    """Each account's persona (essential / nice to have / no longer needed) and the evidence behind it."""
    from analysis.personas import RULE_NAMES
    from vocapp.queries.personas import PERSONA_LABELS, overview

    result = overview()
    if as_json:
        click.echo(json.dumps({
            "accounts": [{"account_id": account.id, "external_id": account.external_id, "account": account.name,
                          "arr": account.arr, "persona": placement.persona, "rule": placement.rule,
                          "reasons": placement.reasons, "weights": placement.weights}
                         for account, placement in result.rows],
            "personas": {persona: {"accounts": result.counts.get(persona, 0), "arr": result.arr.get(persona, 0)}
                         for persona in PERSONA_LABELS},
            "customers": {persona: {"accounts": result.customer_counts.get(persona, 0),
                                    "arr": result.customer_arr.get(persona, 0)} for persona in PERSONA_LABELS},
        }, ensure_ascii=False, default=str, indent=2))
        return
    for account, placement in result.rows:
        status = "" if account.status == "active" else f" ({account.status})"
        click.echo(f"{(account.name[:34 - len(status)] + status):<34} {PERSONA_LABELS[placement.persona]:<17} "
                   f"{RULE_NAMES[placement.rule]:<21} {placement.reasons[0] if placement.reasons else ''}")
    total = sum(result.customer_counts.values()) or 1
    click.echo("\nActive customers:")
    for persona, label in PERSONA_LABELS.items():
        count = result.customer_counts.get(persona, 0)
        click.echo(f"{label:<17} {count:>5} accounts ({100 * count / total:.0f}%), "
                   f"ARR {result.customer_arr.get(persona, 0):,.0f}")
    if result.not_customers:
        click.echo(f"(and {result.not_customers} churned, lost or prospect accounts, placed above)")
