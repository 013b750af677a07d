"""The staff pages on a small laptop (1024 px), a laptop (1366 px) and a phone (390 px), in headless Chromium, on
the demo data: no page scrolls sideways, and every chart is shown whole, inside its card, at its own size (so its
12 px text is 12 px), with a name."""
from sqlalchemy import func, select

from conftest import make_user
from helpers import sign_in
from vocapp.demo import load_demo
from vocapp.extensions import db
from vocapp.models import Account, Response, Survey

PAGES = {"overview": "/", "accounts": "/accounts/", "account": "/accounts/{account}", "import": "/accounts/import",
         "surveys": "/surveys/", "nps": "/insights/nps", "personas": "/insights/personas", "themes": "/insights/themes",
         "feedback": "/insights/feedback", "survey results": "/surveys/{survey}/results",
         "effectiveness results": "/surveys/{effectiveness}/results", "why we win and lose": "/interviews/wlc"}
CHARTS = """() => [...document.querySelectorAll('svg.chart')].filter(svg => svg.getClientRects().length).map(svg => {
  const box = svg.getBoundingClientRect();
  const card = svg.closest('.card');  // a chart wider than its card is cut at the card's edge
  const inner = card ? card.getBoundingClientRect().right - parseFloat(getComputedStyle(card).paddingRight) : box.right;
  return {name: svg.getAttribute('aria-label'), drawn: box.width, own: svg.viewBox.baseVal.width, right: box.right,
          card: inner};
})"""


def test_no_staff_page_scrolls_sideways_and_every_chart_is_whole_and_legible(app, live_server, browser, tmp_path):
    with app.app_context():
        load_demo()
        account = db.session.scalar(select(Account.id).order_by(Account.arr.desc()))
        survey = db.session.scalar(select(Survey.id).join(Response).where(Survey.kind == "nps")
                                   .group_by(Survey.id).order_by(func.count(Response.id).desc()))
        effectiveness = db.session.scalar(select(Survey.id).where(Survey.kind == "effectiveness")
                                          .order_by(Survey.id.desc()))
    problems = []
    for width in (1024, 1366, 390):
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        try:
            sign_in(page, live_server, "admin@demo.vocapp.example", "demo-admin-pass")
            for name, path in PAGES.items():
                response = page.goto(live_server + path.format(account=account, survey=survey,
                                                               effectiveness=effectiveness))
                assert response.status == 200, f"{path}: {response.status}"
                page.screenshot(path=tmp_path / f"{name}-{width}.png", full_page=True)
                scroll, client = page.evaluate(
                    "[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
                if scroll > client:
                    problems.append(f"{name} at {width}px scrolls sideways ({scroll} > {client})")
                charts = page.evaluate(CHARTS)
                if width == 1366 and name == "overview":
                    links = page.evaluate("[...document.querySelectorAll('.topbar .nav a, .topbar .who > *')]"
                                          ".map(a => a.getBoundingClientRect().height)")
                    if max(links) > 2 * min(links):
                        problems.append(f"the menu bar wraps its entries onto two lines at {width}px")
                if name == "survey results":  # "low n" is a caveat: not drawn in the passives' amber
                    low_n, passive = page.evaluate("[getComputedStyle(document.querySelector('.badge.low-n')).color, "
                                                   "getComputedStyle(document.querySelector('.share.passive')).color]")
                    if low_n == passive:
                        problems.append(f"'low n' is drawn in the colour of passives ({passive})")
                if name in ("overview", "accounts", "nps", "personas", "themes", "feedback", "survey results",
                    "effectiveness results") \
                        and not charts:
                    problems.append(f"{name} at {width}px shows no chart")
                for chart in charts:
                    if not chart["name"]:
                        problems.append(f"{name} at {width}px: a chart without a name")
                    if chart["drawn"] < chart["own"] - 0.5:
                        problems.append(f"{name} at {width}px: {chart['name']!r} shrunk to {chart['drawn']:.0f} of "
                                        f"{chart['own']:.0f} px, its text below 12 px")
                    if chart["right"] > client:
                        problems.append(f"{name} at {width}px: {chart['name']!r} runs past the screen")
                    elif chart["right"] > chart["card"] + 0.5:
                        problems.append(f"{name} at {width}px: {chart['name']!r} runs past its card "
                                        f"({chart['right']:.0f} > {chart['card']:.0f})")
        finally:
            context.close()
    assert not problems, "\n".join(problems)


# the links of a row (the menu, a page's tabs) that stand past its right edge: scrolled out of sight
HIDDEN_LINKS = """row => {
  const edge = document.querySelector(row).getBoundingClientRect().right;
  return [...document.querySelectorAll(row + ' a')]
    .filter(a => a.getBoundingClientRect().right > edge + 0.5).map(a => a.textContent.trim());
}"""


def test_every_menu_entry_is_in_view_from_a_phone_to_a_wide_screen(app, live_server, browser):
    """The admin has the longest menu: where it does not fit beside the brand and the user, it takes a row of its
    own, and on a phone it wraps, rather than hiding its last entries behind a scroll nobody sees; a long name is
    cut, the role never (a phone shows neither)."""
    with app.app_context():
        admin = make_user("admin", "menu@example.example")
        admin.name = "Alexandra Admin-Whitfield"  # a long name: the name may be cut, never the menu
        db.session.commit()
    problems = []
    for width in (360, 390, 800, 1024, 1280, 1366, 1441, 1600):
        context = browser.new_context(viewport={"width": width, "height": 800})
        page = context.new_page()
        try:
            sign_in(page, live_server, "menu@example.example")
            # the menu, and the tabs of a page (three, one a long name)
            for path, row, what in (("/", ".topbar .nav", "menu"), ("/interviews/", ".tabs", "tabs")):
                page.goto(live_server + path)
                hidden = page.evaluate(HIDDEN_LINKS, row)
                if hidden:
                    problems.append(f"at {width}px the {what} hides {hidden}")
            role = page.evaluate("(() => { const r = document.querySelector('.topbar .who .role').getBoundingClientRect();"
                                 " return [r.width, r.right, window.innerWidth]; })()")
            if width > 800 and (not 0 < role[0] or role[1] > role[2]):
                problems.append(f"at {width}px the signed-in user's role is not in view: {role}")
        finally:
            context.close()
    assert not problems, "\n".join(problems)
