"""Imports from CSV files and the API: every row is checked first, and only a file without a single
bad row is written, in one transaction."""
from vocapp.imports.accounts import import_accounts, import_contacts
from vocapp.imports.rows import ImportRejected, ImportResult, RowError, read_csv, records_from_json

__all__ = ["ImportRejected", "ImportResult", "RowError", "import_accounts", "import_contacts", "read_csv",
           "records_from_json"]
