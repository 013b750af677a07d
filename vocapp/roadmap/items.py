"""Roadmap items as product managers shape them: create by name, rename, aliases, area, status, merge, split.

A name or alias names one item: no two items that stand on their own (not merged away) share a wording, in any
case, so every way customers word an ask can land on one item."""
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Optional

from sqlalchemy import select, update

from analysis.requests import request_key
from vocapp.extensions import db
from vocapp.models import FeedbackItem, FeedbackMention
from vocapp.queries.feedback import item_roots
from vocapp.roadmap.statuses import parse_status

NAME_MAX = 200


class ItemError(ValueError):
    """Input an item cannot take; `field` names what is wrong (name, aliases, area, status, mentions)."""

    def __init__(self, field: str, message: str):
        super().__init__(message)
        self.field = field


def parse_aliases(text: str, separator: Optional[str] = None) -> list[str]:
    """Aliases from "A;B" (separator ';') or one per line (separator None); blanks and repeats dropped."""
    parts = (text or "").split(separator) if separator else (text or "").splitlines()
    aliases: list[str] = []
    for part in (" ".join(part.split()) for part in parts):
        if part and part.lower() not in {alias.lower() for alias in aliases}:
            aliases.append(part)
    return aliases


def taken_wordings(excluding: Optional[int] = None) -> dict[str, tuple[FeedbackItem, str]]:
    """Each lower-cased name and alias of the items that stand on their own -> (its item, 'name' or 'alias')."""
    taken: dict[str, tuple[FeedbackItem, str]] = {}
    for item in db.session.scalars(select(FeedbackItem).where(FeedbackItem.merged_into_id.is_(None))
                                   .order_by(FeedbackItem.id)):
        if item.id == excluding:
            continue
        for alias in item.aliases or []:
            taken.setdefault(alias.strip().lower(), (item, "alias"))
        taken[item.title.strip().lower()] = (item, "name")
    return taken


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ItemError("name", "Give the item a name.")
    if len(name) > NAME_MAX:
        raise ItemError("name", f"The name is {len(name)} characters long: at most {NAME_MAX}.")
    return name


def _check(name: str, aliases: list[str], item_id: Optional[int]) -> list[str]:
    """Raises ItemError when the name or an alias already names another item; returns the aliases without the
    item's own name."""
    taken = taken_wordings(excluding=item_id)
    clash = taken.get(name.lower())
    if clash:
        other, kind = clash
        raise ItemError("name", f"“{name}” is already the {kind} of the item “{other.title}”.")
    aliases = [alias for alias in aliases if alias.lower() != name.lower()]
    for alias in aliases:
        if len(alias) > NAME_MAX:
            raise ItemError("aliases", f"The alias “{alias[:40]}…” is longer than {NAME_MAX} characters.")
        clash = taken.get(alias.lower())
        if clash:
            other, kind = clash
            raise ItemError("aliases", f"The alias “{alias}” is already the {kind} of the item “{other.title}”.")
    return aliases


def create_item(name: str, aliases: Iterable[str] = (), product_area: Optional[str] = None, status: str = "new",
                description: str = "", shipped_on: Optional[date] = None, origin: str = "staff") -> FeedbackItem:
    """A new item made by a person (origin staff) or the catalogue; flushed, not committed."""
    name = _clean_name(name)
    aliases = _check(name, parse_aliases("\n".join(aliases)), None)
    item = FeedbackItem(title=name, key=request_key(name)[:200] or name.lower(), aliases=aliases,
                        product_area=product_area or None, description=(description or "").strip(), origin=origin,
                        staff_edited=True)
    set_status(item, status, shipped_on)
    db.session.add(item)
    db.session.flush()
    return item


