"""Interviews: the list, the form that follows the guide, the interview page where quotes are marked, the
win/loss analysis, the CSV import and, for admins, the guides and lists."""
from datetime import date

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import func, or_, select

from analysis.transcripts import TranscriptError, Turn, as_text, parse_text, read_upload, sentences
from reports.wlc import WlcReport, render_wlc_summary
from vocapp.extensions import db
from vocapp.forms import ConfirmForm
from vocapp.exports import csv_response
from vocapp.imports import ImportRejected
from vocapp.imports.interviews import EXPORT_COLUMNS, INTERVIEW_OPTIONAL, INTERVIEW_REQUIRED, exported, template_row
from vocapp.insights.background import schedule
from vocapp.interviews import sources  # noqa: F401  (interviews join the analysis and the personas)
from vocapp.interviews.asks import asked_for
from vocapp.interviews.defaults import ensure_defaults
from vocapp.interviews.forms import (KEY_LABELS, OUTCOME_HELP, OUTCOME_LABELS, GuideForm, IdForm,
                                     ImportInterviewsForm, InterviewForm, NameForm, QuoteForm, ReasonForm, StartForm,
                                     read_answers, read_ratings)
from vocapp.interviews.lookups import Lists, split_list
from vocapp.models import (OUTCOMES, Account, Competitor, Contact, Criterion, Interview, InterviewGuide,
                           InterviewQuote, InterviewRating, Job, Reason, ReasonCategory, User)
from vocapp.models.interviews import name_key
from vocapp.params import int_arg, page_arg
from vocapp.permissions import allowed, requires
from vocapp.queries.wlc import WlcFilter, not_interviewed, quarter_bounds, quarters, wlc_summary
from vocapp.tasks.imports import import_upload
from vocapp.web.imports import job_link, shown_job, started
from vocapp.web.nav import NAV_ITEMS
from vocapp.web.reports import pdf_download

bp = Blueprint("interviews", __name__, url_prefix="/interviews")
NAV_ITEMS.append({"label": "Interviews", "endpoint": "interviews.index", "prefix": "interviews.",
                  "action": "interviews.view"})
PER_PAGE = 50


def may_edit(interview: Interview) -> bool:
    """Admins edit any interview; an interviewer edits their own."""
    if not current_user.is_authenticated:
        return False
    return current_user.role == "admin" or (allowed(current_user, "interviews.create")
                                            and interview.interviewer_id == current_user.id)


def interviews_of_account(account_id: int) -> list[Interview]:
    return list(db.session.scalars(select(Interview).where(Interview.account_id == account_id)
                                   .order_by(Interview.interviewed_on.desc(), Interview.id.desc())))


@bp.app_context_processor
def interview_helpers():
    return {"outcome_labels": OUTCOME_LABELS, "key_labels": dict(KEY_LABELS),
            "interviews_of_account": interviews_of_account}


# --- the list -----------------------------------------------------------------------------------------------
@bp.get("/")
@requires("interviews.view")
def index():
    outcome, search, statement = _listed()
    page = db.paginate(statement, page=page_arg(), per_page=PER_PAGE, error_out=False)
    counts = dict(db.session.execute(select(Interview.outcome, func.count(Interview.id)).group_by(Interview.outcome)).all())
    unfiltered = not (outcome or search or request.args.get("mine")) and page.page == 1
    return render_template("interviews/index.html", page=page, outcome=outcome, search=search, counts=counts,
                           mine=bool(request.args.get("mine")), waiting=not_interviewed() if unfiltered else [],
                           args={k: v for k, v in {"outcome": outcome, "q": search,
                                                   "mine": request.args.get("mine")}.items() if v})


@bp.get("/export.csv")
@requires("interviews.view")
def export():
    """The interviews the list shows (its filters apply), in the import's columns: edited, the file imports back."""
    _outcome, _search, statement = _listed()
    return csv_response("interviews", EXPORT_COLUMNS, exported(statement))


