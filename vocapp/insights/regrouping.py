"""The regrouping pass over the stored asks (``analysis.regroup``): the asks the analysis linked are grouped
again by meaning, and moved to the item their group means. What a person decided stays put and guides the
rest: links confirmed or moved in the triage list, the mentions of merged and split items, and the items a
person created or renamed (their name and aliases). Groups of asks no item holds become new items; items the
analysis opened that lose every ask go. Run by `voc feedback regroup`, `voc analyze --regroup`, the feedback
page's button and nightly (vocapp.tasks.schedule)."""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as postgres_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from analysis import encoder
from analysis.catalogue import load_catalogue
from analysis.linking import CONFIDENT, review_state
from analysis.requests import request_key
from analysis.regroup import ALONE, MAX_ASKS, Ask, Item, regroup
from analysis.titles import group_title
from vocapp.extensions import db
from vocapp.imports.rows import chunked
from vocapp.insights.store import NEW_ITEM, _drop_orphan_items, _one_writer, own_product_names
from vocapp.models import AskEncoding, FeedbackItem, FeedbackMention
from vocapp.models.base import utcnow
from vocapp.queries.feedback import item_roots


@dataclass
class RegroupSummary:
    asks: int = 0
    moved: int = 0
    opened: int = 0
    dropped: int = 0

    def __str__(self) -> str:
        return (f"{self.asks} asks regrouped by meaning: {self.moved} moved, {self.opened} new items, "
                f"{self.dropped} emptied items removed")


def available() -> bool:
    return encoder.available()


class _Remembered:
    """``encoder.encode`` that reads the encodings stored in ask_encodings first and stores the new ones."""

    def __init__(self):
        self.new: dict[str, bytes] = {}

    def encode(self, texts, progress=None) -> np.ndarray:
        digests = [hashlib.sha1(text.encode("utf-8")).hexdigest() for text in texts]
        known: dict[str, np.ndarray] = {}
        wanted = sorted(set(digests))
        for chunk in chunked(wanted, 900):
            for digest, vector in db.session.execute(select(AskEncoding.digest, AskEncoding.vector).where(
                    AskEncoding.model == encoder.NAME, AskEncoding.digest.in_(chunk))):
                known[digest] = np.frombuffer(vector, dtype=np.float32)
        missing = [i for i, digest in enumerate(digests) if digest not in known]
        if progress and len(texts) > len(missing):
            progress(len(texts) - len(missing))
        out = np.zeros((len(texts), encoder.DIM), dtype=np.float32)
        for i, digest in enumerate(digests):
            if digest in known:
                out[i] = known[digest]
        if missing:
            fresh = encoder.encode([texts[i] for i in missing], progress=progress)
            for row, i in enumerate(missing):
                out[i] = fresh[row]
                self.new[digests[i]] = fresh[row].astype(np.float32).tobytes()
        return out

    def store(self) -> None:
        """Adds the new encodings (another pass may have stored some of them meanwhile: those are left)."""
        if not self.new:
            return
        insert = postgres_insert if db.engine.dialect.name == "postgresql" else sqlite_insert
        rows = [{"digest": digest, "model": encoder.NAME, "vector": vector, "created_at": utcnow()}
                for digest, vector in self.new.items()]
        for chunk in chunked(rows, 500):
            db.session.execute(insert(AskEncoding).values(chunk).on_conflict_do_nothing())


def _inputs():
    """The pass's asks (the most recent mentions, up to MAX_ASKS) and items, and the items holding an ask a
    person decided on."""
    roots = item_roots()
    mentions = db.session.scalars(select(FeedbackMention).order_by(
        FeedbackMention.mentioned_at.desc(), FeedbackMention.id.desc()).limit(MAX_ASKS)).all()
    asks = []
    for mention in mentions:
        item_id = roots.get(mention.item_id, mention.item_id)
        # a person's link, or one to an item a person merged into another, is theirs: it stays
        decided = mention.origin != "analysis" or item_id != mention.item_id
        source = (mention.source_type, mention.source_id) if mention.source_id is not None else None
        asks.append(Ask(mention.id, mention.request_text or mention.quote, mention.quote, item_id, decided, source,
                        told=mention.source_type == "interview"))
    # an item a person made or renamed is known by its names; one the analysis opened, by its title once a
    # person has confirmed or moved an ask into it
    holding_decided = {ask.item for ask in asks if ask.fixed}
    items = {item.id: item for item in db.session.scalars(
        select(FeedbackItem).where(FeedbackItem.merged_into_id.is_(None)))}
    named = [Item(item.id, item.names if item.origin != "analysis" or item.staff_edited
                  else [item.title] if item.id in holding_decided else [], _as_shipped(item))
             for item in items.values()]
    return roots, mentions, asks, items, named, holding_decided


