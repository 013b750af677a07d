"""The roadmap digest gathered from the database, checked against figures computed by hand."""
from dataclasses import replace
from datetime import date, datetime, timedelta
from io import BytesIO

import pytest
from sqlalchemy import select
from pypdf import PdfReader

from reports.roadmap import render_roadmap_digest
from tests.helpers import add_account, add_contact
from vocapp.extensions import db
from vocapp.models import FeedbackItem, FeedbackMention, Response, Survey
from vocapp.queries.digest import roadmap_digest

TODAY = date(2026, 12, 1)
IN_PERIOD = datetime(2026, 10, 15, 9, 30)
BEFORE = datetime(2026, 8, 20, 9, 30)  # in the 61 days before the period


def mention(item, account, quote, at=IN_PERIOD, source_type="note", source_id=None):
    db.session.add(FeedbackMention(item=item, account=account, quote=quote, source_type=source_type,
                                   source_id=source_id, mentioned_at=at))


@pytest.fixture
def asked(ctx):
    acme = add_account("A", "Acme", 100_000, tier=1, renewal_date=TODAY + timedelta(days=30))
    bolt = add_account("B", "Bolt", 50_000, tier=2, renewal_date=TODAY + timedelta(days=200))
    crux = add_account("C", "Crux", 80_000, tier=2, status="churned")
    dune = add_account("D", "Dune", 20_000, tier=3, renewal_date=TODAY + timedelta(days=89))
    jira, sso, calendar, export = (FeedbackItem(title=title, key=title.lower(), status=status) for title, status in (
        ("Jira integration", "planned"), ("Single sign-on", "new"), ("Calendar view", "new"),
        ("CSV export", "shipped")))
    db.session.add_all([jira, sso, calendar, export])
    ana = add_contact(acme, role="Head of Operations")
    survey = Survey(name="Q4 NPS", kind="nps")
    db.session.add(survey)
    db.session.flush()
    answer = Response(survey=survey, account_id=acme.id, contact_id=ana.id, score=6, comment="Jira please")
    db.session.add(answer)
    db.session.flush()
    mention(jira, acme, "We need Jira sync for the ops team.", source_type="response", source_id=answer.id)
    mention(jira, acme, "Jira, again.", at=IN_PERIOD + timedelta(days=3))
    mention(jira, bolt, "Integrate with Jira!")
    mention(jira, crux, "No Jira link was why we left.")
    mention(sso, dune, "SSO with Okta")
    mention(sso, acme, "Okta login", at=BEFORE)
    mention(calendar, crux, "A calendar view")
    mention(export, crux, "CSV export please")
    db.session.commit()
    return ctx


def test_the_digest_matches_the_hand_computed_ranking(asked):
    digest = roadmap_digest(date(2026, 10, 1), date(2026, 11, 30), today=TODAY)
    assert [item.title for item in digest.items] == ["Jira integration", "Single sign-on", "CSV export", "Calendar view"]
    jira, sso, _, calendar = digest.items
    assert (jira.impacted_arr, jira.accounts, jira.mentions, jira.lost_arr) == (150_000, 3, 4, 80_000)
    assert jira.renewing_arr == 100_000  # Acme renews in 30 days; Bolt in 200
    assert jira.previous_impacted_arr is None
    assert (sso.impacted_arr, sso.previous_impacted_arr, sso.change) == (20_000, 100_000, -80_000)
    assert sso.renewing_arr == 20_000  # Dune renews in 89 days
    assert (calendar.impacted_arr, calendar.lost_arr) == (0, 80_000)
    assert digest.renewing_arr == 120_000  # Acme and Dune, each once
    assert [(entry.account, entry.arr, entry.items) for entry in digest.win_back] == [("Crux", 80_000, ("CSV export",))]
    quote = jira.quotes[0]
    assert (quote.account, quote.role, quote.text) == ("Acme", "Head of Operations", "We need Jira sync for the ops team.")
    assert len({q.account for q in jira.quotes}) == len(jira.quotes) == 3  # one quote an account


def test_filters_and_anonymised_quotes(asked):
    by_tier = roadmap_digest(date(2026, 10, 1), date(2026, 11, 30), tier=3, today=TODAY)
    assert [(item.title, item.impacted_arr) for item in by_tier.items] == [("Single sign-on", 20_000)]
    anonymous = roadmap_digest(date(2026, 10, 1), date(2026, 11, 30), anonymise=True, today=TODAY)
    assert all(quote.account is None for item in anonymous.items for quote in item.quotes)
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(render_roadmap_digest(anonymous))).pages)
    assert "We need Jira sync" in text and "Head of Operations" in text
    for name in ("Acme", "Bolt", "Dune"):
        assert name not in text.split("Win-back list")[0]