def _listed():
    """The list's outcome, search words and query, from the request's arguments."""
    outcome = request.args.get("outcome", "")
    search = (request.args.get("q") or "").strip()[:100]
    statement = (select(Interview).join(Account, Interview.account_id == Account.id)
                 .order_by(Interview.interviewed_on.desc(), Interview.id.desc()))
    if outcome in OUTCOMES:
        statement = statement.where(Interview.outcome == outcome)
    if search:
        statement = statement.where(or_(Account.name.ilike(f"%{search}%"), Interview.deal_id.ilike(f"%{search}%")))
    if request.args.get("mine") and current_user.role in ("interviewer", "admin"):
        statement = statement.where(Interview.interviewer_id == current_user.id)
    return outcome, search, statement


# --- recording an interview ------------------------------------------------------------------------------
@bp.get("/new")
@requires("interviews.create")
def start():
    ensure_defaults()
    form = StartForm(request.args)
    form.account_id.choices = [("", "Choose an account…")] + [
        (a.id, a.name) for a in db.session.scalars(select(Account).order_by(Account.name))]
    submitted = "account_id" in request.args or "outcome" in request.args  # the button was pressed
    if submitted and form.validate():
        if db.session.get(Account, form.account_id.data) is None:
            abort(404)
        return redirect(url_for("interviews.create", account_id=form.account_id.data, outcome=form.outcome.data))
    return render_template("interviews/start.html", form=form, outcome_help=OUTCOME_HELP, submitted=submitted)


@bp.route("/new/<outcome>/<int:account_id>", methods=["GET", "POST"])
@requires("interviews.create")
def create(outcome: str, account_id: int):
    if outcome not in OUTCOMES:
        abort(404)
    account = db.get_or_404(Account, account_id)
    ensure_defaults()
    interview = Interview(account=account, outcome=outcome, interviewer_id=current_user.id, notes="", transcript="",
                          turns=[], answers={}, next_steps="")
    return _edit_page(interview, new=True)


@bp.route("/<int:interview_id>/edit", methods=["GET", "POST"])
@requires("interviews.view")
def edit(interview_id: int):
    interview = db.get_or_404(Interview, interview_id)
    if not may_edit(interview):
        abort(403)
    ensure_defaults()
    return _edit_page(interview, new=False)


def _reason_choices() -> tuple[list, set[int]]:
    """Reasons grouped by category for the selects: why we lose first in each group's order."""
    groups: dict[str, list] = {}
    ids = set()
    categories = db.session.scalars(select(ReasonCategory).order_by(ReasonCategory.position, ReasonCategory.name))
    for category in categories:
        for reason in sorted(category.reasons, key=lambda r: (r.direction != "loss", r.name.casefold())):
            if reason.active:
                marker = "+" if reason.direction == "win" else "−"
                groups.setdefault(category.name, []).append((reason.id, f"{marker} {reason.name}"))
                ids.add(reason.id)
    return list(groups.items()), ids


def _guide(outcome: str) -> InterviewGuide:
    return db.session.scalar(select(InterviewGuide).where(InterviewGuide.outcome == outcome))


