"""Links page: the Download CSV button (a browser posts the textarea with CRLF), and reissuing a lost link set
on the web and with `voc survey links --reissue`."""
import csv
import html
import io
import re
from datetime import timedelta

from sqlalchemy import select

from conftest import make_user
from helpers import add_account, add_contact, sign_in
from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.models import Invitation, Survey
from vocapp.models.base import utcnow


AUDIENCE = {"tier": "", "csm": "", "accounts": ""}  # what the browser posts: every field


def _survey_with_contacts(status="open") -> int:
    acme = add_account("A-1", "Acme", 50_000)
    for name in ("ana", "ben", "cy", "dee"):
        add_contact(acme, f"{name}@acme.example", name.title())
    survey = Survey(kind="nps", name="Q3 NPS", status=status, questions=[])
    db.session.add(survey)
    db.session.commit()
    return survey.id


def _textarea(page: str) -> str:
    return html.unescape(re.search(r'<textarea name="csv"[^>]*>(.*?)</textarea>', page, re.S).group(1))


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_download_csv_accepts_the_crlf_a_browser_posts(app, login):
    with app.app_context():
        survey_id = _survey_with_contacts()
    staff = login("csm")
    shown = _textarea(staff.post(f"/surveys/{survey_id}/links", data=AUDIENCE).get_data(as_text=True))
    posted = shown.replace("\n", "\r\n")  # what a browser sends for a textarea
    download = staff.post(f"/surveys/{survey_id}/links.csv", data={"csv": posted})
    assert download.status_code == 200, download.data
    assert download.headers["Content-Disposition"].startswith("attachment")
    text = download.get_data(as_text=True)
    assert text.splitlines()[0] == "contact_email,account,url"
    rows = _rows(text)
    assert [row["contact_email"] for row in rows] == ["ana@acme.example", "ben@acme.example", "cy@acme.example",
                                                      "dee@acme.example"]
    assert all(row["url"].startswith("http://voc.test/s/") for row in rows)


def test_download_csv_refuses_what_is_not_the_links_csv(app, login):
    with app.app_context():
        survey_id = _survey_with_contacts()
    staff = login("csm")
    for body in ("", "name,url\r\nx,y\r\n", "contact_email,account,url\r\na@b.example,Acme\r\n"):
        assert staff.post(f"/surveys/{survey_id}/links.csv", data={"csv": body}).status_code == 400


def test_reissue_gives_new_links_to_unanswered_invitations_and_the_old_ones_stop_working(app, login):
    with app.app_context():
        survey_id = _survey_with_contacts()
    staff = login("csm")
    first = _rows(_textarea(staff.post(f"/surveys/{survey_id}/links", data=AUDIENCE).get_data(as_text=True)))
    old = {row["contact_email"]: row["url"].removeprefix("http://voc.test") for row in first}
    customer = app.test_client()
    assert customer.post(old["ana@acme.example"], data={"score": "9"}).status_code in (302, 303)
    with app.app_context():
        by_email = {i.contact.email: i for i in db.session.scalars(select(Invitation))}
        by_email["ben@acme.example"].revoked_at = utcnow()
        by_email["cy@acme.example"].sent_at = utcnow() - timedelta(days=1)
        db.session.commit()

    confirm = staff.get(f"/surveys/{survey_id}/reissue").get_data(as_text=True)
    assert "Reissue 1 link" in confirm and "stop working" in confirm
    page = staff.post(f"/surveys/{survey_id}/reissue").get_data(as_text=True)
    assert "1 reissued link" in page
    new = _rows(_textarea(page))
    assert [row["contact_email"] for row in new] == ["dee@acme.example"]
    assert new[0]["url"] != "http://voc.test" + old["dee@acme.example"]
    skipped = re.findall(r"<td>([a-z]+@acme\.example)</td><td>Acme</td><td>([^<]+)</td>", page)
    assert dict(skipped) == {"ana@acme.example": "already answered",
                             "ben@acme.example": f"link revoked on {utcnow():%Y-%m-%d}",
                             "cy@acme.example": f"link e-mailed on {utcnow() - timedelta(days=1):%Y-%m-%d}: the contact has it"}
    assert customer.get(old["dee@acme.example"]).status_code == 404
    assert customer.get(new[0]["url"].removeprefix("http://voc.test")).status_code == 200
    assert customer.get(old["ana@acme.example"] + "/thanks").status_code == 200  # the answered link keeps working
    with app.app_context():
        assert db.session.scalar(select(Invitation.id).where(Invitation.contact.has(email="dee@acme.example")))


def test_reissue_needs_the_manage_role_and_a_post(app, login):
    with app.app_context():
        survey_id = _survey_with_contacts()
    product = login("product")
    assert product.get(f"/surveys/{survey_id}/reissue").status_code == 403
    assert product.post(f"/surveys/{survey_id}/reissue").status_code == 403


def test_cli_reissue_keeps_the_csv_contract(app, runner, tmp_path):
    with app.app_context():
        survey_id = _survey_with_contacts()
    first, again = tmp_path / "links.csv", tmp_path / "again.csv"
    assert runner.invoke(voc, ["survey", "links", str(survey_id), "--out", str(first)]).exit_code == 0
    result = runner.invoke(voc, ["survey", "links", str(survey_id), "--reissue", "--out", str(again),
                                 "--account", "A-1"])
    assert result.exit_code == 0, result.output
    assert "4 reissued link(s) written" in result.output
    assert again.read_text().splitlines()[0] == "contact_email,account,url"
    before, after = _rows(first.read_text()), _rows(again.read_text())
    assert [r["contact_email"] for r in before] == [r["contact_email"] for r in after]
    assert not {r["url"] for r in before} & {r["url"] for r in after}
    client = app.test_client()
    assert client.get(before[0]["url"].removeprefix("http://voc.test")).status_code == 404
    assert client.get(after[0]["url"].removeprefix("http://voc.test")).status_code == 200
    # Without --reissue the same contacts are skipped: they already have a link.
    plain = runner.invoke(voc, ["survey", "links", str(survey_id), "--out", str(tmp_path / "none.csv")])
    assert "0 link(s) written" in plain.output and "already has a link to this survey" in plain.output


def test_link_csv_cells_that_a_spreadsheet_would_run_are_made_inert(app, runner, tmp_path):
    with app.app_context():
        add_contact(add_account("A-9", "=HYPERLINK(\"http://evil.example\")", 1_000), "x@evil.example", "X")
        db.session.add(Survey(kind="nps", name="S", status="open", questions=[]))
        db.session.commit()
    out = tmp_path / "links.csv"
    assert runner.invoke(voc, ["survey", "links", "S", "--out", str(out)]).exit_code == 0
    assert _rows(out.read_text())[0]["account"].startswith("'=HYPERLINK")


def test_download_csv_in_chromium(app, live_server, browser):
    with app.app_context():
        survey_id = _survey_with_contacts()
        make_user("csm", "casey@example.com")
    page = browser.new_page(viewport={"width": 1366, "height": 900}, accept_downloads=True)
    try:
        sign_in(page, live_server, "casey@example.com")
        page.goto(f"{live_server}/surveys/{survey_id}")
        page.get_by_role("button", name="Generate links").click()
        with page.expect_download() as info:
            page.get_by_role("button", name="Download CSV").click()
        rows = _rows(open(info.value.path(), encoding="utf-8").read())
        assert len(rows) == 4 and rows[0]["contact_email"] == "ana@acme.example"
    finally:
        page.close()
