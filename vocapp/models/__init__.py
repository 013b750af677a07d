"""All models, imported here so that Alembic and the app see every table."""
from vocapp.models.accounts import ACCOUNT_STATUSES, Account, Contact
from vocapp.models.users import ROLES, ApiToken, User

__all__ = ["ACCOUNT_STATUSES", "Account", "Contact", "ROLES", "ApiToken", "User"]
