"""In headless Chromium: an interviewer records a loss from the guide with a .vtt transcript, confirms the new
competitor, marks a quote, and finds it on the WLC page."""
from playwright.sync_api import expect

from helpers import add_account, add_contact, sign_in

from conftest import make_user

VTT = """WEBVTT

00:00:01.000 --> 00:00:04.000
<v Ivy Interviewer>Thanks for your time. What decided it?</v>

00:00:04.500 --> 00:00:09.000
<v Dana Cole>Price, really. Their bundle was a third cheaper than yours.

00:00:09.500 --> 00:00:12.000
<v Dana Cole>Your product was nicer to use, though.</v>
"""


def test_an_interviewer_records_a_loss_marks_a_quote_and_finds_it_on_the_wlc_page(app, live_server, browser):
    with app.app_context():
        make_user("interviewer", "ivy@example.com").name = "Ivy Interviewer"
        account = add_account("A-7", "Harbor <Freight>", 0, status="lost")
        add_contact(account, "dana@harbor.example", "Dana Cole", role="VP Sales", decision_maker=True)
    page = browser.new_page(viewport={"width": 1366, "height": 900})
    try:
        sign_in(page, live_server, "ivy@example.com")
        page.get_by_role("link", name="Interviews").first.click()
        page.get_by_role("link", name="Record an interview").click()
        page.get_by_label("Account").select_option(label="Harbor <Freight>")
        page.get_by_text("Loss", exact=True).click()
        page.get_by_role("button", name="Continue to the guide").click()

        expect(page.get_by_role("heading", level=1)).to_contain_text("Record an interview with Harbor <Freight>")
        page.get_by_label("Person interviewed").select_option(label="Dana Cole — VP Sales (decision maker)")
        page.get_by_label("Why did you choose another option (or none)?").fill("A bundle a third cheaper.")
        page.get_by_label("ARR at stake").fill("36000")
        page.get_by_label("Competitors in the deal").fill("Pipedrive")
        page.get_by_label("Competitor chosen", exact=True).fill("Pipedrive")
        page.get_by_label("Primary reason", exact=True).select_option(label="− Too expensive")
        page.get_by_label("Price / value, us").select_option("2")
        page.get_by_label("Price / value, competitor chosen").select_option("4")
        page.get_by_label("Transcript file").set_input_files(
            files=[{"name": "call.vtt", "mimeType": "text/vtt", "buffer": VTT.encode()}])
        page.get_by_role("button", name="Save the interview").click()

        # Pipedrive is new: the page asks before adding it, and keeps what was typed and uploaded
        expect(page.get_by_text("is not in the competitor list yet")).to_be_visible()  # waits for the page
        assert "Dana Cole: Price, really." in page.get_by_label("Transcript", exact=True).input_value()
        page.get_by_label("Yes, add the new competitors to the list").check()
        page.get_by_role("button", name="Save the interview").click()

        page.wait_for_url("**/interviews/*")
        page.get_by_text("Your product was nicer to use, though.").click()   # the sentence's label ticks it
        page.get_by_role("button", name="Add as quotes").click()
        expect(page.locator("#quotes blockquote")).to_have_text("“Your product was nicer to use, though.”")
        assert "Dana Cole" in page.locator("#quotes figcaption").inner_text()

        page.get_by_role("navigation", name="Main").get_by_role("link", name="Interviews").click()
        page.get_by_role("link", name="Why we win and lose").click()
        drivers = page.locator("#drivers")
        assert "Price / value: Too expensive" in drivers.inner_text()
        drivers.get_by_text("1 quote").click()
        expect(drivers.get_by_text("“Your product was nicer to use, though.”")).to_be_visible()
        assert page.get_by_text("n = 1 deal").first.is_visible()
    finally:
        page.close()


def test_the_form_and_the_wlc_page_fit_a_phone(app, live_server, browser):
    import io

    from sqlalchemy import select

    from vocapp.extensions import db
    from vocapp.imports import read_csv
    from vocapp.imports.interviews import INTERVIEW_OPTIONAL, INTERVIEW_REQUIRED, import_interviews
    from vocapp.models import Account
    from wlc_fixture import FIXTURE_CSV, add_fixture_accounts

    with app.app_context():
        make_user("interviewer", "ivy@example.com")
        add_fixture_accounts()
        import_interviews(read_csv(io.BytesIO(FIXTURE_CSV.encode()), INTERVIEW_REQUIRED, INTERVIEW_OPTIONAL)[1])
        account_id = db.session.scalar(select(Account.id).where(Account.external_id == "A2"))
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        sign_in(page, live_server, "ivy@example.com")
        for path in (f"/interviews/new/loss/{account_id}", "/interviews/wlc", "/interviews/"):
            page.goto(live_server + path)
            width = page.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{path} scrolls sideways on a phone ({width}px)"
    finally:
        page.close()
