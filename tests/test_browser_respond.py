"""A customer answers on a phone, with the keyboard alone, in headless Chromium."""
import re

from sqlalchemy import select

from helpers import add_account, add_contact
from vocapp.distribution import Audience, issue_links
from vocapp.extensions import db
from vocapp.models import Response, Survey


def _link(app) -> str:
    with app.app_context():
        add_contact(add_account(), "ana@acme.example", "Ana")
        survey = Survey(kind="nps", name="Phone NPS", status="open", product_name="Pipely CRM")
        db.session.add(survey)
        db.session.commit()
        path = issue_links(survey, "", Audience()).links[0].url
        db.session.commit()
        return path


def test_answering_by_keyboard_on_a_phone(app, live_server, browser):
    path = _link(app)
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(live_server + path)
    scale = page.get_by_role("group", name=re.compile(r"^How likely is it that you would recommend Pipely CRM"))
    assert scale.count() == 1, "the score is one group, named by the question"
    assert scale.get_by_role("radio").count() == 11
    for n in range(1, 10):
        assert scale.get_by_role("radio", name=str(n), exact=True).count() == 1, n
    for end in (0, 10):  # the ends say what they mean
        assert scale.get_by_role("radio", name=re.compile(rf"^{end} – \w")).count() == 1, end
    page.keyboard.press("Tab")  # the first control of the page: the score group
    assert page.evaluate("document.activeElement.name") == "score"
    page.keyboard.press("Space")
    for _ in range(8):
        page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.value") == "8"
    assert page.is_checked("#score-8")
    page.get_by_role("status").filter(has_text="Score saved.").wait_for(timeout=5000)
    with app.app_context():
        assert db.session.scalar(select(Response.score)) == 8, "kept before the comment"
    box = page.locator("label[for=score-8]").bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44, box
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/more")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")  # past "Change it", into the comment
    page.keyboard.type("Forecasts are reliable now 👍")
    page.locator("#key-essential").press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_url("**/thanks")
    assert "Thank you" in page.text_content("h1")
    assert errors == []
    with app.app_context():
        response = db.session.scalar(select(Response))
        assert (response.score, response.comment, response.key_question) == (8, "Forecasts are reliable now 👍",
                                                                               "essential")
    page.close()


def test_screenshots_at_phone_desktop_and_320px(app, live_server, browser, tmp_path):
    path = _link(app)
    for name, size in (("phone", (390, 844)), ("desktop", (1280, 800)), ("narrow", (320, 640))):
        page = browser.new_page(viewport={"width": size[0], "height": size[1]})
        page.goto(live_server + path)
        box = page.locator("label[for=score-9]").bounding_box()
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # a tap on the 9
        assert page.is_checked("#score-9")
        assert page.evaluate("document.documentElement.scrollWidth") <= size[0]
        shot = tmp_path / f"respond-{name}.png"
        page.screenshot(path=str(shot), full_page=True)
        assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        page.close()
