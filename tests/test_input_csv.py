"""CSV files in (web and CLI) and out: repeated columns and header-only files refused, huge cells named, ARR and
employees bounded; every exported cell formula-safe, ARR without a trailing .0, times to the second."""
import csv
import io
from datetime import datetime

import pytest
from sqlalchemy import func, select

from helpers import add_account, add_contact
from vocapp.cli import voc
from vocapp.exports import csv_lines
from vocapp.extensions import db
from vocapp.models import Account


def cli_import(runner, tmp_path, kind: str, text: str):
    path = tmp_path / f"{kind}.csv"
    path.write_text(text, encoding="utf-8")
    return runner.invoke(voc, ["import", kind, str(path)])


def web_import(client, kind: str, text: str) -> str:
    return client.post("/accounts/import", data={"kind": kind, "file": (io.BytesIO(text.encode()), "file.csv")},
                       follow_redirects=True).get_data(as_text=True)


def accounts() -> int:
    db.session.expire_all()
    return db.session.scalar(select(func.count(Account.id)))


def test_a_repeated_column_is_refused_and_named(runner, ctx, tmp_path, client, login):
    text = "external_id,name,arr,ARR\nA-1,Acme,1000,2000\n"
    result = cli_import(runner, tmp_path, "accounts", text)
    assert result.exit_code == 1
    assert "row 1: arr: the column appears 2 times in the header; keep one" in result.output
    page = web_import(login("admin"), "accounts", text)
    assert "the column appears 2 times in the header; keep one" in page and "<code>arr</code>" in page
    assert accounts() == 0


def test_an_unknown_repeated_column_is_ignored_as_before(runner, ctx, tmp_path):
    result = cli_import(runner, tmp_path, "accounts", "external_id,name,arr,notes,notes\nA-1,Acme,1000,a,b\n")
    assert result.exit_code == 0, result.output


def test_a_header_only_file_says_it_holds_no_rows(runner, ctx, tmp_path, login):
    result = cli_import(runner, tmp_path, "accounts", "external_id,name,arr\n\n")
    assert result.exit_code == 1
    assert "the file holds no rows, only a header" in result.output
    assert "the file holds no rows, only a header" in web_import(login("admin"), "contacts",
                                                                  "account_external_id,name,email\n")


@pytest.mark.parametrize("size", [200 * 1024, 3 * 1024 * 1024])
def test_a_cell_over_128_kib_is_named_by_row_and_column(runner, ctx, tmp_path, login, size):
    text = f"external_id,name,arr\nA-1,Acme,1000\nA-2,{'x' * size},1000\n"
    result = cli_import(runner, tmp_path, "accounts", text)
    assert result.exit_code == 1
    assert "row 3: name: is longer than 200 characters" in result.output
    assert "is longer than 200 characters" in web_import(login("admin"), "accounts", text)
    assert accounts() == 0


def test_a_huge_comment_in_an_answers_file_is_named(login, app):
    add = "account_external_id,survey,score,submitted_at,comment\nA-1,Q1,9,2026-01-05,{}\n"
    with app.app_context():
        add_account("A-1", "Acme", 1000)
    page = login("admin").post("/insights/nps/import", data={"file": (io.BytesIO(add.format("y" * 200_000).encode()),
                                                                       "answers.csv")}).get_data(as_text=True)
    assert "<code>comment</code>" in page and "is longer than 10000 characters" in page


@pytest.mark.parametrize("cell, message", [
    ("1e308", "row 2: arr: must be at most 100,000,000,000, got 1e308"),
    ("100000000000.01", "row 2: arr: must be at most 100,000,000,000, got 100000000000.01"),
    ("inf", "row 2: arr: not a number: 'inf'"),
    ("nan", "row 2: arr: not a number: 'nan'")])
def test_arr_beyond_the_bounds_is_refused(runner, ctx, tmp_path, cell, message):
    result = cli_import(runner, tmp_path, "accounts", f"external_id,name,arr\nA-1,Acme,{cell}\nA-2,Globex,1e308\n")
    assert result.exit_code == 1
    assert message in result.output.splitlines()
    assert accounts() == 0


