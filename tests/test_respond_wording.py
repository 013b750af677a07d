"""What the customer reads: the product's own name or "our team", never the staff-only survey name, no
"about a minute" on a dead link, and a 0–10 scale that suggests no answer."""
import re
from pathlib import Path

import pytest
from sqlalchemy import select

from test_respond import make_link
from vocapp.extensions import db
from vocapp.models import Invitation
from vocapp.models.base import utcnow

CSS = Path(__file__).resolve().parent.parent / "vocapp/static/respond.css"


def _title(body: str) -> str:
    return re.search(r"<title>(.*?)</title>", body, re.S).group(1).strip()


def _rename_product(name: str) -> None:
    db.session.scalar(select(Invitation)).survey.product_name = name
    db.session.commit()


def test_the_default_product_name_reads_as_our_team(ctx, client):
    from surveys.questions import product_team

    path, _ = make_link()
    _rename_product("our product")
    client.post(path, data={"score": "9"})
    thanks = client.get(path + "/thanks").get_data(as_text=True)
    assert "Our team reads every answer." in thanks
    assert "our product team" not in thanks.lower() and "our product ·" not in thanks
    assert "Your answer goes only to our team." in client.get(path).get_data(as_text=True)
    assert product_team("Pipely") == "the Pipely team" and product_team(" Our Product ", True) == "Our team"


def test_a_named_product_is_the_team_the_customer_reads_about(ctx, client):
    path, _ = make_link()  # product Pipely
    client.post(path, data={"score": "9"})
    assert "The Pipely team reads every answer." in client.get(path + "/thanks").get_data(as_text=True)


def test_the_page_title_is_for_the_customer_not_the_staff_name(ctx, client):
    path, _ = make_link()
    invitation = db.session.scalar(select(Invitation))
    invitation.survey.name = "Q3 churn-risk push (tier 3 only)"
    db.session.commit()
    for page in (client.get(path), client.post(path, data={"score": "3"}, follow_redirects=True),
                 client.get(path + "/thanks")):
        body = page.get_data(as_text=True)
        assert "churn-risk" not in body
    assert _title(client.get(path).get_data(as_text=True)) == "Your feedback on Pipely"
    _rename_product("our product")
    assert _title(client.get(path).get_data(as_text=True)) == "Your feedback"


@pytest.mark.parametrize("state", ["unknown", "revoked", "closed"])
def test_dead_link_pages_promise_no_minute(ctx, client, state):
    path, _ = make_link()
    invitation = db.session.scalar(select(Invitation))
    if state == "revoked":
        invitation.revoked_at = utcnow()
    if state == "closed":
        invitation.survey.status = "closed"
    db.session.commit()
    page = client.get("/s/" + "B" * 43 if state == "unknown" else path)
    assert page.status_code in (404, 410)
    body = page.get_data(as_text=True)
    assert "minute" not in body and "goes only to" not in body


def test_the_effectiveness_survey_says_how_long_it_really_takes(ctx, client):
    from surveys.effectiveness import DEFAULT_CRM_MODEL
    from vocapp.models import EffectivenessModel
    from vocapp.web.surveys import save_model

    model = save_model(EffectivenessModel(name="CRM", threshold=0.7), DEFAULT_CRM_MODEL["phases"])
    db.session.commit()
    path, _ = make_link(kind="effectiveness", effectiveness_model_id=model.id)
    assert "It takes about 3 minutes." in client.get(path).get_data(as_text=True)


def test_the_scale_has_no_colour_before_a_score_is_chosen(ctx, client):
    path, _ = make_link()
    body = client.get(path).get_data(as_text=True)
    points = re.findall(r'<span class="([^"]*r-point[^"]*)">', body)
    assert len(points) == 11 and len(set(points)) == 1, points  # every button is drawn alike
    css = CSS.read_text()
    for selector in re.findall(r"([^{}]+)\{", css):
        if "r-point" in selector or "r-detractor" in selector or "r-promoter" in selector:
            colours = re.search(re.escape(selector) + r"\{([^}]*)\}", css).group(1)
            if ":checked" not in selector:
                assert "--bad" not in colours and "--good" not in colours, selector
