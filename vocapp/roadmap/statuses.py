"""Item statuses as stored (`under_review`) and as people write them ("Under review", "won't do")."""
from vocapp.display import display_name
from vocapp.models import ITEM_STATUSES

STATUS_LABELS = {key: display_name(key) for key in ITEM_STATUSES}


def _folded(text: str) -> str:
    """'Won’t-do' -> 'wont do': case, apostrophes, dashes and underscores do not matter."""
    text = text.strip().lower().replace("’", "").replace("'", "")
    return " ".join(text.replace("_", " ").replace("-", " ").split())


_BY_WORDS = {_folded(key): key for key in ITEM_STATUSES} | {_folded(label): key for key, label in STATUS_LABELS.items()}


def parse_status(text: str) -> str:
    """The status key for a key or its human form; a ValueError naming the statuses otherwise."""
    key = _BY_WORDS.get(_folded(text or ""))
    if key is None:
        raise ValueError(f"“{text}” is not a status: use one of {', '.join(STATUS_LABELS.values())}")
    return key
