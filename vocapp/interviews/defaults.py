"""What a new vocapp starts with: a guide per outcome, a two-level B2B SaaS reason taxonomy and the usual
decision criteria. Admins edit all of it; a list is seeded only while it is empty."""
from sqlalchemy import func, select

from vocapp.extensions import db
from vocapp.models import OUTCOMES, Criterion, InterviewGuide, Reason, ReasonCategory
from vocapp.models.interviews import name_key

# category: [(reason, direction)] - direction "win" is why we win, "loss" why we lose
REASONS: dict[str, list[tuple[str, str]]] = {
    "Product gaps": [("Missing feature", "loss"), ("Reporting too limited", "loss"), ("Strong feature fit", "win")],
    "Ease of use": [("Hard to use", "loss"), ("Easy to use", "win")],
    "Price / value": [("Too expensive", "loss"), ("Pricing model did not fit", "loss"), ("Better value", "win")],
    "Support": [("Slow or poor support", "loss"), ("Great support", "win")],
    "Relationship": [("Poor account management", "loss"), ("Trusted relationship", "win")],
    "Implementation": [("Implementation too hard", "loss"), ("Fast implementation", "win")],
    "Integrations": [("Missing integration", "loss"), ("Fits our stack", "win")],
    "Competitor strength": [("Competitor's product stronger", "loss"), ("Competitor bundled or discounted", "loss"),
                            ("Competitor relationship", "loss")],
    "Business change": [("Acquired or merged", "loss"), ("Budget cut", "loss"), ("Team downsized", "loss"),
                        ("Strategy changed", "loss")],
    "No decision": [("Status quo", "loss"), ("Priorities changed", "loss"), ("No budget approved", "loss")],
}

CRITERIA = ["Product fit", "Ease of use", "Price / value", "Integrations", "Support", "Implementation",
            "Relationship"]

_COMMON_START = {"title": "Background", "questions": [
    {"id": "background_role", "text": "What is your role, and how were you involved in this decision?"},
    {"id": "background_problem", "text": "What problem were you trying to solve, and why then?"}]}
_COMMON_END = {"title": "Advice to us", "questions": [
    {"id": "advice", "text": "If you were running our company, what would you change first?"}]}


def _guide(outcome: str) -> list[dict]:
    deal = outcome in ("win", "loss")
    process = {"title": "Evaluation process" if deal else "Life as a customer", "questions": [
        {"id": "process_steps", "text": "Walk me through how you evaluated the options: who, when, what steps."
         if deal else "How did your team use the product day to day, and who relied on it?"},
        {"id": "process_trigger", "text": "What started the search?" if deal else
         "When did you first think about leaving or paying less, and what happened then?"}]}
    criteria = {"title": "Decision criteria", "questions": [
        {"id": "criteria_top", "text": "Which criteria mattered most, and how did we compare on each?"}]}
    competitors = {"title": "Competitors", "questions": [
        {"id": "competitors_considered", "text": "Which other options did you consider, and what stood out about each?"}]}
    why = {"win": "Why did you choose us in the end?", "loss": "Why did you choose another option (or none)?",
           "churn": "What was the main reason you decided to leave?",
           "downgrade": "What was the main reason you decided to reduce your subscription?"}[outcome]
    changed = {"win": "What almost made you choose someone else?",
               "loss": "What would we have had to do to win?",
               "churn": "What could we have done to keep you?",
               "downgrade": "What would bring you back to the full plan?"}[outcome]
    return [_COMMON_START, process, criteria, competitors,
            {"title": "Why this outcome", "questions": [{"id": "why", "text": why}]},
            {"title": "What would have changed it", "questions": [{"id": "what_would_change", "text": changed}]},
            _COMMON_END]


def default_guides() -> dict[str, list[dict]]:
    return {outcome: _guide(outcome) for outcome in OUTCOMES}


def ensure_defaults() -> None:
    """Seeds each list that is still empty; commits only when it wrote something."""
    wrote = False
    if not db.session.scalar(select(func.count(ReasonCategory.id))):
        for position, (category_name, reasons) in enumerate(REASONS.items()):
            category = ReasonCategory(name=category_name, key=name_key(category_name), position=position)
            db.session.add(category)
            for reason_name, direction in reasons:
                db.session.add(Reason(category=category, name=reason_name, key=name_key(reason_name),
                                      direction=direction))
        wrote = True
    if not db.session.scalar(select(func.count(Criterion.id))):
        for position, criterion in enumerate(CRITERIA):
            db.session.add(Criterion(name=criterion, key=name_key(criterion), position=position))
        wrote = True
    known = set(db.session.scalars(select(InterviewGuide.outcome)))
    for outcome, sections in default_guides().items():
        if outcome not in known:
            db.session.add(InterviewGuide(outcome=outcome, sections=sections))
            wrote = True
    if wrote:
        db.session.commit()
