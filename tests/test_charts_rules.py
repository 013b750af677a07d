"""The rules every chart keeps: a title and an accessible name, text of 12 px or more, round axis ticks, money
as $250k / $1.2M, labels cut with an ellipsis and a tooltip, nothing drawn outside the chart, data escaped."""
import math
import re
import xml.etree.ElementTree as ET

import pytest

from reports import palette
from reports.charts import (Bar, bar_chart, column_chart, fit, for_page, line_chart, money, nice_ticks, pareto_chart,
                            persona_chart, text_width, whole_percents)
from vocapp.queries.personas import PERSONA_LABELS

SVG = "{http://www.w3.org/2000/svg}"
MONTHS = ["Dec 25", "Jan 26", "Feb 26", "Mar 26", "Apr 26", "May 26", "Jun 26", "Jul 26", "Aug 26", "Sep 26",
          "Oct 26", "Nov 26"]
POINTS = [{"id": i, "name": f"Account {i}", "arr": arr, "tier": 1 if i < 2 else 2 if i < 5 else 3,
           "cumulative_share": 100 * sum((256_100, 192_100, 60_000, 40_000, 30_000, 20_000)[:i + 1]) / 598_200}
          for i, arr in enumerate((256_100, 192_100, 60_000, 40_000, 30_000, 20_000))]
LONG = "Territory rules for our regions in EMEA and the Americas"


def every_chart():
    """One of each chart, with and without its drawn title, and their empty states."""
    charts = {
        "pareto": pareto_chart(POINTS),
        "bars": bar_chart([Bar(LONG, 1_358_200, note="23 accounts"), Bar("Dark mode", 295_100, note="4 accounts")],
                          "Top requests by impacted ARR", value_format=money),
        "signed": bar_chart([Bar("Tier 1", 9, note="n=88"), Bar("not set", -75, note="n=12 · low n")], "NPS by tier",
                            signed=True, value_format=lambda v: f"{v:+.0f}", label_width=130),
        "columns": column_chart([str(s) for s in range(11)], [0, 1, 3, 8, 18, 36, 34, 59, 68, 64, 90], "Scores",
                                [palette.score_colour(s) for s in range(11)],
                                legend=[(palette.DETRACTOR, "detractors"), (palette.PASSIVE, "passives")]),
        "line": line_chart(MONTHS, {"NPS": [30, None, 0, 20, None, None, 3, 18, None, -10, 15, 16],
                                    "ARR-weighted NPS": [20] * 12}, "NPS by month"),
        "untitled line": line_chart(MONTHS, {"NPS": [1] * 12}, "NPS by month", heading=False),
        "persona": persona_chart({"essential": 33, "nice_to_have": 22}, {"essential": 1.1e6, "nice_to_have": 1.19e6},
                                 {"essential": "Essential", "nice_to_have": "Nice to have"}, width=500),
        "empty bars": bar_chart([], "Nothing yet"),
        "empty pareto": pareto_chart([]),
    }
    charts["phone bars"] = for_page(bar_chart, [Bar(LONG, 5), Bar("Short", -3)], "Phone", signed=True)
    charts["phone pareto"] = for_page(pareto_chart, POINTS)
    charts["phone persona"] = for_page(persona_chart, {"essential": 3}, {"essential": 9e5}, {"essential": "Essential"})
    return charts


def svgs(html: str) -> list[ET.Element]:
    return [ET.fromstring(part) for part in re.findall(r"<svg .*?</svg>", html, re.S)]


def all_svgs():
    return [(name, svg) for name, html in every_chart().items() for svg in svgs(html)]


@pytest.mark.parametrize("name, svg", all_svgs(), ids=lambda value: value if isinstance(value, str) else "")
def test_every_chart_has_a_title_an_accessible_name_and_legible_text(name, svg):
    assert svg.get("role") == "img" and svg.get("aria-label"), name
    assert svg.find(f"{SVG}title").text == svg.get("aria-label")
    sizes = [float(text.get("font-size")) for text in svg.iter(f"{SVG}text")]
    assert sizes and min(sizes) >= 12, f"{name}: text of {min(sizes)} px"
    view = [float(v) for v in svg.get("viewBox").split()]
    assert (float(svg.get("width")), float(svg.get("height"))) == (view[2], view[3]), "drawn at its own size"
    if name != "untitled line":
        heading = next(svg.iter(f"{SVG}text"))
        assert "".join(heading.itertext()).rstrip("…") in svg.get("aria-label"), "the title is drawn, on top"
        assert float(heading.get("font-size")) >= 14


