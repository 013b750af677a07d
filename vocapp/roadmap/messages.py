"""E-mail templates staff can edit (the shipped-item notice): the default text lives here, an edited one in
message_templates. Placeholders are `{name}` fields from a fixed list, checked before a template is saved."""
from dataclasses import dataclass
from string import Formatter

from sqlalchemy import select

from vocapp.extensions import db
from vocapp.models import MessageTemplate

PLACEHOLDERS = {
    "contact_name": "the contact's name",
    "account": "their account's name",
    "item": "the item's name",
    "quote": "what they said when they asked (their latest words)",
    "shipped_on": "the day it shipped, e.g. 1 Dec 2026",
    "description": "the item's description",
}


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


DEFAULTS = {
    "shipped": Template(
        subject="You asked for {item}: it is here",
        body=("Hello {contact_name},\n\n"
              "Some time ago you told us:\n\n    “{quote}”\n\n"
              "We listened: {item} shipped on {shipped_on}. {description}\n\n"
              "Thank you for taking the time to tell us what you need. If it is not quite what you had in mind, "
              "reply to this e-mail: it reaches the product team.\n")),
}


class TemplateError(ValueError):
    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def check(field: str, text: str) -> None:
    """Raises TemplateError naming the field when `text` has a stray brace or a placeholder not in the list."""
    allowed = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in Formatter().parse(text or "")
                  if name is not None]
    except ValueError:
        raise TemplateError(field, f"The {field} has a {{ or }} that opens or closes no placeholder: write {{{{ "
                                   f"or }}}} for a brace itself. Placeholders: {allowed}.") from None
    for name, spec, conversion in fields:
        if name not in PLACEHOLDERS or spec or conversion:
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise TemplateError(field, f"The {field} uses {shown}, which is not a placeholder: use {allowed}.")


def template(key: str) -> Template:
    stored = db.session.scalar(select(MessageTemplate).where(MessageTemplate.key == key))
    return Template(stored.subject, stored.body) if stored else DEFAULTS[key]


def save_template(key: str, subject: str, body: str) -> None:
    subject, body = " ".join((subject or "").split()), (body or "").strip() + "\n"
    if not subject:
        raise TemplateError("subject", "The subject is empty.")
    if not body.strip():
        raise TemplateError("body", "The body is empty.")
    check("subject", subject)
    check("body", body)
    stored = db.session.scalar(select(MessageTemplate).where(MessageTemplate.key == key))
    if stored is None:
        db.session.add(MessageTemplate(key=key, subject=subject, body=body))
    else:
        stored.subject, stored.body = subject, body
    db.session.commit()


def reset_template(key: str) -> None:
    stored = db.session.scalar(select(MessageTemplate).where(MessageTemplate.key == key))
    if stored is not None:
        db.session.delete(stored)
        db.session.commit()


def render(text: str, values: dict[str, str]) -> str:
    return text.format_map({name: values.get(name, "") for name in PLACEHOLDERS})
