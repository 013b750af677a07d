"""What customers say, structured: roadmap feedback ranked by revenue, themes, personas, and each analysed
text with its provenance and staff corrections."""
import math
from datetime import date, timedelta

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import distinct, func, select

from analysis.analyzer import plain_reason
from analysis.discovery import candidate_themes
from analysis.taxonomy import validate
from reports.charts import Bar, bar_chart, for_page, persona_chart
from reports.palette import sentiment_colour
from vocapp.anonymity import hidden_response_ids, quotes_shown
from vocapp.display import display_name, how_linked, lower_first, pattern_phrase, request_words, sentence_words
from vocapp.extensions import db
from vocapp.insights.forms import KEY_LABELS, CorrectionForm, CsmViewForm, ThemeForm
from vocapp.insights.themes import current_taxonomy, ensure_default_themes, phrases
from vocapp.models import (Account, Contact, CsmView, FeedbackItem, FeedbackMention, Response,
                           TextAnalysis, Theme, ThemeTag, User)
from vocapp.models.base import utcnow
from vocapp.permissions import allowed, requires
from vocapp.queries.digest import voice
from vocapp.queries.nps import account_nps
from vocapp.queries.personas import PERSONA_LABELS, account_persona, overview, watermelon_accounts
from vocapp.queries.themes import effective_tags, texts_for_theme, theme_stats
from vocapp.web.nav import NAV_ITEMS
from vocapp.web.roadmap import register as register_roadmap_pages

bp = Blueprint("insights", __name__, url_prefix="/insights")
bp.add_app_template_filter(display_name, "display")
bp.add_app_template_filter(request_words, "request_words")
bp.add_app_template_filter(how_linked, "how_linked")
bp.add_app_template_filter(lower_first, "lower_first")
bp.add_app_template_filter(lambda patterns: [pattern_phrase(p) for p in phrases(patterns)], "theme_phrases")
bp.add_app_template_global(plain_reason, "plain_reason")
bp.add_app_template_global(sentence_words, "sentence_words")
register_roadmap_pages(bp)  # the roadmap feedback pages: /insights/feedback...
NAV_ITEMS.append(
    {"label": "Feedback", "endpoint": "insights.feedback", "prefix": "insights.feedback", "action": "insights.view"})
# Personas, themes and analysed texts sit under the Insights entry, beside NPS.
INSIGHT_PAGES = ("insights.persona", "insights.theme", "insights.text", "insights.edit_theme")


@bp.get("/")
@requires("insights.view")
def index():
    """/insights, typed or bookmarked, opens its first tab: NPS."""
    return redirect(url_for("results.insights"))


def _theme_names() -> dict[str, str]:
    return dict(db.session.execute(select(Theme.key, Theme.name)).all())


# --- themes ------------------------------------------------------------------------------------------
@bp.get("/themes")
@requires("insights.view")
def themes():
    ensure_default_themes()
    all_themes = db.session.scalars(select(Theme).order_by(Theme.name)).all()
    stats = theme_stats()
    ordered = sorted(all_themes, key=lambda theme: -stats.get(theme.key, {}).get("texts", 0))
    chart = for_page(bar_chart, [Bar(theme.name, stats[theme.key]["net"], colour=sentiment_colour(stats[theme.key]["net"]),
                           note=f"{stats[theme.key]['mentions']} mentions")
                       for theme in ordered if theme.key in stats],
                      "Net sentiment by theme: % positive − % negative mentions", width=880, label_width=240,
                      signed=True, value_format=lambda value: f"{value:+.0f}")
    candidates = []
    if request.args.get("discover"):
        comments = db.session.scalars(select(Response.comment).where(Response.comment.is_not(None))
                                      .order_by(Response.submitted_at.desc()).limit(5000)).all()
        people = db.session.scalars(select(Contact.name).union(select(User.name))).all()
        candidates = candidate_themes(comments, current_taxonomy(), min_count=3, limit=25,
                                      names=[name for name in people if name])
    return render_template("insights/themes.html", themes=ordered, stats=stats, chart=chart, candidates=candidates)


@bp.get("/themes/<key>")
@requires("insights.view")
def theme_texts(key: str):
    theme = db.session.scalar(select(Theme).where(Theme.key == key)) or abort(404)
    return render_template("insights/theme_texts.html", theme=theme, rows=texts_for_theme(key),
                           stats=theme_stats().get(key))


