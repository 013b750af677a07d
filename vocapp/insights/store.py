"""Analysing texts and storing the results. Staff corrections (a sentiment label, a theme added or removed,
a mention moved to another feedback item) are kept: re-analysis replaces only what the analysis wrote."""
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime
from typing import Callable, Iterable, Optional

from flask import current_app
from sqlalchemy import delete, func, select, true
from sqlalchemy.orm import selectinload
from sqlalchemy import text as sql

from analysis import Analyzer, CommentAnalysis
from analysis.linking import WORDINGS_PER_ITEM, Link, Linker, review_state
from analysis.titles import item_title
from surveys.questions import DEFAULT_PRODUCT
from vocapp.extensions import db
from vocapp.imports.rows import Track, untracked
from vocapp.models import Competitor, FeedbackItem, FeedbackMention, LinkRejection, Survey, TextAnalysis, ThemeTag
from vocapp.models.base import utcnow
from vocapp.queries.feedback import item_roots

BATCH = 500

NEW_ITEM = "a new item: no item was close enough"  # the reason of an ask that opened its item


@dataclass
class SourceText:
    """A text to analyse and where it came from."""

    source_type: str  # response | interview | note
    source_id: int
    account_id: Optional[int]
    text: str
    at: datetime
    # an interview's parts: [(start character, part)] (``analysis.transcripts.joined``); None for a comment
    parts: Optional[list[tuple[int, str]]] = None


@dataclass
class RunSummary:
    analysed: int = 0
    changed: int = 0
    requests: int = 0

    def __str__(self) -> str:
        return f"{self.analysed} text(s) analysed, {self.changed} changed, {self.requests} product request(s)"


def analyse(sources: Iterable[SourceText], analyzer: Analyzer, track: Track = untracked,
            before_commit: Optional[Callable[[list[SourceText]], None]] = None) -> RunSummary:
    """Analyses the texts with nlp.pipe in batches and stores the results, one commit per batch (`before_commit`
    adds its own writes to a batch's transaction). Several processes may analyse at once: the language work runs
    side by side, the storing one batch at a time (see _one_writer)."""
    sources = list(sources)
    summary = RunSummary()
    batches = [sources[start:start + BATCH] for start in range(0, len(sources), BATCH)]
    items: Optional[_ItemIndex] = None
    rivals, own_names = rival_names(), own_product_names()
    for batch in track(batches, "Analysing"):
        results = analyzer.analyze_many([source.text for source in batch], parts=[source.parts for source in batch],
                                        rivals=rivals, own_names=own_names)
        _one_writer()
        if items is None or items.stamp != _stamp():  # another process stored analyses since: link against them too
            items = _ItemIndex()
        stored, decided = _stored(batch), _decided(batch)
        for source, result in zip(batch, results):
            key = (source.source_type, source.source_id)
            summary.changed += _store(source, result, stored.get(key))
            summary.requests += _store_requests(source, result, items, decided.get(key, set()))
        summary.analysed += len(batch)
        _second_look(items)
        items.forget(_drop_orphan_items())
        _retitle(items.touched)
        if before_commit:
            before_commit(batch)
        db.session.flush()
        items.stamp = _stamp()
        db.session.commit()
    return summary


STORE_LOCK = 7_466_701  # PostgreSQL advisory lock key: one process stores analyses at a time


def _one_writer() -> None:
    """Waits until no other transaction is storing analyses, and holds that until this one commits. Each batch then
    links its asks against every item committed before it (two batches at once would each open the same new item),
    and a text analysed by two processes at once ends with one analysis."""
    if db.engine.dialect.name == "postgresql":
        db.session.execute(sql("SELECT pg_advisory_xact_lock(:key)"), {"key": STORE_LOCK})
    elif db.engine.dialect.name == "sqlite":  # a write, even of no row, takes SQLite's one write lock at once
        db.session.execute(sql("UPDATE text_analyses SET id = id WHERE 0 = 1"))


def _stamp() -> tuple:
    """Changes whenever items or links were stored (or items dropped) since it was taken."""
    return tuple(db.session.execute(select(
        select(func.max(FeedbackMention.id)).scalar_subquery(), select(func.max(FeedbackItem.id)).scalar_subquery(),
        select(func.count(FeedbackItem.id)).scalar_subquery())).one())


def _by_type(batch: list[SourceText]) -> dict[str, list[int]]:
    ids: dict[str, list[int]] = defaultdict(list)
    for source in batch:
        ids[source.source_type].append(source.source_id)
    return ids


