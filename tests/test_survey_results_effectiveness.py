"""Effectiveness results: accounts by phase, each behaviour's adoption, progress against each account's baseline,
by segment; the API and CLI keys; the account page's panel; re-scoring after a threshold change."""
import json
import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from helpers import add_account, add_contact
from surveys.effectiveness import format_model_text
from test_results import add_survey, answer
from test_results_api_cli import CONTRACT, token  # noqa: F401  (the fixture)
from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.models import EffectivenessModel, Response
from vocapp.models.base import utcnow
from vocapp.web.surveys import save_model

PHASES = [{"name": name, "behaviours": [{"text": f"{name} habit {n}", "feature": None} for n in (1, 2)]}
          for name in ("Basics", "Managed", "Leading")]


def _answers(model, given: str) -> dict:
    """'yy np --' -> each behaviour of each phase: y yes, p partly, n no, - unanswered."""
    ids = [str(b.id) for phase in model.phases for b in phase.behaviours]
    codes = given.replace(" ", "")
    return {i: {"y": "yes", "p": "partly", "n": "no"}[c] for i, c in zip(ids, codes) if c != "-"}


def _respond(survey, model, account, email, given, days_ago):
    from surveys.effectiveness import phase_scores, pooled, reached_phase

    response = answer(survey, account, None, add_contact(account, email, email.split("@")[0]),
                      when=utcnow() - timedelta(days=days_ago))
    response.answers = _answers(model, given)
    response.effectiveness_phase = reached_phase(phase_scores(
        [[str(b.id) for b in p.behaviours] for p in model.phases], pooled([response.answers])), model.threshold)
    db.session.commit()


@pytest.fixture
def measured(ctx):
    model = save_model(EffectivenessModel(name="CRM", threshold=0.7), PHASES)
    db.session.commit()
    acme = add_account("A-1", "Acme", 90_000, tier=1, industry="Software")
    globex = add_account("A-2", "Globex", 20_000, tier=2, industry="Retail")
    initech = add_account("A-3", "Initech", 10_000, tier=2, industry="Retail")
    baseline = add_survey("Baseline", kind="effectiveness", effectiveness_model_id=model.id)
    latest = add_survey("Latest", kind="effectiveness", effectiveness_model_id=model.id)
    _respond(baseline, model, acme, "a0@acme.example", "yy nn nn", 120)      # phase 1
    _respond(baseline, model, globex, "g0@globex.example", "nn nn nn", 120)  # phase 0
    _respond(latest, model, acme, "a1@acme.example", "yy yy nn", 5)          # pooled with the next: phase 2
    _respond(latest, model, acme, "a2@acme.example", "yy pp nn", 5)
    _respond(latest, model, globex, "g1@globex.example", "yy yn nn", 5)      # managed at 50%: phase 1
    _respond(latest, model, initech, "i1@initech.example", "yp -- --", 5)    # phase 1, no baseline
    return {"model": model, "latest": latest.id, "baseline": baseline.id, "acme": acme.id}


def test_the_results_page_shows_phases_adoption_progress_and_segments(login, measured):
    page = login("csm").get(f"/surveys/{measured['latest']}/results").get_data(as_text=True)
    assert "No scores yet" not in page and "NPS" not in page.split("<main", 1)[-1]
    assert "Accounts by phase" in page
    assert re.search(r"<title>1 · Basics: 2\W+\(baseline 1\)</title>", page)  # now 2 accounts; 1 at its baseline
    assert re.search(r"<title>Not yet in phase 1: 0\W+\(baseline 1\)</title>", page)
    assert "<strong>2</strong> of 2 accounts moved up" in page
    # Behaviours: Basics habit 2 got yes from Acme (2), Globex, and partly from Initech: 87.5% rounds to 88%.
    row = page.split("Basics habit 2", 1)[1].split("</tr>", 1)[0]
    assert "75% · 25% · 0%" in row and ">88%<" in row
    # By tier: tier 1 is Acme (phase 2, +1); tier 2 Globex (1, +1) and Initech (1, first measurement).
    tiers = page.split('id="segments"', 1)[1]
    assert "<td class=\"nowrap\">Tier 1</td><td class=\"num\">1</td><td class=\"num\"><strong>2.0</strong></td>" in tiers
    assert "<td class=\"nowrap\">Tier 2</td><td class=\"num\">2</td><td class=\"num\"><strong>1.0</strong></td>" in tiers
    industry = login("csm", "x@example.example").get(
        f"/surveys/{measured['latest']}/results?by=industry").get_data(as_text=True)
    assert "<td class=\"nowrap\">Retail</td>" in industry and "1 of 1" in industry
    accounts = page.split('id="accounts"', 1)[1]
    assert accounts.index("Acme") < accounts.index("Globex") and "this survey" in accounts.split("Initech")[1]


def test_the_baseline_survey_says_it_is_the_baseline(login, measured):
    page = login("csm").get(f"/surveys/{measured['baseline']}/results").get_data(as_text=True)
    assert "this survey is their baseline" in page and "moved up" not in page.split("stats", 1)[0]


def test_api_and_cli_add_the_effectiveness_keys(client, token, runner, measured):  # noqa: F811
    body = client.get(f"/api/v1/surveys/{measured['latest']}/results", headers=token).json
    assert CONTRACT <= set(body) and body["n"] == 0
    measured_json = body["effectiveness"]
    assert measured_json["accounts_by_phase"] == {"0": 0, "1": 2, "2": 1, "3": 0}
    assert measured_json["against_baseline"] == {"accounts": 2, "up": 2, "same": 0, "down": 0,
                                                 "baseline_by_phase": {"0": 1, "1": 1, "2": 0, "3": 0}}
    assert measured_json["respondents"] == 4 and measured_json["behaviours"][1]["score"] == 87.5
    cli = json.loads(runner.invoke(voc, ["survey", "results", str(measured["latest"]), "--json"]).output)
    assert cli["effectiveness"] == measured_json
    text = runner.invoke(voc, ["survey", "results", str(measured["latest"])]).output
    assert "1 Basics" in text and "2 up, 0 same, 0 down (of 2)" in text


def test_the_account_page_shows_its_effectiveness_panel(login, measured):
    page = login("csm").get(f"/accounts/{measured['acme']}").get_data(as_text=True)
    panel = page.split("effectiveness-panel", 1)[1]
    assert "Now in phase <strong>2: Managed</strong>" in panel and "+1 since baseline" in panel
    assert "Baseline" in panel and "Latest" in panel


def test_a_threshold_change_rescores_every_answer(login, app, measured):
    model = measured["model"]
    text = format_model_text([{"name": p.name, "behaviours": [{"text": b.text, "feature": b.feature}
                                                              for b in p.behaviours]} for p in model.phases])
    admin = login("admin")
    saved = admin.post(f"/surveys/models/{model.id}/edit", data={"name": "CRM", "threshold": 0.5, "phases": text})
    assert saved.status_code == 302, saved.data
    db.session.expire_all()
    globex = db.session.scalar(select(Response).join(Response.contact).where(
        Response.survey_id == measured["latest"], Response.contact.has(email="g1@globex.example")))
    assert globex.effectiveness_phase == 2  # managed at 50% now holds
    body = admin.get(f"/surveys/{measured['latest']}/results").get_data(as_text=True)
    assert '<span class="stat-value">50%</span>' in body  # the threshold shown is the model's
    assert re.search(r"<title>2 · Managed: 2\W", body)  # Globex joins Acme in phase 2