@bp.route("/themes/new", methods=["GET", "POST"], defaults={"theme_id": None})
@bp.route("/themes/<int:theme_id>/edit", methods=["GET", "POST"])
@requires("themes.manage")
def edit_theme(theme_id):
    theme = db.get_or_404(Theme, theme_id) if theme_id else Theme(active=True, patterns=[], excludes=[])
    if request.method == "GET":
        # no obj=: WTForms would prefer the stored lists over these lines and show a Python list
        form = ThemeForm(data={"key": theme.key, "name": theme.name, "parent_id": theme.parent_id or 0,
                               "patterns": "\n".join(phrases(theme.patterns)),
                               "excludes": "\n".join(phrases(theme.excludes)), "active": theme.active})
    else:
        form = ThemeForm()
    form.parent_id.choices = [(0, "— none —")] + [(other.id, other.name) for other in db.session.scalars(
        select(Theme).where(Theme.id != (theme.id or 0)).order_by(Theme.name))]
    if form.validate_on_submit():
        before = (theme.key, theme.name, theme.parent_id, theme.patterns, theme.excludes, theme.active)
        theme.key, theme.name = form.key.data.strip(), form.name.data.strip()
        theme.parent_id = form.parent_id.data or None
        theme.patterns = _lines(form.patterns.data)
        theme.excludes = _lines(form.excludes.data)
        theme.active = form.active.data
        db.session.add(theme)
        error = _taxonomy_error()
        if error:
            db.session.rollback()
            form.patterns.errors.append(error)
        else:
            db.session.commit()
            changed = before != (theme.key, theme.name, theme.parent_id, theme.patterns, theme.excludes, theme.active)
            flash(f"Theme {theme.name} saved." + (" Comments are analysed again with it on the next run of voc analyze." if changed else ""),
                  "success")
            return redirect(url_for("insights.themes"))
    return render_template("insights/theme_form.html", form=form, theme=theme if theme_id else None)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def _taxonomy_error():
    db.session.flush()
    try:
        validate(current_taxonomy())
    except ValueError as error:
        return str(error)
    except Exception:  # noqa: BLE001 - a duplicate key fails in the database
        return "This theme could not be saved: is its key already used by another theme?"
    keys = db.session.scalars(select(Theme.key)).all()
    return "another theme has this key" if len(keys) != len(set(keys)) else None


# --- personas ----------------------------------------------------------------------------------------
@bp.get("/personas")
@requires("insights.view")
def personas():
    result = overview()
    persona = request.args.get("persona", "")
    rows = [row for row in result.rows if not persona or row[1].persona == persona]
    return render_template("insights/personas.html", result=result, rows=rows, persona=persona,
                           chart=for_page(persona_chart, result.customer_counts, result.customer_arr, PERSONA_LABELS,
                                          width=760, label_width=150),
                           labels=PERSONA_LABELS, watermelons=watermelon_accounts(), theme_names=_theme_names())


@bp.post("/accounts/<int:account_id>/view")
@requires("analysis.correct")
def csm_view(account_id: int):
    account = db.get_or_404(Account, account_id)
    form = CsmViewForm()
    if form.validate_on_submit():
        db.session.add(CsmView(account_id=account.id, user_id=current_user.id, answer=form.answer.data,
                               note=form.note.data or ""))
        db.session.commit()
        flash(f"Your view of {account.name} is recorded: {KEY_LABELS[form.answer.data].lower()}.", "success")
    return redirect(url_for("accounts.detail", account_id=account.id))


# --- one analysed text -------------------------------------------------------------------------------
@bp.route("/texts/<int:analysis_id>", methods=["GET", "POST"])
@requires("insights.view")
def text(analysis_id: int):
    analysis = db.get_or_404(TextAnalysis, analysis_id)
    themes = {theme.key: theme.name for theme in db.session.scalars(select(Theme).order_by(Theme.name))}
    standing = db.session.scalars(select(ThemeTag).where(ThemeTag.analysis_id == analysis.id, effective_tags())).all()
    form = CorrectionForm(data={"label": analysis.corrected_label or ""} if request.method == "GET" else None)
    form.add_theme.choices = [("", "—")] + list(themes.items())
    form.remove_theme.choices = [("", "—")] + [(key, themes.get(key, key)) for key in
                                                sorted({tag.theme_key for tag in standing})]
    if form.validate_on_submit():
        if not allowed(current_user, "analysis.correct"):
            abort(403)
        _correct(analysis, form)
        db.session.commit()
        flash("Correction saved; re-analysis will keep it.", "success")
        return redirect(url_for("insights.text", analysis_id=analysis.id))
    source = db.session.get(Response, analysis.source_id) if analysis.source_type == "response" else None
    shown = analysis.account_id and not (source and hidden_response_ids([source.id]))
    return render_template("insights/text.html", analysis=analysis, standing=standing, themes=themes, form=form,
                           source=source, account=db.session.get(Account, analysis.account_id) if shown else None)


