"""Personal links: random tokens stored as hashes, expiry, over-survey protection, the CSV contract."""
import csv
from datetime import timedelta

from sqlalchemy import select

from conftest import make_user
from helpers import add_account, add_contact
from surveys.tokens import token_hash
from vocapp.cli import voc
from vocapp.distribution import Audience, issue_links
from vocapp.extensions import db
from vocapp.models import EffectivenessModel, Invitation, Survey
from vocapp.models.base import utcnow


def _survey(name="S", **fields) -> Survey:
    survey = Survey(kind="nps", name=name, **fields)
    db.session.add(survey)
    db.session.commit()
    return survey


def test_links_carry_256_bit_tokens_and_only_their_hash_is_stored(ctx):
    add_contact(add_account(), "ana@acme.example")
    survey = _survey(link_ttl_days=12)
    [link] = issue_links(survey, "https://feedback.example/", Audience()).links
    token = link.url.removeprefix("https://feedback.example/s/")
    assert len(token) == 43 and link.token == token
    invitation = db.session.scalar(select(Invitation))
    assert invitation.token_hash == token_hash(token) and token not in invitation.token_hash
    assert timedelta(days=11, hours=23) < invitation.expires_at - invitation.created_at <= timedelta(days=12)


def test_the_cooldown_skips_recently_surveyed_contacts_and_says_why(ctx):
    acme = add_account()
    add_contact(acme, "ana@acme.example")
    add_contact(acme, "ben@acme.example")
    earlier = _survey("Spring NPS")
    issue_links(earlier, "http://x", Audience())
    ben = db.session.scalar(select(Invitation).join(Invitation.contact).where(Invitation.contact.has(email="ben@acme.example")))
    ben.created_at = utcnow() - timedelta(days=100)
    db.session.commit()
    now = _survey("Summer NPS", cooldown_days=90)
    issued = issue_links(now, "http://x", Audience())
    assert [link.contact_email for link in issued.links] == ["ben@acme.example"]
    [skip] = issued.skipped
    assert skip.contact_email == "ana@acme.example"
    assert "invited to 'Spring NPS' on" in skip.reason and "90-day over-survey protection" in skip.reason
    again = issue_links(now, "http://x", Audience())
    reasons = {skip.contact_email: skip.reason for skip in again.skipped}
    assert again.links == [] and reasons["ben@acme.example"].startswith("already has a link to this survey")
    short = _survey("Autumn", cooldown_days=0)
    assert len(issue_links(short, "http://x", Audience()).links) == 2


def test_cli_create_and_links_write_the_csv_contract(app, runner, tmp_path):
    with app.app_context():
        maya = make_user("csm", "maya@example.example")
        big = add_account("A-1", "Big Co", 900_000, tier=1, csm_id=maya.id)
        add_contact(big, "ceo@big.example", "Ceo")
        add_contact(add_account("A-2", "Small Co", 5_000, tier=3), "cto@small.example", "Cto")
        add_contact(add_account("A-3", "Gone Co", 5_000, tier=3, status="churned"), "x@gone.example", "X")
    created = runner.invoke(voc, ["survey", "create", "--kind", "nps", "--name", "Q1 NPS", "--stage", "renewal"])
    assert created.exit_code == 0, created.output
    survey_id = created.output.strip()
    assert survey_id.isdigit()
    out = tmp_path / "links.csv"
    result = runner.invoke(voc, ["survey", "links", survey_id, "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(out.open()))
    assert rows[0] == ["contact_email", "account", "url"]
    assert [row[:2] for row in rows[1:]] == [["ceo@big.example", "Big Co"], ["cto@small.example", "Small Co"]]
    assert all(row[2].startswith("http://voc.test/s/") for row in rows[1:])
    assert "skipped x@gone.example (Gone Co): account is churned" in result.output
    with app.app_context():
        survey = db.session.get(Survey, int(survey_id))
        assert (survey.kind, survey.journey_stage, survey.status) == ("nps", "renewal", "draft")


def test_cli_links_filter_by_tier_csm_and_account_and_reject_unknown_names(app, runner, tmp_path):
    with app.app_context():
        maya = make_user("csm", "maya@example.example")
        add_contact(add_account("A-1", "Big Co", 900_000, tier=1, csm_id=maya.id), "ceo@big.example", "Ceo")
        add_contact(add_account("A-2", "Small Co", 5_000, tier=3), "cto@small.example", "Cto")
        add_contact(add_account("A-3", "Mid Co", 50_000, tier=2), "vp@mid.example", "Vp")
    cases = [(["--tier", "1"], ["ceo@big.example"]), (["--csm", "MAYA@example.example"], ["ceo@big.example"]),
             (["--account", "A-2", "--account", "A-3"], ["vp@mid.example", "cto@small.example"])]
    for number, (options, emails) in enumerate(cases):
        survey_id = runner.invoke(voc, ["survey", "create", "--kind", "nps", "--name", f"S{number}",
                                        "--cooldown-days", "0"]).output.strip()
        out = tmp_path / f"{number}.csv"
        result = runner.invoke(voc, ["survey", "links", survey_id, "--out", str(out), *options])
        assert result.exit_code == 0, result.output
        assert [row[0] for row in list(csv.reader(out.open()))[1:]] == emails
    bad = runner.invoke(voc, ["survey", "links", survey_id, "--out", str(tmp_path / "x.csv"), "--account", "NOPE"])
    assert bad.exit_code != 0 and "no account with external id 'NOPE'" in bad.output
    assert not (tmp_path / "x.csv").exists()


def test_cli_effectiveness_surveys_need_a_known_model(app, runner, tmp_path):
    bad = runner.invoke(voc, ["survey", "create", "--kind", "effectiveness", "--name", "E", "--model", "nope"])
    assert bad.exit_code != 0 and "no effectiveness model with id or name 'nope'" in bad.output
    model_id = runner.invoke(voc, ["model", "default"]).output.strip()
    created = runner.invoke(voc, ["survey", "create", "--kind", "effectiveness", "--name", "E",
                                  "--model", "Sales CRM effectiveness"])
    assert created.exit_code == 0, created.output
    with app.app_context():
        survey = db.session.get(Survey, int(created.output))
        assert survey.effectiveness_model_id == int(model_id)
        assert len(db.session.get(EffectivenessModel, int(model_id)).phases) == 5
    path = tmp_path / "m.txt"
    path.write_text("- orphan\nA\n- a\nB\n")
    result = runner.invoke(voc, ["model", "create", "--name", "M", "--file", str(path)])
    assert result.exit_code != 0
    assert "line 1: a behaviour needs a phase name on a line above it" in result.output
    assert "line 4: phase 'B' has no behaviours" in result.output


def test_cli_open_close_and_revoke(app, runner, client):
    with app.app_context():
        add_contact(add_account(), "ana@acme.example")
        survey = _survey()
        [link] = issue_links(survey, "http://voc.test", Audience()).links
        db.session.commit()
        survey_id, path = str(survey.id), link.url.removeprefix("http://voc.test")
    assert client.get(path).status_code == 404
    assert runner.invoke(voc, ["survey", "open", survey_id]).exit_code == 0
    assert client.get(path).status_code == 200
    result = runner.invoke(voc, ["survey", "revoke", survey_id, "--email", "ana@acme.example"])
    assert result.exit_code == 0 and "1 link(s) revoked" in result.output
    assert client.get(path).status_code == 410
    assert runner.invoke(voc, ["survey", "close", survey_id]).exit_code == 0
