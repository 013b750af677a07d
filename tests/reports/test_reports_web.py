"""The reports page: roles, validation, and a roadmap digest downloaded as a PDF that reads back."""
from datetime import date, datetime
from io import BytesIO

from pypdf import PdfReader

from tests.helpers import add_account
from vocapp.extensions import db
from vocapp.models import FeedbackItem, FeedbackMention


def add_request(app, title="Jira integration", account_name="Acme", arr=120_000):
    with app.app_context():
        account = add_account(account_name[:1], account_name, arr)
        item = FeedbackItem(title=title, key=title.lower())
        db.session.add(FeedbackMention(item=item, account=account, quote=f"We need {title}", source_type="note",
                                       mentioned_at=datetime.combine(date.today(), datetime.min.time())))
        db.session.commit()


def test_product_managers_download_the_digest(app, login):
    add_request(app)
    client = login("product")
    page = client.get("/reports/")
    assert page.status_code == 200 and b"Roadmap digest" in page.data
    pdf = client.get("/reports/roadmap.pdf?paper=Letter&anonymise=y")
    assert pdf.status_code == 200 and pdf.mimetype == "application/pdf"
    assert pdf.headers["Cache-Control"] == "no-store"
    assert "attachment" in pdf.headers["Content-Disposition"]
    reader = PdfReader(BytesIO(pdf.data))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Jira integration" in text and "$120,000" in text and "Acme" not in text
    assert round(float(reader.pages[0].mediabox.width)) == 612


def test_a_bad_period_is_a_clear_400(app, login):
    client = login("csm")
    response = client.get("/reports/roadmap.pdf?since=2026-12-01&until=2026-01-01")
    assert response.status_code == 400 and b"must end on or after" in response.data
    assert client.get("/reports/roadmap.pdf?since=not-a-date").status_code == 400
    assert client.get("/reports/roadmap.pdf?paper=A3").status_code == 400


def test_the_digest_is_filtered_by_an_area_chosen_from_the_known_ones(app, login):
    add_request(app, "Okta single sign-on", "Acme", 120_000)
    add_request(app, "Jira integration", "Birch", 50_000)
    with app.app_context():
        for item in db.session.query(FeedbackItem):
            item.product_area = "identity_access" if item.title.startswith("Okta") else "integrations"
        db.session.commit()
    client = login("product")
    page = client.get("/reports/").get_data(as_text=True)
    assert '<option value="identity_access">Identity and access</option>' in page  # a name people read
    pdf = client.get("/reports/roadmap.pdf?area=identity_access")
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(pdf.data)).pages)
    assert "Okta single sign-on" in text and "Jira integration" not in text
    # a typed name no area has is refused, where it gave an empty digest
    response = client.get("/reports/roadmap.pdf?area=Identity")
    assert response.status_code == 400 and b"Not a valid choice" in response.data


def test_interviewers_get_no_report(app, login):
    client = login("interviewer")
    assert client.get("/reports/").status_code == 403
    assert client.get("/reports/roadmap.pdf").status_code == 403


def test_staff_subscribe_and_unsubscribe_their_own_reports(app, login):
    from vocapp.models import ReportSubscription

    client = login("product")
    response = client.post("/reports/subscriptions", data={"kind": "roadmap", "frequency": "weekly",
                                                            "product_area": "integrations"})
    assert response.status_code == 302
    page = client.get("/reports/").data.decode()
    assert "Roadmap digest" in page and "Integrations" in page and "Not yet" in page
    assert client.post("/reports/subscriptions", data={"kind": "weekly-ish", "frequency": "weekly"}).status_code == 400
    with app.app_context():
        subscription = db.session.scalar(db.select(ReportSubscription))
        assert (subscription.kind, subscription.frequency, subscription.product_area) == \
            ("roadmap", "weekly", "integrations")
        subscription_id = subscription.id
    other = app.test_client()
    with app.app_context():
        from tests.conftest import make_user
        make_user("csm", "other@example.example")
    other.post("/login", data={"email": "other@example.example", "password": "correct horse battery"})
    assert other.post(f"/reports/subscriptions/{subscription_id}/delete").status_code == 404
    assert client.post(f"/reports/subscriptions/{subscription_id}/delete").status_code == 302
    with app.app_context():
        assert db.session.scalar(db.select(ReportSubscription)) is None
