"""Demo steps for the roadmap: the default catalogue before the analysis (so asks link to named items), then a
product manager's statuses after it: the most asked-for items planned or in progress, and one shipped that a
churned or lost account asked for, so the win-back list and the shipped view show something real."""
import random
from datetime import date, timedelta

from sqlalchemy import func, select

from vocapp.extensions import db
from vocapp.imports.rows import Track
from vocapp.models import Account, FeedbackItem, FeedbackMention
from vocapp.queries.feedback import ranked_items
from vocapp.roadmap.catalogue import load_default_catalogue
from vocapp.roadmap.items import set_status


def default_catalogue(_rng: random.Random, _track: Track) -> str:
    return str(load_default_catalogue())


def roadmap_statuses(rng: random.Random, _track: Track) -> str:
    ranked = [entry for entry in ranked_items() if entry.mentions]
    if not ranked:
        return "no roadmap statuses: nobody asked for anything"
    lost_asks = dict(db.session.execute(
        select(FeedbackMention.item_id, func.count(FeedbackMention.id))
        .join(Account, Account.id == FeedbackMention.account_id)
        .where(Account.status.in_(("churned", "lost"))).group_by(FeedbackMention.item_id)).all())
    shipped_id = max((entry.item_id for entry in ranked if entry.item_id in lost_asks),
                     key=lambda item_id: lost_asks[item_id], default=ranked[-1].item_id)
    shipped = db.session.get(FeedbackItem, shipped_id)
    set_status(shipped, "shipped", date.today() - timedelta(days=rng.randint(5, 20)))
    others = [entry.item_id for entry in ranked if entry.item_id != shipped_id]
    for item_id, status in zip(others, ("in_progress", "planned", "planned", "under_review", "under_review")):
        set_status(db.session.get(FeedbackItem, item_id), status)
    if len(others) > 8:
        set_status(db.session.get(FeedbackItem, others[-1]), "wont_do")
    return f"roadmap statuses set; “{shipped.title}” shipped"
