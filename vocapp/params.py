"""What comes in through the URL, checked in one place: a bad or out-of-range whole number or date in a query
argument is a 400 that names the argument; an id in the path beyond the database's integers is a 404; query
arguments and path segments carry no control characters. None of it reaches the database to fail there."""
import re
from datetime import date
from typing import Mapping, Optional

from flask import Flask, Request, request
from werkzeug.exceptions import BadRequest
from werkzeug.routing import IntegerConverter, UnicodeConverter
from werkzeug.utils import cached_property

from surveys.text import CONTROL, clean_text

INT_MAX = 2**31 - 1  # ids and whole-number columns are 32-bit integers in PostgreSQL
PAGE_MAX = 1_000_000  # keeps the row offset of any page well inside 64 bits
EARLIEST, LATEST = date(1900, 1, 1), date(2999, 12, 31)
WHOLE = re.compile(r"[+-]?[0-9]{1,10}")  # ASCII digits only: int() would also take '١٢' and '1_000'


class BadArgument(BadRequest):
    """A query argument that is not what the page takes; the description, for people, names it."""


class IdConverter(IntegerConverter):
    """`<int:...>` in a route: an id beyond the database's integers cannot exist, so it is a 404 (one of 11 digits
    or more already by the pattern, so that no other route on the same path answers 405 instead)."""

    regex = r"\d{1,10}"

    def __init__(self, map, fixed_digits=0, min=None, max=INT_MAX, signed=False):
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)


class TextConverter(UnicodeConverter):
    """`<name>` in a route: a segment with a control character matches nothing (404), so no NUL reaches a query."""

    def __init__(self, map, minlength=1, maxlength=None, length=None):
        super().__init__(map, minlength, maxlength, length)
        self.regex = self.regex.replace("[^/]", f"[^/{CONTROL.pattern[1:-1]}]")


class CleanArgsRequest(Request):
    """Query argument values come without control characters, as form fields do (see StaffForm)."""

    @cached_property
    def args(self):
        return self.parameter_storage_class(
            (name, clean_text(value)) for name, value in super().args.items(multi=True))


def init_app(app: Flask) -> None:
    """Before the blueprints: their routes take the bounded converters."""
    app.request_class = CleanArgsRequest
    app.url_map.converters.update(int=IdConverter, default=TextConverter, string=TextConverter)
    app.add_template_global(query_args)


def int_arg(name: str, default: Optional[int] = None, minimum: int = 0, maximum: int = INT_MAX,
            args: Optional[Mapping] = None) -> Optional[int]:
    """The whole number in query argument `name` (empty or absent: `default`); anything else is a 400."""
    raw = (request.args if args is None else args).get(name, "").strip()
    if not raw:
        return default
    if not WHOLE.fullmatch(raw) or not minimum <= int(raw) <= maximum:
        raise BadArgument(f"The {name} argument must be a whole number from {minimum} to {maximum:,}.")
    return int(raw)


def page_arg() -> int:
    return int_arg("page", default=1, minimum=1, maximum=PAGE_MAX)


def date_arg(name: str, args: Optional[Mapping] = None) -> Optional[date]:
    """The date (YYYY-MM-DD) in query argument `name`, or None when empty; anything else is a 400."""
    raw = (request.args if args is None else args).get(name, "").strip()
    if not raw:
        return None
    try:
        value = date.fromisoformat(raw)
    except ValueError:
        value = None
    if value is None or not EARLIEST <= value <= LATEST:
        raise BadArgument(f"The {name} argument must be a date (YYYY-MM-DD) from {EARLIEST} to {LATEST}.")
    return value


def query_args(*names: str) -> dict[str, str]:
    """The named query arguments that are set, to carry into a page's own links; never arbitrary ones, which
    `url_for` would read as its own options (`_method`) or as the route's values (`survey_id`)."""
    return {name: request.args[name] for name in names if request.args.get(name)}
