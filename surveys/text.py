"""Text as people send it in (forms, CSV files, the API): control characters removed before anything stores it.

PostgreSQL refuses a NUL in text and JSON, and other control characters only corrupt exports and pages; tabs and
line breaks are kept. Lone surrogates (which no valid UTF-8 can carry) go too."""
import re
from typing import Any

from wtforms import Form

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def clean_text(text: str) -> str:
    return CONTROL.sub("", text)


def clean_value(value: Any) -> Any:
    """A field filter: text is cleaned, anything else (numbers, dates, files) passes unchanged."""
    return clean_text(value) if isinstance(value, str) else value


class CleanTextMeta:
    """A WTForms Meta mixin: every field of the form gets `clean_value` as its first filter."""

    def bind_field(self, form, unbound_field, options):
        filters = [clean_value, *unbound_field.kwargs.get("filters", ())]
        return super().bind_field(form, unbound_field, {**options, "filters": filters})


class CleanForm(Form):
    """A plain WTForms form (no Flask) whose text fields are cleaned: the public survey page's forms."""

    class Meta(CleanTextMeta):
        pass
