"""The SVG charts shared by pages and reports: data is escaped, values are drawn where they belong."""
import re
import xml.etree.ElementTree as ET

from reports.charts import Bar, bar_chart, column_chart, line_chart, money, pareto_chart

SVG = "{http://www.w3.org/2000/svg}"


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # also proves the markup is well-formed


def test_names_are_escaped_and_the_svg_stays_well_formed():
    svg = bar_chart([Bar("<script>alert(1)</script> & Co", 5)], "Title <b>")
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    root = parse(svg)
    assert root.get("aria-label") == "Title <b>"


def test_signed_bars_run_both_ways_from_zero_and_keep_clear_of_the_labels():
    svg = bar_chart([Bar("Tier 1", 40), Bar("not set", -82, note="n=3")], "NPS", signed=True, label_width=160)
    rects = [r for r in parse(svg).iter(f"{SVG}rect")]
    positive, negative = (float(r.get("x")) for r in rects)
    assert negative < positive, "a negative value is drawn left of zero"
    texts = [t for t in parse(svg).iter(f"{SVG}text")]
    value_labels = [t for t in texts if re.match(r"^-?\d", t.text or "")]
    assert all(float(t.get("x")) > 160 for t in value_labels), "values never sit on the row labels"


def test_pareto_chart_draws_one_bar_per_account_and_an_empty_state():
    points = [{"id": i, "name": f"A{i}", "arr": arr, "tier": tier, "cumulative_share": share}
              for i, (arr, tier, share) in enumerate([(60, 1, 60), (30, 2, 90), (10, 3, 100)])]
    svg = pareto_chart(points)
    bars = [r for r in parse(svg).iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
    assert len(bars) == 3
    assert "No active accounts yet" in pareto_chart([])


def test_columns_lines_and_money_labels():
    assert len([r for r in parse(column_chart(["0", "1"], [2, 5], "Scores")).iter(f"{SVG}rect")]) == 2
    line = parse(line_chart(["Jan", "Feb", "Mar"], {"NPS": [10, None, -5]}, "Trend"))
    assert len(list(line.iter(f"{SVG}circle"))) == 2, "a missing month leaves a gap"
    assert [money(v) for v in (950, 12_500, 1_250_000)] == ["$950", "$12.5k", "$1.25M"]
