"""voc survey ... commands (surveys): create, links, open/close, send, remind, revoke; voc model ..."""
import csv
import sys

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import func, select

from surveys.effectiveness import DEFAULT_CRM_MODEL, format_model_text, parse_model_text
from vocapp.commands import ProgressBar, survey_cli, voc
from vocapp.distribution import CSV_HEADER, Audience, issue_links, reissue_links, revoke
from vocapp.extensions import db
from vocapp.mailer import MailNotConfigured, send_invitations, send_reminders
from vocapp.models import JOURNEY_STAGES, Contact, EffectivenessModel, Invitation, Survey
from vocapp.web.surveys import change_status, copy_of, save_model

model_cli = AppGroup("model", help="Effectiveness models: phases of behaviours, basics first.")
voc.add_command(model_cli)


def _survey(ref: str) -> Survey:
    survey = db.session.get(Survey, int(ref)) if ref.isdigit() else \
        db.session.scalar(select(Survey).where(Survey.name == ref))
    if survey is None:
        raise click.BadParameter(f"no survey with id or name {ref!r}", param_hint="SURVEY")
    return survey


def _model(ref: str) -> EffectivenessModel:
    model = db.session.get(EffectivenessModel, int(ref)) if ref.isdigit() else \
        db.session.scalar(select(EffectivenessModel).where(func.lower(EffectivenessModel.name) == ref.lower()))
    if model is None:
        raise click.BadParameter(f"no effectiveness model with id or name {ref!r} (see voc model list)",
                                 param_hint="--model")
    return model


def audience_options(command):
    for option in reversed([
        click.option("--tier", "tiers", type=int, multiple=True, help="Only accounts of this tier (repeatable)."),
        click.option("--csm", "csms", multiple=True, help="Only accounts of this CSM, by e-mail (repeatable)."),
        click.option("--account", "accounts", multiple=True, help="Only this account, by external id (repeatable)."),
    ]):
        command = option(command)
    return command


def _audience(tiers, csms, accounts) -> Audience:
    audience = Audience(tiers=list(tiers), csm_emails=list(csms), accounts=list(accounts))
    problems = audience.unknown()
    if problems:
        raise click.UsageError("; ".join(problems))
    return audience


def _print_skips(skipped) -> None:
    for skip in skipped:
        click.echo(str(skip))


@survey_cli.command("create")
@click.option("--kind", type=click.Choice(["nps", "effectiveness", "custom"]), required=True)
@click.option("--name", required=True)
@click.option("--stage", type=click.Choice(JOURNEY_STAGES), help="Journey stage (none by default).")
@click.option("--model", "model_ref", help="Effectiveness model, by id or name (effectiveness surveys).")
@click.option("--product", default="our product", show_default=True, help="The product name customers see.")
@click.option("--anonymous", is_flag=True, help="Store no contact with the answers.")
@click.option("--no-key-question", is_flag=True)
@click.option("--cooldown-days", type=click.IntRange(0, 730), default=90, show_default=True)
@click.option("--link-days", type=click.IntRange(1, 365), default=30, show_default=True)
@click.option("--reminder-days", type=click.IntRange(1, 60), default=5, show_default=True)
def create_survey(kind, name, stage, model_ref, product, anonymous, no_key_question, cooldown_days, link_days,
                  reminder_days):
    """Create a draft survey and print its id."""
    name = name.strip()
    if not name or len(name) > 200:
        raise click.BadParameter("1 to 200 characters", param_hint="--name")
    model = None
    if kind == "effectiveness":
        if model_ref:
            model = _model(model_ref)
        else:
            models = db.session.scalars(select(EffectivenessModel)).all()
            if len(models) != 1:
                raise click.UsageError("--model is required for an effectiveness survey (see voc model list)")
            model = models[0]
    elif model_ref:
        raise click.BadParameter("only effectiveness surveys use a model", param_hint="--model")
    if kind == "custom":
        raise click.UsageError("custom surveys need their questions: create them on the web page")
    survey = Survey(kind=kind, name=name, journey_stage=stage, effectiveness_model=model, product_name=product,
                    anonymous=anonymous, ask_key_question=not no_key_question, questions=[],
                    cooldown_days=cooldown_days, link_ttl_days=link_days, reminder_after_days=reminder_days)
    db.session.add(survey)
    db.session.commit()
    click.echo(survey.id)