def _edit_page(interview: Interview, new: bool):
    account = interview.account
    reason_groups, reason_ids = _reason_choices()
    # a reason no longer active stays choosable on the interview that has it
    for reason in [interview.primary_reason, interview.rep_reason, *interview.secondary_reasons]:
        if reason is not None and reason.id not in reason_ids:
            reason_ids.add(reason.id)
            reason_groups.append((reason.category.name + " (retired)", [(reason.id, reason.name)]))
    criteria = db.session.scalars(select(Criterion).where(Criterion.active).order_by(Criterion.position, Criterion.name)).all()
    guide = _guide(interview.outcome)
    questions = guide.questions() if guide else []
    form = InterviewForm(outcome=interview.outcome, reason_ids=reason_ids)
    if request.method == "GET":
        _fill(form, interview, new)
    contacts = db.session.scalars(select(Contact).where(Contact.account_id == account.id).order_by(Contact.name)).all()
    form.contact_id.choices = [(None, "Not recorded")] + [
        (c.id, f"{c.name}{' — ' + c.role if c.role else ''}{' (decision maker)' if c.decision_maker else ''}")
        for c in contacts]
    flat = [(None, "—")] + [choice for _category, choices in reason_groups for choice in choices]
    for field in (form.primary_reason, form.secondary_1, form.secondary_2, form.secondary_3, form.rep_reason):
        field.choices = flat
    lists = Lists()
    ratings_in = {r.criterion_id: (r.ours, r.theirs) for r in interview.ratings}
    answers_in = {qid: entry.get("answer", "") for qid, entry in (interview.answers or {}).items()}
    rating_errors, new_competitors = {}, []
    if request.method == "POST":
        ratings_in, rating_errors = read_ratings(request.form, criteria, interview.outcome)
        answers_in = {qid: entry["answer"] for qid, entry in read_answers(request.form, questions).items()}
        valid = form.validate()
        if valid and form.contact_id.data is not None and form.contact_id.data not in {c.id for c in contacts}:
            form.contact_id.errors.append("Choose a person of this account.")
            valid = False
        turns = _transcript(form)
        valid = valid and turns is not None
        if turns:  # an uploaded file survives a page that comes back with a question
            form.transcript.data = as_text(turns)
        names = split_list(form.competitors.data or "") + ([form.chosen_competitor.data.strip()]
                                                           if (form.chosen_competitor.data or "").strip() else [])
        new_competitors = list({name_key(n): " ".join(n.split()) for n in reversed(names)
                                if lists.competitor(n) is None}.values())[::-1]
        if new_competitors and not form.confirm_new_competitors.data:
            valid = False
        if valid and not rating_errors:
            _save(interview, form, lists, turns, read_answers(request.form, questions), ratings_in, criteria)
            flash("Interview saved." if not new else "Interview recorded. Mark the sentences worth quoting below.",
                  "success")
            return redirect(url_for("interviews.detail", interview_id=interview.id))
    return render_template("interviews/form.html", form=form, interview=interview, account=account, new=new,
                           guide=guide, answers=answers_in, criteria=criteria, ratings=ratings_in,
                           rating_errors=rating_errors, new_competitors=new_competitors, reason_groups=reason_groups,
                           competitor_names=sorted(c.name for c in lists.competitors.values() if c.active))


def _fill(form: InterviewForm, interview: Interview, new: bool) -> None:
    if new:
        form.interviewed_on.data = date.today()
        if interview.outcome in ("churn", "downgrade"):
            form.arr_at_stake.data = interview.account.arr or None
        return
    for name in ("contact_id", "interviewed_on", "decided_on", "deal_id", "arr_at_stake", "notes", "next_steps",
                 "next_step_owner", "next_step_due"):
        getattr(form, name).data = getattr(interview, name)
    form.competitors.data = "; ".join(c.name for c in interview.competitors
                                      if c.id != interview.chosen_competitor_id)
    form.chosen_competitor.data = interview.chosen_competitor.name if interview.chosen_competitor else ""
    form.primary_reason.data = interview.primary_reason_id
    form.rep_reason.data = interview.rep_reason_id
    for field, reason in zip((form.secondary_1, form.secondary_2, form.secondary_3), interview.secondary_reasons):
        field.data = reason.id
    form.key_question.data = interview.key_question or ""
    form.transcript.data = interview.transcript or ""


def _transcript(form: InterviewForm):
    """The speaker turns of the uploaded file, else of the pasted text; None (with the field's error) when the
    upload is refused."""
    upload = form.transcript_file.data
    if upload and getattr(upload, "filename", ""):
        try:
            return read_upload(upload.filename, upload.read())
        except TranscriptError as refused:
            form.transcript_file.errors = [str(refused)]
            return None
    return parse_text(form.transcript.data or "")


