"""Reading rows and checking their fields. A `Row` collects the problems of every field it is asked for,
so one pass reports every bad cell of a file, each as `row N: column: what is wrong`."""
from __future__ import annotations

import csv
import io
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Callable, Iterable, Iterator, Optional, Sequence

from email_validator import EmailNotValidError, validate_email

from surveys.text import clean_text
from vocapp.params import EARLIEST, INT_MAX, LATEST

TRUE_WORDS = {"1", "true", "yes", "y", "t", "x"}
FALSE_WORDS = {"0", "false", "no", "n", "f", ""}
DIGITS = re.compile(r"[+-]?[0-9]+")  # ASCII digits only: int() would also take '١٢' and '1_000'
# Python's csv module refuses a cell over 128 KiB outright; each column's own limit below names the cell instead.
# (The file as a whole is bounded by the upload limit.)
csv.field_size_limit(max(csv.field_size_limit(), 1024 * 1024 * 1024))


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"row {self.row}: {self.column}: {self.message}"

    def to_dict(self) -> dict:
        return {"row": self.row, "column": self.column, "message": self.message}


class ImportRejected(Exception):
    def __init__(self, errors: Sequence[RowError]):
        super().__init__(f"{len(errors)} problem(s); nothing was imported")
        self.errors = list(errors)


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        return f"{self.created} created, {self.updated} updated"


Track = Callable[[Iterable, str], Iterable]


def untracked(items: Iterable, _label: str) -> Iterable:
    return items


@dataclass
class Record:
    """One row of input: its number as the user sees it (the header is row 1) and its cells."""

    number: int
    values: dict[str, str]


def _as_typed(values: dict[str, str]) -> dict[str, str]:
    """A cell that an export made inert for spreadsheets ('=..., see vocapp.exports.safe_cell) reads back as typed."""
    return {name: value[1:] if value[:1] == "'" and value[1:2] in ("=", "+", "-", "@") else value
            for name, value in values.items()}


def read_csv(stream, required: Sequence[str], optional: Sequence[str] = ()) -> tuple[list[str], list[Record]]:
    """Reads a CSV file (bytes or text stream); returns its known columns and its records, their text cleaned of
    control characters. Raises ImportRejected when the file is not UTF-8 CSV, its header lacks a required column
    or repeats a known one, or it holds no rows."""
    raw = stream.read()
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportRejected([RowError(1, "file", f"not UTF-8 text (byte {exc.start})")]) from exc
    else:
        raw = raw.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(clean_text(raw), newline=""))
    try:
        header = [name.strip().lower() for name in next(reader, [])]
        missing = [name for name in required if name not in header]
        if missing:
            raise ImportRejected([RowError(1, name, "required column is missing") for name in missing])
        known = [name for name in header if name in required or name in optional]
        repeated = [name for name in dict.fromkeys(known) if known.count(name) > 1]
        if repeated:
            raise ImportRejected([RowError(1, name, f"the column appears {known.count(name)} times in the header; "
                                                    "keep one") for name in repeated])
        records = []
        for cells in reader:
            if not any(cell.strip() for cell in cells):
                continue  # blank lines are not rows
            values = {name: cells[i].strip() if i < len(cells) else "" for i, name in enumerate(header)
                      if name in known}
            records.append(Record(reader.line_num, _as_typed(values)))
    except csv.Error as exc:
        raise ImportRejected([RowError(reader.line_num, "file", f"not readable as CSV ({exc})")]) from exc
    if not records:
        raise ImportRejected([RowError(1, "file", "the file holds no rows, only a header")])
    return known, records


def records_from_json(items: list, required: Sequence[str], optional: Sequence[str]) -> tuple[list[str], list[Record]]:
    """The API's objects as records numbered from 0, their values as the text a CSV cell would hold. A value
    must be text, a number, true/false or null: an object or a list is refused, naming the field."""
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ImportRejected([RowError(0, "body", "expected a JSON object or a list of objects")])
    columns = [name for name in (*required, *optional) if name in required or any(name in item for item in items)]
    records, errors = [], []
    for index, item in enumerate(items):
        values = {}
        for name in columns:
            value = item.get(name)
            if isinstance(value, (dict, list)):
                kind = "an object" if isinstance(value, dict) else "a list"
                errors.append(RowError(index, name, f"must be text, a number, true/false or null, not {kind}"))
            values[name] = _json_cell(value)
        records.append(Record(index, values))
    if errors:
        raise ImportRejected(errors)
    return columns, records


