"""The themes page: its chart draws the very figure the table beside it shows, computed from the counts shown."""
import re
from datetime import datetime

from helpers import add_account
from vocapp.extensions import db
from vocapp.insights.sources import texts
from vocapp.insights.store import analyse
from vocapp.insights.themes import current_analyzer
from vocapp.models import Response, Survey


def seed(app):
    with app.app_context():
        account = add_account("A-1", "Acme", 50_000, tier=1)
        survey = Survey(kind="nps", name="Q1", status="open")
        for comment, score in (("The reporting is great, I love the dashboards.", 10),
                               ("Reporting is slow and the dashboards are broken.", 3),
                               ("Reporting works fine.", 8),
                               ("Great reports, brilliant analytics.", 9),
                               ("Support is slow and unhelpful.", 2)):
            db.session.add(Response(survey=survey, account=account, comment=comment, score=score,
                                    submitted_at=datetime(2026, 10, 1)))
        db.session.commit()
        analyse(texts(), current_analyzer())


def test_the_chart_and_the_table_read_the_same_net_sentiment(login, app):
    seed(app)
    page = login("admin").get("/insights/themes").get_data(as_text=True)
    assert "Net sentiment by theme" in page, "the chart has a title"
    chart = page.split('class="chart chart-wide"')[1].split("</svg>")[0]
    drawn = {name: int(value) for name, value in re.findall(r"<title>([^<:]+): ([+-]\d+) · \d+ mentions</title>", chart)}
    rows = page.split("<tbody>")[1].split("</tbody>")[0].split("<tr")[1:]
    shown = {}
    for row in rows:
        name = re.search(r"<strong>([^<]+)</strong>", row).group(1)
        figures = re.search(r"([+-]\d+) net</strong> of (\d+) mentions?: (\d+) positive · (\d+) neutral · (\d+) negative",
                            row)
        if figures:
            net, mentions, positive, neutral, negative = (int(value) for value in figures.groups())
            assert mentions == positive + neutral + negative
            assert net == round(100 * (positive - negative) / mentions), "the net comes from the counts shown"
            shown[name] = net
    assert "Reporting and analytics" in shown and "Support" in shown
    assert drawn == shown, "the chart draws what the table says"
