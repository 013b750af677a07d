"""The roadmap pages (on the insights blueprint, under /insights/feedback): the ranking by impacted ARR, an item
and its evidence, new items, merges and splits, the triage list, who asked for a shipped item and the e-mail to
them, the win-back list, the default catalogue, and the shipped e-mail's template."""
from flask import abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from analysis.requests import doubtful
from reports.charts import Bar, bar_chart, for_page, money
from vocapp.anonymity import HIDDEN_ACCOUNT, hidden_mentions
from vocapp.display import display_name, how_linked
from vocapp.exports import amount, csv_response, safe_cell
from vocapp.extensions import db
from vocapp.forms import ConfirmForm
from vocapp.insights.forms import ItemForm, MentionForm, MessageTemplateForm, SplitForm
from vocapp.interviews.asks import questions_before
from vocapp.mailer import MailNotConfigured, parse_smtp_url
from vocapp.models import ITEM_STATUSES, Account, FeedbackItem, FeedbackMention, TextAnalysis
from vocapp.params import int_arg, page_arg
from vocapp.permissions import allowed, requires
from vocapp.queries.feedback import FEEDBACK_COLUMNS, feedback_rows, item_roots, ranked_items, with_items
from vocapp.queries.winback import WIN_BACK_COLUMNS, win_back_list, win_back_rows
from vocapp.roadmap import catalogue, messages, shipped, triage
from vocapp.roadmap.areas import area_label, area_labels
from vocapp.roadmap.items import (ItemError, create_item, merge_items, parse_aliases, split_item, standing_items,
                                  update_item)
from vocapp.tasks.jobs import start
from vocapp.tasks.mail import latest_job, start_shipped_notices
from vocapp.web.nav import ADMIN_TABS

TRIAGE_PER_PAGE = 25
_ROUTES: list[tuple[str, object, dict]] = []
ADMIN_TABS.append({"label": "Shipped e-mail", "endpoint": "insights.feedback_message"})


def route(rule: str, **options):
    """Collects a page for register(): the pages sit on the insights blueprint, which imports this module."""
    def collect(view):
        _ROUTES.append((rule, view, options))
        return view
    return collect


def register(blueprint) -> None:
    for rule, view, options in _ROUTES:
        options = dict(options)
        blueprint.add_url_rule(rule, endpoint=options.pop("endpoint", view.__name__), view_func=view, **options)


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'s' if count != 1 else ''}"


# --- the ranking ------------------------------------------------------------------------------------
@route("/feedback")
@requires("insights.view")
def feedback():
    status, area = request.args.get("status", ""), request.args.get("area", "")
    everything = request.args.get("all") == "1"
    ranked = with_items(ranked_items(status or None, area or None))
    waiting = triage.pending_by_item()
    items = ranked if everything else [(entry, item) for entry, item in ranked if entry.mentions]
    chart = for_page(bar_chart, [Bar(entry.title, entry.impacted_arr, note=_plural(entry.accounts, "account"))
                                 for entry, _item in items[:10] if entry.impacted_arr],
                     "Top requests by impacted ARR", width=880, label_width=300, value_format=money)
    return render_template("insights/feedback.html", items=items, chart=chart, status=status, area=area,
                           areas=area_labels(), statuses=ITEM_STATUSES, confirm=ConfirmForm(),
                           unasked=len(ranked) - len(items), everything=everything,
                           pending=sum(waiting.values()), pending_by_item=waiting,
                           catalogue_loaded=catalogue.catalogue_loaded(),
                           catalogue_summary=catalogue.catalogue_summary(),
                           job=latest_job(url_for("insights.feedback"), "regrouping"))


@route("/feedback.csv")
@requires("insights.view")
def feedback_csv():
    rows = feedback_rows(request.args.get("status") or None, request.args.get("area") or None)
    return csv_response("roadmap-feedback", FEEDBACK_COLUMNS,
                        ([safe_cell(row[column]) for column in FEEDBACK_COLUMNS] for row in rows))


