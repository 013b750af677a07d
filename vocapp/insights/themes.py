"""The theme taxonomy as admins edit it, and the analyser built from it (built once per taxonomy)."""
import ast
import threading

from sqlalchemy import func, select

from analysis import Analyzer
from analysis.taxonomy import DEFAULT_TAXONOMY, taxonomy_hash
from vocapp.extensions import db
from vocapp.models import Theme

_analyzers: dict[tuple[str, bool], Analyzer] = {}
_lock = threading.Lock()


def ensure_default_themes() -> int:
    """Seeds the default B2B taxonomy into an empty themes table; returns how many themes it added."""
    if db.session.scalar(select(func.count(Theme.id))):
        return 0
    by_key = {}
    for entry in DEFAULT_TAXONOMY:
        theme = Theme(key=entry["key"], name=entry["name"], patterns=list(entry["patterns"]),
                      excludes=list(entry.get("exclude", [])))
        by_key[entry["key"]] = theme
        db.session.add(theme)
    for entry in DEFAULT_TAXONOMY:
        if entry.get("parent"):
            by_key[entry["key"]].parent = by_key[entry["parent"]]
    db.session.commit()
    return len(by_key)


def phrases(patterns: list[str] | None) -> list[str]:
    """A theme's patterns, one phrase each. The old editor saved its whole box as one pattern holding a Python
    list ("['report', 'dashboard']"): such a pattern is read back as the phrases it lists."""
    out = []
    for pattern in patterns or []:
        if pattern.startswith("[") and pattern.endswith("]"):
            try:
                listed = ast.literal_eval(pattern)
            except (ValueError, SyntaxError):
                listed = None
            if isinstance(listed, list) and all(isinstance(item, str) for item in listed):
                out.extend(item for item in listed if item.strip())
                continue
        out.append(pattern)
    return out


def current_taxonomy() -> list[dict]:
    themes = db.session.scalars(select(Theme).where(Theme.active).order_by(Theme.id)).all()
    active = {theme.id for theme in themes}
    return [{"key": theme.key, "name": theme.name,
             "parent": theme.parent.key if theme.parent_id in active else None,
             "patterns": phrases(theme.patterns), "exclude": phrases(theme.excludes)} for theme in themes]


def analyzer_for(taxonomy: list[dict], careful: bool = False) -> Analyzer:
    """`careful`: the analyzer that also reads comments with the fine-tuned reader (vocapp.insights.careful)."""
    key = taxonomy_hash(taxonomy)
    with _lock:
        if (key, careful) not in _analyzers:
            for old in [k for k in _analyzers if k[0] != key]:  # an older taxonomy's matcher is no longer needed
                del _analyzers[old]
            _analyzers[key, careful] = Analyzer(taxonomy=taxonomy, careful=careful)
        return _analyzers[key, careful]


def current_analyzer(careful: bool = False) -> Analyzer:
    ensure_default_themes()
    return analyzer_for(current_taxonomy(), careful)
