"""The WLC summary in print: its figures read back from the PDF match the hand-computed interview fixture."""
from pypdf import PdfReader

from interviews.wlc_fixture import import_fixture


def test_the_wlc_pdf_prints_the_fixtures_figures(app, runner, tmp_path):
    import_fixture(app, runner, tmp_path)
    out = tmp_path / "wlc.pdf"
    result = runner.invoke(args=["voc", "report", "wlc", "--out", str(out), "--until", "2026-12-01"])
    assert result.exit_code == 0, result.output
    assert "7 interviews, 6 deals" in result.output
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(out).pages)
    assert "50.0% overall: 2 won of 4 decided deals" in text
    assert "66.7% competitive: leaving out 1 loss to no decision" in text
    assert "Pipedrive 2 1 66.7% (21–94%, low n)" in text
    assert "Price / value: Too expensive · 2 deals · $40,000" in text
    assert "Product gaps: Missing feature $40,000 $0" in text
    assert "In 2 of 3 deals (67%) the reason the account owner or sales rep gave differs" in text


def test_a_period_that_ends_before_it_starts_is_refused(ctx, runner, tmp_path):
    result = runner.invoke(args=["voc", "report", "wlc", "--out", str(tmp_path / "x.pdf"), "--since", "2026-12-01",
                                 "--until", "2026-01-01"])
    assert result.exit_code == 2 and "--since" in result.output


def test_the_wlc_pdf_downloads_for_interviewers(app, login):
    from io import BytesIO

    client = login("interviewer")
    pdf = client.get("/reports/wlc.pdf?wlc-paper=Letter")
    assert pdf.status_code == 200 and pdf.headers["Cache-Control"] == "no-store"
    reader = PdfReader(BytesIO(pdf.data))
    assert "Win, loss and churn" in reader.pages[0].extract_text()
    assert round(float(reader.pages[0].mediabox.width)) == 612
    assert client.get("/reports/wlc.pdf?wlc-since=2026-02-30").status_code == 400


def test_the_wlc_page_downloads_itself_as_filtered(app, login, runner, tmp_path):
    from io import BytesIO

    import_fixture(app, runner, tmp_path)
    client = login("interviewer")
    page = client.get("/interviews/wlc?quarter=2026-Q3&_method=x").data.decode()
    assert 'href="/interviews/wlc.pdf?quarter=2026-Q3"' in page
    pdf = client.get("/interviews/wlc.pdf?quarter=2026-Q3")
    assert pdf.status_code == 200 and pdf.headers["Cache-Control"] == "no-store"
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(BytesIO(pdf.data)).pages)
    assert "Win, loss and churn: 2026 Q3" in text and "1 Jul 2026 to 30 Sep 2026" in text
    assert "5 interviews about 4 deals" in text  # July to September: D1 (two people), A2, A3, A4
