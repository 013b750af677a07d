"""CSV imports: all or nothing, every problem named by row and column, re-imports update."""
from datetime import date

from sqlalchemy import delete, func, select

from helpers import add_account, csv_file
from vocapp.cli import voc
from vocapp.extensions import db
from vocapp.models import Account, Contact, User
from vocapp.segments import recompute_tiers

GOOD_ACCOUNTS = """
external_id,name,arr,industry,region,employees,renewal_date,status,csm_email
A-1,Acme Labs,120000,Software,EMEA,250,2027-03-31,active,
A-2,Globex Capital,45000.50,Financial services,North America,80,,active,
A-3,Initech Works,9000,Manufacturing,APAC,,2026-12-01,churned,
"""


def count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_a_good_accounts_file_creates_every_row(runner, ctx, tmp_path):
    path = tmp_path / "accounts.csv"
    path.write_text(GOOD_ACCOUNTS.strip())
    result = runner.invoke(voc, ["import", "accounts", str(path)])
    assert result.exit_code == 0, result.output
    assert "3 created, 0 updated" in result.output
    acme = db.session.scalar(select(Account).where(Account.external_id == "A-1"))
    assert (acme.name, acme.arr, acme.employees, acme.renewal_date) == ("Acme Labs", 120000, 250, date(2027, 3, 31))
    assert db.session.scalar(select(Account.arr).where(Account.external_id == "A-2")) == 45000.5
    assert db.session.scalar(select(Account.status).where(Account.external_id == "A-3")) == "churned"


def test_reimporting_the_same_external_id_updates_that_account(runner, ctx, tmp_path):
    path = tmp_path / "accounts.csv"
    path.write_text(GOOD_ACCOUNTS.strip())
    runner.invoke(voc, ["import", "accounts", str(path)])
    path.write_text("external_id,name,arr,region\nA-1,Acme Labs GmbH,150000,\nA-9,Newco,1000,LATAM\n")
    result = runner.invoke(voc, ["import", "accounts", str(path)])
    assert result.exit_code == 0, result.output
    assert "1 created, 1 updated" in result.output
    db.session.expire_all()
    acme = db.session.scalar(select(Account).where(Account.external_id == "A-1"))
    assert (acme.name, acme.arr) == ("Acme Labs GmbH", 150000)
    assert acme.region == "EMEA", "an empty optional cell keeps the stored value"
    assert count(Account) == 4


def test_a_file_with_bad_rows_imports_nothing_and_names_each_problem(runner, ctx, tmp_path):
    add_account("A-0", "Existing", 5000)
    path = tmp_path / "bad.csv"
    path.write_text(
        "external_id,name,arr,renewal_date,status,csm_email,employees\n"
        "A-1,Good Row,1000,,,,\n"
        "A-2,,2000,,,,\n"
        "A-3,Bad Arr,12k,,,,\n"
        "A-4,Bad Date,10,31/12/2026,,,\n"
        "A-5,Bad Status,10,,asleep,,\n"
        "A-6,Bad Email,10,,,not-an-email,\n"
        "A-7,Negative,-5,,,,\n"
        "A-1,Twice,10,,,,\n"
        "A-8,Unknown CSM,10,,,nobody@example.example,ten\n"
    )
    result = runner.invoke(voc, ["import", "accounts", str(path)])
    assert result.exit_code == 1
    lines = result.output.splitlines()
    for expected in ("row 3: name: is required",
                     "row 4: arr: not a number: '12k'",
                     "row 5: renewal_date: not a date in the form YYYY-MM-DD: '31/12/2026'",
                     "row 6: status: must be one of active, churned, prospect, lost; got 'asleep'",
                     "row 9: external_id: 'A-1' is already on row 2",
                     "row 10: employees: not a whole number: 'ten'"):
        assert expected in lines, (expected, lines)
    assert any(line.startswith("row 7: csm_email: not a valid e-mail address") for line in lines)
    assert "row 8: arr: must be at least 0, got -5" in lines
    assert any(line.startswith("row 10: csm_email: no staff user") for line in lines)
    assert "Nothing was imported" in result.output
    assert count(Account) == 1


def test_a_missing_required_column_is_named(runner, ctx, tmp_path):
    path = tmp_path / "accounts.csv"
    path.write_text("external_id,name\nA-1,Acme\n")
    result = runner.invoke(voc, ["import", "accounts", str(path)])
    assert result.exit_code == 1
    assert "row 1: arr: required column is missing" in result.output