def _stored(batch: list[SourceText]) -> dict[tuple[str, int], TextAnalysis]:
    """The batch's analyses stored before, with their tags, in one query per kind of text. The analysis mentions
    of these texts go: the batch links them again."""
    stored = {}
    for source_type, ids in _by_type(batch).items():
        db.session.execute(delete(FeedbackMention).where(
            FeedbackMention.source_type == source_type, FeedbackMention.source_id.in_(ids),
            FeedbackMention.origin == "analysis"))
        for analysis in db.session.scalars(select(TextAnalysis).options(selectinload(TextAnalysis.tags)).where(
                TextAnalysis.source_type == source_type, TextAnalysis.source_id.in_(ids))):
            stored[(source_type, analysis.source_id)] = analysis
    return stored


def _store(source: SourceText, result: CommentAnalysis, analysis: Optional[TextAnalysis]) -> int:
    """Upserts the text's analysis and its machine theme tags; returns 1 when its label or themes changed."""
    before = (analysis.label, sorted({t.theme_key for t in analysis.tags if t.origin == "analysis"})) if analysis else None
    if analysis is None:
        analysis = TextAnalysis(source_type=source.source_type, source_id=source.source_id)
        db.session.add(analysis)
    analysis.account_id, analysis.text_at = source.account_id, source.at
    analysis.version = result.version
    analysis.polarity, analysis.subjectivity = result.polarity, result.subjectivity
    analysis.label, analysis.label_reason = result.label, result.label_reason
    analysis.details = result.to_dict(details=True)
    analysis.analysed_at = utcnow()
    analysis.tags = [tag for tag in analysis.tags if tag.origin == "staff"]
    seen = set()
    for sentence in result.sentences:
        for mention in sentence.themes:
            if (mention.key, sentence.text) in seen:
                continue
            seen.add((mention.key, sentence.text))
            analysis.tags.append(ThemeTag(theme_key=mention.key, origin="analysis", sentence=sentence.text,
                                          matched_text=mention.matched_text[:200], pattern=mention.pattern[:200],
                                          polarity=mention.polarity, label=mention.label))
    return int(before != (result.label, sorted({key for key, _ in seen})))


def item_linker() -> Linker:
    """A linker over the roadmap items (merged ones lead to their target), with the asks already linked; the
    product names the surveys give are no words of an ask."""
    roots = item_roots()
    wordings: dict[int, list[str]] = defaultdict(list)
    for item_id, text in db.session.execute(
            select(FeedbackMention.item_id, FeedbackMention.request_text).distinct()
            .where(FeedbackMention.request_text != "")):
        root = roots.get(item_id, item_id)
        if len(wordings[root]) < WORDINGS_PER_ITEM:
            wordings[root].append(text)
    linker = Linker(own_names=own_product_names())
    for item in db.session.scalars(select(FeedbackItem).where(FeedbackItem.merged_into_id.is_(None))):
        linker.add(item.id, item.title, item.aliases or (), wordings.get(item.id, ()),
                   named=item.origin != "analysis" or item.staff_edited)
    return linker


def own_product_names() -> list[str]:
    """The product's own names: VOC_PRODUCT_NAMES and the names the surveys give it (not the generic default). An
    ask that names the product asks for nothing, and the regrouping reads asks without it."""
    names = [*current_app.config["VOC_PRODUCT_NAMES"],
             *db.session.scalars(select(Survey.product_name).distinct().where(Survey.product_name != DEFAULT_PRODUCT))]
    own: dict[str, str] = {}
    for name in names:
        own.setdefault(name.lower(), name)
    return list(own.values())


def rival_names() -> list[str]:
    """The competitors the interviews record: what a rival has is what the customer wanted, and a rival's name
    alone is no ask."""
    return [name for name in db.session.scalars(select(Competitor.name)) if name.strip()]


class _ItemIndex:
    """Links each ask to the item it means, opening a new item when none is close enough."""

    def __init__(self):
        self.linker = item_linker()
        self.touched: set[int] = set()
        self.stamp = _stamp()

    def link(self, request, product_area: Optional[str], context: str = "") -> tuple[int, Link]:
        link = self.linker.link(request.subject, context)
        if link.item_id is None:
            item = FeedbackItem(title=item_title(request)[:200], key=request.key[:200], product_area=product_area,
                                origin="analysis")
            db.session.add(item)
            db.session.flush()
            self.linker.add(item.id, item.title, (), (request.text,), named=False)
            nearest = f" (nearest: {link.reason}, {link.confidence:.2f})" if link.reason else ""
            link = Link(item.id, 1.0, f"{NEW_ITEM}{nearest}"[:200])
        else:
            self.linker.learn(link.item_id, request.text)
        self.touched.add(link.item_id)
        return link.item_id, link

    def forget(self, item_ids) -> None:
        for item_id in item_ids:
            self.linker.forget(item_id)


