"""Small SVG charts, drawn from plain numbers, shared by the web pages and the PDF reports.

Rules every chart keeps: a visible title that is also its accessible name (role="img", aria-label, <title>);
text of at least 12 px at the drawn size (pages show charts at their own width, never shrunk); labels that do
not fit end in an ellipsis and carry the full text in a <title> tooltip; round axis ticks; one colour per
meaning (reports.palette). Every label is XML-escaped: customer and account names are data, never markup.
Presentation attributes only (no inline style), so charts render under a strict Content-Security-Policy and
in WeasyPrint."""
import math
from dataclasses import dataclass
from html import escape
from typing import Callable, Iterable, Optional, Sequence

from reports import palette
from reports.palette import GRID, INK, MUTED, SERIES

FONT = 'font-family="DejaVu Sans, Helvetica, Arial, sans-serif"'
TEXT = 12  # the smallest text any chart draws
TITLE = 14
HEAD = 30  # room above the plot for the title

# Advance widths of DejaVu Sans, in em, for the characters labels are made of; others count as wide.
_WIDTHS = {**dict.fromkeys("ijl'|!.,:;", 0.3), **dict.fromkeys("ft()[] ·", 0.4), "r": 0.42, "s": 0.53, "z": 0.53,
           "c": 0.56, "-": 0.37, "m": 0.98, "w": 0.82, **dict.fromkeys("abdeghknopquvxy", 0.64),
           **dict.fromkeys("0123456789$", 0.64), "I": 0.3, "M": 0.87, "W": 0.99, "%": 0.95, "…": 1.0,
           "+": 0.84, "−": 0.84, "=": 0.84}


def text_width(text: str, size: float = TEXT, bold: bool = False) -> float:
    """An upper estimate of the drawn width of `text` at `size` px."""
    return size * (1.12 if bold else 1) * sum(_WIDTHS.get(char, 0.78 if char.isupper() else 0.7) for char in str(text))


def wrap(text: str, room: float, size: float = TEXT, bold: bool = False, lines: int = 2) -> list[str]:
    """`text` in at most `lines` lines of `room` px, broken between words; the last line cut with an ellipsis."""
    words, out = str(text).split(), [""]
    for word in words:
        joined = f"{out[-1]} {word}".strip()
        if text_width(joined, size, bold) <= room or not out[-1]:
            out[-1] = joined
        elif len(out) < lines:
            out.append(word)
        else:
            out[-1] = joined  # cut below
    return [fit(line, room / (1.12 if bold else 1), size) for line in out]


def fit(text: str, room: float, size: float = TEXT) -> str:
    """`text` cut to `room` px with an ellipsis, or whole when it fits."""
    text = str(text)
    if text_width(text, size) <= room:
        return text
    while text and text_width(text.rstrip() + "…", size) > room:
        text = text[:-1]
    return text.rstrip() + "…"


def _text(x: float, y: float, text: str, size: int = TEXT, anchor: str = "start", fill: str = MUTED,
          weight: str = "normal", room: Optional[float] = None) -> str:
    """One label; with `room`, cut to fit and the full text kept as its tooltip."""
    text = str(text)
    shown = fit(text, room, size) if room is not None else text
    tooltip = f"<title>{escape(text)}</title>" if shown != text else ""
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}" '
            f'font-weight="{weight}" {FONT}>{tooltip}{escape(shown)}</text>')


LEGEND_ROW = 20
BAND_OPACITY = 0.18  # a margin of error: the series colour, pale enough for the line to read over it


def _svg(width: int, height: int, body: list[str], title: str, desc: str = "", heading: bool = True,
         legend: Sequence[tuple[str, str, str]] = (), legend_x: float = 0) -> str:
    """The chart: its title drawn on top (on two lines if need be), the plot (`body`, drawn for a one-line title
    in `height`), then its legend in rows under it. With `heading` False (the page's own heading says it), the
    title band is left out of the view; the title stays the accessible name either way."""
    lines = wrap(title, width, TITLE, bold=True) if heading else []
    shift = (len(lines) - 1) * 18 if lines else -(HEAD - 6)
    keys, rows = _legend(legend, legend_x, height + 16, width)
    total = height + shift + rows * LEGEND_ROW + (6 if rows else 0)
    drawn = "".join(_text(0, 18 + 18 * number, line, TITLE, fill=INK, weight="bold") for number, line in enumerate(lines))
    description = f"<desc>{escape(desc)}</desc>" if desc else ""
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {total:.0f}" width="{width}" '
            f'height="{total:.0f}" role="img" aria-label="{escape(title)}" class="chart"><title>{escape(title)}</title>'
            f'{description}{drawn}<g transform="translate(0 {shift})">' + "".join(body + keys) + "</g></svg>")


