"""The WLC summary in print: outcomes, win rates with n and interval, decision drivers with quotes, criteria
ratings, churned ARR by reason and the programme scorecard. Plain data in: the dict analysis.wlc.summarise makes."""
from dataclasses import dataclass
from datetime import date
from typing import Optional, Sequence

from reports.charts import GRID, INK, MUTED, SERIES, TEXT, _svg, _text
from reports.document import render_report
from reports.pdf import day

QUOTES_PER_REASON = 2
OUTCOME_LABELS = {"win": "Won", "loss": "Lost", "churn": "Churned", "downgrade": "Downgraded"}
KEY_LABELS = {"essential": "Essential", "nice_to_have": "Nice to have", "no_longer_needed": "No longer needed"}


@dataclass
class WlcReport:
    period_start: Optional[date]
    period_end: date
    summary: dict
    scope: str = ""  # the filters applied, in words

    @property
    def subject(self) -> str:
        return "Win, loss and churn" + (f": {self.scope}" if self.scope else "")


def rate_interval_chart(rows: Sequence[tuple[str, Optional[float], Optional[float], Optional[float], int]],
                        title: str, width: int = 560) -> str:
    """Win rates on a 0–100% axis, each a dot with its 95% interval as a whisker and its n; rows are
    (label, rate, low, high, n)."""
    label_w, right, row_h, top = 170, 70, 26, 34
    plot_w = width - label_w - right
    height = top + row_h * len(rows) + 24
    body = []
    for tick in (0, 25, 50, 75, 100):
        x = label_w + plot_w * tick / 100
        body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top - 6}" y2="{height - 22}" stroke="{GRID}"/>')
        body.append(_text(x, height - 6, f"{tick}%", anchor="middle"))
    for index, (label, rate, low, high, n) in enumerate(rows):
        y = top + row_h * index + row_h / 2
        body.append(_text(label_w - 8, y + TEXT * 0.36, label, anchor="end", fill=INK, room=label_w - 10))
        if rate is None:
            body.append(_text(label_w + 4, y + TEXT * 0.36, "no decided deals"))
            continue
        x_low, x_high = (label_w + plot_w * value / 100 for value in (low, high))
        body.append(f'<line x1="{x_low:.1f}" x2="{x_high:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{MUTED}" '
                    f'stroke-width="2"/>')
        for x in (x_low, x_high):
            body.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{y - 5:.1f}" y2="{y + 5:.1f}" stroke="{MUTED}" '
                        f'stroke-width="2"/>')
        body.append(f'<circle cx="{label_w + plot_w * rate / 100:.1f}" cy="{y:.1f}" r="5" fill="{SERIES}"/>')
        body.append(_text(width - right + 8, y + TEXT * 0.36, f"{rate:.0f}%  n={n}", fill=INK))
    return _svg(width, height, body, title, desc="Each dot is a win rate; the line across it is its 95% interval.")


def _rows(summary: dict) -> list[tuple]:
    detail = summary["win_rate_detail"]
    rows = [(label, detail[key]["rate"], detail[key]["ci_low"], detail[key]["ci_high"], detail[key]["n"])
            for label, key in (("All deals", "overall"), ("Competitive deals", "competitive"))]
    for name, entry in list(summary["win_rate_by_competitor"].items())[:10]:
        rows.append((f"Against {name}", entry["rate"], entry["ci_low"], entry["ci_high"],
                     entry["wins"] + entry["losses"]))
    return rows


SECTIONS = (("outcomes", "Outcomes"), ("win-rates", "Win rates"), ("drivers", "Decision drivers"),
            ("criteria", "Decision criteria"), ("gap", "What the rep believed"), ("churn", "Churned and downgraded ARR"),
            ("scorecard", "Programme scorecard"))


def render_wlc_summary(report: WlcReport, page_size: str = "A4") -> bytes:
    start = day(report.period_start) if report.period_start else "the first interview"
    period = f"{start} to {day(report.period_end)}"
    chart = rate_interval_chart(_rows(report.summary), "Win rates with their 95% intervals")
    return render_report("wlc.html", SECTIONS, page_size=page_size, report=report, s=report.summary,
                         kind="WLC summary", title=f"{report.subject}, {period}", subject=report.subject,
                         period=period, chart=chart, outcomes=OUTCOME_LABELS, key_labels=KEY_LABELS,
                         quotes_per_reason=QUOTES_PER_REASON)
