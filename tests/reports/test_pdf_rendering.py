"""The report renderer: print layout read back from the PDF, and customer text that can never make it fetch."""
import http.server
import subprocess
import threading
from datetime import date
from io import BytesIO

import pytest
from PIL import Image
import weasyprint
from pypdf import PdfReader

from reports.pdf import ASSET_BASE, BundledAssetFetcher
from reports.roadmap import DigestItem, DigestQuote, RoadmapDigest, WinBack, render_roadmap_digest

HOSTILE = ['<img src="file:///etc/passwd">', '<img src="{url}/img">', '<link rel="stylesheet" href="{url}/link">',
           '<style>@import url("{url}/import");</style>', '<script src="{url}/script"></script>',
           'see {url}/plain for details']


@pytest.fixture
def recording_server():
    """A local HTTP server that records every path asked of it."""
    requests = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { color: red }")

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", requests
    server.shutdown()


def pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)


def item(rank, title, arr, quotes=(), **facts):
    return DigestItem(rank=rank, title=title, status=facts.get("status", "new"), product_area=facts.get("area"),
                      impacted_arr=arr, accounts=facts.get("accounts", 1), mentions=facts.get("mentions", 1),
                      tiers=(1, 0, 0), at_risk_arr=0, lost_arr=facts.get("lost", 0), renewing_arr=0,
                      previous_impacted_arr=facts.get("previous"), quotes=list(quotes))


def digest(items, **extra):
    return RoadmapDigest(period_start=date(2026, 7, 1), period_end=date(2026, 9, 30), arr_as_of=date(2026, 12, 1),
                         items=items, **extra)


def test_the_fetcher_refuses_everything_but_bundled_assets():
    fetcher = BundledAssetFetcher()
    assert b"@page" in fetcher.fetch(ASSET_BASE + "report.css").read()
    for url in ("file:///etc/passwd", "http://127.0.0.1:9/x", "data:text/css,body{}", ASSET_BASE + "../pdf.py",
                ASSET_BASE + "missing.css"):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_markup_that_reached_the_renderer_would_still_fetch_nothing(recording_server):
    url, requests = recording_server
    hostile = "".join(snippet.format(url=url) for snippet in HOSTILE)
    weasyprint.HTML(string=f"<p>{hostile}</p>").write_pdf()  # WeasyPrint's own fetcher: the server is reached
    assert requests, "the recording server must see an unguarded fetch, or this test proves nothing"
    requests.clear()
    weasyprint.HTML(string=f"<p>{hostile}</p>", base_url=ASSET_BASE, url_fetcher=BundledAssetFetcher()).write_pdf()
    assert requests == []


def test_hostile_comments_print_as_text_and_fetch_nothing(recording_server):
    url, requests = recording_server
    quotes = [DigestQuote(snippet.format(url=url), account="Acme <b>Corp</b>", role="VP Ops", said_on=date(2026, 8, 2))
              for snippet in HOSTILE]
    pdf = render_roadmap_digest(digest([item(1, 'Jira <script>alert(1)</script> sync', 1000, quotes)]))
    text = pdf_text(pdf)
    assert requests == []
    assert "file:///etc/passwd" in text and "<script>alert(1)</script>" in text and "Acme <b>Corp</b>" in text
    assert "@import" in text


def test_the_digest_ranks_prints_its_rule_and_counts_its_pages():
    items = [item(1, "Jira integration", 450_000, accounts=3, previous=300_000),
             item(2, "Single sign-on", 120_000, lost=88_000),
             item(3, "Calendar view", 5_000)]
    pdf = render_roadmap_digest(digest(items, win_back=[WinBack("Globex", "churned", 88_000, ("Single sign-on",),
                                                                shipped_on=date(2026, 11, 20))]))
    reader = PdfReader(BytesIO(pdf))
    text = pdf_text(pdf)
    assert "Single sign-on · shipped 20 Nov 2026" in " ".join(text.split())
    assert text.index("Jira integration") < text.index("Single sign-on") < text.index("Calendar view")
    assert "$450,000" in text and "+$150k" in text and "$88,000" in text
    assert "distinct active accounts" in text and "ARR figures as of 1 Dec 2026" in text
    assert f"Page 1 of {len(reader.pages)}" in text
    assert "/StructTreeRoot" in reader.trailer["/Root"]  # tagged for screen readers
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4


