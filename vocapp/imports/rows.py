"""Reading rows and checking their fields. A `Row` collects the problems of every field it is asked for,
so one pass reports every bad cell of a file, each as `row N: column: what is wrong`."""
from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Callable, Iterable, Iterator, Optional, Sequence

from email_validator import EmailNotValidError, validate_email

TRUE_WORDS = {"1", "true", "yes", "y", "t", "x"}
FALSE_WORDS = {"0", "false", "no", "n", "f", ""}


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


def read_csv(stream, required: Sequence[str], optional: Sequence[str] = ()) -> tuple[list[str], list[Record]]:
    """Reads a CSV file (bytes or text stream); returns its known columns and its records.
    Raises ImportRejected when the header lacks a required column or the file is not UTF-8."""
    raw = stream.read()
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ImportRejected([RowError(1, "file", f"not UTF-8 text (byte {exc.start})")]) from exc
    else:
        raw = raw.removeprefix("\ufeff")
    reader = csv.reader(io.StringIO(raw, newline=""))
    header = [name.strip().lower() for name in next(reader, [])]
    missing = [name for name in required if name not in header]
    if missing:
        raise ImportRejected([RowError(1, name, "required column is missing") for name in missing])
    known = [name for name in header if name in required or name in optional]
    records = []
    for cells in reader:
        if not any(cell.strip() for cell in cells):
            continue  # blank lines are not rows
        values = {name: cells[i].strip() if i < len(cells) else "" for i, name in enumerate(header) if name in known}
        records.append(Record(reader.line_num, values))
    return known, records


def records_from_json(items: list, required: Sequence[str], optional: Sequence[str]) -> tuple[list[str], list[Record]]:
    """The API's objects as records numbered from 0, their values as the text a CSV cell would hold."""
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise ImportRejected([RowError(0, "body", "expected a JSON object or a list of objects")])
    columns = [name for name in (*required, *optional) if name in required or any(name in item for item in items)]
    records = []
    for index, item in enumerate(items):
        values = {}
        for name in columns:
            value = item.get(name)
            if value is None:
                value = ""
            elif isinstance(value, bool):
                value = "true" if value else "false"
            values[name] = str(value).strip()
        records.append(Record(index, values))
    return columns, records


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

    def number(self, column: str, required: bool = False, minimum: float = 0) -> Optional[float]:
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
        return number

    def integer(self, column: str, required: bool = False, minimum: int = 0,
                maximum: Optional[int] = None) -> Optional[int]:
        value = self.text(column, required, max_length=20)
        if value is None:
            return None
        try:
            number = int(value)
        except ValueError:
            self.problem(column, f"not a whole number: {value!r}")
            return None
        if number < minimum or (maximum is not None and number > maximum):
            bounds = f"from {minimum} to {maximum}" if maximum is not None else f"at least {minimum}"
            self.problem(column, f"must be {bounds}, got {number}")
            return None
        return number

    def date(self, column: str, required: bool = False) -> Optional[date]:
        value = self.text(column, required, max_length=40)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.problem(column, f"not a date in the form YYYY-MM-DD: {value!r}")
            return None

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
