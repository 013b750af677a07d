"""Reason codes, competitors and criteria found by name: case and spacing never make a second one."""
from typing import Optional

from sqlalchemy import select

from vocapp.extensions import db
from vocapp.models import Competitor, Criterion, Reason, ReasonCategory
from vocapp.models.interviews import name_key

REASON_FORM = "write it as category: reason, e.g. Price / value: Too expensive"


def split_reason(text: str) -> Optional[tuple[str, str]]:
    """'Price / value: Too expensive' -> ('Price / value', 'Too expensive'); None without both parts."""
    category, colon, reason = (text or "").partition(":")
    category, reason = " ".join(category.split()), " ".join(reason.split())
    if not colon or not category or not reason:
        return None
    return category, reason


def split_list(text: str) -> list[str]:
    """A `;`-separated cell, blanks dropped, the same name (by case and spacing) once."""
    seen, names = set(), []
    for part in (text or "").split(";"):
        name = " ".join(part.split())
        if name and name_key(name) not in seen:
            seen.add(name_key(name))
            names.append(name)
    return names


class Lists:
    """The reason codes, competitors and criteria as they stand, indexed by their keys."""

    def __init__(self):
        self.categories = {c.key: c for c in db.session.scalars(select(ReasonCategory))}
        self.reasons = {(r.category.key, r.key): r for r in db.session.scalars(select(Reason))}
        self.competitors = {c.key: c for c in db.session.scalars(select(Competitor))}
        self.criteria = {c.key: c for c in db.session.scalars(select(Criterion))}

    def reason(self, text: str) -> Optional[Reason]:
        parts = split_reason(text)
        return self.reasons.get((name_key(parts[0]), name_key(parts[1]))) if parts else None

    def add_reason(self, text: str, direction: str) -> Reason:
        """The reason, created under its category (the category too, when new) if it is not known yet."""
        category_name, reason_name = split_reason(text)
        found = self.reason(text)
        if found:
            return found
        category = self.categories.get(name_key(category_name))
        if category is None:
            category = ReasonCategory(name=category_name, key=name_key(category_name), position=len(self.categories))
            db.session.add(category)
            self.categories[category.key] = category
        reason = Reason(category=category, name=reason_name, key=name_key(reason_name), direction=direction)
        db.session.add(reason)
        self.reasons[(category.key, reason.key)] = reason
        return reason

    def competitor(self, name: str, create: bool = False) -> Optional[Competitor]:
        key = name_key(name)
        if not key:
            return None
        found = self.competitors.get(key)
        if found is None and create:
            found = Competitor(name=" ".join(name.split()), key=key)
            db.session.add(found)
            self.competitors[key] = found
        return found

    def criterion(self, name: str) -> Optional[Criterion]:
        return self.criteria.get(name_key(name))
