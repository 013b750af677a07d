"""Small SVG charts, drawn from plain numbers, shared by the web pages and the PDF reports.

Every label is XML-escaped: customer and account names are data, never markup. Charts use presentation
attributes only (no inline style), so they render under a strict Content-Security-Policy and in WeasyPrint."""
from dataclasses import dataclass
from html import escape
from typing import Iterable, Optional, Sequence

INK = "#1f2937"
MUTED = "#6b7280"
GRID = "#e5e7eb"
TIER_COLOURS = {1: "#4338ca", 2: "#0ea5e9", 3: "#94a3b8", None: "#cbd5e1"}
PERSONA_COLOURS = {"essential": "#047857", "nice_to_have": "#d97706", "no_longer_needed": "#b91c1c", "unknown": "#94a3b8"}
PALETTE = ["#4338ca", "#0ea5e9", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#14b8a6", "#64748b"]
FONT = 'font-family="DejaVu Sans, Helvetica, Arial, sans-serif"'


def _svg(width: int, height: int, body: list[str], title: str) -> str:
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
            f'role="img" aria-label="{escape(title)}" class="chart"><title>{escape(title)}</title>'
            + "".join(body) + "</svg>")


def _text(x: float, y: float, text: str, size: int = 11, anchor: str = "start", fill: str = MUTED,
          weight: str = "normal") -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" text-anchor="{anchor}" fill="{fill}" '
            f'font-weight="{weight}" {FONT}>{escape(str(text))}</text>')


def money(value: float) -> str:
    """Short money labels: 1.2M, 350k, 900."""
    value = float(value or 0)
    for limit, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= limit:
            return f"{value / limit:.1f}".rstrip("0").rstrip(".") + suffix
    return f"{value:.0f}"


def pareto_chart(points: Sequence[dict], thresholds: Sequence[float] = (45, 75), width: int = 760,
                 height: int = 260) -> str:
    """Accounts' ARR as bars (largest first, coloured by tier) and the cumulative share of revenue as a line."""
    title = "Pareto chart of ARR: accounts by revenue with the cumulative share"
    if not points:
        return _svg(width, 60, [_text(width / 2, 34, "No active accounts yet", 13, "middle")], title)
    left, right, top, bottom = 56, 44, 16, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    top_arr = max(point["arr"] for point in points) or 1
    step = plot_w / len(points)
    body = []
    for fraction in (0, 0.25, 0.5, 0.75, 1):
        y = top + plot_h * (1 - fraction)
        body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        body.append(_text(left - 6, y + 4, money(top_arr * fraction), 10, "end"))
        body.append(_text(left + plot_w + 6, y + 4, f"{fraction * 100:.0f}%", 10))
    for share in thresholds:
        y = top + plot_h * (1 - share / 100)
        body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="{MUTED}" '
                    f'stroke-dasharray="4 4"/>')
    for index, point in enumerate(points):
        bar_h = plot_h * point["arr"] / top_arr
        x = left + index * step
        colour = TIER_COLOURS.get(point.get("tier"), TIER_COLOURS[None])
        body.append(f'<rect x="{x + step * 0.1:.2f}" y="{top + plot_h - bar_h:.2f}" width="{max(step * 0.8, 0.6):.2f}" '
                    f'height="{bar_h:.2f}" fill="{colour}"><title>{escape(point["name"])}: {money(point["arr"])} '
                    f'(tier {point.get("tier") or "—"})</title></rect>')
    line = " ".join(f"{left + (i + 0.5) * step:.1f},{top + plot_h * (1 - p['cumulative_share'] / 100):.1f}"
                    for i, p in enumerate(points))
    body.append(f'<polyline points="{line}" fill="none" stroke="#f59e0b" stroke-width="2.5"/>')
    legend_x = left
    for tier in (1, 2, 3):
        body.append(f'<rect x="{legend_x}" y="{height - 14}" width="10" height="10" fill="{TIER_COLOURS[tier]}"/>')
        body.append(_text(legend_x + 14, height - 5, f"Tier {tier}", 10))
        legend_x += 70
    body.append(f'<line x1="{legend_x}" x2="{legend_x + 18}" y1="{height - 9}" y2="{height - 9}" stroke="#f59e0b" '
                f'stroke-width="2.5"/>')
    body.append(_text(legend_x + 22, height - 5, "cumulative share of ARR", 10))
    body.append(_text(left + plot_w, height - 5, f"{len(points)} active accounts", 10, "end"))
    return _svg(width, height, body, title)


@dataclass
class Bar:
    label: str
    value: float
    colour: Optional[str] = None
    note: str = ""