@pytest.mark.parametrize("name, svg", all_svgs(), ids=lambda value: value if isinstance(value, str) else "")
def test_no_label_runs_out_of_the_chart(name, svg):
    left, top, width, height = (float(v) for v in svg.get("viewBox").split())
    plot = svg.find(f"{SVG}g")
    shift = float(re.match(r"translate\(0 (-?[\d.]+)\)", plot.get("transform")).group(1))
    for text in svg.iter(f"{SVG}text"):
        shown = text.text or ""  # the drawn text; a <title> child holds the full one
        if not shown:
            shown = text.find(f"{SVG}title").tail or ""
        x, size = float(text.get("x")), float(text.get("font-size"))
        extent = text_width(shown, size, bold=text.get("font-weight") == "bold")
        start = {"start": x, "middle": x - extent / 2, "end": x - extent}[text.get("text-anchor")]
        assert start >= left - 0.5 and start + extent <= left + width + 0.5, f"{name}: {shown!r} is cut off"
        y = float(text.get("y")) + (shift if text in list(plot.iter(f"{SVG}text")) else 0)
        assert top + size * 0.7 <= y <= top + height, f"{name}: {shown!r} is above or below the chart"


def test_the_last_month_label_is_drawn_whole():
    svg = svgs(line_chart(MONTHS, {"NPS": [5] * 12}, "NPS by month"))[0]
    labels = ["".join(t.itertext()) for t in svg.iter(f"{SVG}text")]
    assert "Nov 26" in labels, "the latest month is always labelled"


def test_axis_ticks_are_round_numbers_and_money_reads_short():
    for high in (7, 90, 256_100, 1_358_200, 0.3):
        ticks = nice_ticks(high)
        step = ticks[1] - ticks[0]
        mantissa = step / 10 ** math.floor(math.log10(step))
        assert round(mantissa, 6) in (1, 2, 2.5, 5) and ticks[-1] >= high and ticks[0] == 0
        assert all(abs(b - a - step) < 1e-9 * step for a, b in zip(ticks, ticks[1:]))
    assert [money(v) for v in (0, 950, 12_500, 250_000, 1_200_000, 1_358_200, 999_999)] == \
        ["$0", "$950", "$12.5k", "$250k", "$1.2M", "$1.36M", "$1M"]
    axis = ["".join(t.itertext()) for t in svgs(pareto_chart(POINTS))[0].iter(f"{SVG}text")]
    assert {"$0", "$100k", "$200k", "$300k"} <= set(axis)
    assert not any(re.search(r"\d\.\dk", label) for label in axis), "no tick such as 256.1k"


def test_a_long_label_is_cut_with_an_ellipsis_and_keeps_its_full_text_as_a_tooltip():
    svg = svgs(bar_chart([Bar(LONG, 10)], "Requests", label_width=160))[0]
    label = next(t for t in svg.iter(f"{SVG}text") if t.find(f"{SVG}title") is not None)
    shown = label.find(f"{SVG}title").tail
    assert shown.endswith("…") and LONG.startswith(shown[:-1].rstrip())
    assert label.find(f"{SVG}title").text == LONG
    assert text_width(shown) <= 150
    assert fit("Short", 150) == "Short"


def test_customer_text_never_becomes_markup_even_when_cut():
    hostile = '<img src=x onerror=alert(1)> "Acme" & <b>Sons</b> ' * 3
    html = for_page(bar_chart, [Bar(hostile, 5, note="<i>n</i>=3")], f"Title {hostile}")
    assert "<img" not in html and "<b>" not in html and "<i>" not in html
    for svg in svgs(html):  # well-formed, and the text reads back as the customer wrote it
        assert svg.get("aria-label") == f"Title {hostile}"
        assert any(t.find(f"{SVG}title") is not None and t.find(f"{SVG}title").text == hostile
                   for t in svg.iter(f"{SVG}text"))


