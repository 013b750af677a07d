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