def _json_cell(value) -> str:
    if value is None or isinstance(value, (dict, list)):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))  # 12.0 is the whole number 12 (1e308 stays 1e+308, for the bounds to name)
    return clean_text(str(value)).strip()


class Row:
    """Typed access to one record's cells; every problem lands in `errors`."""

    def __init__(self, record: Record, errors: list[RowError]):
        self.line = record.number
        self.values = record.values
        self.errors = errors

    def problem(self, column: str, message: str) -> None:
        self.errors.append(RowError(self.line, column, message))

    def has(self, column: str) -> bool:
        return bool(self.values.get(column, ""))

    def text(self, column: str, required: bool = False, max_length: int = 200) -> Optional[str]:
        value = self.values.get(column, "")
        if not value:
            if required:
                self.problem(column, "is required")
            return None
        if len(value) > max_length:
            self.problem(column, f"is longer than {max_length} characters")
            return None
        return value

    def number(self, column: str, required: bool = False, minimum: float = 0,
               maximum: Optional[float] = None) -> Optional[float]:
        value = self.text(column, required, max_length=40)
        if value is None:
            return None
        try:
            number = float(value)
        except ValueError:
            number = None
        if number is None or not math.isfinite(number) or "_" in value:
            self.problem(column, f"not a number: {value!r}")
            return None
        if number < minimum:
            self.problem(column, f"must be at least {minimum:g}, got {value}")
            return None
        if maximum is not None and number > maximum:
            self.problem(column, f"must be at most {maximum:,.0f}, got {value}")
            return None
        return number

    def integer(self, column: str, required: bool = False, minimum: int = 0,
                maximum: int = INT_MAX) -> Optional[int]:
        value = self.text(column, required, max_length=40)
        if value is None:
            return None
        if not DIGITS.fullmatch(value):
            self.problem(column, f"not a whole number: {value!r}")
            return None
        if len(value) > 20 or not minimum <= int(value) <= maximum:
            self.problem(column, f"must be from {minimum:,} to {maximum:,}, got {value}")
            return None
        return int(value)

    def date(self, column: str, required: bool = False) -> Optional[date]:
        value = self.text(column, required, max_length=40)
        if value is None:
            return None
        try:
            day = date.fromisoformat(value)
        except ValueError:
            self.problem(column, f"not a date in the form YYYY-MM-DD: {value!r}")
            return None
        if not EARLIEST <= day <= LATEST:
            self.problem(column, f"must be from {EARLIEST} to {LATEST}, got {value}")
            return None
        return day

    def datetime(self, column: str, required: bool = False) -> Optional[datetime]:
        value = self.text(column, required, max_length=40)
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            self.problem(column, f"not a date or time in ISO form (YYYY-MM-DD or YYYY-MM-DDTHH:MM): {value!r}")
            return None
        if moment.tzinfo is not None:  # stored as naive UTC
            moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
        if not EARLIEST <= moment.date() <= LATEST:
            self.problem(column, f"must be from {EARLIEST} to {LATEST}, got {value}")
            return None
        return moment

    def choice(self, column: str, choices: Sequence[str], required: bool = False) -> Optional[str]:
        value = self.text(column, required, max_length=100)
        if value is None:
            return None
        normalised = value.lower().replace(" ", "_").replace("-", "_")
        for option in choices:
            if normalised == option.lower().replace(" ", "_"):
                return option
        self.problem(column, f"must be one of {', '.join(choices)}; got {value!r}")
        return None

    def email(self, column: str, required: bool = False) -> Optional[str]:
        value = self.text(column, required, max_length=254)
        if value is None:
            return None
        return checked_email(value, lambda message: self.problem(column, message))

    def boolean(self, column: str) -> Optional[bool]:
        if column not in self.values:
            return None
        value = self.values[column].lower()
        if value in TRUE_WORDS:
            return True
        if value in FALSE_WORDS:
            return False
        self.problem(column, f"must be yes or no, got {self.values[column]!r}")
        return None


def checked_email(value: str, on_problem: Callable[[str], None]) -> Optional[str]:
    try:
        return validate_email(value, check_deliverability=False).normalized.lower()
    except EmailNotValidError as exc:
        on_problem(f"not a valid e-mail address: {value!r} ({exc})")
        return None


def duplicates_within(records: Iterable[tuple[int, str]], column: str, errors: list[RowError]) -> None:
    """Flags a key that stands twice in one file: the second row names the first."""
    seen: dict[str, int] = {}
    for number, key in records:
        if key is None:
            continue
        if key in seen:
            errors.append(RowError(number, column, f"{key!r} is already on row {seen[key]}"))
        else:
            seen[key] = number


def chunked(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]
