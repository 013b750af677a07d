"""Demo surveys: a year of NPS surveys at several journey stages and an effectiveness survey measured three
times, with the answers a B2B CRM vendor really gets (not everybody answers; some accounts drift down)."""
import random
from datetime import datetime, timedelta

from sqlalchemy import func, select

from surveys.effectiveness import phase_scores, pooled, reached_phase
from surveys.tokens import link_key, new_token, token_hash
from vocapp import followups
from vocapp.demo.comments import demo_comment
from vocapp.extensions import db
from vocapp.imports.rows import Track
from vocapp.models import Account, FollowUpCase, Invitation, Response, Survey
from vocapp.models.base import utcnow

PRODUCT = "Pipely CRM"
# (name, journey stage, months ago, status, share of accounts asked), oldest first. Relationship NPS goes to every
# account once a quarter; the last one went out more than 90 days ago, so the next one (DRAFT_SURVEY, left as a draft
# for a newcomer to send) reaches every contact except those of the recent pulses (the over-survey protection).
NPS_SURVEYS = [("Relationship NPS – spring", None, 12, "closed", 1.0), ("Onboarding NPS", "onboarding", 10.5, "closed", .35),
               ("Relationship NPS – summer", None, 9, "closed", 1.0), ("Support NPS", "support", 7.5, "closed", .5),
               ("Relationship NPS – autumn", None, 6.5, "closed", 1.0),
               ("Relationship NPS – winter", None, 3.6, "closed", 1.0), ("Adoption pulse", "adoption", 2, "closed", .3),
               ("Renewal NPS", "renewal", 0.5, "open", .25)]
DRAFT_SURVEY = "Quarterly relationship NPS"
EXTRA_QUESTIONS = [
    {"id": "q1", "type": "rating", "text": "How easy is it to get the reports you need?"},
    {"id": "q2", "type": "choice", "text": f"Which part of {PRODUCT} does your team use most?",
     "options": ["Pipeline", "Forecasts", "Reports", "Mobile app"]},
    {"id": "q3", "type": "text", "text": "What one thing should we improve first?"},
]
ASKED_EXTRA = {"Relationship NPS – autumn", "Relationship NPS – winter", DRAFT_SURVEY}
IMPROVEMENTS = ["The Outlook add-in", "Faster search when the pipeline is large", "Custom fields on reports",
                "Forecast roll-ups by region", "Offline mode in the mobile app", "Better duplicate detection",
                "Bulk editing of deals", "Two-way sync with HubSpot", "Clearer permission settings",
                "Dashboards we can share with the board", "Quicker answers from support", "Nothing major, keep it stable"]
EFFECTIVENESS_ROUNDS = [("Effectiveness review – baseline", 11), ("Effectiveness review – mid-year", 6),
                        ("Effectiveness review – latest", 1)]

KEY_BY_BAND = {"promoter": (["essential", "nice_to_have"], [85, 15]),
               "passive": (["essential", "nice_to_have", "no_longer_needed"], [30, 60, 10]),
               "detractor": (["essential", "nice_to_have", "no_longer_needed"], [10, 45, 45])}


def dated(name: str, sent: datetime) -> str:
    """A relationship survey is named by the quarter it went out in ("Relationship NPS – Q3 2026"): the season
    words in NPS_SURVEYS are only keys, since the demo's dates move with the day it is loaded."""
    if not name.startswith("Relationship NPS – "):
        return name
    return f"Relationship NPS – Q{(sent.month - 1) // 3 + 1} {sent.year}"


def _when(months_ago: float, rng: random.Random, now: datetime) -> datetime:
    return now - timedelta(days=months_ago * 30.4) + timedelta(hours=rng.randint(0, 72))


def _invite(survey: Survey, contact, account, sent: datetime, rng: random.Random) -> Invitation:
    # sent_at stays empty: the demo runs without SMTP_URL, so its links were handed out, not e-mailed
    invitation = Invitation(survey=survey, contact=contact, account=account, token_hash=token_hash(new_token()),
                            created_at=sent, expires_at=sent + timedelta(days=30))
    db.session.add(invitation)
    return invitation