def _save(interview: Interview, form: InterviewForm, lists: Lists, turns: list[Turn], answers: dict,
          ratings: dict, criteria) -> None:
    for name in ("contact_id", "interviewed_on", "decided_on", "next_step_owner", "next_step_due"):
        setattr(interview, name, getattr(form, name).data)
    interview.deal_id = (form.deal_id.data or "").strip() or None
    interview.arr_at_stake = float(form.arr_at_stake.data) if form.arr_at_stake.data is not None else None
    interview.key_question = form.key_question.data or None
    interview.notes = (form.notes.data or "").strip()
    interview.next_steps = (form.next_steps.data or "").strip()
    interview.turns = [turn.to_dict() for turn in turns]
    interview.transcript = as_text(turns)
    interview.answers = answers
    reasons = {r.id: r for r in db.session.scalars(select(Reason))}
    interview.primary_reason = reasons.get(form.primary_reason.data)
    interview.rep_reason = reasons.get(form.rep_reason.data)
    secondary = [form.secondary_1.data, form.secondary_2.data, form.secondary_3.data]
    interview.secondary_reasons = [reasons[i] for i in dict.fromkeys(secondary)
                                   if i is not None and i in reasons and i != form.primary_reason.data]
    chosen = (form.chosen_competitor.data or "").strip()
    names = split_list(form.competitors.data or "") + ([chosen] if chosen else [])
    interview.competitors = list({c.key: c for c in (lists.competitor(n, create=True) for n in names)}.values())
    interview.chosen_competitor = lists.competitor(chosen) if chosen else None
    by_id = {c.id: c for c in criteria}
    kept = {r.criterion_id: r for r in interview.ratings}
    interview.ratings = []
    for criterion_id, (ours, theirs) in ratings.items():
        rating = kept.get(criterion_id) or InterviewRating(criterion=by_id[criterion_id])
        rating.ours, rating.theirs = ours, theirs
        interview.ratings.append(rating)
    db.session.add(interview)
    db.session.commit()
    schedule("interview", interview.id)


# --- one interview: quotes -----------------------------------------------------------------------------------
@bp.get("/<int:interview_id>")
@requires("interviews.view")
def detail(interview_id: int):
    interview = db.get_or_404(Interview, interview_id)
    guide = _guide(interview.outcome)
    quoted = {(q.speaker, q.text) for q in interview.quotes}
    turns = [{"speaker": t.get("speaker", ""), "sentences": [(f"{i}-{j}", s, (t.get("speaker", ""), s) in quoted)
                                                             for j, s in enumerate(sentences(t.get("text", "")))]}
             for i, t in enumerate(interview.turns or [])]
    asks, analysis_id = asked_for(interview.id)
    return render_template("interviews/detail.html", interview=interview, guide=guide, turns=turns,
                           quote_form=QuoteForm(), confirm=ConfirmForm(), can_edit=may_edit(interview),
                           asks=asks, analysis_id=analysis_id)


@bp.post("/<int:interview_id>/quotes")
@requires("interviews.view")
def add_quotes(interview_id: int):
    interview = db.get_or_404(Interview, interview_id)
    if not may_edit(interview):
        abort(403)
    if not QuoteForm().validate_on_submit():
        abort(400)
    quoted = {(q.speaker, q.text) for q in interview.quotes}
    added = 0
    for value in request.form.getlist("sentence"):
        turn_index, _, sentence_index = value.partition("-")
        if not (turn_index.isdigit() and sentence_index.isdigit()):
            continue
        turns = interview.turns or []
        if int(turn_index) >= len(turns):
            continue
        turn = turns[int(turn_index)]
        found = sentences(turn.get("text", ""))
        if int(sentence_index) >= len(found) or (turn.get("speaker", ""), found[int(sentence_index)]) in quoted:
            continue
        interview.quotes.append(InterviewQuote(speaker=turn.get("speaker", "")[:200], text=found[int(sentence_index)]))
        quoted.add((turn.get("speaker", ""), found[int(sentence_index)]))
        added += 1
    db.session.commit()
    flash(f"{added} quote{'s' if added != 1 else ''} added." if added else "Tick the sentences to quote first.",
          "success" if added else "info")
    return redirect(url_for("interviews.detail", interview_id=interview.id) + "#quotes")


@bp.post("/<int:interview_id>/quotes/<int:quote_id>/delete")
@requires("interviews.view")
def delete_quote(interview_id: int, quote_id: int):
    interview = db.get_or_404(Interview, interview_id)
    if not may_edit(interview):
        abort(403)
    quote = db.session.get(InterviewQuote, quote_id)
    if quote is None or quote.interview_id != interview.id or not ConfirmForm().validate_on_submit():
        abort(404)
    db.session.delete(quote)
    db.session.commit()
    flash("Quote removed.", "success")
    return redirect(url_for("interviews.detail", interview_id=interview.id) + "#quotes")


