"""The 0–10 scale on a phone in headless Chromium: every button alike until one is chosen (no red-to-green hint),
0 starts the scale and 10 ends it on the right, beside the "Extremely likely" end label."""
from test_browser_respond import _link


def _looks(page, n):
    return page.evaluate(f"""(() => {{ const s = getComputedStyle(document.querySelector('label[for=score-{n}]'));
        return [s.backgroundColor, s.borderColor, s.color]; }})()""")


def test_the_scale_is_neutral_until_a_score_is_chosen(app, live_server, browser):
    path = _link(app)
    page = browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page.goto(live_server + path)
    looks = {n: _looks(page, n) for n in range(11)}
    assert len({tuple(look) for look in looks.values()}) == 1, looks
    page.check("#score-3", force=True)
    assert _looks(page, 3) != _looks(page, 4) and _looks(page, 0) == _looks(page, 10)
    box = lambda n: page.locator(f"label[for=score-{n}]").bounding_box()
    assert abs((box(10)["x"] + box(10)["width"]) - (box(5)["x"] + box(5)["width"])) < 1, "10 ends the scale"
    assert box(0)["x"] < box(6)["x"]
    page.close()