def update_item(item: FeedbackItem, name: str, aliases: Iterable[str], product_area: Optional[str], status: str,
                description: str, shipped_on: Optional[date] = None) -> None:
    """Everything a product manager edits on the item page, checked as a whole before anything changes."""
    name = _clean_name(name)
    aliases = _check(name, parse_aliases("\n".join(aliases)), item.id)
    if name != item.title:
        item.key = request_key(name)[:200] or name.lower()
    item.title, item.aliases, item.product_area = name, aliases, product_area or None
    item.description = (description or "").strip()
    set_status(item, status, shipped_on)
    item.staff_edited = True


def rename_item(item: FeedbackItem, name: str) -> None:
    update_item(item, name, item.aliases or [], item.product_area, item.status, item.description, item.shipped_on)


def set_status(item: FeedbackItem, status: str, shipped_on: Optional[date] = None,
               today: Optional[date] = None) -> None:
    """Shipped keeps the day it shipped (today unless given; an item already shipped keeps its day); leaving
    shipped clears it. `status` may be a key or how people write it ("won't do")."""
    try:
        key = parse_status(status)
    except ValueError as error:
        raise ItemError("status", str(error)) from None
    if key == "shipped":
        item.shipped_on = shipped_on or (item.shipped_on if item.status == "shipped" else None) or today or date.today()
    else:
        item.shipped_on = None
    item.status = key
    item.staff_edited = True


@dataclass
class MergeResult:
    target: FeedbackItem
    merged: int  # items newly merged into the target


def merge_items(item_ids: Iterable[int], target_id: Optional[int]) -> MergeResult:
    """Merges the items into the target. Each is first followed to the item it already ended up in (a page can be
    stale), so a merge never makes a cycle and chains stay one step long. Committed."""
    roots = item_roots()
    target_id = roots.get(target_id)
    target = db.session.get(FeedbackItem, target_id) if target_id else None
    if target is None:
        raise ItemError("target", "Choose the item they merge into.")
    sources = {roots[i] for i in item_ids if i in roots} - {target.id}
    target.merged_into_id = None  # a target that sat in an old cycle stands on its own again
    if sources:
        merged = [member for member, root in roots.items() if root in sources]
        # a person put these asks in the target: re-analysis and regrouping leave them there
        db.session.execute(update(FeedbackMention).where(FeedbackMention.item_id.in_(merged))
                           .values(item_id=target.id, origin="staff"))
        db.session.execute(update(FeedbackItem).where(FeedbackItem.id.in_(merged))
                           .values(merged_into_id=target.id, staff_edited=True))
        target.staff_edited = True
    db.session.commit()
    return MergeResult(target, len(sources))


def split_item(item: FeedbackItem, name: str, mention_ids: Iterable[int]) -> tuple[FeedbackItem, int]:
    """Moves some (never all) of the item's mentions to a new item; returns it and how many moved. Committed."""
    mention_ids = list(mention_ids)
    moving = db.session.scalars(select(FeedbackMention).where(FeedbackMention.item_id == item.id,
                                                              FeedbackMention.id.in_(mention_ids))).all()
    if not moving or len(moving) == len(item.mentions):
        raise ItemError("mentions", "Choose some, but not all, of the mentions to move to the new item.")
    new = create_item(name, product_area=item.product_area)
    for mention in moving:
        mention.item = new
        mention.origin = "staff"  # moved by a person: re-analysis leaves it where it is
        mention.review = "confirmed"
    item.staff_edited = True
    db.session.commit()
    return new, len(moving)


def standing_items() -> list[FeedbackItem]:
    """Every item not merged into another, by name."""
    return list(db.session.scalars(select(FeedbackItem).where(FeedbackItem.merged_into_id.is_(None))
                                   .order_by(FeedbackItem.title)))


def item_json(item: FeedbackItem) -> dict:
    return {"id": item.id, "name": item.title, "aliases": list(item.aliases or []), "area": item.product_area,
            "status": item.status, "shipped_on": item.shipped_on.isoformat() if item.shipped_on else None,
            "description": item.description or "", "origin": item.origin}