def _answer(survey, invitation, when, secret, **fields) -> Response:
    invitation.opened_at = invitation.answered_at = when
    db.session.flush()
    response = Response(survey=survey, account_id=invitation.account_id, contact_id=invitation.contact_id,
                        invitation_id=invitation.id, link_key=link_key(invitation.id, False, secret),
                        journey_stage=survey.journey_stage, created_at=when, submitted_at=when, updated_at=when,
                        **{"answers": {}, **fields})
    db.session.add(response)
    return response


def _score(mood: float, rng: random.Random) -> int:
    return max(0, min(10, round(rng.gauss(mood, 1.3))))


def _extra_answers(score: int, rng: random.Random) -> dict:
    """Answers to EXTRA_QUESTIONS: each optional, the rating leaning with the score."""
    answers = {}
    if rng.random() < 0.8:
        answers["q1"] = max(1, min(5, round(rng.gauss(score / 2 - 0.3, 0.9))))
    if rng.random() < 0.75:
        answers["q2"] = rng.choices(EXTRA_QUESTIONS[1]["options"], weights=[45, 25, 20, 10])[0]
    if rng.random() < 0.35:
        answers["q3"] = rng.choice(IMPROVEMENTS)
    return answers


def nps_surveys(rng: random.Random, track: Track, now: datetime | None = None) -> str:
    from flask import current_app

    now = now or utcnow()
    secret = current_app.secret_key
    accounts = db.session.scalars(select(Account).where(Account.status != "prospect").order_by(Account.id)).all()
    # Each account has a mood; about one in six drifts down over the year, a few improve.
    mood = {a.id: rng.gauss(7.6, 1.4) for a in accounts}
    trend = {a.id: rng.choices([-0.45, 0.0, 0.25], weights=[16, 70, 14])[0] for a in accounts}
    for account in accounts:
        if account.status == "churned":
            mood[account.id], trend[account.id] = min(mood[account.id], 6.5), -0.5
    saved = []
    answers = 0
    for number, (name, stage, months, status, share) in enumerate(track(NPS_SURVEYS, "NPS")):
        sent = now - timedelta(days=months * 30.4)
        survey = Survey(kind="nps", name=dated(name, sent), journey_stage=stage, status=status, product_name=PRODUCT,
                        created_at=sent - timedelta(days=3), opened_at=sent,
                        questions=EXTRA_QUESTIONS if name in ASKED_EXTRA else [],
                        closed_at=sent + timedelta(days=21) if status == "closed" else None)
        db.session.add(survey)
        rate = rng.uniform(0.25, 0.6)
        for account in accounts:
            if rng.random() > share or (account.status == "churned" and months < 4):
                continue
            account_mood = mood[account.id] + trend[account.id] * number
            for contact in account.contacts:
                invitation = _invite(survey, contact, account, sent, rng)
                if rng.random() > rate * (1.25 if contact.decision_maker else 1):
                    if rng.random() < 0.4:
                        invitation.opened_at = sent + timedelta(hours=rng.randint(1, 48))
                    continue
                score = _score(account_mood, rng)
                band = "promoter" if score >= 9 else "passive" if score >= 7 else "detractor"
                comment = demo_comment(band, rng) if rng.random() < 0.7 else None
                choices, weights = KEY_BY_BAND[band]
                saved.append(_answer(survey, invitation, sent + timedelta(hours=rng.randint(1, 240)), secret,
                                     score=score, comment=comment,
                                     key_question=rng.choices(choices, weights)[0] if rng.random() < 0.85 else None,
                                     answers=_extra_answers(score, rng) if survey.questions else {}))
                answers += 1
        db.session.flush()
    for response in saved:
        followups.on_response_saved(response)
    db.session.add(Survey(kind="nps", name=DRAFT_SURVEY, status="draft", product_name=PRODUCT,
                          questions=EXTRA_QUESTIONS, created_at=now))
    return f"{len(NPS_SURVEYS)} NPS surveys, {answers} answers; {DRAFT_SURVEY!r} ready to send"