# --- one item ---------------------------------------------------------------------------------------
def _item_form(item: FeedbackItem | None) -> ItemForm:
    data = None
    if item is not None and request.method == "GET":
        data = {"title": item.title, "aliases": "\n".join(item.aliases or []), "product_area": item.product_area or "",
                "status": item.status, "shipped_on": item.shipped_on, "description": item.description}
    form = ItemForm(prefix="item", data=data)
    form.product_area.choices = [("", "— none —")] + list(area_labels().items())
    return form


def _save_item(form: ItemForm, item: FeedbackItem | None) -> FeedbackItem | None:
    """The item saved from the form, or None with the problem shown on the field it is about."""
    values = dict(name=form.title.data, aliases=parse_aliases(form.aliases.data), product_area=form.product_area.data,
                  status=form.status.data, description=form.description.data, shipped_on=form.shipped_on.data)
    try:
        if item is None:
            item = create_item(**values)
        else:
            update_item(item, **values)
    except ItemError as error:
        db.session.rollback()
        field = {"name": form.title, "aliases": form.aliases, "status": form.status}.get(error.field, form.title)
        field.errors = [*field.errors, str(error)]
        return None
    db.session.commit()
    return item


@route("/feedback/new", methods=["GET", "POST"])
@requires("feedback.manage")
def feedback_new():
    form = _item_form(None)
    if form.validate_on_submit():
        item = _save_item(form, None)
        if item is not None:
            flash(f"“{item.title}” added. Asks that name it, or one of its aliases, are linked to it from the next "
                  "analysis on.", "success")
            return redirect(url_for("insights.feedback_item", item_id=item.id))
    return render_template("insights/feedback_new.html", form=form)


@route("/feedback/<int:item_id>", methods=["GET", "POST"])
@requires("insights.view")
def feedback_item(item_id: int):
    item = db.get_or_404(FeedbackItem, item_id)
    roots = item_roots()
    if roots[item.id] != item.id:  # merged: the item it ended up in, in one step
        return redirect(url_for("insights.feedback_item", item_id=roots[item.id]))
    form, split, mention = _item_form(item), SplitForm(prefix="split"), MentionForm(prefix="mention")
    mention.account_id.choices = [("", "Choose an account…")] + [(account.id, account.name) for account in
                                  db.session.scalars(select(Account).order_by(Account.name))]
    if request.method == "POST":
        if not allowed(current_user, "feedback.manage"):
            abort(403)
        if "item-title" in request.form and form.validate():
            was_shipped = item.status == "shipped"
            if _save_item(form, item) is not None:
                if item.status == "shipped" and not was_shipped:
                    flash(f"“{item.title}” is shipped. Here is everyone who asked for it: tell them.", "success")
                    return redirect(url_for("insights.feedback_asked", item_id=item.id))
                flash("Item saved.", "success")
                return redirect(url_for("insights.feedback_item", item_id=item.id))
        if "split-title" in request.form and split.validate():
            try:
                new, moved = split_item(item, split.title.data, request.form.getlist("mention_id", type=int))
            except ItemError as error:
                db.session.rollback()
                flash(str(error), "error")
                return redirect(url_for("insights.feedback_item", item_id=item.id))
            flash(f"{_plural(moved, 'mention')} moved to “{new.title}”.", "success")
            return redirect(url_for("insights.feedback_item", item_id=new.id))
        if "mention-quote" in request.form and mention.validate():
            db.session.add(FeedbackMention(item=item, account_id=mention.account_id.data, source_type="note",
                                           quote=mention.quote.data.strip(), origin="staff", rule="added by staff",
                                           review="confirmed", created_by_id=current_user.id))
            item.staff_edited = True
            db.session.commit()
            flash("Mention added.", "success")
            return redirect(url_for("insights.feedback_item", item_id=item.id))
    ranked = next(iter(ranked_items(item_ids=[item.id])), None)
    mentions = _mentions_of(item, roots)
    analysed = dict(((row.source_type, row.source_id), row.id) for row in db.session.execute(
        select(TextAnalysis.id, TextAnalysis.source_type, TextAnalysis.source_id).where(
            TextAnalysis.source_id.in_([m.source_id for m in mentions if m.source_id is not None]))))
    return render_template("insights/feedback_item.html", item=item, ranked=ranked, mentions=mentions, form=form,
                           split=split, mention=mention, confirm=ConfirmForm(), analysed=analysed,
                           hidden=hidden_mentions(mentions), hidden_account=HIDDEN_ACCOUNT,
                           area=area_label(item.product_area), asked=questions_before(mentions),
                           pending=sum(1 for m in mentions if m.review == "pending"))


