"""The account review's NPS trend with its margin band and its effectiveness progress chart: drawn by
reports.charts, placed in the review, read back from the PDF."""
import re
import subprocess
from datetime import date, timedelta
from io import BytesIO

from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from reports.account_review import (AccountReview, EffectivenessFigure, NpsFigure, charts, render_account_review)
from reports.charts import effectiveness_chart, line_chart
from tests.test_survey_results_effectiveness import measured  # noqa: F401  (the fixture)
from vocapp.extensions import db
from vocapp.models import Account
from vocapp.models.base import utcnow
from vocapp.queries.review import account_review


def polygons(svg: str) -> list[list[tuple[float, float]]]:
    return [[tuple(map(float, pair.split(","))) for pair in points.split()]
            for points in re.findall(r'<polygon points="([^"]+)"', svg)]


def test_the_margin_band_surrounds_each_run_and_stays_on_the_axis():
    svg = line_chart(["Q1", "Q2", "Q3", "Q4", "Q5"], {"NPS": [-80, -60, None, 40, None]}, "NPS by quarter",
                     margins={"NPS": [50, 30, None, 20, None]})
    bands = polygons(svg)
    assert len(bands) == 2  # Q1–Q2, and Q4 standing alone
    top, bottom = 38, 228 - 28  # the plot: HEAD + 8 down to the height less its labels
    assert all(top - 0.1 <= y <= bottom + 0.1 for band in bands for _, y in band)
    assert max(y for _, y in bands[0]) == bottom  # −80 − 50 is cut at −100
    assert len(bands[1]) == 4 and bands[1][1][0] - bands[1][0][0] == 10  # a pale bar where a point stands alone
    assert "95% margin of error" in svg and "NPS Q1: -80 ± 50" in svg
    assert "<polygon" not in line_chart(["Q1", "Q2"], {"NPS": [10, 20]}, "NPS by quarter")  # pages draw no band


def test_the_effectiveness_chart_names_the_phases_the_baseline_and_the_target():
    svg = effectiveness_chart(["3 Nov 2025", "2 Oct 2026"], [1, 2], ["Basics", "Managed", "Leading"], target=3)
    assert all(f"{n}. {name}" in svg for n, name in enumerate(("Basics", "Managed", "Leading"), 1))
    assert "baseline" in svg and "next target: phase 3" in svg and 'stroke-dasharray="6 4"' in svg
    assert "3 Nov 2025: phase 1 (baseline)" in svg and "2 Oct 2026: phase 2 (measured)" in svg
    last_phase = effectiveness_chart(["1 Jan 2026"], [3], ["Basics", "Managed", "Leading"])
    assert "next target" not in last_phase and "<polyline" not in last_phase  # one measurement: a point, no line
    assert "No measurement yet" in effectiveness_chart([], [], ["Basics"])


def review(**changes) -> AccountReview:
    fields = dict(
        account="Acme", external_id="A-1", industry=None, region=None, tier=1, arr=120_000, renewal_date=None,
        csm=None, status="active", period_start=date(2026, 9, 1), period_end=date(2026, 11, 30),
        today=date(2026, 12, 1), nps=NpsFigure(20.0, 5, 60.0, True, (0,) * 5 + (1, 0, 1, 1, 1, 1)),
        previous_nps=NpsFigure(None, 0, None, True),
        nps_history=[("Q2 2026", -10.0, 70.0), ("Q3 2026", None, None), ("Q4 2026", 20.0, 60.0)], contacts=[],
        effectiveness=EffectivenessFigure(("Basics", "Managed", "Leading"), 1, date(2025, 11, 3), 2, date(2026, 10, 2),
                                          ((date(2025, 11, 3), 1), (date(2026, 10, 2), 2))),
        sentiment={}, themes=[], quotes=[], requests=[], persona="unknown", persona_reasons=[])
    return AccountReview(**{**fields, **changes})


def test_the_review_draws_both_charts_where_they_read(tmp_path):
    drawn = charts(review())
    assert len(polygons(drawn["history"])) == 2 and "next target: phase 3" in drawn["effectiveness"]
    path = tmp_path / "review.pdf"
    path.write_bytes(render_account_review(review()))
    # in reading order, as the pages are laid out: each chart inside its own section
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    nps, effectiveness = text.index("How likely they are to recommend us"), text.index("\nEffectiveness\n")
    assert nps < text.index("NPS by quarter, with its 95% margin of error") < effectiveness
    assert effectiveness < text.index("Effectiveness phase at each measurement") < text.index("What their people said")
    quiet = charts(review(effectiveness=None, nps_history=[("Q4 2026", None, None)]))
    assert "effectiveness" not in quiet and "history" not in quiet
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / "page")], check=True)
    for page in sorted(tmp_path.glob("page*.png")):  # the pale band is drawn: a light blue the text never uses
        image = Image.open(page).convert("RGB")
        if any(abs(r - 212) < 14 and abs(g - 227) < 14 and abs(b - 236) < 14
               for _, (r, g, b) in image.getcolors(1 << 20)):
            break
    else:
        raise AssertionError("no page shows the margin band")


def test_the_gathered_review_carries_the_accounts_measurements(measured):  # noqa: F811
    acme = db.session.get(Account, measured["acme"])
    today = utcnow().date()
    gathered = account_review(acme, today - timedelta(days=90), today, today=today)
    assert [phase for _, phase in gathered.effectiveness.history] == [1, 2]
    assert gathered.effectiveness.history[0][0] == today - timedelta(days=120)
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(render_account_review(gathered))).pages)
    assert "next target: phase 3" in text and "3. Leading" in text
    assert db.session.scalar(select(Account.name).where(Account.id == measured["acme"])) in text