def effectiveness_survey(rng: random.Random, track: Track, now: datetime | None = None) -> str:
    from flask import current_app

    from vocapp.commands.surveys import install_default_model

    now = now or utcnow()
    model = install_default_model()
    behaviours = [[b.id for b in phase.behaviours] for phase in model.phases]
    active = db.session.scalars(select(Account).where(Account.status == "active").order_by(Account.id)).all()
    accounts = rng.sample(active, k=min(40, len(active)))
    level = {a.id: rng.choice([0.6, 1.0, 1.4, 1.8, 2.4]) for a in accounts}  # a phase, fractional
    pace = {a.id: rng.choices([0.0, 0.5, 0.9], weights=[25, 50, 25])[0] for a in accounts}
    answers = 0
    for round_number, (name, months) in enumerate(track(EFFECTIVENESS_ROUNDS, "Effective")):
        sent = now - timedelta(days=months * 30.4)
        survey = Survey(kind="effectiveness", name=name, status="open" if months < 2 else "closed",
                        product_name=PRODUCT, effectiveness_model=model, ask_key_question=False,
                        created_at=sent - timedelta(days=2), opened_at=sent)
        db.session.add(survey)
        for account in accounts:
            if round_number and rng.random() < 0.2:
                continue  # not every account answers every round
            true_phase = min(5.0, level[account.id] + pace[account.id] * round_number)
            people = sorted(account.contacts, key=lambda c: not c.decision_maker)[:rng.randint(1, 3)]
            for number, contact in enumerate(people):
                invitation = _invite(survey, contact, account, sent, rng)
                if number and rng.random() < 0.4:
                    continue  # invited, never answered
                answer = {}
                for position, ids in enumerate(behaviours, start=1):
                    held = max(0.0, min(1.0, true_phase - position + 1.2))  # phases below the level mostly hold
                    for behaviour_id in ids:
                        roll = rng.random()
                        answer[str(behaviour_id)] = "yes" if roll < held * 0.9 else "partly" if roll < held + 0.15 else "no"
                phase = reached_phase(phase_scores([[str(i) for i in ids] for ids in behaviours], pooled([answer])),
                                      model.threshold)
                _answer(survey, invitation, sent + timedelta(hours=rng.randint(2, 200)), current_app.secret_key,
                        answers=answer, effectiveness_phase=phase)
                answers += 1
        db.session.flush()
    return f"effectiveness model with 3 measurements of {len(accounts)} accounts ({answers} answers)"


CASE_NOTES = ["Called the VP Sales; agreed a plan for the reporting gaps.", "Escalated the sync errors to support.",
              "Walked the admin through the new pipeline view.", "Offered a training session for new reps.",
              "Shared the roadmap for the Outlook add-in."]


def work_old_cases(rng: random.Random, track: Track, now: datetime | None = None) -> str:
    """A CSM team keeps up with its follow-ups: most cases older than two months are closed, a few contacted."""
    now = now or utcnow()
    cases = db.session.scalars(select(FollowUpCase).where(FollowUpCase.opened_at < now - timedelta(days=60))).all()
    for case in cases:
        roll = rng.random()
        if roll < 0.75:
            case.status, case.resolved_at = "resolved", case.opened_at + timedelta(days=rng.randint(2, 20))
        elif roll < 0.9:
            case.status = "contacted"
        if case.status != "open":
            case.notes = rng.choice(CASE_NOTES)
    open_cases = db.session.scalar(select(func.count(FollowUpCase.id)).where(FollowUpCase.status != "resolved"))
    return f"{open_cases} follow-up cases still open or contacted"
