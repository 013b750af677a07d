"""CSV downloads that are safe to open in a spreadsheet."""
import csv
import io
from datetime import date, datetime
from typing import Iterable, Sequence

from flask import Response, stream_with_context


def safe_cell(value):
    """Spreadsheet apps run a cell that starts with = + - @ as a formula: keep customer text inert.
    Idempotent: a cell already made safe starts with ' and is left alone."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def amount(value) -> str:
    """Money as the import columns take it back: "42500", "42500.5", never "42500.00"; empty for None."""
    return "" if value is None else f"{value:.2f}".removesuffix(".00")


def csv_value(value):
    """One cell as a spreadsheet should show it: empty for None, times to the second, text made safe."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    return safe_cell(value)


def csv_lines(header: Sequence[str], rows: Iterable[Sequence]) -> Iterable[str]:
    """The header, then each row, as CSV text chunks; every cell goes through `csv_value`."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([csv_value(value) for value in row])
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def csv_response(name: str, header: Sequence[str], rows: Iterable[Sequence]) -> Response:
    # The rows may be read from the database while streaming: keep the request (and its session) alive.
    return Response(stream_with_context(csv_lines(header, rows)), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}-{date.today()}.csv"'})