def _correct(analysis: TextAnalysis, form: CorrectionForm) -> None:
    label = form.label.data or None
    if label != analysis.corrected_label:
        analysis.corrected_label = label
        analysis.corrected_by_id, analysis.corrected_at = current_user.id, utcnow()
    if form.add_theme.data:
        for tag in [t for t in analysis.tags if t.origin == "staff" and t.theme_key == form.add_theme.data]:
            analysis.tags.remove(tag)  # an earlier removal of the same theme is undone
        analysis.tags.append(ThemeTag(theme_key=form.add_theme.data, origin="staff", created_by_id=current_user.id,
                                      sentence="added by staff", label=analysis.effective_label))
    if form.remove_theme.data:
        for tag in [t for t in analysis.tags if t.origin == "staff" and t.theme_key == form.remove_theme.data]:
            analysis.tags.remove(tag)
        analysis.tags.append(ThemeTag(theme_key=form.remove_theme.data, origin="staff", removed=True,
                                      created_by_id=current_user.id, sentence="removed by staff"))


# --- the account page's panel ------------------------------------------------------------------------
TREND_MIN_COMMENTS = 3  # in each period: with fewer, one or two comments would set the direction


def sentiment_trend(account_id: int, days: int = 180) -> dict:
    """Average comment polarity of the last `days` against the `days` before: is the account drifting? The
    direction is called only when each period has TREND_MIN_COMMENTS comments, and a change only when it is more
    than 0.1 and more than twice its standard error: four glowing comments after four glowing ones are steady,
    whatever their polarities' small differences."""
    now = utcnow()
    recent_start, before_start = now - timedelta(days=days), now - timedelta(days=2 * days)

    def average(start, end):
        n, mean, square = db.session.execute(
            select(func.count(TextAnalysis.id), func.avg(TextAnalysis.polarity),
                   func.avg(TextAnalysis.polarity * TextAnalysis.polarity)).where(
                TextAnalysis.account_id == account_id, TextAnalysis.text_at >= start, TextAnalysis.text_at < end,
                quotes_shown(TextAnalysis, account_id))).one()
        mean = float(mean) if mean is not None else None
        spread = max(0.0, float(square) - mean * mean) if mean is not None else 0.0  # the polarities' variance
        return {"n": n, "polarity": mean, "variance": spread}

    recent, before = average(recent_start, now), average(before_start, recent_start)
    change = (recent["polarity"] - before["polarity"]
              if recent["polarity"] is not None and before["polarity"] is not None else None)
    direction = None
    if change is not None and min(recent["n"], before["n"]) >= TREND_MIN_COMMENTS:
        error = math.sqrt(recent["variance"] / recent["n"] + before["variance"] / before["n"])
        direction = "steady" if abs(change) <= max(0.1, 2 * error) else "improving" if change > 0 else "drifting down"
    return {"days": days, "recent": recent, "before": before, "change": change, "direction": direction}


@bp.app_context_processor
def account_insights_helper():
    def account_insights(account_id: int) -> dict:
        # an anonymous answer that may not be shown with its account is not shown here (nor on the review)
        shown = quotes_shown(TextAnalysis, account_id)
        analyses = db.session.scalars(select(TextAnalysis).where(TextAnalysis.account_id == account_id, shown)
                                      .order_by(TextAnalysis.text_at.desc().nulls_last()).limit(8)).all()
        tags = db.session.execute(
            select(ThemeTag.theme_key, func.count()).join(TextAnalysis, ThemeTag.analysis_id == TextAnalysis.id)
            .where(TextAnalysis.account_id == account_id, shown, effective_tags())
            .group_by(ThemeTag.theme_key).order_by(func.count().desc()).limit(6)).all()
        names = dict(db.session.execute(select(Theme.key, Theme.name)).all())
        mentions = db.session.execute(
            select(FeedbackItem.id, FeedbackItem.title, FeedbackItem.status, func.count(distinct(voice())))
            .join(FeedbackMention, FeedbackMention.item_id == FeedbackItem.id)
            .where(FeedbackMention.account_id == account_id, quotes_shown(FeedbackMention, account_id))
            .group_by(FeedbackItem.id, FeedbackItem.title, FeedbackItem.status)).all()
        return {"placement": account_persona(account_id), "labels": PERSONA_LABELS, "analyses": analyses,
                "trend": sentiment_trend(account_id),
                "nps_year": account_nps(account_id, since=date.today() - timedelta(days=365)),
                "nps_all": account_nps(account_id),
                "themes": [(names.get(key, key), count) for key, count in tags], "requests": mentions,
                "view_form": CsmViewForm(), "key_labels": KEY_LABELS}
    return {"account_insights": account_insights}