def test_arr_at_the_bound_is_kept_and_totals_stay_finite(runner, ctx, tmp_path):
    result = cli_import(runner, tmp_path, "accounts", "external_id,name,arr\nA-1,Acme,100000000000\nA-2,Globex,"
                                                      "100000000000\nA-3,Small,0\n")
    assert result.exit_code == 0, result.output
    assert db.session.scalar(select(func.sum(Account.arr))) == 200_000_000_000
    assert sorted(db.session.scalars(select(Account.tier))) == [1, 2, 3]


@pytest.mark.parametrize("cell, message", [
    ("99999999999999999999", "row 2: employees: must be from 0 to 10,000,000, got 99999999999999999999"),
    ("9" * 30, f"row 2: employees: must be from 0 to 10,000,000, got {'9' * 30}"),
    ("²", "row 2: employees: not a whole number: '²'"),
    ("1_000", "row 2: employees: not a whole number: '1_000'")])
def test_employees_beyond_the_bounds_or_not_a_number_are_refused(runner, ctx, tmp_path, cell, message):
    result = cli_import(runner, tmp_path, "accounts", f"external_id,name,arr,employees\nA-1,Acme,10,{cell}\n")
    assert result.exit_code == 1
    assert message in result.output.splitlines()


def test_a_far_date_is_refused(runner, ctx, tmp_path):
    result = cli_import(runner, tmp_path, "accounts", "external_id,name,arr,renewal_date\nA-1,Acme,10,0001-01-01\n")
    assert "row 2: renewal_date: must be from 1900-01-01 to 2999-12-31, got 0001-01-01" in result.output


def test_the_account_form_bounds_arr_and_employees(login, app):
    client = login("csm")
    for arr, employees in (("1e308", "10"), ("NaN", "10"), ("Infinity", "10"), ("100000000000.01", "10"),
                           ("10", "99999999999999999999"), ("10", "²")):
        response = client.post("/accounts/new", data={"external_id": "N-1", "name": "Newco", "arr": arr,
                                                      "employees": employees, "status": "active", "csm_id": "0"})
        assert response.status_code == 200, (arr, employees)
        page = response.get_data(as_text=True)
        assert "ARR must be from 0 to 100,000,000,000." in page or "Employees must be from 0 to 10,000,000." in page \
            or "Not a valid integer value." in page, (arr, employees)
    assert client.post("/accounts/new", data={"external_id": "N-1", "name": "Free", "arr": "0", "status": "active",
                                              "csm_id": "0"}).status_code == 302, "ARR 0 is an ARR"
    with app.app_context():
        assert accounts() == 1


def test_every_exported_cell_is_formula_safe_and_arr_is_whole_currency(login, app):
    with app.app_context():
        account = add_account("=A-1", "@Acme", 1_358_200.0, industry="+Software", region="-EMEA")
        add_account("A-2", "Globex", 45_000.5)
        add_contact(account, "=1+2@example.com", "=cmd|' /C calc'!A0", role="@SUM(1)")
    client = login("admin")
    rows = list(csv.DictReader(io.StringIO(client.get("/accounts/export.csv").get_data(as_text=True))))
    acme = next(row for row in rows if row["name"] == "'@Acme")
    assert (acme["external_id"], acme["arr"], acme["industry"], acme["region"]) == \
        ("'=A-1", "1358200", "'+Software", "'-EMEA")
    assert next(row for row in rows if row["name"] == "Globex")["arr"] == "45000.50"
    contact = next(csv.DictReader(io.StringIO(client.get("/accounts/contacts.csv").get_data(as_text=True))))
    assert (contact["account_external_id"], contact["name"], contact["email"], contact["role"]) == \
        ("'=A-1", "'=cmd|' /C calc'!A0", "'=1+2@example.com", "'@SUM(1)")


def test_csv_cells_write_times_to_the_second_and_keep_numbers():
    text = "".join(csv_lines(["at", "n", "text"], [[datetime(2026, 3, 4, 5, 6, 7, 891011), -5, "-5"], [None, 0, ""]]))
    assert text.splitlines() == ["at,n,text", "2026-03-04T05:06:07,-5,'-5", ",0,"]
