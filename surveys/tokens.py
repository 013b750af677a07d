"""Personal survey links. A link carries a random token of 256 bits; only its SHA-256 is stored, so a copy of
the database gives nobody a working link."""
import hashlib
import hmac
import re
import secrets

TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{43}$")  # secrets.token_urlsafe(32)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def well_formed(token: str) -> bool:
    return bool(TOKEN_PATTERN.match(token or ""))


def link_key(invitation_id: int, anonymous: bool, secret: str) -> str:
    """The response's unique key for one link (every token of one invitation shares it). For an anonymous
    survey it is keyed with the app's secret, so the stored responses cannot be joined to the invitations."""
    if anonymous:
        return hmac.new(secret.encode(), f"anonymous-response:{invitation_id}".encode(), hashlib.sha256).hexdigest()
    return hashlib.sha256(f"response:{invitation_id}".encode()).hexdigest()