def _mentions_of(item: FeedbackItem, roots: dict[int, int]) -> list[FeedbackMention]:
    """The item's mentions and those of the items merged into it, newest first."""
    members = [member for member, root in roots.items() if root == item.id]
    return db.session.scalars(select(FeedbackMention).where(FeedbackMention.item_id.in_(members))
                              .order_by(FeedbackMention.mentioned_at.desc())).all()


EVIDENCE_COLUMNS = ("date", "source", "account_external_id", "account", "tier", "arr", "account_status", "asked",
                    "quote", "how_linked", "review", "ask_certainty")


@route("/feedback/<int:item_id>/evidence.csv")
@requires("insights.view")
def feedback_evidence(item_id: int):
    """The item's evidence as the page lists it, one mention a row: the quotes to carry into a product brief."""
    item = db.get_or_404(FeedbackItem, item_id)
    roots = item_roots()
    if roots[item.id] != item.id:
        return redirect(url_for("insights.feedback_evidence", item_id=roots[item.id]))
    mentions = _mentions_of(item, roots)
    hidden, asked = hidden_mentions(mentions), questions_before(mentions)

    def row(m: FeedbackMention) -> list:
        account = None if m.id in hidden else m.account
        who = ([account.external_id, account.name, account.tier, amount(account.arr),
                display_name(account.status)] if account is not None
               else ["", HIDDEN_ACCOUNT if m.id in hidden else "", "", "", ""])
        return [m.mentioned_at.date().isoformat(), display_name(m.source_type), *who, asked.get(m.id, ""), m.quote,
                how_linked(m), {"pending": "waiting for review", "confirmed": "confirmed"}.get(m.review or "", ""),
                "" if m.ask_certainty is None else f"{m.ask_certainty:.2f}"]

    return csv_response(f"roadmap-item-{item.id}-evidence", EVIDENCE_COLUMNS, [row(m) for m in mentions])


@route("/feedback/<int:item_id>/reject", methods=["POST"])
@requires("feedback.manage")
def feedback_reject(item_id: int):
    """The selected quotes of an item's evidence ask for nothing: rejected, as in the triage list."""
    item = db.get_or_404(FeedbackItem, item_id)
    back = redirect(url_for("insights.feedback_item", item_id=item.id))
    if not ConfirmForm(prefix="split").validate_on_submit():
        flash("The form had expired: please try again.", "error")
        return back
    chosen = set(request.form.getlist("mention_id", type=int))
    rejected = [m for m in _mentions_of(item, item_roots()) if m.id in chosen]
    if not rejected:
        flash("Choose the quotes that ask for nothing.", "error")
        return back
    triage.reject_links(rejected, current_user.id)
    many = len(rejected) > 1
    flash(f"{_plural(len(rejected), 'quote')} no longer count{'' if many else 's'} for “{item.title}”, and "
          f"re-analysis will not link {'them' if many else 'it'} again.", "success")
    return back


@route("/feedback/merge", methods=["POST"], endpoint="merge_items")
@requires("feedback.manage")
def merge_items_view():
    """Merges the chosen items into the target (see vocapp.roadmap.items.merge_items)."""
    if not ConfirmForm().validate_on_submit():
        flash("Choose the items to merge and the item they merge into.", "error")
        return redirect(url_for("insights.feedback"))
    try:
        result = merge_items(request.form.getlist("item_id", type=int), request.form.get("target", type=int))
    except ItemError:
        flash("Choose the items to merge and the item they merge into.", "error")
        return redirect(url_for("insights.feedback"))
    if not result.merged:
        flash(f"Nothing to merge: the selected items are already part of “{result.target.title}”.", "info")
    else:
        flash(f"{_plural(result.merged, 'item')} merged into “{result.target.title}”; new mentions of them land "
              "there too.", "success")
    return redirect(url_for("insights.feedback_item", item_id=result.target.id))