@survey_cli.command("copy")
@click.argument("survey_ref", metavar="SURVEY")
@click.option("--name", default="", help="The new survey's name (default: the old one's and \"(copy)\").")
def copy_survey(survey_ref, name):
    """Create a draft with a survey's questions and settings (next quarter's run) and print its id."""
    name = name.strip()
    if len(name) > 200:
        raise click.BadParameter("at most 200 characters", param_hint="--name")
    survey = copy_of(_survey(survey_ref), name)
    db.session.add(survey)
    db.session.commit()
    click.echo(survey.id)


@survey_cli.command("list")
def list_surveys():
    """Every survey with its kind, status and answers."""
    for survey in db.session.scalars(select(Survey).order_by(Survey.id)):
        click.echo(f"{survey.id:>4} {survey.kind:<13} {survey.status:<6} {survey.journey_stage or '-':<10} {survey.name}")


@survey_cli.command("links")
@click.argument("survey_ref", metavar="SURVEY")
@click.option("--out", type=click.Path(dir_okay=False, writable=True), required=True, help="The CSV file to write.")
@click.option("--reissue", is_flag=True, help="Lost the file? New links for the contacts already invited who have "
              "not answered (not e-mailed, not revoked); their old links stop working.")
@audience_options
def links_command(survey_ref, out, reissue, tiers, csms, accounts):
    """Write contact_email,account,url for every contact of the chosen accounts (all by default). Contacts
    surveyed recently are skipped and listed. The links are shown only here: keep the file safe, or get new
    ones with --reissue."""
    survey = _survey(survey_ref)
    audience = _audience(tiers, csms, accounts)
    issued = (reissue_links if reissue else issue_links)(survey, current_app.config["VOC_BASE_URL"], audience)
    try:
        with open(out, "w", newline="", encoding="utf-8") as file:
            writer = csv.writer(file)
            writer.writerow(CSV_HEADER)
            writer.writerows(link.row() for link in issued.links)
    except OSError as exc:
        db.session.rollback()
        raise click.ClickException(f"cannot write {out}: {exc}; no link was issued")
    db.session.commit()
    _print_skips(issued.skipped)
    click.echo(f"{len(issued.links)} {'reissued ' if reissue else ''}link(s) written to {out}; "
               f"{len(issued.skipped)} skipped")
    if survey.status != "open":
        click.echo(f"Note: the survey is {survey.status}; links work once it is open (voc survey open {survey.id}).",
                   err=True)


@survey_cli.command("open")
@click.argument("survey_ref", metavar="SURVEY")
def open_survey(survey_ref):
    """Open SURVEY: its links start to work."""
    survey = _survey(survey_ref)
    change_status(survey, "open")
    db.session.commit()
    click.echo(f"survey {survey.id} is open")


@survey_cli.command("close")
@click.argument("survey_ref", metavar="SURVEY")
def close_survey(survey_ref):
    """Close SURVEY: its links stop taking answers (410)."""
    survey = _survey(survey_ref)
    change_status(survey, "closed")
    db.session.commit()
    click.echo(f"survey {survey.id} is closed")


def _mail(action, label: str):
    """Runs the send in this process (for cron: no worker needed) with a progress bar, then prints its report."""
    try:
        with ProgressBar(label) as progress:
            report = action(progress)
    except (MailNotConfigured, ValueError, OSError) as exc:
        db.session.rollback()
        raise click.ClickException(str(exc))
    _print_skips(report.skipped)
    for failure in report.failed:
        click.echo(f"failed {failure}", err=True)
    click.echo(str(report))
    if report.failed:
        sys.exit(1)


