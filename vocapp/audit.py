"""The audit trail: who signed in, and who changed whose access (users, roles, passwords, API tokens), one line
each on the `vocapp.audit` logger, at INFO, in the app's log. Never a password or a token; the client address as
vocapp sees it (behind `VOC_TRUSTED_PROXIES`, the real one)."""
import logging

from flask import has_request_context, request
from flask_login import current_user

log = logging.getLogger("vocapp.audit")
log.setLevel(logging.INFO)  # the app's logger may stay at WARNING: these lines are what a security review reads


def audit(event: str, **details) -> None:
    """`audit("role changed", user="maya@…", old="csm", new="product")`: "role changed by
    admin@… from 10.0.0.7: user=maya@… old=csm new=product"."""
    if has_request_context():
        actor = current_user.email if current_user.is_authenticated else "-"
        where = f" from {request.remote_addr or 'unknown'}"
    else:
        actor, where = "the command line", ""
    fields = "".join(f" {name}={value}" for name, value in details.items())
    log.info("%s by %s%s:%s", event, actor, where, fields)
