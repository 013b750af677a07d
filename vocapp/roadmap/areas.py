"""Product areas: the catalogue's areas, and any other area items already carry (older items were filed under
the analysis's theme keys, e.g. `features`)."""
from typing import Optional

from sqlalchemy import select

from analysis.catalogue import AREAS
from vocapp.display import display_name
from vocapp.extensions import db
from vocapp.models import FeedbackItem, Theme


def area_labels() -> dict[str, str]:
    """Every known area key -> the name people read: the catalogue's areas first, then those in use."""
    themes = dict(db.session.execute(select(Theme.key, Theme.name)).all())
    used = db.session.scalars(select(FeedbackItem.product_area).where(FeedbackItem.product_area.is_not(None))
                              .distinct().order_by(FeedbackItem.product_area)).all()
    labels = dict(AREAS)
    for key in used:
        labels.setdefault(key, themes.get(key) or display_name(key))
    return labels


def area_label(key: Optional[str]) -> str:
    if not key:
        return ""
    return AREAS.get(key) or area_labels().get(key, display_name(key))


def parse_area(text: Optional[str]) -> Optional[str]:
    """The area key for a key or its name (any case); None for nothing; a ValueError naming the areas otherwise."""
    if text is None or not text.strip():
        return None
    wanted = text.strip().lower()
    labels = area_labels()
    for key, label in labels.items():
        if wanted in (key.lower(), label.lower()):
            return key
    raise ValueError(f"“{text.strip()}” is not a product area: use one of {', '.join(sorted(labels))}")