def bar_chart(bars: Iterable[Bar], title: str, width: int = 560, value_format=lambda v: f"{v:g}",
              bar_height: int = 22, label_width: int = 160, signed: bool = False) -> str:
    """Horizontal bars with their labels and values; `signed` centres zero for values such as NPS."""
    bars = list(bars)
    if not bars:
        return _svg(width, 40, [_text(width / 2, 24, "No data yet", 12, "middle")], title)
    height = len(bars) * (bar_height + 8) + 8
    # Room right of the longest bar for its value and note (about 6.5 px a character at 10 px).
    label_room = max(len(value_format(bar.value)) + (len(bar.note) + 2 if bar.note else 0) for bar in bars) * 6.5 + 12
    room = max(60, label_room)
    largest = max(abs(bar.value) for bar in bars) or 1
    if signed:  # values run both ways from a centred zero: keep room for labels on both sides
        plot_w = width - label_width - 2 * room
        zero, scale = label_width + room + plot_w / 2, plot_w / 2 / largest
    else:
        plot_w = width - label_width - room
        zero, scale = label_width, plot_w / largest
    body = []
    if signed:
        body.append(f'<line x1="{zero:.1f}" x2="{zero:.1f}" y1="0" y2="{height}" stroke="{GRID}"/>')
    for index, bar in enumerate(bars):
        y = 8 + index * (bar_height + 8)
        length = abs(bar.value) * scale
        x = zero - length if bar.value < 0 else zero
        colour = bar.colour or PALETTE[index % len(PALETTE)]
        body.append(_text(label_width - 8, y + bar_height * 0.7, bar.label[:28], 11, "end", INK))
        body.append(f'<rect x="{x:.1f}" y="{y}" width="{max(length, 1):.1f}" height="{bar_height}" rx="3" '
                    f'fill="{colour}"><title>{escape(bar.label)}: {escape(value_format(bar.value))}</title></rect>')
        label_x = x + length + 6 if bar.value >= 0 else x - 6
        body.append(_text(label_x, y + bar_height * 0.7, value_format(bar.value) + (f"  {bar.note}" if bar.note else ""),
                          10, "start" if bar.value >= 0 else "end", INK))
    return _svg(width, height, body, title)


def column_chart(labels: Sequence[str], values: Sequence[float], title: str, colours: Optional[Sequence[str]] = None,
                 width: int = 560, height: int = 200) -> str:
    """Vertical columns, e.g. the 0–10 distribution of NPS scores."""
    if not values or not any(values):
        return _svg(width, 40, [_text(width / 2, 24, "No data yet", 12, "middle")], title)
    left, bottom, top = 30, 24, 14
    plot_w, plot_h = width - left - 10, height - top - bottom
    step = plot_w / len(values)
    largest = max(values) or 1
    body = [f'<line x1="{left}" x2="{left + plot_w}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="{GRID}"/>']
    for index, (label, value) in enumerate(zip(labels, values)):
        bar_h = plot_h * value / largest
        x = left + index * step + step * 0.15
        colour = colours[index] if colours else PALETTE[0]
        body.append(f'<rect x="{x:.1f}" y="{top + plot_h - bar_h:.1f}" width="{step * 0.7:.1f}" height="{bar_h:.1f}" '
                    f'rx="2" fill="{colour}"><title>{escape(str(label))}: {value:g}</title></rect>')
        body.append(_text(x + step * 0.35, top + plot_h - bar_h - 3, f"{value:g}", 10, "middle", INK))
        body.append(_text(x + step * 0.35, height - 8, str(label), 10, "middle"))
    return _svg(width, height, body, title)


def line_chart(labels: Sequence[str], series: dict[str, Sequence[Optional[float]]], title: str,
               y_range: tuple[float, float] = (-100, 100), width: int = 640, height: int = 220) -> str:
    """Lines over time (e.g. NPS by month); a None value leaves a gap."""
    if not labels:
        return _svg(width, 40, [_text(width / 2, 24, "No data yet", 12, "middle")], title)
    left, right, top, bottom = 40, 12, 12, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    low, high = y_range
    step = plot_w / max(len(labels) - 1, 1)

    def y_of(value: float) -> float:
        return top + plot_h * (1 - (value - low) / (high - low))

    body = []
    for tick in (low, (low + high) / 2, high):
        body.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y_of(tick):.1f}" y2="{y_of(tick):.1f}" stroke="{GRID}"/>')
        body.append(_text(left - 6, y_of(tick) + 4, f"{tick:g}", 10, "end"))
    every = max(1, len(labels) // 8)
    for index, label in enumerate(labels):
        if index % every == 0:
            body.append(_text(left + index * step, height - bottom + 16, label, 10, "middle"))
    for colour, (name, values) in zip(PALETTE, series.items()):
        segment: list[str] = []
        for index, value in enumerate(list(values) + [None]):
            if value is None:
                if len(segment) > 1:
                    body.append(f'<polyline points="{" ".join(segment)}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
                segment = []
                continue
            point = f"{left + index * step:.1f},{y_of(value):.1f}"
            segment.append(point)
            body.append(f'<circle cx="{left + index * step:.1f}" cy="{y_of(value):.1f}" r="3.5" fill="{colour}">'
                        f'<title>{escape(name)} {escape(labels[index])}: {value:g}</title></circle>')
    legend_x = left
    for colour, name in zip(PALETTE, series):
        body.append(f'<rect x="{legend_x}" y="{height - 14}" width="10" height="10" fill="{colour}"/>')
        body.append(_text(legend_x + 14, height - 5, name, 10))
        legend_x += 14 + 7 * len(name) + 16
    return _svg(width, height, body, title)


def persona_chart(counts: dict[str, int], arr: dict[str, float], labels: dict[str, str], width: int = 560,
                  label_width: int = 150) -> str:
    """ARR by persona, each bar with its number of accounts and its share of all ARR."""
    total = sum(arr.values()) or 1
    return bar_chart([Bar(label, arr.get(key, 0), colour=PERSONA_COLOURS.get(key),
                          note=f"{counts.get(key, 0)} accounts · {100 * arr.get(key, 0) / total:.0f}%")
                      for key, label in labels.items()], "ARR by persona", width=width, label_width=label_width,
                     value_format=money)