def test_the_cli_prints_the_ranking_contract_and_writes_the_pdf(asked, runner, tmp_path):
    result = runner.invoke(args=["voc", "report", "roadmap", "--json", "--since", "2026-10-01", "--until", "2026-11-30"])
    assert result.exit_code == 0, result.output
    import json
    ranking = json.loads(result.output)
    assert list(ranking[0]) == ["item", "impacted_arr", "accounts", "at_risk_arr", "lost_arr", "mentions"]
    assert (ranking[0]["item"], ranking[0]["impacted_arr"], ranking[0]["lost_arr"]) == ("Jira integration", 150_000, 80_000)
    out = tmp_path / "digest.pdf"
    written = runner.invoke(args=["voc", "report", "roadmap", "--out", str(out), "--since", "2026-10-01",
                                  "--until", "2026-11-30", "--anonymise"])
    assert written.exit_code == 0, written.output
    assert "Jira integration" in PdfReader(out).pages[0].extract_text()
    backwards = runner.invoke(args=["voc", "report", "roadmap", "--json", "--since", "2026-12-01", "--until", "2026-01-01"])
    assert backwards.exit_code == 2 and "--since" in backwards.output
    nowhere = runner.invoke(args=["voc", "report", "roadmap", "--json", "--area", "Identity"])
    assert nowhere.exit_code == 2 and "--area" in nowhere.output and "is not a product area" in nowhere.output
    by_name = runner.invoke(args=["voc", "report", "roadmap", "--json", "--area", "Identity and access",
                                  "--since", "2026-10-01", "--until", "2026-11-30"])
    assert by_name.exit_code == 0 and json.loads(by_name.output) == []  # no item of that area was asked for


def test_item_ranks_agree_with_the_digest(asked):
    from vocapp.queries.digest import item_ranks

    digest = roadmap_digest(date(2026, 10, 1), date(2026, 11, 30), today=TODAY)
    ranks = item_ranks(date(2026, 10, 1), date(2026, 11, 30))
    titles = {item.id: item.title for item in db.session.scalars(select(FeedbackItem))}
    assert [titles[key] for key in sorted(ranks, key=ranks.get)] == [item.title for item in digest.items]


def test_the_installed_voc_command_runs_the_reports(tmp_path):
    """The console script itself, outside the test runner's application context."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    voc = str(Path(sys.executable).with_name("voc"))
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'cli.db'}"}
    subprocess.run([voc, "db", "upgrade"], env=env, check=True, capture_output=True)
    ranking = subprocess.run([voc, "report", "roadmap", "--json"], env=env, capture_output=True, text=True)
    assert ranking.returncode == 0, ranking.stderr
    assert ranking.stdout.strip() == "[]"
    wlc = subprocess.run([voc, "report", "wlc", "--out", str(tmp_path / "wlc.pdf")], env=env, capture_output=True,
                         text=True)
    assert wlc.returncode == 0, wlc.stderr
    assert "0 interviews" in wlc.stdout and (tmp_path / "wlc.pdf").read_bytes().startswith(b"%PDF")


def test_the_area_filter_takes_the_area_as_shown(asked):
    for item in db.session.scalars(select(FeedbackItem)):
        item.product_area = "integrations" if item.title == "Jira integration" else "security"
    db.session.commit()
    digest = roadmap_digest(date(2026, 10, 1), date(2026, 11, 30), product_area="Integrations", today=TODAY)
    assert [item.title for item in digest.items] == ["Jira integration"]
    empty = roadmap_digest(date(2026, 10, 1), date(2026, 11, 30), product_area="Mobile", today=TODAY)
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(render_roadmap_digest(empty))).pages)
    assert "No product requests in this period for Mobile." in text


def test_asks_waiting_for_review_are_counted_and_quoted_last(asked):
    """A mention in the triage list counts until someone rejects it; the digest says how many wait, and quotes a
    decided ask before one the analysis doubted, even from a smaller account."""
    jira = db.session.scalar(select(FeedbackItem).where(FeedbackItem.title == "Jira integration"))
    for found in db.session.scalars(select(FeedbackMention).where(FeedbackMention.item_id == jira.id)):
        if found.account.name in ("Acme", "Crux"):
            found.review = "pending"
    db.session.commit()
    digest = roadmap_digest(date(2026, 10, 1), date(2026, 11, 30), today=TODAY)
    jira_entry = digest.items[0]
    assert (jira_entry.title, jira_entry.impacted_arr, jira_entry.mentions) == ("Jira integration", 150_000, 4)
    assert jira_entry.to_review == 3 and digest.to_review == 3
    assert jira_entry.quotes[0].account == "Bolt", "the one decided ask first"
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(render_roadmap_digest(digest))).pages)
    assert "3 of the 7 mentions still wait for a product manager's review" in " ".join(text.split())
    one_waits = replace(digest, items=[replace(entry, to_review=int(entry is jira_entry)) for entry in digest.items])
    one = "".join(page.extract_text() for page in PdfReader(BytesIO(render_roadmap_digest(one_waits))).pages)
    assert "1 of the 7 mentions still waits for" in " ".join(one.split())
    assert "4 mentions (3 waiting for review)" in text