def _empty(width: int, title: str, message: str = "No data yet", heading: bool = True) -> str:
    return _svg(width, HEAD + 34, [_text(width / 2, HEAD + 22, message, 13, "middle")], title, heading=heading)


def money(value: float) -> str:
    """Short money labels, three significant digits at most: $950, $12.5k, $250k, $1.36M."""
    value = float(value or 0)
    sign, value = ("-" if value < 0 else ""), abs(value)
    if value < 999.5:
        return f"{sign}${value:.0f}"
    for limit, suffix in ((1e3, "k"), (1e6, "M"), (1e9, "B")):
        short = float(f"{value / limit:.3g}")
        if short < 1000 or suffix == "B":
            return f"{sign}${short:g}{suffix}"
    raise AssertionError("unreachable")


def nice_ticks(high: float, count: int = 4) -> list[float]:
    """Round ticks from 0 to at least `high`: steps of 1, 2, 2.5 or 5 × 10^k, about `count` of them."""
    if high <= 0:
        return [0, 1]
    raw = high / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw * (1 - 1e-9))
    ticks = [0.0]
    while ticks[-1] < high * (1 - 1e-9):
        ticks.append(round(ticks[-1] + step, 10))
    return ticks


def percent(value: float) -> str:
    return f"{value:g}%"


def whole_percents(values: Sequence[float]) -> list[int]:
    """Each value's share of their sum in whole percents that add up to 100 (the largest remainders round up):
    41%, 47% and 13% beside each other read as a sum of 101."""
    total = sum(values)
    if not total:
        return [0] * len(values)
    exact = [100 * value / total for value in values]
    shares = [math.floor(share) for share in exact]
    for k in sorted(range(len(exact)), key=lambda k: shares[k] - exact[k])[:100 - sum(shares)]:
        shares[k] += 1
    return shares


