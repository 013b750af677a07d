"""Themes as customers talk about them: how often, with which sentiment, and which texts. Staff corrections
count: a theme a staff member removed from a text is not counted there, one they added is."""
from sqlalchemy import and_, case, distinct, exists, func, select
from sqlalchemy.orm import aliased

from vocapp.extensions import db
from vocapp.models import TextAnalysis, ThemeTag


def effective_tags():
    """A filter on ThemeTag: the tags that stand, corrections applied."""
    veto = aliased(ThemeTag)
    vetoed = exists().where(veto.analysis_id == ThemeTag.analysis_id, veto.theme_key == ThemeTag.theme_key,
                            veto.origin == "staff", veto.removed.is_(True))
    return and_(ThemeTag.removed.is_(False), ~vetoed)


def theme_stats() -> dict[str, dict]:
    # A staff-added tag takes the text's sentiment; a found one keeps the sentiment of its own clause.
    label = case((ThemeTag.origin == "staff", func.coalesce(TextAnalysis.corrected_label, TextAnalysis.label)),
                 else_=ThemeTag.label)
    rows = db.session.execute(
        select(ThemeTag.theme_key,
               func.count(distinct(ThemeTag.analysis_id)).label("texts"),
               func.count(distinct(TextAnalysis.account_id)).label("accounts"),
               func.sum(case((label == "positive", 1), else_=0)).label("positive"),
               func.sum(case((label == "neutral", 1), else_=0)).label("neutral"),
               func.sum(case((label == "negative", 1), else_=0)).label("negative"),
               func.avg(ThemeTag.polarity).label("polarity"))
        .join(TextAnalysis, ThemeTag.analysis_id == TextAnalysis.id)
        .where(effective_tags())
        .group_by(ThemeTag.theme_key))
    return {row.theme_key: _with_net({"texts": row.texts, "accounts": row.accounts, "positive": row.positive or 0,
                                      "neutral": row.neutral or 0, "negative": row.negative or 0,
                                      "polarity": float(row.polarity or 0)}) for row in rows}


def _with_net(stats: dict) -> dict:
    """Net sentiment of a theme's mentions, % positive − % negative: the one figure the themes chart draws and
    the table beside it shows with the counts it comes from."""
    stats["mentions"] = stats["positive"] + stats["neutral"] + stats["negative"]
    stats["net"] = round(100 * (stats["positive"] - stats["negative"]) / stats["mentions"]) if stats["mentions"] else 0
    return stats


def texts_for_theme(theme_key: str, limit: int = 50) -> list[tuple[TextAnalysis, ThemeTag]]:
    return db.session.execute(
        select(TextAnalysis, ThemeTag).join(ThemeTag, ThemeTag.analysis_id == TextAnalysis.id)
        .where(ThemeTag.theme_key == theme_key, effective_tags())
        .order_by(TextAnalysis.analysed_at.desc(), ThemeTag.id).limit(limit)).all()