def _as_shipped(item: FeedbackItem) -> bool:
    """A default catalogue item as it was loaded: its names unchanged and its status still new. Most of the
    catalogue is not what this product's customers ask for, so asks join it only when they are as close to it as
    to each other (``analysis.regroup.JOIN_SUGGESTED``); an item a product manager has renamed or is tracking
    draws asks as any item a person named."""
    shipped = _shipped_names().get(item.title)
    if item.origin != "catalogue" or item.status != "new" or shipped is None:
        return False
    # loading leaves off an alias another item already uses, so the catalogue's aliases in order, some left off
    remaining = iter(shipped)
    return all(alias.lower() in remaining for alias in item.aliases or ())


@lru_cache(maxsize=1)
def _shipped_names() -> dict[str, list[str]]:
    return {entry.name: [alias.lower() for alias in entry.aliases] for entry in load_catalogue()}


def regroup_items(progress=None, expect=None) -> RegroupSummary:
    """Regroups the most recent asks (up to ``MAX_ASKS``) and commits. `expect(total)` is told first how many
    texts the pass encodes (each ask in its sentence and alone, and the items' names), then `progress(n)` of
    every n encoded."""
    roots, mentions, asks, items, named, holding_decided = _inputs()
    if expect:
        expect(2 * len(asks) + sum(len(item.names) for item in named))
    summary = RegroupSummary(asks=sum(1 for ask in asks if not ask.fixed))
    if not summary.asks:
        return summary
    read = {mention.id: (mention.item_id, mention.origin) for mention in mentions}
    remembered = _Remembered()
    own_names = own_product_names()
    placements = regroup(asks, named, progress=progress, encode=remembered.encode, own_names=own_names)
    # The encoding took a while without holding the store: write as the one writer, and leave every ask a
    # person decided on, or the analysis moved or removed, in the meantime as it now is.
    _one_writer()
    remembered.store()
    now = {}
    for chunk in chunked(list(read), 900):
        now.update({row.id: (row.item_id, row.origin) for row in db.session.execute(
            select(FeedbackMention.id, FeedbackMention.item_id, FeedbackMention.origin)
            .where(FeedbackMention.id.in_(chunk)))})
    by_id = {mention.id: mention for mention in mentions}
    groups: dict[object, list] = defaultdict(list)
    for place in placements:
        if now.get(place.key) == read[place.key]:
            groups[place.item if place.item is not None else ("new", place.group)].append(place)
    touched = set()
    for target, places in groups.items():
        if isinstance(target, tuple):
            target = _open_item(places, by_id, items, own_names).id
            summary.opened += 1
        touched.add(target)
        for place in places:
            mention = by_id[place.key]
            if mention.item_id == target:
                if mention.link_reason.startswith(NEW_ITEM) and place.reason != ALONE:
                    _relink(mention, place)  # it opened the item alone; the asks that joined it are why now
                continue
            touched.add(roots.get(mention.item_id, mention.item_id))
            mention.item_id = target
            _relink(mention, place)
            summary.moved += 1
    summary.dropped = len(_drop_orphan_items())
    _retitle(touched - holding_decided, groups, by_id, own_names)
    db.session.commit()
    return summary


def _relink(mention: FeedbackMention, place) -> None:
    mention.confidence, mention.link_reason = place.confidence, place.reason[:200]
    mention.review = review_state(place.confidence >= CONFIDENT, mention.ask_certainty)


def _open_item(places, by_id, items, own_names) -> FeedbackItem:
    """A new item for a group of asks no item holds, in the product area most of them came from. Only an item the
    analysis opened lends its area (taken from its asks' own words): the asks were moved out of a named item
    because they do not mean it, so its area is not theirs either ("territory management" had sat in "Record-level
    access rules", and is no identity-and-access item)."""
    areas = Counter(items[item_id].product_area for item_id in (by_id[p.key].item_id for p in places)
                    if item_id in items and items[item_id].product_area and items[item_id].origin == "analysis")
    title = _title(places, by_id, own_names)[:200]
    item = FeedbackItem(title=title, key=request_key(title)[:200] or title.lower(), origin="analysis",
                        product_area=areas.most_common(1)[0][0] if areas else None)
    db.session.add(item)
    db.session.flush()
    return item


def _title(places, by_id, own_names) -> str:
    return group_title([(by_id[p.key].request_text or by_id[p.key].quote, by_id[p.key].quote, p.confidence)
                        for p in places], own_names)


def _retitle(touched, groups, by_id, own_names) -> None:
    """An item the analysis opened, and no person named or confirmed asks into, takes the title most of its asks
    give."""
    for target, places in groups.items():
        item = db.session.get(FeedbackItem, target) if not isinstance(target, tuple) else None
        if item is not None and item.origin == "analysis" and not item.staff_edited and item.id in touched:
            item.title = _title(places, by_id, own_names)[:200] or item.title
