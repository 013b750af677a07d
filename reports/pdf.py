"""HTML to PDF: Jinja2 templates and print CSS rendered by WeasyPrint.

Customer text is data. Templates autoescape it, and the renderer's URL fetcher serves only the stylesheets bundled in
`reports/assets`: a comment holding `<img src="file:///etc/passwd">` or an `http://` URL is printed as text and, were it
ever to reach the renderer as markup, would still fetch nothing."""
from datetime import date, datetime
from importlib.resources import files
from typing import Any

import jinja2

from reports.charts import money as short_money
from weasyprint.urls import URLFetcher, URLFetcherResponse

ASSET_BASE = "report-asset:/"
PAGE_SIZES = ("A4", "Letter")
_ASSETS = files("reports") / "assets"


class RefusedFetch(ValueError):
    """A report asked for something that is not one of its bundled assets."""


class BundledAssetFetcher(URLFetcher):
    """Serves `report-asset:/NAME` from the package's own assets and refuses every other URL (file, http, data, ...)."""

    def fetch(self, url, headers=None):
        if url.startswith(ASSET_BASE):
            name = url[len(ASSET_BASE):]
            asset = _ASSETS / name
            if "/" not in name and not name.startswith(".") and asset.is_file():
                mime = "text/css" if name.endswith(".css") else "application/octet-stream"
                return URLFetcherResponse(url, asset.read_bytes(), {"Content-Type": mime})
        raise RefusedFetch(f"reports fetch only their bundled assets, not {url[:80]!r}")


def _money(value: Any) -> str:
    return f"${float(value or 0):,.0f}"


# A roadmap item's status as people read it: the one place reports name statuses.
STATUS_LABELS = {"new": "New", "under_review": "Under review", "planned": "Planned", "in_progress": "In progress",
                 "shipped": "Shipped", "wont_do": "Won't do"}


def status_label(status: str) -> str:
    return STATUS_LABELS.get(status, str(status).replace("_", " ").capitalize())


def day(value: date | datetime | str | None) -> str:
    """1 Dec 2026: no leading zero, no time of day (an ISO date string is read first)."""
    if value is None:
        return "—"
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return f"{value.day} {value:%b %Y}"


_environment = jinja2.Environment(
    loader=jinja2.PackageLoader("reports", "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
_environment.filters.update(money=_money, short_money=short_money, day=day, status=status_label)


def render_html(template: str, **context: Any) -> str:
    return _environment.get_template(template).render(asset_base=ASSET_BASE, **context)

