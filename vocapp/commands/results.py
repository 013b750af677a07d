"""voc survey results / export, voc import responses."""
import json

import click
from sqlalchemy import func, select

from surveys.nps import signed
from vocapp.commands import import_cli, rejected_exits, survey_cli, track
from vocapp.exports import csv_lines, safe_cell
from vocapp.extensions import db
from vocapp.imports import read_csv
from vocapp.imports.responses import RESPONSE_OPTIONAL, RESPONSE_REQUIRED, import_responses
from vocapp.models import Survey
from vocapp.queries.nps import NpsFilter, csv_export, export_rows, survey_results


def find_survey(reference: str) -> Survey:
    """A survey by its id or its exact name (case-insensitive)."""
    if reference.isdigit():
        survey = db.session.get(Survey, int(reference))
        if survey:
            return survey
    matches = db.session.scalars(select(Survey).where(func.lower(Survey.name) == reference.strip().lower())).all()
    if not matches:
        raise click.ClickException(f"no survey with the id or name {reference!r} (see the Surveys page)")
    if len(matches) > 1:
        ids = ", ".join(str(survey.id) for survey in matches)
        raise click.ClickException(f"{len(matches)} surveys are named {reference!r}: give the id ({ids})")
    return matches[0]


@survey_cli.command("results")
@click.argument("survey")
@click.option("--json", "as_json", is_flag=True, help="Print JSON: n, nps, margin, arr_weighted_nps, shares, ...")
def results_command(survey: str, as_json: bool):
    """NPS of SURVEY (its id or name): n, the score with its margin of error, ARR-weighted NPS, shares."""
    results = survey_results(find_survey(survey))
    if as_json:
        click.echo(json.dumps(results.to_dict(), indent=2))
        return
    result, reach = results.result, results.reach
    if results.effectiveness is not None:
        click.echo(_effectiveness_text(results))
        return
    low = "  (low n: fewer than 10 answers)" if result.n and result.low_n else ""
    rate = "—" if reach.response_rate is None else f"{reach.response_rate:.0f}% ({reach.answered} of {reach.invitations})"
    lines = [
        f"{results.survey.name}  [{results.survey.kind}, {results.survey.status}]",
        f"  NPS                {signed(result.nps)}" + (f" ± {result.margin:.0f}" if result.margin is not None else "")
        + f"   n = {result.n}{low}",
        f"  ARR-weighted NPS   {signed(result.arr_weighted_nps)}",
        f"  Promoters (9–10)   {result.promoters:5.1f}%  {result.promoter_count:>5}",
        f"  Passives (7–8)     {result.passives:5.1f}%  {result.passive_count:>5}",
        f"  Detractors (0–6)   {result.detractors:5.1f}%  {result.detractor_count:>5}",
        f"  Response rate      {rate}",
    ]
    if reach.skipped_score:
        lines.append(f"  Skipped the score  {reach.skipped_score} (not in n)")
    lines.append("  Scores 0..10       " + " ".join(str(count) for count in result.distribution))
    for summary in results.questions:
        question = summary.question
        lines.append(f"  {question['text']}  ({summary.answered} answers)")
        if question["type"] == "text":
            lines += [f"    - {text}" for text in summary.texts[:5]]
            if summary.answered > 5:
                lines.append("    (all of them: voc survey export)")
        else:
            mean = "" if summary.mean is None else f"   mean {summary.mean:.1f}"
            lines.append("    " + ", ".join(f"{value}: {count}" for value, count in summary.counts.items()) + mean)
    click.echo("\n".join(lines))


def _effectiveness_text(results) -> str:
    measured, reach = results.effectiveness, results.reach
    rate = "—" if reach.response_rate is None else f"{reach.response_rate:.0f}% ({reach.answered} of {reach.invitations})"
    moves = measured.moves()
    lines = [f"{results.survey.name}  [{results.survey.kind}, {results.survey.status}]",
             f"  Accounts measured  {len(measured.accounts)}   respondents {measured.respondents}",
             f"  Response rate      {rate}",
             "  Accounts by phase  (at their baseline)"]
    baseline = measured.by_phase(baseline=True)
    for phase, (name, count) in enumerate(zip(["not yet in phase 1", *measured.phase_names], measured.by_phase())):
        lines.append(f"    {phase} {name:<28} {count:>4}" + (f"  ({baseline[phase]})" if measured.compared else ""))
    if measured.compared:
        lines.append(f"  Since baseline     {moves['up']} up, {moves['same']} same, {moves['down']} down "
                     f"(of {len(measured.compared)})")
    return "\n".join(lines)


@survey_cli.command("export")
@click.argument("survey")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default="csv", show_default=True)
@click.option("--out", type=click.File("w", encoding="utf-8", lazy=True), default="-",
              help="The file to write (standard output when not given).")
def export_command(survey: str, fmt: str, out):
    """Every answer of SURVEY as CSV (re-importable with `voc import responses`) or JSON."""
    filters = NpsFilter(survey_id=find_survey(survey).id)
    if fmt == "json":
        json.dump(list(export_rows(filters)), out, indent=2, ensure_ascii=False)
        out.write("\n")
    else:
        for chunk in csv_lines(*csv_export(filters, cell=safe_cell)):
            out.write(chunk)
    if out.name not in ("-", "<stdout>"):
        click.echo(f"wrote {out.name}", err=True)


@import_cli.command("responses")
@click.argument("file", type=click.File("rb"))
def import_responses_command(file):
    """Columns account_external_id,survey,score,submitted_at; optional contact_email,comment,key_question,stage.
    A survey name not yet known becomes a closed NPS survey; detractors of the last 90 days open cases."""
    with rejected_exits():
        _columns, records = read_csv(file, RESPONSE_REQUIRED, RESPONSE_OPTIONAL)
        result = import_responses(records, track=track)
    click.echo(f"responses: {result}")