# --- the triage list --------------------------------------------------------------------------------
@route("/feedback/triage")
@requires("insights.view")
def feedback_triage():
    """The links waiting for a decision; `?item=ID`: only those of one item (the ranking's "N to review")."""
    item_id = int_arg("item", minimum=1)
    if item_id:  # an item merged away: the links of the item it went into
        item_id = item_roots().get(item_id) or abort(404)
    item = db.session.get(FeedbackItem, item_id) if item_id else None
    page = db.paginate(triage.pending_links(item_id), page=page_arg(), per_page=TRIAGE_PER_PAGE, error_out=False)
    if not page.items and page.page > 1:  # the last links of the last page were just decided
        return redirect(_triage_url(page.pages, item_id))
    return render_template("insights/feedback_triage.html", page=page, items=standing_items(), only_item=item,
                           confirm=ConfirmForm(), reason_words=triage.reason_words,
                           confidence_words=triage.confidence_words, doubtful=doubtful, pending=page.total,
                           hidden=hidden_mentions(page.items), hidden_account=HIDDEN_ACCOUNT,
                           asked=questions_before(page.items))


def _triage_url(page: int, item_id: int | None) -> str:
    return url_for("insights.feedback_triage", **({"page": page} if page > 1 else {}),
                   **({"item": item_id} if item_id else {}))


@route("/feedback/triage/<int:mention_id>", methods=["POST"])
@requires("feedback.manage")
def feedback_decide(mention_id: int):
    """Confirm, move or reject one pending link; back to the same page of the list, at the next link."""
    page, following = int_arg("page", default=1, minimum=1, args=request.form), request.form.get("next", "")
    back = _triage_url(page, int_arg("item", minimum=1, args=request.form)) + (
        f"#link-{following}" if following.isdigit() else "")
    mention = db.session.get(FeedbackMention, mention_id)
    if not ConfirmForm().validate_on_submit():
        flash("The form had expired: please try again.", "error")
        return redirect(back)
    if mention is None or mention.review != "pending":
        flash("Someone has already decided on that link.", "info")
        return redirect(back)
    action, item_title = request.form.get("action"), mention.item.title
    if action == "confirm":
        triage.confirm_link(mention)
        flash(f"Kept on “{item_title}”.", "success")
    elif action == "move":
        try:
            target = triage.move_link(mention, request.form.get("item_id", type=int))
        except ItemError as error:
            flash(str(error), "error")
            return redirect(back.split("#")[0] + f"#link-{mention_id}")
        flash(f"Moved from “{item_title}” to “{target.title}”.", "success")
    elif action == "reject":
        triage.reject_link(mention, current_user.id)
        flash(f"Rejected: the ask no longer counts for “{item_title}”, and re-analysis will not link it again.",
              "success")
    else:
        abort(400)
    return redirect(back)


# --- who asked, and telling them it shipped --------------------------------------------------------
def _mail_problem() -> str | None:
    from flask import current_app

    try:
        parse_smtp_url(current_app.config.get("SMTP_URL", ""))
    except MailNotConfigured:
        return "E-mail is off: no mail server is set up for vocapp (the SMTP_URL setting)."
    return None


@route("/feedback/<int:item_id>/asked")
@requires("insights.view")
def feedback_asked(item_id: int):
    item = db.get_or_404(FeedbackItem, item_id)
    root = item_roots().get(item.id, item.id)
    if root != item.id:
        return redirect(url_for("insights.feedback_asked", item_id=root))
    asking = shipped.asking_accounts(item)
    to_tell = [person for account in asking for person in account.people
               if person.contact.email and (person.notice is None or person.notice.status == "failed")]
    return render_template("insights/feedback_asked.html", item=item, asking=asking, to_tell=to_tell,
                           mail_problem=_mail_problem(), confirm=ConfirmForm(), counts=shipped.notice_counts(item),
                           people=sum(len(account.people) for account in asking),
                           job=latest_job(url_for("insights.feedback_asked", item_id=item.id), "shipped-notices"))


