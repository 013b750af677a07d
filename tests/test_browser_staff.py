"""The staff side in a real browser (headless Chromium): sign in, find an account, see its page."""
import re

from playwright.sync_api import expect

from helpers import add_account, add_contact

from conftest import make_user


def test_a_csm_signs_in_and_finds_an_account_in_chromium(app, live_server, browser):
    with app.app_context():
        make_user("csm", "casey@example.com")
        account = add_account("A-1", "Acme <Labs>", 120_000, industry="Software", tier=1)
        add_contact(account, email="ana@acme.example", name="Ana Lopez", decision_maker=True)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        page.goto(f"{live_server}/accounts/")
        assert page.url.endswith("/login?next=%2Faccounts%2F")
        page.get_by_label("E-mail").fill("casey@example.com")
        page.get_by_label("Password").fill("correct horse battery")
        page.keyboard.press("Enter")
        page.wait_for_url(f"{live_server}/accounts/")
        page.get_by_placeholder("Search name, external id, industry").fill("acme")
        page.keyboard.press("Enter")
        page.get_by_role("link", name="Acme <Labs>").click()
        # waits for the load event: measured before the stylesheets arrive, the unstyled page is wider than a phone
        page.wait_for_url(re.compile(r"/accounts/\d+$"))
        expect(page.get_by_role("heading", level=1)).to_have_text(re.compile(r"^Acme <Labs>"))
        assert page.get_by_text("Ana Lopez").is_visible()
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"
    finally:
        page.close()


def test_the_accounts_and_surveys_lists_fit_a_phone_with_their_badges(app, live_server, browser):
    """On a phone the tables drop columns rather than scroll inside their card: the tier, kind and status the
    hidden columns held are shown under the name."""
    from vocapp.extensions import db
    from vocapp.models import Survey
    from helpers import sign_in

    with app.app_context():
        make_user("admin", "ada@example.com")
        add_account("CRM-1026", "Nimbus Manufacturing International", 1_109_300, industry="Manufacturing", tier=1,
                    status="prospect")
        db.session.add(Survey(kind="effectiveness", name="Effectiveness review – mid-year", status="closed"))
        db.session.commit()
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        sign_in(page, live_server, "ada@example.com")
        for path, badges in (("/accounts/", ["Tier 1", "prospect"]), ("/surveys/", ["Effectiveness", "closed"])):
            page.goto(f"{live_server}{path}")
            card = page.locator(".table-card").first
            assert card.evaluate("c => c.scrollWidth <= c.clientWidth"), f"{path}: the table scrolls in its card"
            for badge in badges:
                assert page.locator(".table tbody .badge:visible", has_text=badge).count() == 1, (path, badge)
    finally:
        page.close()


def test_the_users_list_fits_a_phone_with_every_role_and_action(app, live_server, browser):
    """A long e-mail address wraps under its name: the role and the deactivate link stay in view on a phone."""
    from helpers import sign_in

    with app.app_context():
        make_user("admin", "ada@example.com")
        make_user("interviewer", "rosalind.interviewer-team@research.demo.vocapp.example")
        make_user("product", "product.management.lead@demo.vocapp.example")
    page = browser.new_page(viewport={"width": 390, "height": 844})
    try:
        sign_in(page, live_server, "ada@example.com")
        page.goto(f"{live_server}/admin/users")
        card = page.locator(".table-card").first
        assert card.evaluate("c => c.scrollWidth <= c.clientWidth"), "the users table scrolls in its card"
        for role in ("Admin", "Interviewer", "Product manager"):
            assert page.locator(".table tbody .badge:visible", has_text=role).count() == 1, role
        links = page.get_by_role("button", name="Deactivate")
        assert links.count() == 2
        for i in range(2):
            box = links.nth(i).bounding_box()
            assert box and box["x"] + box["width"] <= 390, "a deactivate link is off the screen"
    finally:
        page.close()
