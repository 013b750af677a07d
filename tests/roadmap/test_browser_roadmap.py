"""The roadmap pages in a real browser (headless Chromium): the triage list decides a link with one click and comes
back to the next one, the item page and the shipped view fit a phone. Screenshots go to ROADMAP_SHOTS when set."""
import os
from datetime import date, datetime, timedelta
from pathlib import Path

from helpers import add_account, add_contact, sign_in
from vocapp.extensions import db
from vocapp.models import FeedbackMention, Interview, Response, Survey
from vocapp.roadmap.items import create_item, set_status

from conftest import make_user

ASKS = [  # account, contact, quote, item, confidence, reason
    ("Northwind Logistics", "Priya Shah", "Would be great if tickets went straight to Atlassian.", "Jira integration",
     0.46, "the alias 'Atlassian connector' (similar meaning: ticket ~ issue)"),
    ("Contoso Retail", "Marc Dubois", "We'd use it daily if it talked to Asana.", "Jira integration", 0.38,
     "an earlier ask 'sync tasks with jira' (similar meaning: asana ~ jira)"),
    ("Fabrikam Health", "Lena Vogel", "No Kanban view means we still track work on a whiteboard.", "Calendar view",
     0.52, "the name 'Calendar view' (similar meaning: kanban ~ calendar)"),
]


def seed(app) -> dict:
    with app.app_context():
        make_user("product", "pm@example.com")
        survey = Survey(kind="nps", name="Q3 2026 NPS", status="closed")
        jira = create_item("Jira integration", ["Jira sync", "Atlassian connector"], "integrations",
                           description="Create and link Jira issues, and keep their status in sync.")
        calendar = create_item("Calendar view", ["see tasks on a calendar"], "customisation")
        create_item("Kanban board", ["Kanban view"], "customisation", status="planned")
        items = {"Jira integration": jira, "Calendar view": calendar}
        at = datetime(2026, 10, 20)
        for n, (name, person, quote, title, confidence, reason) in enumerate(ASKS):
            account = add_account(f"A-{n}", name, 40_000 + 35_000 * n, tier=1 + n % 3)
            contact = add_contact(account, f"{person.split()[0].lower()}@{name.split()[0].lower()}.example", person,
                                  role="Head of Operations")
            response = Response(survey=survey, account=account, contact=contact, score=6 + n, comment=quote,
                                submitted_at=at - timedelta(days=n))
            db.session.add(response)
            db.session.flush()
            db.session.add(FeedbackMention(item=items[title], account_id=account.id, source_type="response",
                                           source_id=response.id, quote=quote, request_text=quote,
                                           confidence=confidence, link_reason=reason, review="pending",
                                           mentioned_at=response.submitted_at))
        gone = add_account("A-9", "Tailspin Toys", 65_000, status="churned", tier=2)
        dan = add_contact(gone, "dan@tailspin.example", "Dan Roy", role="VP Engineering", decision_maker=True)
        talk = Interview(account=gone, contact=dan, interviewed_on=date(2026, 8, 1), outcome="churn")
        db.session.add(talk)
        db.session.flush()
        for quote in ("We left for a tool that syncs with Jira.", "Every ticket had to be copied into Jira by hand."):
            db.session.add(FeedbackMention(item=jira, account_id=gone.id, source_type="interview", source_id=talk.id,
                                           quote=quote, request_text=quote, mentioned_at=datetime(2026, 8, 1)))
        set_status(jira, "shipped", date(2026, 11, 24))
        db.session.commit()
        return {"jira": jira.id, "links": [m.id for m in db.session.query(FeedbackMention)
                                           .filter(FeedbackMention.review == "pending")
                                           .order_by(FeedbackMention.mentioned_at.desc())]}


def shoot(page, name: str) -> None:
    folder = os.environ.get("ROADMAP_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def no_sideways_scroll(page, width: int) -> None:
    scroll = page.evaluate("document.documentElement.scrollWidth")
    assert scroll <= width, f"{page.url} scrolls sideways ({scroll}px on {width}px)"


def test_a_product_manager_triages_links_and_sees_who_asked_in_chromium(app, live_server, browser):
    ids = seed(app)
    for width, height, suffix in ((1280, 900, ""), (390, 844, "-phone")):
        page = browser.new_page(viewport={"width": width, "height": height})
        try:
            sign_in(page, live_server, "pm@example.com")
            page.goto(f"{live_server}/insights/feedback/triage")
            assert page.get_by_role("heading", level=1).inner_text().startswith("Links to review")
            assert page.get_by_text("The ask uses the alias “Atlassian connector”").is_visible()
            no_sideways_scroll(page, width)
            shoot(page, "triage" + suffix)
            page.goto(f"{live_server}/insights/feedback/{ids['jira']}")
            no_sideways_scroll(page, width)
            shoot(page, "item" + suffix)
            page.goto(f"{live_server}/insights/feedback")
            assert page.get_by_role("link", name="3 links to review").is_visible()
            no_sideways_scroll(page, width)
            # The ranking's own table fits too: on a phone its "to review" links are in view, not scrolled off.
            table = page.locator(".table-card").first
            assert table.evaluate("t => t.scrollWidth <= t.clientWidth"), "the ranking table scrolls sideways"
            to_review = page.locator("a.to-review").first.bounding_box()
            assert to_review["x"] + to_review["width"] <= width
            shoot(page, "feedback" + suffix)
            page.goto(f"{live_server}/insights/feedback/win-back")
            assert page.get_by_text("Tailspin Toys").is_visible()
            shoot(page, "winback" + suffix)
            page.goto(f"{live_server}/insights/feedback/{ids['jira']}/asked")
            assert page.get_by_text("Dan Roy").is_visible()
            no_sideways_scroll(page, width)
            shoot(page, "shipped" + suffix)
        finally:
            page.close()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        sign_in(page, live_server, "pm@example.com")
        page.goto(f"{live_server}/insights/feedback/triage")
        first, second = ids["links"][:2]
        page.locator(f"#link-{first}").get_by_role("button", name="Confirm").click()
        page.wait_for_url(f"**/insights/feedback/triage#link-{second}")
        assert page.get_by_text("Kept on “Jira integration”.").is_visible()
        assert page.locator(".triage-link").count() == 2
        shoot(page, "triage-after-confirm")
        # On the item's page a quote that asks for nothing is rejected with the split's name left empty: the
        # button skips the name the split requires.
        page.goto(f"{live_server}/insights/feedback/{ids['jira']}")
        quote = "We left for a tool that syncs with Jira."
        page.locator(".quotes li", has_text=quote).locator("input[name=mention_id]").check()
        page.get_by_role("button", name="Reject selected").click()
        page.wait_for_load_state()
        assert page.get_by_text("1 quote no longer counts for “Jira integration”").is_visible()
        assert page.locator(".quotes li", has_text=quote).count() == 0
        assert page.locator(".quotes li", has_text="Every ticket had to be copied").count() == 1
        page.goto(f"{live_server}/insights/feedback/message")
        assert page.get_by_text("Hello Ana Lopez").is_visible(), "the preview of the default text"
        shoot(page, "message")
    finally:
        page.close()