@route("/feedback/<int:item_id>/notify", methods=["POST"])
@requires("feedback.manage")
def feedback_notify(item_id: int):
    item = db.get_or_404(FeedbackItem, item_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    try:
        start_shipped_notices(item)
        flash("The e-mails are being sent: the bar below shows how far.", "info")
    except (MailNotConfigured, ValueError) as error:
        flash(str(error), "error")
    return redirect(url_for("insights.feedback_asked", item_id=item.id))


@route("/feedback/win-back")
@requires("insights.view")
def feedback_win_back():
    entries = win_back_list()
    return render_template("insights/feedback_winback.html", entries=entries,
                           total=sum(entry.arr for entry in entries))


@route("/feedback/win-back.csv")
@requires("insights.view")
def feedback_win_back_csv():
    rows = win_back_rows(win_back_list())
    return csv_response("win-back", WIN_BACK_COLUMNS, ([row[column] for column in WIN_BACK_COLUMNS] for row in rows))


# --- regrouping the asks by meaning -----------------------------------------------------------------
@route("/feedback/regroup", methods=["POST"])
@requires("feedback.manage")
def feedback_regroup():
    from vocapp.tasks.analysis import regroup

    if not ConfirmForm().validate_on_submit():
        abort(400)
    start(regroup, "Regrouping of the asks by meaning", link=url_for("insights.feedback"))
    flash("The asks are being regrouped by meaning: the bar below shows how far.", "info")
    return redirect(url_for("insights.feedback"))


# --- the default catalogue --------------------------------------------------------------------------
@route("/feedback/catalogue/load", methods=["POST"])
@requires("feedback.manage")
def feedback_catalogue_load():
    if ConfirmForm().validate_on_submit():
        flash(f"{catalogue.load_default_catalogue()}. Edit, merge or clear them as you like.", "success")
    return redirect(url_for("insights.feedback", all=1))


@route("/feedback/catalogue/clear", methods=["POST"])
@requires("feedback.manage")
def feedback_catalogue_clear():
    if ConfirmForm().validate_on_submit():
        flash(f"{catalogue.clear_catalogue()}.", "success")
    return redirect(url_for("insights.feedback"))


# --- the shipped e-mail's template ----------------------------------------------------------------
PREVIEW = {"contact_name": "Ana Lopez", "account": "Acme", "item": "Jira integration",
           "quote": "We still copy every ticket into Jira by hand.", "shipped_on": "1 Dec 2026",
           "description": "Create and link Jira issues, and keep their status in sync."}


@route("/feedback/message", methods=["GET", "POST"])
@requires("feedback.manage")
def feedback_message():
    current = messages.template("shipped")
    form = MessageTemplateForm(data={"subject": current.subject, "body": current.body}
                               if request.method == "GET" else None)
    if request.method == "POST" and request.form.get("action") == "reset" and ConfirmForm().validate_on_submit():
        messages.reset_template("shipped")
        flash("The shipped e-mail is back to the default text.", "success")
        return redirect(url_for("insights.feedback_message"))
    preview = None
    if form.validate_on_submit():
        try:
            for name in ("subject", "body"):
                messages.check(name, getattr(form, name).data)
        except messages.TemplateError as error:
            getattr(form, error.field).errors.append(str(error))
        else:
            if request.form.get("action") == "save":
                messages.save_template("shipped", form.subject.data, form.body.data)
                flash("The shipped e-mail is saved: the next e-mails use it.", "success")
                return redirect(url_for("insights.feedback_message"))
            preview = messages.Template(form.subject.data, form.body.data)
    shown = preview or (current if request.method == "GET" else None)
    rendered = (messages.render(shown.subject, PREVIEW), messages.render(shown.body, PREVIEW)) if shown else None
    return render_template("insights/feedback_message.html", form=form, rendered=rendered,
                           placeholders=messages.PLACEHOLDERS, edited=current != messages.DEFAULTS["shipped"],
                           confirm=ConfirmForm())
