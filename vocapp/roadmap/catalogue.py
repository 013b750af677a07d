"""The default catalogue of common B2B requests (analysis.catalogue), loaded as roadmap items and cleared again.

Loading twice adds nothing: an entry whose name already names an item is left out, and an alias another item
already uses is left off. Clearing removes only the catalogue's items nobody asked for."""
from dataclasses import dataclass

from sqlalchemy import delete, select

from analysis.catalogue import AREAS, load_catalogue
from vocapp.extensions import db
from vocapp.models import FeedbackItem, FeedbackMention
from vocapp.queries.feedback import item_roots
from vocapp.roadmap.items import create_item, taken_wordings


@dataclass
class CatalogueLoad:
    added: int
    skipped: int  # already there under that name

    def __str__(self) -> str:
        return (f"{self.added} item{'s' if self.added != 1 else ''} added from the default catalogue"
                + (f", {self.skipped} already there" if self.skipped else ""))


@dataclass
class CatalogueClear:
    removed: int
    kept: int  # customers asked for them
    kept_with_status: int = 0  # nobody asked, but a product manager gave them a status

    def __str__(self) -> str:
        text = (f"{self.removed} catalogue item{'s' if self.removed != 1 else ''} removed; "
                f"{self.kept} kept because customers asked for {'it' if self.kept == 1 else 'them'}")
        if self.kept_with_status:
            text += f", {self.kept_with_status} because you gave {'it' if self.kept_with_status == 1 else 'them'} a status"
        return text


def catalogue_summary() -> tuple[int, str]:
    """How many requests the catalogue holds, and its areas in words: (146, "integrations, identity and access, …")."""
    entries = load_catalogue()
    areas = list(dict.fromkeys(entry.area for entry in entries))
    return len(entries), ", ".join(AREAS[area].lower() for area in areas)


def load_default_catalogue() -> CatalogueLoad:
    taken = taken_wordings()
    added = skipped = 0
    for entry in load_catalogue():
        if entry.name.lower() in taken:
            skipped += 1
            continue
        aliases = [alias for alias in entry.aliases if alias.lower() not in taken]
        item = create_item(entry.name, aliases, entry.area, description=entry.description, origin="catalogue")
        for wording in (entry.name, *aliases):
            taken[wording.lower()] = (item, "alias")
        added += 1
    db.session.commit()
    return CatalogueLoad(added, skipped)


def clear_catalogue() -> CatalogueClear:
    """Removes the catalogue's items that no ask is linked to (directly or through an item merged into them) and
    that still have the status new: one a product manager planned, shipped or turned down stays."""
    roots = item_roots()
    asked_roots = {roots.get(item_id, item_id) for item_id in db.session.scalars(
        select(FeedbackMention.item_id).distinct())}
    catalogue = db.session.execute(select(FeedbackItem.id, FeedbackItem.status)
                                   .where(FeedbackItem.origin == "catalogue")).all()
    merge_targets = {root for item_id, root in roots.items() if item_id != root}
    asked = [item_id for item_id, _ in catalogue
             if roots.get(item_id, item_id) in asked_roots or item_id in merge_targets]
    with_status = [item_id for item_id, status in catalogue if item_id not in asked and status != "new"]
    unasked = [item_id for item_id, _ in catalogue if item_id not in asked and item_id not in with_status]
    if unasked:
        db.session.execute(delete(FeedbackItem).where(FeedbackItem.id.in_(unasked)))
    db.session.commit()
    return CatalogueClear(len(unasked), len(asked), len(with_status))


def catalogue_loaded() -> bool:
    return db.session.scalar(select(FeedbackItem.id).where(FeedbackItem.origin == "catalogue").limit(1)) is not None
