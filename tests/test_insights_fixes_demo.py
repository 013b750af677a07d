"""The demo data does not contradict itself: no e-mail sends claimed while e-mail is off, survey names that match
their dates, themes that rest on varied comments, and discovery that suggests no demo person's name."""
import re

from sqlalchemy import func, select

from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.models import Invitation, Survey
from vocapp.queries.themes import theme_stats


def test_the_demo_tells_a_consistent_story(app, runner, login):
    assert runner.invoke(voc, ["demo"]).exit_code == 0
    with app.app_context():
        assert app.config.get("SMTP_URL") in (None, "")
        assert db.session.scalar(select(func.count(Invitation.id))) > 100
        assert db.session.scalar(select(func.count(Invitation.id)).where(Invitation.sent_at.is_not(None))) == 0
        for name, opened in db.session.execute(select(Survey.name, Survey.opened_at)):
            assert not re.search(r"spring|summer|autumn|winter", name, re.I), name
            quarter = re.search(r"Q(\d) (\d{4})$", name)
            if quarter:
                assert (int(quarter[1]), int(quarter[2])) == ((opened.month - 1) // 3 + 1, opened.year), name
        mobile = theme_stats()["mobile"]
        assert mobile["positive"] and mobile["negative"], "the mobile app gets praise and complaints"
    page = login("product").get("/insights/themes?discover=1").get_data(as_text=True)
    candidates = page.split("Candidate themes")[1].split("</table>")[0].lower()
    assert "<strong>maya" not in candidates and "<strong>rep<" not in candidates and "<strong>roll" not in candidates


def test_the_demo_shows_a_csms_why_among_the_evidence(app, runner, login):
    from vocapp.models import CsmView

    assert runner.invoke(voc, ["demo"]).exit_code == 0
    with app.app_context():
        view = db.session.scalar(select(CsmView).order_by(CsmView.id))
        assert view is not None and view.note and view.user_id
    page = login("csm").get("/insights/personas").get_data(as_text=True)
    assert view.note.replace("'", "&#39;") in page