def test_plain_bars_share_one_colour_and_coloured_bars_keep_theirs():
    fills = [r.get("fill") for r in svgs(bar_chart([Bar(f"Item {i}", 10 - i) for i in range(8)], "Plain"))[0]
             .iter(f"{SVG}rect")]
    assert set(fills) == {palette.SERIES}, "no colour per bar for no reason"
    fills = [r.get("fill") for r in svgs(bar_chart([Bar("Up", 5, colour=palette.POSITIVE), Bar("Down", -5,
                                                                                             colour=palette.NEGATIVE)],
                                                   "Net", signed=True))[0].iter(f"{SVG}rect")]
    assert fills == [palette.POSITIVE, palette.NEGATIVE]


def test_a_page_chart_comes_at_its_width_and_phone_wide_with_labels_above_the_bars():
    html = for_page(bar_chart, [Bar("Salesforce integration", 1_358_200, note="23 accounts")], "Requests",
                    width=880, label_width=300, value_format=money)
    wide, narrow = svgs(html)
    assert "chart-wide" in wide.get("class") and "chart-narrow" in narrow.get("class")
    assert (wide.get("width"), narrow.get("width")) == ("880", "320")
    label = next(t for t in narrow.iter(f"{SVG}text") if "".join(t.itertext()) == "Salesforce integration")
    bar = next(narrow.iter(f"{SVG}rect"))
    assert float(label.get("y")) < float(bar.get("y")), "on a phone the label sits above its bar"
    assert float(bar.get("x")) == 0 and float(bar.get("width")) > 150, "and the bar gets the width"


def drawn_labels(svg):
    plot = svg.find(f"{SVG}g")
    shift = float(re.match(r"translate\(0 (-?[\d.]+)\)", plot.get("transform")).group(1))
    inside = list(plot.iter(f"{SVG}text"))
    for text in svg.iter(f"{SVG}text"):
        shown = text.text or text.find(f"{SVG}title").tail or ""
        size, x = float(text.get("font-size")), float(text.get("x"))
        extent = text_width(shown, size, bold=text.get("font-weight") == "bold")
        start = {"start": x, "middle": x - extent / 2, "end": x - extent}[text.get("text-anchor")]
        yield shown, start, start + extent, float(text.get("y")) + (shift if text in inside else 0), size


@pytest.mark.parametrize("name, svg", all_svgs(), ids=lambda value: value if isinstance(value, str) else "")
def test_no_two_labels_overlap(name, svg):
    labels = list(drawn_labels(svg))
    for index, (text, start, end, y, size) in enumerate(labels):
        for other, other_start, other_end, other_y, other_size in labels[index + 1:]:
            same_line = abs(y - other_y) < max(size, other_size)
            assert not (same_line and start < other_end - 1 and other_start < end - 1), f"{name}: {text!r} on {other!r}"


def test_a_long_title_takes_two_lines_on_a_phone_rather_than_losing_its_end():
    narrow = svgs(for_page(pareto_chart, POINTS))[1]
    lines = [t.text for t in narrow.iter(f"{SVG}text") if t.get("font-weight") == "bold"]
    assert len(lines) == 2 and " ".join(lines) == narrow.get("aria-label")


@pytest.mark.parametrize("chart, legend", [(pareto_chart(POINTS), "Tier 1"), (for_page(pareto_chart, POINTS), "Tier 1"),
                                           (every_chart()["columns"], "detractors")])
def test_the_legend_sits_under_the_bars(chart, legend):
    for svg in svgs(chart):
        shift = float(re.match(r"translate\(0 (-?[\d.]+)\)", svg.find(f"{SVG}g").get("transform")).group(1))
        bottom = shift + max(float(r.get("y")) + float(r.get("height")) for r in svg.iter(f"{SVG}rect")
                             if r.find(f"{SVG}title") is not None)
        key = next(label for label in drawn_labels(svg) if label[0] == legend)
        assert key[3] - key[4] >= bottom, f"{legend!r} is drawn over the bars"


def test_the_persona_shares_beside_each_other_add_up_to_a_hundred():
    """Rounded one by one, 40.6%, 46.8% and 12.6% read 41%, 47% and 13%: a sum of 101."""
    arr = {"essential": 1_050_000, "nice_to_have": 1_210_000, "no_longer_needed": 326_000}
    svg = persona_chart({"essential": 26, "nice_to_have": 27, "no_longer_needed": 11}, arr, PERSONA_LABELS)
    shares = [int(share) for share in re.findall(r"accounts · (\d+)%</text>", svg)]
    assert shares == [40, 47, 13]
    assert whole_percents([1, 1, 1]) == [34, 33, 33] and whole_percents([0, 0]) == [0, 0]
