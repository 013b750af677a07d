"""Small builders for test data."""
import io

from vocapp.extensions import db
from vocapp.models import Account, Contact


def add_account(external_id: str = "A-1", name: str = "Acme", arr: float = 10_000, **fields) -> Account:
    account = Account(external_id=external_id, name=name, arr=arr, **fields)
    db.session.add(account)
    db.session.commit()
    return account


def add_contact(account: Account, email: str = "ana@acme.example", name: str = "Ana", **fields) -> Contact:
    contact = Contact(account=account, email=email, name=name, **fields)
    db.session.add(contact)
    db.session.commit()
    return contact


def csv_file(text: str) -> io.BytesIO:
    return io.BytesIO(text.strip().encode() + b"\n")


def sign_in(page, live_server: str, email: str, password: str = "correct horse battery") -> None:
    """Signs a Playwright page in through the login form, as a person would, and waits to leave it."""
    page.goto(f"{live_server}/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(password)
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/login" not in url)
