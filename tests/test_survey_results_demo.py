"""The README's walk-through on the demo data: the demo leaves a draft survey that a newcomer can send (links for
contacts outside the 90-day protection), a relationship survey with answers to extra questions, and effectiveness
rounds that not every invited contact answered."""
import csv
import json

from sqlalchemy import select

from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.models import Survey


def test_the_walk_through_works_on_the_demo(app, runner, tmp_path):
    assert runner.invoke(voc, ["demo"]).exit_code == 0
    listing = runner.invoke(voc, ["survey", "list"]).output
    assert "draft  -          Quarterly relationship NPS" in listing

    out = tmp_path / "links.csv"
    links = runner.invoke(voc, ["survey", "links", "Quarterly relationship NPS", "--out", str(out)])
    assert links.exit_code == 0, links.output
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) >= 30 and list(rows[0]) == ["contact_email", "account", "url"]
    assert "within the 90-day over-survey protection" in links.output  # the recent pulses' contacts are spared
    assert runner.invoke(voc, ["survey", "open", "Quarterly relationship NPS"]).exit_code == 0
    client = app.test_client()
    assert client.get(rows[0]["url"].removeprefix("http://voc.test")).status_code == 200

    with app.app_context():  # relationship surveys are named by the quarter they went out in
        last_relationship = db.session.scalar(select(Survey.name).where(Survey.name.like("Relationship NPS – %"))
                                              .order_by(Survey.opened_at.desc()))
    winter = json.loads(runner.invoke(voc, ["survey", "results", last_relationship, "--json"]).output)
    assert winter["n"] >= 30 and all(question["answered"] > 5 for question in winter["questions"])
    latest = json.loads(runner.invoke(voc, ["survey", "results", "Effectiveness review – latest", "--json"]).output)
    assert 50 < latest["response_rate"] < 100
    assert latest["effectiveness"]["against_baseline"]["up"] > 0