def pareto_chart(points: Sequence[dict], thresholds: Sequence[float] = (45, 75), width: int = 900,
                 height: int = 280, heading: bool = True) -> str:
    """Accounts' ARR as bars (largest first, shaded by tier) and the cumulative share of revenue as a line."""
    title = "ARR by account, largest first, with the cumulative share of revenue"
    if not points:
        return _empty(width, title, "No active accounts yet", heading)
    ticks = nice_ticks(max(point["arr"] for point in points))
    top_arr = ticks[-1]
    left = max(text_width(money(tick)) for tick in ticks) + 14
    right, top, bottom = text_width("100%") + 14, HEAD + 8, 8
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / len(points)
    body = []
    for tick in ticks:
        y = top + plot_h * (1 - tick / top_arr)
        body.append(f'<line x1="{left:.1f}" x2="{left + plot_w:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(_text(left - 6, y + 4, money(tick), anchor="end"))
    for share in (0, 25, 50, 75, 100):
        body.append(_text(left + plot_w + 6, top + plot_h * (1 - share / 100) + 4, percent(share)))
    for share in thresholds:
        y = top + plot_h * (1 - share / 100)
        body.append(f'<line x1="{left:.1f}" x2="{left + plot_w:.1f}" y1="{y:.1f}" y2="{y:.1f}" stroke="{MUTED}" '
                    f'stroke-dasharray="4 4"><title>{share:g}% of ARR</title></line>')
    for index, point in enumerate(points):
        bar_h = plot_h * point["arr"] / top_arr
        x = left + index * step
        colour = palette.TIER.get(point.get("tier"), palette.TIER[None])
        body.append(f'<rect x="{x + step * 0.1:.2f}" y="{top + plot_h - bar_h:.2f}" width="{max(step * 0.8, 0.6):.2f}" '
                    f'height="{bar_h:.2f}" fill="{colour}"><title>{escape(point["name"])}: {money(point["arr"])} '
                    f'(tier {point.get("tier") or "—"})</title></rect>')
    line = " ".join(f"{left + (i + 0.5) * step:.1f},{top + plot_h * (1 - p['cumulative_share'] / 100):.1f}"
                    for i, p in enumerate(points))
    body.append(f'<polyline points="{line}" fill="none" stroke="{INK}" stroke-width="2"/>')
    legend = [(palette.TIER[tier], f"Tier {tier}", "box") for tier in (1, 2, 3)]
    legend += [(INK, "cumulative share of ARR", "line"), (MUTED, f"{len(points)} active accounts", "text")]
    return _svg(width, height, body, title, heading=heading, legend=legend, legend_x=left)


def _legend(entries: Sequence[tuple[str, str, str]], x: float, y: float, width: float) -> tuple[list[str], int]:
    """Keys from `x` at baseline `y`, in as many rows as the width needs: (colour, label, "box" | "band" | "line"
    | "dash" | "text"). Returns the drawing and the number of rows."""
    body, start, rows = [], x, 1 if entries else 0
    for colour, label, kind in entries:
        key = {"box": 15, "band": 15, "text": 0}.get(kind, 25)
        if x > start and x + key + text_width(label) > width:
            x, y, rows = start, y + LEGEND_ROW, rows + 1
        if kind in ("box", "band"):
            pale = f' fill-opacity="{BAND_OPACITY}"' if kind == "band" else ""
            body.append(f'<rect x="{x:.1f}" y="{y - 10:.1f}" width="11" height="11" rx="2" fill="{colour}"{pale}/>')
        elif kind != "text":
            dash = ' stroke-dasharray="5 3"' if kind == "dash" else ""
            body.append(f'<line x1="{x:.1f}" x2="{x + 20:.1f}" y1="{y - 4:.1f}" y2="{y - 4:.1f}" stroke="{colour}" '
                        f'stroke-width="2.5"{dash}/>')
        body.append(_text(x + key, y, label, room=width - x - key))
        x += key + text_width(label) + 16
    return body, rows


@dataclass
class Bar:
    label: str
    value: float
    colour: Optional[str] = None
    note: str = ""


def bar_chart(bars: Iterable[Bar], title: str, width: int = 560, value_format: Callable[[float], str] = lambda v: f"{v:g}",
              bar_height: int = 22, label_width: int = 160, signed: bool = False, desc: str = "",
              heading: bool = True) -> str:
    """Horizontal bars with their labels and values, in the series colour unless a bar's colour says something;
    `signed` centres zero for values such as NPS. With `label_width` 0 (narrow screens) each label sits above
    its bar and the bars get the whole width."""
    bars = list(bars)
    if not bars:
        return _empty(width, title, heading=heading)
    gap, above = 8, (TEXT + 6 if not label_width else 0)
    row = bar_height + gap + above
    height = HEAD + len(bars) * row + gap
    labels = [value_format(bar.value) + (f" · {bar.note}" if bar.note else "") for bar in bars]
    room = max(text_width(label) for label in labels) + 12  # right of the longest bar (left of it, when signed)
    largest = max(abs(bar.value) for bar in bars) or 1
    if signed:  # values run both ways from a centred zero: keep room for labels on both sides
        plot_w = max(width - label_width - 2 * room, 40)
        zero, scale = label_width + room + plot_w / 2, plot_w / 2 / largest
    else:
        plot_w = max(width - label_width - room, 40)
        zero, scale = label_width, plot_w / largest
    body = []
    if signed:
        body.append(f'<line x1="{zero:.1f}" x2="{zero:.1f}" y1="{HEAD}" y2="{height}" stroke="{GRID}"/>')
    for index, (bar, label) in enumerate(zip(bars, labels)):
        y = HEAD + gap + index * row + above
        length = abs(bar.value) * scale
        x = zero - length if bar.value < 0 else zero
        baseline = y + bar_height / 2 + TEXT * 0.36
        if label_width:
            body.append(_text(label_width - 8, baseline, bar.label, anchor="end", fill=INK, room=label_width - 10))
        else:
            body.append(_text(0, y - 5, bar.label, fill=INK, room=width))
        body.append(f'<rect x="{x:.1f}" y="{y}" width="{max(length, 1):.1f}" height="{bar_height}" rx="3" '
                    f'fill="{bar.colour or SERIES}"><title>{escape(bar.label)}: {escape(label)}</title></rect>')
        label_x = x + length + 6 if bar.value >= 0 else x - 6
        body.append(_text(label_x, baseline, label, anchor="start" if bar.value >= 0 else "end", fill=INK))
    return _svg(width, height, body, title, desc, heading)


def column_chart(labels: Sequence[str], values: Sequence[float], title: str, colours: Optional[Sequence[str]] = None,
                 width: int = 500, height: int = 210, legend: Sequence[tuple[str, str]] = (), heading: bool = True) -> str:
    """Vertical columns with their values on top, e.g. the 0–10 distribution of NPS scores; `legend` is a list of
    (colour, meaning) drawn under the axis."""
    if not values or not any(values):
        return _empty(width, title, heading=heading)
    left, right, top = 4, 4, HEAD + TEXT + 8
    bottom = 26
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / len(values)
    largest = max(values) or 1
    body = [f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="{GRID}"/>']
    for index, (label, value) in enumerate(zip(labels, values)):
        bar_h = plot_h * value / largest
        x = left + index * step + step * 0.15
        colour = colours[index] if colours else SERIES
        centre = x + step * 0.35
        body.append(f'<rect x="{x:.1f}" y="{top + plot_h - bar_h:.1f}" width="{step * 0.7:.1f}" height="{bar_h:.1f}" '
                    f'rx="2" fill="{colour}"><title>{escape(str(label))}: {value:g}</title></rect>')
        body.append(_text(centre, top + plot_h - bar_h - 4, f"{value:g}", anchor="middle", fill=INK, room=step))
        body.append(_text(centre, top + plot_h + 18, str(label), anchor="middle", room=step))
    keys = [(colour, meaning, "box") for colour, meaning in legend]
    return _svg(width, height, body, title, heading=heading, legend=keys, legend_x=left)


def _runs(values: Sequence[Optional[float]]) -> list[list[int]]:
    """The indexes of each unbroken run of values (a None ends a run)."""
    runs: list[list[int]] = [[]]
    for index, value in enumerate(values):
        if value is None:
            runs.append([])
        else:
            runs[-1].append(index)
    return [run for run in runs if run]


def line_chart(labels: Sequence[str], series: dict[str, Sequence[Optional[float]]], title: str,
               y_range: tuple[float, float] = (-100, 100), width: int = 500, height: int = 228,
               colours: Sequence[str] = (SERIES, palette.SECOND_SERIES), heading: bool = True,
               margins: Optional[dict[str, Sequence[Optional[float]]]] = None) -> str:
    """Lines over time (e.g. NPS by month); a None value leaves a gap. The second series is dashed. `margins`
    gives a series its ± margin of error, drawn as a pale band around its line (a pale bar where a point stands
    alone), cut at the ends of the axis."""
    if not labels:
        return _empty(width, title, heading=heading)
    low, high = y_range
    ticks = [low + (high - low) * i / 4 for i in range(5)]
    label_w = max(text_width(label) for label in labels)
    left = max(max(text_width(f"{tick:g}") for tick in ticks) + 12, label_w / 2 + 2)
    right = label_w / 2 + 4  # the last label is centred on the right edge of the plot
    top, bottom = HEAD + 8, 28
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(len(labels) - 1, 1)
    every = max(1, math.ceil((label_w + 10) / step)) if len(labels) > 1 else 1

    def y_of(value: float) -> float:
        return top + plot_h * (1 - (min(max(value, low), high) - low) / (high - low))

    body = []
    for tick in ticks:
        stroke = MUTED if tick == 0 else GRID
        body.append(f'<line x1="{left:.1f}" x2="{left + plot_w:.1f}" y1="{y_of(tick):.1f}" y2="{y_of(tick):.1f}" '
                    f'stroke="{stroke}" stroke-width="{1 if tick else 0.8}"/>')
        body.append(_text(left - 6, y_of(tick) + 4, f"{tick:g}", anchor="end"))
    last = len(labels) - 1
    for index, label in enumerate(labels):
        if (last - index) % every == 0:  # always label the latest month
            body.append(_text(left + index * step, height - bottom + 20, label, anchor="middle"))
    banded = []
    for number, (name, values) in enumerate(series.items()):  # bands first, under every line
        colour, spread = colours[number % len(colours)], (margins or {}).get(name)
        if spread is None:
            continue
        banded.append((colour, name))
        both = [None if value is None or margin is None else value for value, margin in zip(values, spread)]
        for run in _runs(both):
            upper = [(left + i * step, y_of(values[i] + spread[i])) for i in run]
            lower = [(left + i * step, y_of(values[i] - spread[i])) for i in reversed(run)]
            if len(run) == 1:
                (x, y_high), (_, y_low) = upper[0], lower[0]
                upper, lower = [(x - 5, y_high), (x + 5, y_high)], [(x + 5, y_low), (x - 5, y_low)]
            points = " ".join(f"{x:.1f},{y:.1f}" for x, y in upper + lower)
            body.append(f'<polygon points="{points}" fill="{colour}" fill-opacity="{BAND_OPACITY}"/>')
    for number, (name, values) in enumerate(series.items()):
        colour = colours[number % len(colours)]
        dash = ' stroke-dasharray="6 4"' if number % 2 else ""
        for run in _runs(values):
            if len(run) > 1:
                points = " ".join(f"{left + i * step:.1f},{y_of(values[i]):.1f}" for i in run)
                body.append(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2.5"{dash}/>')
            for i in run:
                spread = (margins or {}).get(name)
                shown = f"{values[i]:g}" + (f" ± {spread[i]:.0f}" if spread and spread[i] is not None else "")
                body.append(f'<circle cx="{left + i * step:.1f}" cy="{y_of(values[i]):.1f}" r="3.5" fill="{colour}">'
                            f'<title>{escape(name)} {escape(labels[i])}: {shown}</title></circle>')
    keys = [(colours[n % len(colours)], name, "dash" if n % 2 else "line") for n, name in enumerate(series)]
    keys += [(colour, f"{name}: 95% margin of error" if len(series) > 1 else "95% margin of error", "band")
             for colour, name in banded]
    return _svg(width, height, body, title, heading=heading, legend=keys, legend_x=left)


def effectiveness_chart(labels: Sequence[str], phases: Sequence[int], phase_names: Sequence[str],
                        target: Optional[int] = None, title: str = "Effectiveness phase at each measurement",
                        width: int = 560, heading: bool = True) -> str:
    """The phase reached at each measurement (the first is the baseline) on the model's scale of phases, named
    on the axis, with the next target as a dashed line."""
    if not labels or not phase_names:
        return _empty(width, title, "No measurement yet", heading)
    count, row = len(phase_names), 30
    names = [f"{number}. {name}" for number, name in enumerate(phase_names, 1)]
    left = min(max(text_width(name) for name in names) + 14, width * 0.42)
    label_w = max(text_width(label) for label in labels)
    right = label_w / 2 + 4
    top, bottom = HEAD + 8, 28
    plot_w, plot_h = width - left - right, row * count
    height = top + plot_h + bottom
    step = plot_w / max(len(labels) - 1, 1)
    every = max(1, math.ceil((label_w + 10) / step)) if len(labels) > 1 else 1

    def x_of(index: int) -> float:
        return left + (plot_w / 2 if len(labels) == 1 else index * step)

    def y_of(phase: float) -> float:
        return top + plot_h * (1 - phase / count)

    body = []
    for phase in range(count + 1):
        body.append(f'<line x1="{left:.1f}" x2="{left + plot_w:.1f}" y1="{y_of(phase):.1f}" y2="{y_of(phase):.1f}" '
                    f'stroke="{MUTED if phase == 0 else GRID}" stroke-width="{0.8 if phase == 0 else 1}"/>')
        if phase:
            body.append(_text(left - 8, y_of(phase) + 4, names[phase - 1], anchor="end", room=left - 10))
    if target is not None and 0 < target <= count:
        y = y_of(target)
        body.append(f'<line x1="{left:.1f}" x2="{left + plot_w:.1f}" y1="{y:.1f}" y2="{y:.1f}" '
                    f'stroke="{palette.SECOND_SERIES}" stroke-width="2" stroke-dasharray="6 4"/>')
    last = len(labels) - 1
    for index, label in enumerate(labels):
        if (last - index) % every == 0:
            body.append(_text(x_of(index), height - bottom + 20, label, anchor="middle"))
    if len(labels) > 1:
        points = " ".join(f"{x_of(i):.1f},{y_of(phase):.1f}" for i, phase in enumerate(phases))
        body.append(f'<polyline points="{points}" fill="none" stroke="{SERIES}" stroke-width="2.5"/>')
    for index, (label, phase) in enumerate(zip(labels, phases)):
        x, y = x_of(index), y_of(phase)
        what = "baseline" if index == 0 else "measured"
        body.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{5 if index == 0 else 4}" fill="{"white" if index == 0 else SERIES}" '
                    f'stroke="{SERIES}" stroke-width="2.5"><title>{escape(label)}: phase {phase} ({what})</title></circle>')
    baseline_y = y_of(phases[0]) + (16 if phases[0] else -9)  # under its point, or over it on the axis
    body.append(_text(x_of(0) + 6, baseline_y, "baseline", fill=INK))
    keys = [(SERIES, "phase reached", "line")]
    if target is not None and 0 < target <= count:
        keys.append((palette.SECOND_SERIES, f"next target: phase {target}", "dash"))
    return _svg(width, height, body, title, desc=f"Phases 1 to {count}; the first point is the baseline.",
                heading=heading, legend=keys, legend_x=left)


def persona_chart(counts: dict[str, int], arr: dict[str, float], labels: dict[str, str], width: int = 560,
                  label_width: int = 150) -> str:
    """The active customers' ARR by persona, each bar with its number of accounts and its share of all ARR. The
    three personas always have their bar; "unknown" only when some account has not been placed."""
    shown = [(key, label) for key, label in labels.items() if key != "unknown" or counts.get(key)]
    shares = whole_percents([arr.get(key, 0) for key, _label in shown])
    return bar_chart([Bar(label, arr.get(key, 0), colour=palette.PERSONA.get(key),
                          note=f"{counts.get(key, 0)} account{'' if counts.get(key, 0) == 1 else 's'} · {share}%")
                      for (key, label), share in zip(shown, shares)],
                     "Active customers' ARR by persona", width=width,
                     label_width=label_width, value_format=money)


def nps_distribution_chart(distribution: Sequence[int], title: str = "Answers by score, 0 to 10", **kwargs) -> str:
    """The 0–10 distribution of NPS answers, each column in its category's colour."""
    return column_chart([str(score) for score in range(11)], list(distribution), title,
                        [palette.score_colour(score) for score in range(11)],
                        legend=[(palette.DETRACTOR, "detractors"), (palette.PASSIVE, "passives"),
                                (palette.PROMOTER, "promoters")], **kwargs)


PHONE_WIDTH = 320  # the text column of a card on a 390 px phone, rounded down


def for_page(chart: Callable[..., str], *args, phone_width: int = PHONE_WIDTH, **kwargs) -> str:
    """A chart for a web page: drawn at its width, and again `phone_width` wide (bar labels above their bars)
    for narrow screens; the stylesheet shows one of the two, so no text is ever shrunk."""
    wide = chart(*args, **kwargs)
    narrow_kwargs = dict(kwargs, width=phone_width)
    if chart in (bar_chart, persona_chart):
        narrow_kwargs["label_width"] = 0
    narrow = chart(*args, **narrow_kwargs)
    return (wide.replace('class="chart"', 'class="chart chart-wide"', 1)
            + narrow.replace('class="chart"', 'class="chart chart-narrow"', 1))