@bp.post("/<int:interview_id>/delete")
@requires("interviews.view")
def delete(interview_id: int):
    interview = db.get_or_404(Interview, interview_id)
    if not may_edit(interview):
        abort(403)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    account_name = interview.account.name
    db.session.delete(interview)
    db.session.commit()
    flash(f"The interview with {account_name} was deleted.", "success")
    return redirect(url_for("interviews.index"))


# --- the analysis --------------------------------------------------------------------------------------------
def wlc_filter_from_request() -> tuple[WlcFilter, str, str]:
    """The WLC page's filters from its query string (the page and its PDF read them alike): the filter, and the
    quarter and tier as chosen ('' when none or not valid)."""
    quarter = request.args.get("quarter", "")
    wlc_filter = WlcFilter()
    if quarter:
        try:
            wlc_filter.since, wlc_filter.until = quarter_bounds(quarter)
        except ValueError:
            quarter = ""
    tier = request.args.get("tier", "")
    wlc_filter.tier = int(tier) if tier in ("1", "2", "3") else None
    wlc_filter.interviewer_id = int_arg("interviewer")
    wlc_filter.competitor_id = int_arg("competitor")
    return wlc_filter, quarter, tier if wlc_filter.tier else ""


@bp.get("/wlc.pdf")
@requires("interviews.view")
def wlc_pdf():
    """The WLC page as it is filtered, in print."""
    wlc_filter, quarter, tier = wlc_filter_from_request()
    scope = [quarter.replace("-", " ")] if quarter else []
    scope += [f"tier {tier}"] if tier else []
    if wlc_filter.interviewer_id:
        interviewer = db.session.get(User, wlc_filter.interviewer_id)
        scope += [f"interviews by {interviewer.display_name}"] if interviewer else []
    if wlc_filter.competitor_id:
        competitor = db.session.get(Competitor, wlc_filter.competitor_id)
        scope += [f"deals with {competitor.name}"] if competitor else []
    report = WlcReport(wlc_filter.since, wlc_filter.until or date.today(), wlc_summary(wlc_filter), " · ".join(scope))
    return pdf_download(render_wlc_summary(report), f"wlc-summary-{report.period_end}.pdf")


@bp.get("/wlc")
@requires("interviews.view")
def wlc():
    known_quarters = quarters()
    wlc_filter, quarter, tier = wlc_filter_from_request()
    summary = wlc_summary(wlc_filter)
    interviewers = db.session.execute(
        select(User.id, User.name, User.email).where(User.id.in_(select(Interview.interviewer_id))).order_by(User.name)).all()
    competitors = db.session.scalars(select(Competitor).order_by(Competitor.name)).all()
    return render_template("interviews/wlc.html", summary=summary, quarters=known_quarters, interviewers=interviewers,
                           competitors=competitors,
                           chosen={"quarter": quarter, "tier": tier,
                                   "interviewer": wlc_filter.interviewer_id, "competitor": wlc_filter.competitor_id})


# --- import --------------------------------------------------------------------------------------------------
@bp.route("/import", methods=["GET", "POST"])
@requires("interviews.import")
def import_file():
    form = ImportInterviewsForm()
    errors, result = [], None
    if form.validate_on_submit():  # the form checks that a .csv file came, as the other imports do
        try:
            result = import_upload("interviews", form.file.data, {"add_reasons": form.add_reasons.data},
                                   link=job_link("interviews.import_file"))
        except ImportRejected as rejected:
            db.session.rollback()
            errors = rejected.errors
        if isinstance(result, Job):
            return started(result)
        if result:
            flash(f"Imported interviews: {result}.", "success")
    return render_template("interviews/import.html", form=form, errors=errors, result=result, job=shown_job(),
                           required=INTERVIEW_REQUIRED, optional=INTERVIEW_OPTIONAL)


@bp.get("/import/template.csv")
@requires("interviews.import")
def import_template():
    """The columns with one example row written with this install's accounts, competitors and reason codes."""
    return csv_response("interviews-template", [*INTERVIEW_REQUIRED, *INTERVIEW_OPTIONAL],
                        [template_row(current_user.email)])


