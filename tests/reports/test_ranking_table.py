"""The digest's ranking runs to hundreds of rows: each row stays one cell a figure with nothing nested, so the
table is cheap to lay out and to tag, and still carries every figure the issue asks for beside each item."""
import re
from datetime import date

from reports import roadmap
from reports.pdf import STATUS_LABELS, render_html
from reports.roadmap import DigestItem, RoadmapDigest


def digest(count: int) -> RoadmapDigest:
    items = [DigestItem(rank=n, title=f"Item {n}", status="wont_do" if n == 2 else "under_review",
                        product_area=None, impacted_arr=1_000_000 - n, accounts=1200 + n, mentions=3,
                        tiers=(400, 500, 300 + n), at_risk_arr=250_000, lost_arr=12_500, renewing_arr=99_000,
                        previous_impacted_arr=900_000 if n == 1 else None) for n in range(1, count + 1)]
    return RoadmapDigest(period_start=date(2026, 7, 1), period_end=date(2026, 9, 30), arr_as_of=date(2026, 12, 1),
                         items=items)


def ranking_rows(count: int) -> list[str]:
    found = digest(count)
    html = render_html("roadmap.html", digest=found, kind="Roadmap digest", title="t", subject=found.subject,
                       period="p", chart="", rule=roadmap.RANKING_RULE, detailed=found.items[:roadmap.DETAILED_ITEMS],
                       page_size="A4", toc=[])
    table = html.split('<table class="ranking">', 1)[1].split("</table>", 1)[0]
    return re.findall(r"<tr[^>]*>(.*?)</tr>", table.split("<tbody>", 1)[1], flags=re.S)


def test_each_row_is_eight_plain_cells_with_every_figure():
    rows = ranking_rows(300)
    assert len(rows) == 300
    for row in rows:
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        assert len(cells) == 8 and not any("<" in cell for cell in cells), row
        assert "style=" not in row
    first = [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<td[^>]*>.*?</td>", rows[0])]
    assert first == ["1. Item 1", "Under review", "$1M", "+$100k", "1201 (400·500·301)", "$250k", "$12.5k", "$99k"]
    assert re.findall(r"<td[^>]*>(.*?)</td>", rows[1])[1] == "Won&#39;t do" and "new" in rows[1]


def test_every_stored_status_has_its_name_in_the_one_mapping():
    from vocapp.models import ITEM_STATUSES

    assert set(STATUS_LABELS) == set(ITEM_STATUSES)
    assert STATUS_LABELS["wont_do"] == "Won't do" and STATUS_LABELS["in_progress"] == "In progress"