@survey_cli.command("send")
@click.argument("survey_ref", metavar="SURVEY")
@audience_options
def send_command(survey_ref, tiers, csms, accounts):
    """E-mail a personal link to every contact of the chosen accounts (needs SMTP_URL and an open survey)."""
    survey = _survey(survey_ref)
    audience = _audience(tiers, csms, accounts)
    _mail(lambda progress: send_invitations(survey, audience, current_app.config, progress=progress), "Sending")


@survey_cli.command("remind")
@click.argument("survey_ref", metavar="SURVEY")
def remind_command(survey_ref):
    """One reminder to each e-mailed contact who has not answered after the survey's reminder delay."""
    survey = _survey(survey_ref)
    _mail(lambda progress: send_reminders(survey, current_app.config, progress=progress), "Reminding")


@survey_cli.command("revoke")
@click.argument("survey_ref", metavar="SURVEY")
@click.option("--email", "emails", multiple=True, required=True, help="The contact whose link stops working.")
def revoke_command(survey_ref, emails):
    """Revoke the links of SURVEY sent to these contacts."""
    survey = _survey(survey_ref)
    invitations = db.session.scalars(select(Invitation).join(Invitation.contact).where(
        Invitation.survey_id == survey.id, func.lower(Contact.email).in_([e.lower() for e in emails]))).all()
    found = {invitation.contact.email.lower() for invitation in invitations}
    missing = [email for email in emails if email.lower() not in found]
    if missing:
        raise click.BadParameter(f"no link of this survey for {', '.join(missing)}", param_hint="--email")
    count = revoke(invitations)
    db.session.commit()
    click.echo(f"{count} link(s) revoked")


# --- effectiveness models ------------------------------------------------------------------------------------
@model_cli.command("list")
def list_models():
    """Every effectiveness model with its phases and threshold."""
    for model in db.session.scalars(select(EffectivenessModel).order_by(EffectivenessModel.id)):
        click.echo(f"{model.id:>4} {model.name} ({len(model.phases)} phases, threshold {model.threshold:g})")


@model_cli.command("show")
@click.argument("model_ref", metavar="MODEL")
def show_model(model_ref):
    """A model's phases and behaviours, in the format `voc model create --file` reads."""
    model = _model(model_ref)
    click.echo(format_model_text([{"name": p.name, "behaviours": [{"text": b.text, "feature": b.feature}
                                                                  for b in p.behaviours]} for p in model.phases]))


@model_cli.command("create")
@click.option("--name", required=True)
@click.option("--file", "file", type=click.File("r", encoding="utf-8"), required=True,
              help="Phase names on their own lines, behaviours below as '- ...' (see voc model show).")
@click.option("--threshold", type=click.FloatRange(0.1, 1.0), default=0.7, show_default=True)
@click.option("--description", default="")
def create_model(name, file, threshold, description):
    """Create a model of 3 to 5 phases from a text file."""
    phases, errors = parse_model_text(file.read())
    if errors:
        for error in errors:
            click.echo(str(error), err=True)
        raise click.ClickException(f"{len(errors)} problem(s); no model was created")
    if db.session.scalar(select(EffectivenessModel.id).where(EffectivenessModel.name == name)):
        raise click.BadParameter(f"a model named {name!r} exists", param_hint="--name")
    model = save_model(EffectivenessModel(name=name, threshold=threshold, description=description), phases)
    db.session.commit()
    click.echo(model.id)


@model_cli.command("default")
def default_model():
    """Install the built-in model for a sales CRM (if not there yet); prints its id."""
    click.echo(install_default_model().id)
    db.session.commit()


def install_default_model() -> EffectivenessModel:
    spec = DEFAULT_CRM_MODEL
    model = db.session.scalar(select(EffectivenessModel).where(EffectivenessModel.name == spec["name"]))
    if model is None:
        model = save_model(EffectivenessModel(name=spec["name"], description=spec["description"],
                                              threshold=spec["threshold"]), spec["phases"])
    return model