def test_contacts_import_links_to_accounts_and_rejects_unknown_ones(runner, ctx, tmp_path):
    add_account("A-1", "Acme", 1000)
    path = tmp_path / "contacts.csv"
    path.write_text("account_external_id,name,email,role,decision_maker\n"
                    "A-1,Ana Lopez,Ana@Acme.example,VP Sales,yes\n"
                    "A-404,Ben,ben@nowhere.example,,no\n"
                    "A-1,Cy,cy@,CRM admin,maybe\n")
    result = runner.invoke(voc, ["import", "contacts", str(path)])
    assert result.exit_code == 1
    assert "row 3: account_external_id: no account has the external id 'A-404'" in result.output
    assert "row 4: email: not a valid e-mail address" in result.output
    assert "row 4: decision_maker: must be yes or no, got 'maybe'" in result.output
    assert count(Contact) == 0

    path.write_text("account_external_id,name,email,role,decision_maker\nA-1,Ana Lopez,Ana@Acme.example,VP Sales,yes\n")
    assert runner.invoke(voc, ["import", "contacts", str(path)]).exit_code == 0
    path.write_text("account_external_id,name,email,role\nA-1,Ana López,ana@acme.example,CRO\n")
    result = runner.invoke(voc, ["import", "contacts", str(path)])
    assert "0 created, 1 updated" in result.output
    contact = db.session.scalar(select(Contact))
    assert (contact.name, contact.email, contact.role, contact.decision_maker) == ("Ana López", "ana@acme.example", "CRO", True)


def test_non_utf8_files_are_refused_with_a_clear_message(runner, ctx, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("external_id,name,arr\nA-1,Caf\xe9,10\n".encode("latin-1"))
    result = runner.invoke(voc, ["import", "accounts", str(path)])
    assert result.exit_code == 1
    assert "row 1: file: not UTF-8 text" in result.output


def test_the_web_import_shows_problems_and_imports_nothing(login, app):
    client = login("csm")
    response = client.post("/accounts/import", data={
        "kind": "accounts", "file": (csv_file("external_id,name,arr\nA-1,Acme,abc\nA-2,Beta,10"), "a.csv")})
    page = response.get_data(as_text=True)
    assert "Nothing was imported: 1 problem" in page and "not a number: &#39;abc&#39;" in page
    with app.app_context():
        assert count(Account) == 0
    response = client.post("/accounts/import", data={
        "kind": "accounts", "file": (csv_file("external_id,name,arr\nA-1,Acme,100\nA-2,Beta,10"), "a.csv")},
        follow_redirects=True)
    assert "Imported accounts: 2 created, 0 updated" in response.get_data(as_text=True)


def test_a_large_file_imports_in_one_go(runner, ctx, tmp_path):
    rows = "\n".join(f"L-{i},Company {i},{1000 + i}" for i in range(5000))
    path = tmp_path / "large.csv"
    path.write_text("external_id,name,arr\n" + rows + "\n")
    result = runner.invoke(voc, ["import", "accounts", str(path)])
    assert result.exit_code == 0, result.output
    assert "5000 created" in result.output
    assert count(Account) == 5000
    assert db.session.scalar(select(func.count()).where(Account.tier.is_(None))) == 0


ACCOUNT_FIELDS = ("external_id", "name", "arr", "industry", "region", "employees", "renewal_date", "status",
                  "usage_score", "csm_id")


def accounts_as_stored() -> list[tuple]:
    db.session.expire_all()
    return [tuple(getattr(account, field) for field in ACCOUNT_FIELDS)
            for account in db.session.scalars(select(Account).order_by(Account.external_id))]


def test_export_then_import_round_trips(login, app):
    """The accounts export, imported back into an empty database, gives the same accounts."""
    client = login("csm")
    with app.app_context():
        csm_id = db.session.scalar(select(User.id))
        add_account("A-1", "Acme Labs, Inc.", 120_000.5, industry="Software", region="EMEA", employees=250,
                    renewal_date=date(2027, 3, 31), status="active", usage_score=80, csm_id=csm_id)
        add_account("A-2", "Café \"Zürich\"", 0, status="churned")
        add_account("A-3", "Plain", 9000, industry="Retail")
        add_account("A-4", "=HYPERLINK(\"x\")", 10, industry="-minus")  # made inert in the file, read back as typed
        recompute_tiers(app.config["VOC_TIER_THRESHOLDS"])  # as an import does
        db.session.commit()
        before = accounts_as_stored()
    exported = client.get("/accounts/export.csv").get_data(as_text=True)
    assert exported.splitlines()[0] == "external_id,name,arr,industry,region,employees,renewal_date,status,csm_email,usage_score,tier"
    with app.app_context():
        db.session.execute(delete(Account))
        db.session.commit()
        assert count(Account) == 0
    response = client.post("/accounts/import", data={"kind": "accounts", "file": (csv_file(exported), "accounts.csv")},
                           follow_redirects=True)
    assert "Imported accounts: 4 created, 0 updated" in response.get_data(as_text=True)
    with app.app_context():
        assert accounts_as_stored() == before
    assert client.get("/accounts/export.csv").get_data(as_text=True) == exported


def test_the_import_page_offers_the_stored_files_to_start_from(login):
    page = login("csm").get("/accounts/import").get_data(as_text=True)
    start = page.split('id="start-from"')[1].split("</p>")[0]
    assert 'href="/accounts/export.csv"' in start and 'href="/accounts/contacts.csv"' in start


def test_formula_like_cells_are_neutralised_in_the_export(login, app):
    with app.app_context():
        add_account("A-1", "=HYPERLINK(\"x\")", 1000, industry="Retail")
    exported = login("csm").get("/accounts/export.csv").get_data(as_text=True)
    assert "'=HYPERLINK" in exported, "formula-like cells are neutralised for spreadsheets"
