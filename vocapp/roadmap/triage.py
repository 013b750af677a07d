"""The triage list: links the analysis made with low confidence wait here until a product manager confirms one,
moves it to the right item, or rejects it (the sentence asks for nothing we track). Each decision survives
re-analysis: a confirmed or moved link is the staff's (origin staff), a rejected one is remembered in
link_rejections and leaves the mentions, so no figure counts it."""
import re
from typing import Optional

from sqlalchemy import func, select

from analysis.regroup import CONFIDENT_AT
from vocapp.display import upper_first
from vocapp.extensions import db
from vocapp.models import FeedbackItem, FeedbackMention, LinkRejection
from vocapp.queries.feedback import item_roots
from vocapp.roadmap.items import ItemError


def pending_links(item_id: Optional[int] = None):
    """SQL: the links waiting for a decision, newest ask first; with `item_id`, only that item's (and the items
    merged into it)."""
    links = select(FeedbackMention).where(FeedbackMention.review == "pending")
    if item_id is not None:
        links = links.where(FeedbackMention.item_id.in_(
            [member for member, root in item_roots().items() if root == item_id]))
    return links.order_by(FeedbackMention.mentioned_at.desc(), FeedbackMention.id.desc())


def pending_by_item() -> dict[int, int]:
    """Item -> its links waiting for a decision, a merged item's counted for the item it went into."""
    roots, counts = item_roots(), {}
    for item_id, count in db.session.execute(select(FeedbackMention.item_id, func.count(FeedbackMention.id))
                                             .where(FeedbackMention.review == "pending")
                                             .group_by(FeedbackMention.item_id)):
        root = roots.get(item_id, item_id)
        counts[root] = counts.get(root, 0) + count
    return counts


def confirm_link(mention: FeedbackMention) -> None:
    mention.review, mention.origin = "confirmed", "staff"
    db.session.commit()


def move_link(mention: FeedbackMention, item_id: Optional[int]) -> FeedbackItem:
    """Moves the link to another item (followed to where that item was merged); committed."""
    root = item_roots().get(item_id) if item_id else None
    target = db.session.get(FeedbackItem, root) if root else None
    if target is None:
        raise ItemError("item", "Choose the item this ask belongs to.")
    mention.item_id, mention.review, mention.origin = target.id, "confirmed", "staff"
    db.session.commit()
    return target


def reject_link(mention: FeedbackMention, user_id: Optional[int]) -> None:
    reject_links([mention], user_id)


def reject_links(mentions: list[FeedbackMention], user_id: Optional[int]) -> None:
    """The asks no longer count, and re-analysis will not link them again (`vocapp.insights.store._decided`)."""
    for mention in mentions:
        db.session.add(LinkRejection(source_type=mention.source_type, source_id=mention.source_id,
                                     quote=mention.quote, request_text=mention.request_text or "",
                                     item_id=mention.item_id, account_id=mention.account_id, created_by_id=user_id))
        db.session.delete(mention)
    db.session.commit()


# How the analysis says why it linked an ask (analysis.linking._reason), as a product manager reads it:
# "the alias 'Jira sync' (same words: jira; similar meaning: connector ~ integration)".
_WHERE = re.compile(r"^(?:the (?P<kind>name|alias) |(?P<ask>an earlier ask) )'(?P<wording>.*?)'"
                    r"\s*(?:\((?P<why>.*)\))?$", re.S)
_ACRONYM_READ = re.compile(r"^the acronym '(?P<acronym>[^']+)' read as '(?P<words>[^']+)', then (?P<rest>.*)$", re.S)
_KINDS = {"name": "The ask names the item: “{}”", "alias": "The ask uses the alias “{}”",
          None: "The ask reads like one linked here before: “{}”"}


def _why(part: str) -> str:
    label, _, words = part.partition(":")
    if label.strip() == "similar meaning":
        pairs = [pair.split("~") for pair in words.split(",")]
        return "close in meaning: " + ", ".join(
            "“" + "” ≈ “".join(word.strip() for word in pair) + "”" for pair in pairs)
    if label.strip() == "same words":
        return "same words: " + ", ".join(f"“{word.strip()}”" for word in words.split(","))
    return part.strip()


# How the regrouping says it (analysis.regroup._placements): "similar in meaning to the item's names (0.12) and
# 17 other asks (0.55)". The figures are similarities, on another scale than the link confidence shown beside them.
_NEAR = re.compile(r"(?P<what>the item's names?|(?P<count>\d+) other asks?) \((?P<value>-?[\d.]+)\)")


def _nearness(value: float) -> tuple[str, str]:
    """A similarity on the confidence's scale and in its words (`confidence_words`)."""
    return (("far", "from"), ("fairly close", "to"), ("close", "to"))[_level(value / CONFIDENT_AT)]


def _similar_words(text: str) -> Optional[str]:
    """"similar in meaning to the item's names (0.12) and 17 other asks (0.55)" ->
    "Far in meaning from the item's names; close to 17 other asks linked here"."""
    parts = []
    for found in _NEAR.finditer(text):
        (near, to), what = _nearness(float(found.group("value"))), found.group("what")
        what += " linked here" if found.group("count") else ""
        parts.append(f"{near} in meaning {to} {what}" if not parts else f"{near} {to} {what}")
    return upper_first("; ".join(parts)) or None


def reason_words(link_reason: str) -> str:
    """"the alias 'Jira sync' (same words: jira)" -> 'The ask uses the alias “Jira sync”: same words: “jira”'."""
    text = (link_reason or "").strip()
    if not text:
        return "Linked by the analysis"
    if text.startswith("similar in meaning to "):
        return _similar_words(text) or upper_first(text)
    around = "the sentence around the ask: "
    if text.startswith(around):
        return "Found in the rest of the sentence. " + reason_words(text[len(around):])
    acronym = _ACRONYM_READ.match(text)
    if acronym:
        return (f"“{acronym.group('acronym')}” read as “{acronym.group('words')}”, as other customers write it. "
                + reason_words(acronym.group("rest")))
    found = _WHERE.match(text)
    if not found:
        return upper_first(text)
    said = _KINDS[found.group("kind")].format(found.group("wording"))
    why = [_why(part) for part in (found.group("why") or "").split(";") if part.strip()]
    return said + (" — " + "; ".join(why) if why else "")


def confidence_words(confidence: Optional[float]) -> str:
    value = max(0.0, min(1.0, confidence or 0.0))
    return f"{('low', 'medium', 'high')[_level(value)]} ({value:.0%})"


def _level(share: float) -> int:
    """0, 1 or 2: a confidence (or a similarity on its scale) below 50%, below 75%, from 75%."""
    return 0 if share < 0.5 else 1 if share < 0.75 else 2
