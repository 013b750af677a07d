"""One rendering step every report shares: a table of contents only when the document runs over three pages."""
from typing import Any, Sequence

import weasyprint

from reports.pdf import ASSET_BASE, PAGE_SIZES, BundledAssetFetcher, render_html

TOC_AFTER_PAGES = 3


def _document(template: str, context: dict[str, Any]):
    html = render_html(template, **context)
    return weasyprint.HTML(string=html, base_url=ASSET_BASE, url_fetcher=BundledAssetFetcher()).render()


def render_report(template: str, sections: Sequence[tuple[str, str]], page_size: str = "A4",
                  **context: Any) -> bytes:
    """`sections`: (anchor, heading) pairs for the contents. A document longer than three pages gets a table of
    contents whose page numbers come from the layout; a shorter one is rendered again without it."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    context["page_size"] = page_size
    document = _document(template, {**context, "toc": list(sections)})
    if len(document.pages) - 1 <= TOC_AFTER_PAGES:  # the contents take a page of their own
        document = _document(template, {**context, "toc": []})
    return document.write_pdf(pdf_variant="pdf/ua-1")
