"""Analysing texts and storing the results. Staff corrections (a sentiment label, a theme added or removed,
a mention moved to another feedback item) are kept: re-analysis replaces only what the analysis wrote."""
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable, Optional

from sqlalchemy import delete, select

from analysis import Analyzer, CommentAnalysis, match_item
from vocapp.extensions import db
from vocapp.imports.rows import Track, untracked
from vocapp.models import FeedbackItem, FeedbackMention, TextAnalysis, ThemeTag
from vocapp.models.base import utcnow
from vocapp.queries.feedback import item_roots

BATCH = 500


@dataclass
class SourceText:
    """A text to analyse and where it came from."""

    source_type: str  # response | interview | note
    source_id: int
    account_id: Optional[int]
    text: str
    at: datetime


@dataclass
class RunSummary:
    analysed: int = 0
    changed: int = 0
    requests: int = 0

    def __str__(self) -> str:
        return f"{self.analysed} text(s) analysed, {self.changed} changed, {self.requests} product request(s)"


def analyse(sources: Iterable[SourceText], analyzer: Analyzer, track: Track = untracked) -> RunSummary:
    """Analyses the texts with nlp.pipe in batches and stores the results, one commit per batch."""
    sources = list(sources)
    summary = RunSummary()
    batches = [sources[start:start + BATCH] for start in range(0, len(sources), BATCH)]
    for batch in track(batches, "Analysing"):
        results = analyzer.analyze_many([source.text for source in batch])
        items = _ItemIndex()
        for source, result in zip(batch, results):
            summary.changed += _store(source, result)
            summary.requests += _store_requests(source, result, items)
        summary.analysed += len(batch)
        _drop_orphan_items()
        _retitle(items.touched)
        db.session.commit()
    return summary


def _store(source: SourceText, result: CommentAnalysis) -> int:
    """Upserts the text's analysis and its machine theme tags; returns 1 when its label or themes changed."""
    analysis = db.session.scalar(select(TextAnalysis).where(TextAnalysis.source_type == source.source_type,
                                                             TextAnalysis.source_id == source.source_id))
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


class _ItemIndex:
    """The feedback items a new request can join, by title and key; a merged item leads to its target."""

    def __init__(self):
        rows = db.session.execute(select(FeedbackItem.id, FeedbackItem.title, FeedbackItem.key)).all()
        self.entries = [(row.id, row.title, row.key) for row in rows]
        self.target = item_roots()
        self.touched: set[int] = set()

    def find_or_create(self, request, product_area: Optional[str]) -> int:
        match = match_item(request, self.entries)
        if match:
            item_id = self.target.get(match[0], match[0])
            self.touched.add(item_id)
            return item_id
        item = FeedbackItem(title=request.text[:200], key=request.key[:200], product_area=product_area)
        db.session.add(item)
        db.session.flush()
        self.entries.append((item.id, item.title, item.key))
        self.target[item.id] = item.id
        self.touched.add(item.id)
        return item.id


def _store_requests(source: SourceText, result: CommentAnalysis, items: _ItemIndex) -> int:
    db.session.execute(delete(FeedbackMention).where(
        FeedbackMention.source_type == source.source_type, FeedbackMention.source_id == source.source_id,
        FeedbackMention.origin == "analysis"))
    kept = set(db.session.scalars(select(FeedbackMention.request_text).where(
        FeedbackMention.source_type == source.source_type, FeedbackMention.source_id == source.source_id,
        FeedbackMention.origin == "staff")))
    stored = 0
    for sentence in result.sentences:
        request = sentence.request
        if request is None or request.text in kept:
            continue
        area = sentence.themes[0].key if sentence.themes else (result.themes[0] if result.themes else None)
        db.session.add(FeedbackMention(
            item_id=items.find_or_create(request, area), account_id=source.account_id,
            source_type=source.source_type, source_id=source.source_id, quote=request.sentence,
            request_text=request.text, rule=request.rule[:120], origin="analysis", mentioned_at=source.at))
        stored += 1
    return stored


def _retitle(item_ids: set[int]) -> None:
    """An item the analysis made is titled by the wording its customers use most (the shortest on a tie),
    not by whoever asked first; a title staff chose stays."""
    if not item_ids:
        return
    wordings: dict[int, Counter] = {}
    for item_id, text in db.session.execute(select(FeedbackMention.item_id, FeedbackMention.request_text).where(
            FeedbackMention.item_id.in_(item_ids), FeedbackMention.request_text != "")):
        wordings.setdefault(item_id, Counter())[text] += 1
    for item in db.session.scalars(select(FeedbackItem).where(FeedbackItem.id.in_(list(wordings)),
                                                              FeedbackItem.staff_edited.is_(False))):
        counts = Counter()
        for text, count in wordings[item.id].items():
            counts[text.lower()] += count
        best = min(counts, key=lambda text: (-counts[text], len(text), text))
        item.title = next(text for text in wordings[item.id] if text.lower() == best)[:200]


def _drop_orphan_items() -> None:
    """Items the analysis made and that lost every mention (the text changed) go; staff-edited ones stay."""
    db.session.flush()
    has_mentions = select(FeedbackMention.item_id).distinct()
    db.session.execute(delete(FeedbackItem).where(
        FeedbackItem.staff_edited.is_(False), FeedbackItem.merged_into_id.is_(None),
        FeedbackItem.id.not_in(has_mentions)))