# --- settings: guides, reason codes, competitors, criteria (admins) ----------------------------------------
@bp.get("/settings")
@requires("interviews.configure")
def settings():
    ensure_defaults()
    categories = db.session.scalars(select(ReasonCategory).order_by(ReasonCategory.position, ReasonCategory.name)).all()
    return render_template(
        "interviews/settings.html", categories=categories, reason_form=ReasonForm(), name_form=NameForm(),
        id_form=IdForm(), competitors=db.session.scalars(select(Competitor).order_by(Competitor.name)).all(),
        criteria=db.session.scalars(select(Criterion).order_by(Criterion.position, Criterion.name)).all(),
        guides=db.session.scalars(select(InterviewGuide)).all())


@bp.post("/settings/reasons")
@requires("interviews.configure")
def add_reason():
    form = ReasonForm()
    if form.validate_on_submit():
        lists = Lists()
        text = f"{form.category.data}: {form.name.data}"
        if lists.reason(text):
            flash(f"“{lists.reason(text).label}” is already a reason code.", "info")
        else:
            reason = lists.add_reason(text, form.direction.data)
            db.session.commit()
            flash(f"Reason “{reason.label}” added.", "success")
    else:
        flash("Give a category and a reason.", "error")
    return redirect(url_for("interviews.settings") + "#reasons")


@bp.post("/settings/<kind>/<int:item_id>/toggle")
@requires("interviews.configure")
def toggle(kind: str, item_id: int):
    model = {"reasons": Reason, "competitors": Competitor, "criteria": Criterion}.get(kind) or abort(404)
    item = db.get_or_404(model, item_id)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    item.active = not item.active
    db.session.commit()
    return redirect(url_for("interviews.settings") + f"#{kind}")


@bp.post("/settings/<kind>")
@requires("interviews.configure")
def add_name(kind: str):
    model = {"competitors": Competitor, "criteria": Criterion}.get(kind) or abort(404)
    form = NameForm()
    if form.validate_on_submit():
        key = name_key(form.name.data)
        found = db.session.scalar(select(model).where(model.key == key))
        if found:
            flash(f"“{found.name}” is already in the list.", "info")
        else:
            db.session.add(model(name=" ".join(form.name.data.split()), key=key))
            db.session.commit()
            flash(f"“{' '.join(form.name.data.split())}” added.", "success")
    else:
        flash("Give a name.", "error")
    return redirect(url_for("interviews.settings") + f"#{kind}")


def guide_text(sections: list[dict]) -> str:
    return "\n\n".join(f"# {s['title']}\n" + "\n".join(q["text"] for q in s.get("questions", [])) for s in sections)


def parse_guide(text: str, old: list[dict]) -> list[dict]:
    """`# Section` lines and one question per line; a question whose words are unchanged keeps its id, so the
    answers already given stay beside it."""
    ids = {q["text"]: q["id"] for s in old for q in s.get("questions", [])}
    used, sections = set(ids.values()), []
    for line in text.replace("\r", "").split("\n"):
        line = line.strip()
        if not line:
            continue
        if line.startswith("#"):
            sections.append({"title": line.lstrip("#").strip()[:200] or "Questions", "questions": []})
            continue
        if not sections:
            sections.append({"title": "Questions", "questions": []})
        qid = ids.get(line)
        if qid is None:
            number = 1
            while f"q{number}" in used:
                number += 1
            qid = f"q{number}"
            used.add(qid)
        sections[-1]["questions"].append({"id": qid, "text": line[:500]})
    return [s for s in sections if s["questions"]]


@bp.route("/settings/guides/<outcome>", methods=["GET", "POST"])
@requires("interviews.configure")
def edit_guide(outcome: str):
    if outcome not in OUTCOMES:
        abort(404)
    ensure_defaults()
    guide = _guide(outcome)
    form = GuideForm()
    if form.validate_on_submit():
        sections = parse_guide(form.text.data, guide.sections)
        if sections:
            guide.sections = sections
            db.session.commit()
            flash(f"The {OUTCOME_LABELS[outcome].lower()} guide was saved.", "success")
            return redirect(url_for("interviews.settings") + "#guides")
        form.text.errors.append("Write at least one question.")
    elif request.method == "GET":
        form.text.data = guide_text(guide.sections)
    return render_template("interviews/guide_form.html", form=form, outcome=outcome)