def _store_requests(source: SourceText, result: CommentAnalysis, items: _ItemIndex, decided: set[str]) -> int:
    stored = 0
    for sentence in result.sentences:
        asks = sentence.request.all() if sentence.request is not None else []
        for request in asks:
            if request.text in decided or (len(asks) == 1 and request.sentence in decided):
                continue
            # only the ask's own sentence places a new item: the comment's other themes are often unrelated
            area = sentence.themes[0].key if sentence.themes else None
            item_id, link = items.link(request, area, context=request.sentence if len(asks) == 1 else "")
            db.session.add(FeedbackMention(
                item_id=item_id, account_id=source.account_id, source_type=source.source_type,
                source_id=source.source_id, quote=request.sentence, request_text=request.text,
                rule=request.rule[:120], origin="analysis", mentioned_at=source.at, confidence=link.confidence,
                ask_certainty=request.certainty, link_reason=link.reason[:200],
                review=review_state(not link.needs_review, request.certainty)))
            stored += 1
    return stored


def _decided(batch: list[SourceText]) -> dict[tuple[str, int], set[str]]:
    """The asks of each text a product manager already decided on (kept, moved or rejected): by their wording
    and by their sentence, so that re-analysis neither relinks nor duplicates them."""
    decided: dict[tuple[str, int], set[str]] = defaultdict(set)
    for source_type, ids in _by_type(batch).items():
        for model, only in ((FeedbackMention, FeedbackMention.origin == "staff"), (LinkRejection, true())):
            for source_id, quote, text in db.session.execute(
                    select(model.source_id, model.quote, model.request_text)
                    .where(model.source_type == source_type, model.source_id.in_(ids), only)):
                decided[(source_type, source_id)].update((quote, text))
    for asks in decided.values():
        asks.discard("")
    return decided


def _second_look(items: _ItemIndex) -> None:
    """An item the analysis opened for one ask of this batch is looked at again once the batch's items exist:
    the ask may mean an item that was opened after it. Its ask moves there and the empty item goes."""
    singles = db.session.scalars(
        select(FeedbackMention.item_id).join(FeedbackItem, FeedbackItem.id == FeedbackMention.item_id)
        .where(FeedbackItem.id.in_(items.touched), FeedbackItem.origin == "analysis",
               FeedbackItem.staff_edited.is_(False))
        .group_by(FeedbackMention.item_id).having(func.count() == 1)).all()
    for item_id in singles:
        link = items.linker.second_look(item_id)
        mention = db.session.scalar(select(FeedbackMention).where(FeedbackMention.item_id == item_id))
        if link.item_id is None or link.item_id == item_id or mention.origin != "analysis":
            continue
        mention.item_id, mention.confidence = link.item_id, link.confidence
        mention.link_reason = link.reason[:200]
        mention.review = review_state(not link.needs_review, mention.ask_certainty)
        items.forget([item_id])
        items.linker.learn(link.item_id, mention.request_text)
        items.touched.add(link.item_id)


def _retitle(item_ids: set[int]) -> None:
    """An item the analysis opened is titled by the wording its customers use most (the shortest on a tie),
    made a clean noun phrase, not by whoever asked first; a title staff chose stays."""
    if not item_ids:
        return
    wordings: dict[int, Counter] = defaultdict(Counter)
    written: dict[str, str] = {}  # the first way a wording was written, capitals kept
    for item_id, text in db.session.execute(select(FeedbackMention.item_id, FeedbackMention.request_text).where(
            FeedbackMention.item_id.in_(item_ids), FeedbackMention.request_text != "")):
        wordings[item_id][text.lower()] += 1
        written.setdefault(text.lower(), text)
    for item in db.session.scalars(select(FeedbackItem).where(
            FeedbackItem.id.in_(list(wordings)), FeedbackItem.staff_edited.is_(False),
            FeedbackItem.origin == "analysis")):
        counts = wordings[item.id]
        best = min(counts, key=lambda text: (-counts[text], len(text), text))
        item.title = item_title(written[best])[:200]


def _drop_orphan_items() -> list[int]:
    """Items the analysis made and that lost every mention (the text changed) go; staff and catalogue items
    stay. Returns the ids dropped."""
    db.session.flush()
    has_mentions = select(FeedbackMention.item_id).distinct()
    orphans = list(db.session.scalars(select(FeedbackItem.id).where(
        FeedbackItem.staff_edited.is_(False), FeedbackItem.origin == "analysis",
        FeedbackItem.merged_into_id.is_(None), FeedbackItem.id.not_in(has_mentions))))
    if orphans:
        db.session.execute(delete(FeedbackItem).where(FeedbackItem.id.in_(orphans)))
    return orphans