def test_letter_paper_and_a_contents_page_only_for_long_documents():
    short = PdfReader(BytesIO(render_roadmap_digest(digest([item(1, "Jira integration", 1000)]), page_size="Letter")))
    assert round(float(short.pages[0].mediabox.width)) == 612
    assert "Contents" not in short.pages[0].extract_text()
    many = [item(rank, f"Item number {rank}", 100_000 - rank, quotes=[DigestQuote("We need this. " * 12, "Acme", "CTO",
                                                                                 None)] * 3)
            for rank in range(1, 41)]
    long = PdfReader(BytesIO(render_roadmap_digest(digest(many))))
    assert len(long.pages) > 4
    contents = long.pages[0].extract_text()
    assert "Contents" in contents and "Win-back list" in contents
    win_back_page = next(number for number, page in enumerate(long.pages, 1)
                         if number > 1 and "Win-back list" in page.extract_text())
    assert contents.split("Win-back list")[1].splitlines()[0].strip(" .") == str(win_back_page)
    assert long.outline[0].title == "Roadmap feedback"
    sections = [entry.title for entry in long.outline[1] if not isinstance(entry, list)]
    assert sections[:2] == ["Summary", "Ranking by impacted ARR"] and "Win-back list" in sections


def account_review_pdf() -> bytes:
    from reports.account_review import AccountReview, ContactScore, NpsFigure, Quote, ThemeFigure, render_account_review

    nps = NpsFigure(20.0, 5, 60.0, True, (0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1))
    return render_account_review(AccountReview(
        account="Acme", external_id="A-1", industry="Retail", region="EMEA", tier=1, arr=120_000,
        renewal_date=date(2027, 1, 10), csm="Casey", status="active", period_start=date(2026, 9, 1),
        period_end=date(2026, 11, 30), today=date(2026, 12, 1), nps=nps, previous_nps=NpsFigure(None, 0, None, True),
        nps_history=[("Q3 2026", None, None), ("Q4 2026", 20.0, 60.0)],
        contacts=[ContactScore("Ana", "COO", True, 5, "detractor", date(2026, 10, 1))], effectiveness=None,
        sentiment={"negative": 1}, themes=[ThemeFigure("Support", 1, 0, 0, 1)],
        quotes=[Quote("Support is slow.", "COO", "negative", date(2026, 10, 1))], requests=[], persona="unknown",
        persona_reasons=["Not enough evidence yet."]))


def wlc_pdf() -> bytes:
    from analysis.wlc import InterviewFacts, ReasonCode, summarise
    from reports.wlc import WlcReport, render_wlc_summary

    lost = InterviewFacts(1, "A", "loss", date(2026, 10, 1), arr=5000, competitors=("Rival",),
                          primary=ReasonCode("Price / value", "Too expensive"))
    won = InterviewFacts(2, "B", "win", date(2026, 10, 2), arr=9000, competitors=("Rival",))
    return render_wlc_summary(WlcReport(None, date(2026, 12, 1), summarise([lost, won])))


@pytest.mark.parametrize("render", [lambda: render_roadmap_digest(digest([item(1, "Jira integration", 1000)])),
                                    account_review_pdf, wlc_pdf], ids=["roadmap", "account review", "wlc"])
def test_no_page_is_blank(tmp_path, render):
    pdf_path = tmp_path / "report.pdf"
    pdf_path.write_bytes(render())
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf_path), str(tmp_path / "page")], check=True)
    pages = sorted(tmp_path.glob("page*.png"))
    assert pages
    for page in pages:
        image = Image.open(page).convert("L")
        body = image.crop((0, image.height // 8, image.width, image.height * 7 // 8))  # inside header and footer
        darkest, _ = body.getextrema()
        assert darkest < 100, f"{page.name} has nothing but its header and footer"
